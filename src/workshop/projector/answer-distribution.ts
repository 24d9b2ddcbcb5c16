/**
 * How the class answered one question: a count per answer, so the room sees the spread and nobody's own answer.
 *
 * Every unit of the class falls in exactly one place, so the counts always add up to the class size:
 * - a bucket of answers of the question's type: each option of a scale (yes/partly/no, coverage, maturity); a band of
 *   20 points for a percentage or an "X out of Y" share (100% on its own, "nothing to count" for 0 out of 0); and,
 *   for a date, a multi-choice or the inventory of systems, whether the answer earned full, partial or no points (or
 *   could not be scored, e.g. no system the unit owns);
 * - "don't know", "not applicable" (the unit's answer), unanswered (a value of the wrong type counts as unanswered,
 *   as in `common-gaps.ts`);
 * - not asked: the question does not apply to the unit's type.
 * Text questions are left out: a sentence a unit wrote can name it, and the projector never shows who said what.
 *
 * Pure module: no React, no storage, no i18next.
 */
import type { Answer, AnswerValue } from '../../questionnaire/answer-schema';
import {
  COVERAGE_LEVELS,
  MATURITY_LEVELS,
  YES_PARTLY_NO,
  type Question,
  type SectionId,
} from '../../questionnaire/content-schema';
import { scoreAnswer } from '../../scoring/score-answer';

export const SHARE_BANDS = ['0-19', '20-39', '40-59', '60-79', '80-99', '100', 'nothing-to-count'] as const;
export const EARNED_BANDS = ['full', 'partial', 'none', 'not-scored'] as const;

/** How a question's answers are bucketed: `option` buckets are the scale's option ids, the others are bands. */
export type BucketKind = 'option' | 'share-band' | 'earned-band';

export interface Bucket {
  id: string;
  count: number;
  /** The class's units in it, by assessment id: shown as names only when the trainer turns names on. */
  assessmentIds: string[];
}

export interface AnswerDistribution {
  questionId: string;
  sectionId: SectionId;
  kind: BucketKind;
  /** In the scale's order (or the bands'), every bucket listed, with 0 where nobody is. */
  buckets: Bucket[];
  dontKnow: Bucket;
  notApplicable: Bucket;
  unanswered: Bucket;
  notAsked: Bucket;
  /** Units that gave an answer of any kind: the buckets, "don't know" and "not applicable". */
  answered: number;
  classSize: number;
}

/** The questions a projector shows: every one but free text. */
export const isShownQuestion = (question: Question) => question.type !== 'text';

function bucketIdsOf(question: Question): { kind: BucketKind; ids: readonly string[] } {
  switch (question.type) {
    case 'yes-partly-no':
      return { kind: 'option', ids: YES_PARTLY_NO };
    case 'coverage':
      return { kind: 'option', ids: COVERAGE_LEVELS };
    case 'maturity':
      return { kind: 'option', ids: MATURITY_LEVELS };
    case 'percentage':
      return { kind: 'share-band', ids: SHARE_BANDS.filter((band) => band !== 'nothing-to-count') };
    case 'count-pair':
      return { kind: 'share-band', ids: SHARE_BANDS };
    default:
      return { kind: 'earned-band', ids: EARNED_BANDS };
  }
}

function shareBand(percent: number): string {
  if (percent >= 100) return '100';
  const low = Math.min(80, Math.floor(percent / 20) * 20);
  return `${low}-${low + 19}`;
}

/** The bucket of a value of the question's own type; undefined for a value of another type (counted unanswered). */
function bucketOf(question: Question, value: AnswerValue, answer: Answer, today: string): string | undefined {
  if (value.type !== question.type) return undefined;
  switch (value.type) {
    case 'yes-partly-no':
    case 'coverage':
    case 'maturity':
      return value.choice;
    case 'percentage':
      return shareBand(value.percent);
    case 'count-pair':
      return value.whole === 0 ? 'nothing-to-count' : shareBand((value.part * 100) / value.whole);
    case 'text':
      return undefined;
    default: {
      const { status, earned } = scoreAnswer(question, answer, today);
      if (status !== 'scored') return 'not-scored';
      return earned >= 1 ? 'full' : earned > 0 ? 'partial' : 'none';
    }
  }
}

export interface ClassAnswers {
  assessmentId: string;
  /** Whether the question applies to the unit's type. */
  applies: (question: Question) => boolean;
  answers: ReadonlyMap<string, Answer>;
}

const emptyBucket = (id: string): Bucket => ({ id, count: 0, assessmentIds: [] });

function add(bucket: Bucket, assessmentId: string) {
  bucket.count += 1;
  bucket.assessmentIds.push(assessmentId);
}

export function distributeAnswers(
  question: Question,
  sectionId: SectionId,
  members: readonly ClassAnswers[],
  today: string,
): AnswerDistribution {
  const { kind, ids } = bucketIdsOf(question);
  const buckets = new Map(ids.map((id) => [id, emptyBucket(id)]));
  const distribution: AnswerDistribution = {
    questionId: question.id,
    sectionId,
    kind,
    buckets: [...buckets.values()],
    dontKnow: emptyBucket('dont-know'),
    notApplicable: emptyBucket('not-applicable'),
    unanswered: emptyBucket('unanswered'),
    notAsked: emptyBucket('not-asked'),
    answered: 0,
    classSize: members.length,
  };
  for (const member of members) {
    const id = member.assessmentId;
    if (!member.applies(question)) {
      add(distribution.notAsked, id);
      continue;
    }
    const answer = member.answers.get(question.id);
    const response = answer?.response;
    if (!answer || !response) add(distribution.unanswered, id);
    else if (response.kind === 'dont-know') add(distribution.dontKnow, id);
    else if (response.kind === 'not-applicable') add(distribution.notApplicable, id);
    else {
      const bucketId = bucketOf(question, response.value, answer, today);
      const bucket = bucketId === undefined ? undefined : buckets.get(bucketId);
      if (bucket) add(bucket, id);
      else add(distribution.unanswered, id);
    }
  }
  distribution.answered =
    distribution.buckets.reduce((sum, bucket) => sum + bucket.count, 0) +
    distribution.dontKnow.count +
    distribution.notApplicable.count;
  return distribution;
}
