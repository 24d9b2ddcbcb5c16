/**
 * An answer as the user is typing it: every field a string (or list), exactly as entered, so nothing the user typed
 * is ever lost or reformatted while it is invalid. `answerDraftSchema` validates a draft for its question with
 * locale-key messages; `answerFromDraft` turns a valid draft into the stored `Answer`, and `draftFromAnswer` goes back.
 *
 * Pure module: no React, no storage, no i18next.
 */
import '../zod-config';
import { z } from 'zod';
import { COVERAGE_LEVELS, MATURITY_LEVELS, YES_PARTLY_NO, type Question, type QuestionType } from './content-schema';
import { formatDisplayDate, parseDisplayDate } from './display-date';
import {
  MAX_SHORT_TEXT_LENGTH,
  MAX_TEXT_LENGTH,
  SECURITY_LEVELS,
  SYSTEM_ROLES,
  SYSTEM_TYPES,
  type Answer,
  type AnswerResponse,
  type AnswerValue,
  type InformationSystem,
} from './answer-schema';

type SystemRole = (typeof SYSTEM_ROLES)[number];
type SystemType = (typeof SYSTEM_TYPES)[number];

export const SPECIAL_RESPONSES = ['not-applicable', 'dont-know'] as const;
export type SpecialResponse = (typeof SPECIAL_RESPONSES)[number];

export interface SystemDraft {
  id: string;
  name: string;
  purpose: string;
  /** The unit's role for the system; blank = not stated (rows carried from content 1.1.0), counted as owned. */
  role: '' | SystemRole;
  systemType: '' | SystemType;
  /** 'yes' or 'no' as chosen in a select, blank when not stated. */
  handlesProcedures: '' | 'yes' | 'no';
  proposedLevel: string;
  appraisedOn: string;
  approvedLevel: string;
  approvedOn: string;
  hasSecurityPlan: string;
  lastInspectedOn: string;
}

export interface AnswerDraft {
  /** Radio value for the scale types: an option id, or a special response. */
  choice: string;
  /** Checkbox state for the other types: '' or a special response. */
  special: '' | SpecialResponse;
  percent: string;
  part: string;
  whole: string;
  date: string;
  optionIds: string[];
  text: string;
  systems: SystemDraft[];
  note: string;
  evidence: { documentNumber: string; issuedOn: string; issuer: string };
}

export const emptyDraft = (): AnswerDraft => ({
  choice: '',
  special: '',
  percent: '',
  part: '',
  whole: '',
  date: '',
  optionIds: [],
  text: '',
  systems: [],
  note: '',
  evidence: { documentNumber: '', issuedOn: '', issuer: '' },
});

export const emptySystemDraft = (id: string): SystemDraft => ({
  id,
  name: '',
  purpose: '',
  role: '',
  systemType: '',
  handlesProcedures: '',
  proposedLevel: '',
  appraisedOn: '',
  approvedLevel: '',
  approvedOn: '',
  hasSecurityPlan: '',
  lastInspectedOn: '',
});

const SCALE_OPTIONS = {
  'yes-partly-no': YES_PARTLY_NO,
  coverage: COVERAGE_LEVELS,
  maturity: MATURITY_LEVELS,
} as const;
type ScaleType = keyof typeof SCALE_OPTIONS;

export function isScaleType(type: QuestionType): type is ScaleType {
  return type in SCALE_OPTIONS;
}

/** The option ids of a question answered by one choice from a fixed scale. */
export function listScaleOptions(type: ScaleType): readonly string[] {
  return SCALE_OPTIONS[type];
}

function isOneOf<T extends string>(options: readonly T[], value: string): value is T {
  return (options as readonly string[]).includes(value);
}

/** Whole numbers only: counts of procedures or officials. Spaces are tolerated ("1 200"), separators are not. */
export function parseCount(raw: string): number | undefined {
  const compact = raw.replace(/\s/g, '');
  return /^\d{1,7}$/.test(compact) ? Number(compact) : undefined;
}

