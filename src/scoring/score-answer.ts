/**
 * What one answer earns, from 0 to 1, by its question's type, and what answer would raise it. Pure: the content,
 * the answer and today's date in; no storage, no language.
 */
import { SECURITY_LEVELS, type Answer, type InformationSystem } from '../questionnaire/answer-schema';
import { COVERAGE_LEVELS, MATURITY_LEVELS, YES_PARTLY_NO, type Question } from '../questionnaire/content-schema';

/** The coverage scale of OWASP SAMM, which the methodology adopts: none 0, some 0.25, at least half 0.5, most 1. */
export const COVERAGE_EARNINGS: Record<(typeof COVERAGE_LEVELS)[number], number> = {
  none: 0,
  some: 0.25,
  half: 0.5,
  most: 1,
};
export const YES_PARTLY_NO_EARNINGS: Record<(typeof YES_PARTLY_NO)[number], number> = { yes: 1, partly: 0.5, no: 0 };

/**
 * How long an inspection stays current, by the system's level: Decree 85/2016 Art. 20.2.c [t] asks levels 3-4 every
 * year and level 5 every 6 months; levels 1-2 are held to the whole organisation's two-yearly check. Decree 331/2026
 * sets no fixed count (periodic "by level and risk", Art. 28.5.a [?]), so the old periods stay the measure. Full
 * credit within `fullWithinMonths`, none from `zeroAfterMonths`, linear between.
 */
export const INSPECTION_FRESHNESS_BY_LEVEL: Readonly<
  Record<(typeof SECURITY_LEVELS)[number], { fullWithinMonths: number; zeroAfterMonths: number }>
> = {
  '1': { fullWithinMonths: 24, zeroAfterMonths: 36 },
  '2': { fullWithinMonths: 24, zeroAfterMonths: 36 },
  '3': { fullWithinMonths: 12, zeroAfterMonths: 24 },
  '4': { fullWithinMonths: 12, zeroAfterMonths: 24 },
  '5': { fullWithinMonths: 6, zeroAfterMonths: 12 },
};
/** A row with no level yet is held to the level-3 period, the level of any system handling procedures. */
const DEFAULT_INSPECTION_LEVEL = '3';

/** Rows the unit owns, or whose role it has not stated yet (rows carried from content 1.1.0): scored and capped. */
export function countsAsOwned(system: InformationSystem): boolean {
  return system.role === undefined || system.role === 'owner';
}

export type AnswerStatus = 'scored' | 'dont-know' | 'not-applicable' | 'unanswered' | 'not-scored';

/** A way to raise the answer's earnings; screens phrase it in the user's language. */
export type Improvement =
  | { kind: 'choose'; optionId: string }
  | { kind: 'reach-percent'; percent: number }
  | { kind: 'reach-count'; part: number; whole: number }
  | { kind: 'renew-within-months'; months: number }
  | { kind: 'select-options'; optionIds: string[] }
  | { kind: 'fix-systems'; systemIds: string[] }
  | { kind: 'find-out' };

export interface AnswerScore {
  status: AnswerStatus;
  /** 0 to 1; 0 for "don't know"; meaningless (0) unless status is scored or dont-know. */
  earned: number;
  improvement?: Improvement;
}

function monthsBetween(fromIsoDate: string, toIsoDate: string): number {
  const from = new Date(`${fromIsoDate}T00:00:00Z`);
  const to = new Date(`${toIsoDate}T00:00:00Z`);
  return (to.getTime() - from.getTime()) / (1000 * 60 * 60 * 24 * (365.25 / 12));
}

function ratioTo(value: number, target: number): number {
  return Math.min(1, Math.max(0, value / target));
}

function freshnessOf(ageInMonths: number, rule: { fullWithinMonths: number; zeroAfterMonths: number }): number {
  if (ageInMonths <= rule.fullWithinMonths) return 1;
  if (ageInMonths >= rule.zeroAfterMonths) return 0;
  return (rule.zeroAfterMonths - ageInMonths) / (rule.zeroAfterMonths - rule.fullWithinMonths);
}

/** A system's share of compliance: approved level 0.4, security plan 0.3, an inspection current for its level 0.3. */
export function scoreSystem(system: InformationSystem, today: string): number {
  const approval = system.approvedLevel ? 0.4 : 0;
  const plan = system.hasSecurityPlan ? 0.3 * YES_PARTLY_NO_EARNINGS[system.hasSecurityPlan] : 0;
  const level = system.approvedLevel ?? system.proposedLevel ?? DEFAULT_INSPECTION_LEVEL;
  const age = system.lastInspectedOn ? monthsBetween(system.lastInspectedOn, today) : Infinity;
  const inspection = 0.3 * freshnessOf(age, INSPECTION_FRESHNESS_BY_LEVEL[level]);
  return approval + plan + inspection;
}

