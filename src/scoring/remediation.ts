/**
 * The remediation plan: one item per gap (a scored question that earned less than full marks, or "don't know"),
 * with its action, legal basis, responsible role and national deadline from the content, ordered by priority.
 *
 * Priority (docs/methodology.md): impact = the overall points closing the gap would add; urgency doubles it for a
 * critical gap and multiplies it by 1.5 when a legal deadline has passed or falls within 180 days (an aim or a
 * year's target never does).
 * High: a critical gap, or impact x urgency of at least 2 points; medium: at least 0.75; low: the rest.
 * Critical gaps come first (each caps the grade until closed), then by priority and impact x urgency; ties keep the
 * questionnaire's order, so the plan never reshuffles between two identical results.
 */
import type {
  DeadlineKind,
  LegalReference,
  Questionnaire,
  ResponsibleRole,
  SectionId,
} from '../questionnaire/content-schema';
import type { Improvement } from './score-answer';
import type { AssessmentScore } from './score-assessment';

export const PRIORITIES = ['high', 'medium', 'low'] as const;
export type Priority = (typeof PRIORITIES)[number];

export const HIGH_PRIORITY_POINTS = 2;
export const MEDIUM_PRIORITY_POINTS = 0.75;
const DEADLINE_HORIZON_DAYS = 180;

export interface RemediationItem {
  questionId: string;
  sectionId: SectionId;
  role: ResponsibleRole;
  deadline?: string;
  deadlineKind?: DeadlineKind;
  legalBasis: LegalReference[];
  /** 1 minus what the answer earned. */
  gap: number;
  /** Overall points (0-100 scale) the unit gains by closing the gap completely. */
  impact: number;
  urgency: number;
  priority: Priority;
  isCritical: boolean;
  improvement?: Improvement;
}

/**
 * How a date the content names reads on a given day: an aim or year target (`target`, never pressing), a legal
 * deadline still ahead (`legal`), or one passed (`overdue`). A date without a kind is read as an aim: it never claims
 * a legal force the content does not give it. Screens, CSV and PDF word it with `deadlines.<state>`.
 */
export type DeadlineState = 'target' | 'legal' | 'overdue';
export function deadlineStateOf(deadline: string, kind: DeadlineKind | undefined, today: string): DeadlineState {
  if (kind !== 'legal') return 'target';
  return deadline < today ? 'overdue' : 'legal';
}

function daysUntil(isoDate: string, today: string): number {
  return (Date.parse(`${isoDate}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000;
}

export function listRemediation(
  questionnaire: Questionnaire,
  score: AssessmentScore,
  today: string,
): RemediationItem[] {
  const totalSectionWeight = score.sections
    .filter((section) => section.score !== undefined)
    .reduce((sum, section) => sum + section.weight, 0);
  const criticalQuestionIds = new Set(score.criticalGaps.map((gap) => gap.questionId));
  const items: RemediationItem[] = [];
  const exactWeight = new Map<RemediationItem, number>();
  for (const section of score.sections) {
    const content = questionnaire.sections.find((candidate) => candidate.id === section.sectionId);
    const countedWeight = section.questions.reduce((sum, question) => sum + question.countedWeight, 0);
    for (const question of section.questions) {
      const isGap = question.status === 'dont-know' || (question.status === 'scored' && question.earned < 1);
      const definition = content?.questions.find((candidate) => candidate.id === question.questionId);
      if (!isGap || !definition?.remediation || countedWeight === 0 || totalSectionWeight === 0) continue;
      const gap = 1 - question.earned;
      const impact = (section.weight / totalSectionWeight) * (question.weight / countedWeight) * gap * 100;
      const isCritical = criticalQuestionIds.has(question.questionId);
      const { deadline, deadlineKind } = definition.remediation;
      // Only a legal deadline makes an item urgent: an aim or a year's target is shown, never pressed.
      const isDeadlineNear =
        deadline !== undefined && deadlineKind === 'legal' && daysUntil(deadline, today) <= DEADLINE_HORIZON_DAYS;
      const urgency = (isCritical ? 2 : 1) * (isDeadlineNear ? 1.5 : 1);
      const weighted = impact * urgency;
      const item: RemediationItem = {
        questionId: question.questionId,
        sectionId: section.sectionId,
        role: definition.remediation.role,
        deadline,
        deadlineKind,
        legalBasis: definition.legalBasis,
        gap,
        impact,
        urgency,
        priority:
          isCritical || weighted >= HIGH_PRIORITY_POINTS
            ? 'high'
            : weighted >= MEDIUM_PRIORITY_POINTS
              ? 'medium'
              : 'low',
        isCritical,
        improvement: question.improvement,
      };
      items.push(item);
      exactWeight.set(item, weighted);
    }
  }
  const rank = (item: RemediationItem) => PRIORITIES.indexOf(item.priority);
  // Sorted on the unrounded weight the priority was decided on; Array.prototype.sort is stable, so equal items
  // keep the questionnaire's order.
  // Critical gaps first, however small: each caps the grade until it is closed.
  const criticalFirst = (a: RemediationItem, b: RemediationItem) => Number(b.isCritical) - Number(a.isCritical);
  return items
    .sort((a, b) => criticalFirst(a, b) || rank(a) - rank(b) || (exactWeight.get(b) ?? 0) - (exactWeight.get(a) ?? 0))
    .map((item) => ({ ...item, impact: Math.round(item.impact * 100) / 100 }));
}