/** A percentage with up to two decimals; Vietnamese writes the decimal comma ("12,5"), English the point. */
export function parsePercent(raw: string): number | undefined {
  const compact = raw.trim().replace(/\s*%$/, '');
  if (!/^\d{1,3}(?:[.,]\d{1,2})?$/.test(compact)) return undefined;
  const percent = Number(compact.replace(',', '.'));
  return percent <= 100 ? percent : undefined;
}

/** A typed date ("01/12/2026", day first) as ISO, or undefined when it is blank or not a real date. */
export function isoFromTypedDate(raw: string): string | undefined {
  const parsed = parseDisplayDate(raw);
  return parsed.ok ? parsed.iso : undefined;
}

export type DraftIssue = { path: (string | number)[]; message: string };
type Issue = DraftIssue;

function checkDate(raw: string, path: (string | number)[], today: string, issues: Issue[]) {
  if (!raw.trim()) return;
  const parsed = parseDisplayDate(raw);
  if (!parsed.ok)
    issues.push({ path, message: parsed.reason === 'format' ? 'errors.dateFormat' : 'errors.dateInvalid' });
  else if (parsed.iso > today) issues.push({ path, message: 'errors.dateInFuture' });
}

function checkSystems(systems: SystemDraft[], today: string, issues: Issue[]) {
  systems.forEach((system, index) => {
    const path = (field: string) => ['systems', index, field];
    if (!system.name.trim()) issues.push({ path: path('name'), message: 'errors.systemNameRequired' });
    if (system.name.length > MAX_SHORT_TEXT_LENGTH) issues.push({ path: path('name'), message: 'errors.textTooLong' });
    if (system.purpose.length > MAX_TEXT_LENGTH) issues.push({ path: path('purpose'), message: 'errors.textTooLong' });
    if (!system.systemType) issues.push({ path: path('systemType'), message: 'errors.systemTypeRequired' });
    checkDate(system.appraisedOn, path('appraisedOn'), today, issues);
    checkDate(system.approvedOn, path('approvedOn'), today, issues);
    checkDate(system.lastInspectedOn, path('lastInspectedOn'), today, issues);
    if (system.approvedOn && !system.approvedLevel) {
      issues.push({ path: path('approvedLevel'), message: 'errors.systemApprovedLevelMissing' });
    }
  });
}

/** Format errors only: an empty draft is valid (the question is simply unanswered). */
export function listDraftIssues(question: Question, draft: AnswerDraft, today: string): Issue[] {
  const issues: Issue[] = [];
  if (draft.note.length > MAX_TEXT_LENGTH) issues.push({ path: ['note'], message: 'errors.noteTooLong' });
  if (draft.evidence.documentNumber.length > MAX_SHORT_TEXT_LENGTH) {
    issues.push({ path: ['evidence', 'documentNumber'], message: 'errors.textTooLong' });
  }
  if (draft.evidence.issuer.length > MAX_SHORT_TEXT_LENGTH) {
    issues.push({ path: ['evidence', 'issuer'], message: 'errors.textTooLong' });
  }
  checkDate(draft.evidence.issuedOn, ['evidence', 'issuedOn'], today, issues);
  // A special response replaces the value, so errors in a value the user set aside do not block saving.
  if (!isScaleType(question.type) && draft.special) return issues;

  switch (question.type) {
    case 'percentage':
      if (draft.percent.trim() && parsePercent(draft.percent) === undefined) {
        const looksNumeric = /^\d+(?:[.,]\d+)?\s*%?$/.test(draft.percent.trim());
        issues.push({
          path: ['percent'],
          message: looksNumeric ? 'errors.percentOutOfRange' : 'errors.percentNotNumber',
        });
      }
      break;
    case 'count-pair': {
      const part = parseCount(draft.part);
      const whole = parseCount(draft.whole);
      const hasPart = draft.part.trim() !== '';
      const hasWhole = draft.whole.trim() !== '';
      if (hasPart && part === undefined) issues.push({ path: ['part'], message: 'errors.countNotWhole' });
      if (hasWhole && whole === undefined) issues.push({ path: ['whole'], message: 'errors.countNotWhole' });
      if (hasPart && !hasWhole) issues.push({ path: ['whole'], message: 'errors.countWholeMissing' });
      if (!hasPart && hasWhole) issues.push({ path: ['part'], message: 'errors.countPartMissing' });
      if (part !== undefined && whole !== undefined && part > whole) {
        issues.push({ path: ['part'], message: 'errors.countPartExceedsWhole' });
      }
      break;
    }
    case 'date':
      checkDate(draft.date, ['date'], today, issues);
      break;
    case 'multi-choice': {
      const exclusive = question.options.filter((option) => option.isExclusive).map((option) => option.id);
      const selected = draft.optionIds;
      if (selected.some((id) => exclusive.includes(id)) && selected.length > 1) {
        issues.push({ path: ['optionIds'], message: 'errors.multiExclusive' });
      }
      break;
    }
    case 'text':
      if (draft.text.length > MAX_TEXT_LENGTH) issues.push({ path: ['text'], message: 'errors.textTooLong' });
      break;
    case 'system-inventory':
      checkSystems(draft.systems, today, issues);
      break;
    default:
      break;
  }
  return issues;
}