function scoreValue(question: Question, answer: Answer, today: string): AnswerScore | undefined {
  const response = answer.response;
  if (response?.kind !== 'value') return undefined;
  const value = response.value;
  if (value.type !== question.type) return undefined;
  switch (value.type) {
    case 'yes-partly-no': {
      const earned = YES_PARTLY_NO_EARNINGS[value.choice];
      return { status: 'scored', earned, improvement: earned < 1 ? { kind: 'choose', optionId: 'yes' } : undefined };
    }
    case 'coverage': {
      const earned = COVERAGE_EARNINGS[value.choice];
      return { status: 'scored', earned, improvement: earned < 1 ? { kind: 'choose', optionId: 'most' } : undefined };
    }
    case 'maturity': {
      const level = MATURITY_LEVELS.indexOf(value.choice);
      const earned = level / (MATURITY_LEVELS.length - 1);
      const next = MATURITY_LEVELS[level + 1];
      return { status: 'scored', earned, improvement: next ? { kind: 'choose', optionId: next } : undefined };
    }
    case 'percentage': {
      const target = question.type === 'percentage' && question.target ? question.target : 100;
      const earned = ratioTo(value.percent, target);
      return {
        status: 'scored',
        earned,
        improvement: earned < 1 ? { kind: 'reach-percent', percent: target } : undefined,
      };
    }
    case 'count-pair': {
      // Nothing to count (e.g. no procedures of that kind): the question cannot be scored, like "not applicable".
      if (value.whole === 0) return { status: 'not-scored', earned: 0 };
      const target = question.type === 'count-pair' && question.target ? question.target : 100;
      // Multiply first: 29 / 50 * 100 is 57.99999999999999 in floating point, 29 * 100 / 50 is exactly 58.
      const earned = ratioTo((value.part * 100) / value.whole, target);
      const needed = Math.ceil((value.whole * target) / 100);
      return {
        status: 'scored',
        earned,
        improvement: earned < 1 ? { kind: 'reach-count', part: needed, whole: value.whole } : undefined,
      };
    }
    case 'date': {
      const rule = question.type === 'date' ? question.freshness : undefined;
      if (!rule) return { status: 'scored', earned: 1 };
      const earned = freshnessOf(monthsBetween(value.date, today), rule);
      return {
        status: 'scored',
        earned,
        improvement: earned < 1 ? { kind: 'renew-within-months', months: rule.fullWithinMonths } : undefined,
      };
    }
    case 'multi-choice': {
      if (question.type !== 'multi-choice') return undefined;
      const selected = new Set(value.optionIds);
      const total = question.options.filter((option) => selected.has(option.id)).reduce((sum, o) => sum + o.points, 0);
      // Rounded first: option points such as 0.15 + 0.2 + 0.15 + 0.2 + 0.2 + 0.1 add up to 0.9999999999999999 in
      // floating point, which would leave a unit that did everything with a gap in its plan.
      const earned = Math.min(1, Math.round(total * 1e9) / 1e9);
      const missing = question.options.filter((o) => !selected.has(o.id) && o.points > 0 && !o.isExclusive);
      return {
        status: 'scored',
        earned,
        improvement:
          earned < 1 && missing.length ? { kind: 'select-options', optionIds: missing.map((o) => o.id) } : undefined,
      };
    }
    case 'system-inventory': {
      // Only the systems the unit owns are its duty; rows it operates or only uses are listed for the record.
      const owned = value.systems.filter(countsAsOwned);
      if (owned.length === 0) return { status: 'not-scored', earned: 0 };
      const scores = owned.map((system) => scoreSystem(system, today));
      const earned = scores.reduce((sum, score) => sum + score, 0) / scores.length;
      const weak = owned.filter((_system, index) => (scores[index] ?? 0) < 1).map((system) => system.id);
      return {
        status: 'scored',
        earned,
        improvement: weak.length ? { kind: 'fix-systems', systemIds: weak } : undefined,
      };
    }
    case 'text':
      return { status: 'not-scored', earned: 0 };
  }
}

/** Scores one answer to one question; `answer` undefined means the question was not answered. */
export function scoreAnswer(question: Question, answer: Answer | undefined, today: string): AnswerScore {
  if (question.weight === 0) return { status: 'not-scored', earned: 0 };
  const response = answer?.response;
  if (!answer || !response) return { status: 'unanswered', earned: 0 };
  if (response.kind === 'not-applicable') return { status: 'not-applicable', earned: 0 };
  if (response.kind === 'dont-know') return { status: 'dont-know', earned: 0, improvement: { kind: 'find-out' } };
  // A value of the wrong type (content changed since it was saved) counts as unanswered, never as a silent 0.
  return scoreValue(question, answer, today) ?? { status: 'unanswered', earned: 0 };
}
