/**
 * "The most common gaps": per question, how many of the collected units fail it, as a province-wide remediation
 * priority list with each question's section, legal basis and action.
 *
 * A unit fails a question when the question is an item of its own remediation plan (`listRemediation`) or holds one
 * of its critical gaps. In words: the question applies to the unit's type, is scored, has an action in the content,
 * and the answer earned less than full points ("don't know" earns 0 and counts); or the answer sets off a critical
 * gap. Unanswered and "not applicable" questions are never failed: unanswered ones are counted apart, since a
 * question nobody answered is a gap in the collection, not in the units. With the current content every critical gap
 * is also a plan item (each is a share below 100% of a full-marks target, or a choice that earns less than full), so
 * the count is the number of units whose plan lists the question; a test checks both.
 *
 * Pure module: no React, no storage, no i18next.
 */
import type { LegalReference, Question, Questionnaire, SectionId } from '../../questionnaire/content-schema';
import { questionKeys } from '../../questionnaire/content-keys';
import type { ScoredAssessment } from './score-received';

export interface CommonGap {
  questionId: string;
  sectionId: SectionId;
  /** Units to which the question applies (by unit type): the share's denominator. */
  applicable: number;
  /** Units that fail it (see above). */
  failing: number;
  /** `failing / applicable`, 0 to 1, unrounded. */
  share: number;
  /** Of the failing units, those for which it is a critical gap. */
  critical: number;
  /** Units to which it applies that left it unanswered (a value of the wrong type counts as unanswered too). */
  unanswered: number;
  /** Units to which it applies that answered "not applicable". */
  notApplicable: number;
  legalBasis: LegalReference[];
  /** The action's text key in the questionnaire locales (`questions.<id>.action`) and the content's remediation. */
  actionKey: string;
  remediation: Question['remediation'];
}

interface Tally {
  applicable: number;
  failing: number;
  critical: number;
  unanswered: number;
  notApplicable: number;
}

/** Questions at least one unit fails, most common first: by share, then count; ties keep the questionnaire's order. */
export function listCommonGaps(questionnaire: Questionnaire, scored: readonly ScoredAssessment[]): CommonGap[] {
  const content = questionnaire.sections.flatMap((section) =>
    section.questions.map((question) => ({ sectionId: section.id, question })),
  );
  const tallies = new Map(
    content.map(({ question }): [string, Tally] => [
      question.id,
      { applicable: 0, failing: 0, critical: 0, unanswered: 0, notApplicable: 0 },
    ]),
  );
  const hasAction = new Set(content.filter(({ question }) => question.remediation).map(({ question }) => question.id));
  for (const { score } of scored) {
    const critical = new Set(score.criticalGaps.map((gap) => gap.questionId));
    for (const section of score.sections) {
      // `section.questions` holds exactly the questions that apply to the unit's type, scored or not (a question
      // of weight 0 is never a plan item; it could only fail by a critical gap, which the content never sets on one).
      for (const question of section.questions) {
        const tally = tallies.get(question.questionId);
        if (!tally) continue;
        tally.applicable += 1;
        const isPlanItem =
          hasAction.has(question.questionId) &&
          (question.status === 'dont-know' || (question.status === 'scored' && question.earned < 1));
        const isCritical = critical.has(question.questionId);
        if (isPlanItem || isCritical) tally.failing += 1;
        if (isCritical) tally.critical += 1;
        if (question.status === 'unanswered') tally.unanswered += 1;
        if (question.status === 'not-applicable') tally.notApplicable += 1;
      }
    }
  }
  const gaps = content.flatMap(({ sectionId, question }): CommonGap[] => {
    const tally = tallies.get(question.id);
    if (!tally || tally.failing === 0) return [];
    return [
      {
        questionId: question.id,
        sectionId,
        ...tally,
        share: tally.failing / tally.applicable,
        legalBasis: question.legalBasis,
        actionKey: questionKeys(question.id).action,
        remediation: question.remediation,
      },
    ];
  });
  // Array.prototype.sort is stable: equal shares and counts keep the questionnaire's order.
  return gaps.sort((a, b) => b.share - a.share || b.failing - a.failing);
}