/** The zod schema of one question's draft: used by the section form's resolver and by autosave. */
export function answerDraftSchema(question: Question, today: string) {
  return z.custom<AnswerDraft>().superRefine((draft, ctx) => {
    for (const issue of listDraftIssues(question, draft, today)) {
      ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
    }
  });
}

/** What is stored of a typed text: trimmed and in NFC (the field itself keeps exactly what was typed). */
const storedText = (value: string) => value.trim().normalize('NFC');
const blankToUndefined = (value: string) => (value.trim() === '' ? undefined : storedText(value));

function systemFromDraft(system: SystemDraft): InformationSystem {
  const level = (raw: string) => (isOneOf(SECURITY_LEVELS, raw) ? raw : undefined);
  return {
    id: system.id,
    name: storedText(system.name),
    purpose: blankToUndefined(system.purpose),
    role: isOneOf(SYSTEM_ROLES, system.role) ? system.role : undefined,
    systemType: isOneOf(SYSTEM_TYPES, system.systemType) ? system.systemType : 'other',
    handlesProcedures: system.handlesProcedures === '' ? undefined : system.handlesProcedures === 'yes',
    proposedLevel: level(system.proposedLevel),
    appraisedOn: isoFromTypedDate(system.appraisedOn),
    approvedLevel: level(system.approvedLevel),
    approvedOn: isoFromTypedDate(system.approvedOn),
    hasSecurityPlan: isOneOf(YES_PARTLY_NO, system.hasSecurityPlan) ? system.hasSecurityPlan : undefined,
    lastInspectedOn: isoFromTypedDate(system.lastInspectedOn),
  };
}

/** The value part of a valid draft, or undefined when the question is left unanswered. */
function valueFromDraft(question: Question, draft: AnswerDraft): AnswerValue | undefined {
  switch (question.type) {
    case 'yes-partly-no':
      return isOneOf(YES_PARTLY_NO, draft.choice) ? { type: question.type, choice: draft.choice } : undefined;
    case 'coverage':
      return isOneOf(COVERAGE_LEVELS, draft.choice) ? { type: question.type, choice: draft.choice } : undefined;
    case 'maturity':
      return isOneOf(MATURITY_LEVELS, draft.choice) ? { type: question.type, choice: draft.choice } : undefined;
    case 'percentage': {
      const percent = parsePercent(draft.percent);
      return percent === undefined ? undefined : { type: 'percentage', percent };
    }
    case 'count-pair': {
      const part = parseCount(draft.part);
      const whole = parseCount(draft.whole);
      return part === undefined || whole === undefined ? undefined : { type: 'count-pair', part, whole };
    }
    case 'date': {
      const date = isoFromTypedDate(draft.date);
      return date ? { type: 'date', date } : undefined;
    }
    case 'multi-choice': {
      const known = new Set(question.options.map((option) => option.id));
      const optionIds = question.options.map((o) => o.id).filter((id) => draft.optionIds.includes(id) && known.has(id));
      return optionIds.length ? { type: 'multi-choice', optionIds } : undefined;
    }
    case 'text':
      return draft.text.trim() ? { type: 'text', text: storedText(draft.text) } : undefined;
    case 'system-inventory':
      return draft.systems.length
        ? { type: 'system-inventory', systems: draft.systems.map(systemFromDraft) }
        : undefined;
  }
}

function responseFromDraft(question: Question, draft: AnswerDraft): AnswerResponse | undefined {
  const special = isScaleType(question.type) ? draft.choice : draft.special;
  if (special === 'not-applicable' && question.allowsNotApplicable) return { kind: 'not-applicable' };
  if (special === 'dont-know' && question.allowsDontKnow) return { kind: 'dont-know' };
  const value = valueFromDraft(question, draft);
  return value ? { kind: 'value', value } : undefined;
}

/**
 * The answer a valid draft stands for, or undefined when there is nothing to store. A note or evidence given before
 * the answer itself is kept too: the record then has no response and the question still counts as unanswered.
 */
export function answerFromDraft(question: Question, draft: AnswerDraft, updatedAt: string): Answer | undefined {
  const response = responseFromDraft(question, draft);
  const note = blankToUndefined(draft.note);
  const evidence = {
    documentNumber: blankToUndefined(draft.evidence.documentNumber),
    issuedOn: isoFromTypedDate(draft.evidence.issuedOn),
    issuer: blankToUndefined(draft.evidence.issuer),
  };
  const hasEvidence = Object.values(evidence).some((value) => value !== undefined);
  if (!response && !note && !hasEvidence) return undefined;
  return {
    questionId: question.id,
    response,
    note,
    evidence: hasEvidence ? evidence : undefined,
    updatedAt,
  };
}

function draftFromSystem(system: InformationSystem): SystemDraft {
  return {
    id: system.id,
    name: system.name,
    purpose: system.purpose ?? '',
    role: system.role ?? '',
    systemType: system.systemType,
    handlesProcedures: system.handlesProcedures === undefined ? '' : system.handlesProcedures ? 'yes' : 'no',
    proposedLevel: system.proposedLevel ?? '',
    appraisedOn: system.appraisedOn ? formatDisplayDate(system.appraisedOn) : '',
    approvedLevel: system.approvedLevel ?? '',
    approvedOn: system.approvedOn ? formatDisplayDate(system.approvedOn) : '',
    hasSecurityPlan: system.hasSecurityPlan ?? '',
    lastInspectedOn: system.lastInspectedOn ? formatDisplayDate(system.lastInspectedOn) : '',
  };
}

/** The draft that shows a stored answer on screen again. */
export function draftFromAnswer(answer: Answer | undefined): AnswerDraft {
  const draft = emptyDraft();
  if (!answer) return draft;
  draft.note = answer.note ?? '';
  draft.evidence = {
    documentNumber: answer.evidence?.documentNumber ?? '',
    issuedOn: answer.evidence?.issuedOn ? formatDisplayDate(answer.evidence.issuedOn) : '',
    issuer: answer.evidence?.issuer ?? '',
  };
  const { response } = answer;
  if (!response) return draft;
  if (response.kind !== 'value') {
    draft.choice = response.kind;
    draft.special = response.kind;
    return draft;
  }
  const { value } = response;
  switch (value.type) {
    case 'yes-partly-no':
    case 'coverage':
    case 'maturity':
      draft.choice = value.choice;
      break;
    case 'percentage':
      draft.percent = String(value.percent);
      break;
    case 'count-pair':
      draft.part = String(value.part);
      draft.whole = String(value.whole);
      break;
    case 'date':
      draft.date = formatDisplayDate(value.date);
      break;
    case 'multi-choice':
      draft.optionIds = [...value.optionIds];
      break;
    case 'text':
      draft.text = value.text;
      break;
    case 'system-inventory':
      draft.systems = value.systems.map(draftFromSystem);
      break;
  }
  return draft;
}
