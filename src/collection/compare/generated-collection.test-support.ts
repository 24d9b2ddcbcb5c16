/**
 * A seeded collection of varied received assessments on the real questionnaire, for the timing tests and the
 * properties: every unit type, answers of every question type (inventories included), "not applicable", "don't
 * know", incomplete assessments, both content versions, conflicts, and unit names in NFC and NFD.
 */
import { SECURITY_LEVELS, type Answer, type AnswerValue } from '../../questionnaire/answer-schema';
import {
  COVERAGE_LEVELS,
  MATURITY_LEVELS,
  UNIT_TYPES,
  YES_PARTLY_NO,
  type Question,
} from '../../questionnaire/content-schema';
import { listApplicableQuestions, questionnaire } from '../../questionnaire/questionnaire';
import { PERIOD_PARTS } from '../../assessment/profile-schema';
import { PROVINCE_IDS } from '../../assessment/provinces';
import type { ReceivedAssessment } from '../received-schema';
import { mulberry32 } from '../../workshop/transfer/neighbours';
import { receivedAssessment, TODAY } from './compare.test-support';

/** mulberry32 (the fountain code's own generator), as fractions in [0, 1): seeded, so a failing case can be replayed. */
export function seededRandom(seed: number): () => number {
  const next = mulberry32(seed);
  return () => next() / 4_294_967_296;
}

type Random = () => number;
const pick = <T>(random: Random, values: readonly T[]): T => values[Math.floor(random() * values.length)] as T;
const integer = (random: Random, min: number, max: number) => min + Math.floor(random() * (max - min + 1));

function daysBefore(days: number): string {
  return new Date(Date.parse(`${TODAY}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);
}

/** The best answer of each scale question: a unit of quality q gives it to about q of its questions. */
function bestValueFor(question: Question): AnswerValue | undefined {
  switch (question.type) {
    case 'yes-partly-no':
      return { type: question.type, choice: 'yes' };
    case 'coverage':
      return { type: question.type, choice: 'most' };
    case 'maturity':
      return { type: question.type, choice: '4' };
    case 'percentage':
      return { type: question.type, percent: 100 };
    case 'count-pair':
      return { type: question.type, part: 12, whole: 12 };
    default:
      return undefined;
  }
}

function valueFor(question: Question, random: Random, quality: number): AnswerValue {
  const best = random() < quality ? bestValueFor(question) : undefined;
  if (best) return best;
  switch (question.type) {
    case 'yes-partly-no':
      return { type: question.type, choice: pick(random, YES_PARTLY_NO) };
    case 'coverage':
      return { type: question.type, choice: pick(random, COVERAGE_LEVELS) };
    case 'maturity':
      return { type: question.type, choice: pick(random, MATURITY_LEVELS) };
    case 'percentage':
      return { type: question.type, percent: integer(random, 0, 100) };
    case 'count-pair': {
      const whole = integer(random, 0, 40);
      return { type: question.type, part: integer(random, 0, whole), whole };
    }
    case 'date':
      return { type: question.type, date: daysBefore(integer(random, 0, 1500)) };
    case 'multi-choice': {
      const options = question.options.filter((option) => !option.isExclusive && random() < 0.6);
      const exclusive = question.options.find((option) => option.isExclusive);
      const chosen = options.length ? options : [exclusive ?? question.options[0]];
      return { type: question.type, optionIds: chosen.flatMap((option) => (option ? [option.id] : [])) };
    }
    case 'text':
      return { type: question.type, text: 'Thiếu cán bộ chuyên trách' };
    case 'system-inventory':
      return {
        type: question.type,
        systems: Array.from({ length: integer(random, 0, 3) }, (_, index) => ({
          id: `system-${index}`,
          name: `Hệ thống ${index}`,
          role: pick(random, ['owner', 'operator', 'user'] as const),
          systemType: 'citizen-services' as const,
          handlesProcedures: random() < 0.5,
          approvedLevel: random() < 0.5 ? pick(random, SECURITY_LEVELS) : undefined,
          hasSecurityPlan: random() < 0.7 ? pick(random, YES_PARTLY_NO) : undefined,
          lastInspectedOn: random() < 0.7 ? daysBefore(integer(random, 0, 1000)) : undefined,
        })),
      };
  }
}

/**
 * A response to the question, or none: `skipShare` is the share of questions the unit left unanswered, `quality` the
 * share of scale and share questions it answers at their best (the rest are drawn at random).
 */
export function randomAnswer(question: Question, random: Random, skipShare: number, quality = 0): Answer | undefined {
  const roll = random();
  const updatedAt = '2026-11-01T08:00:00.000Z';
  if (roll < skipShare) return undefined;
  if (roll < skipShare + 0.05 && question.allowsNotApplicable)
    return { questionId: question.id, response: { kind: 'not-applicable' }, updatedAt };
  if (roll < skipShare + 0.1 && question.allowsDontKnow)
    return { questionId: question.id, response: { kind: 'dont-know' }, updatedAt };
  return {
    questionId: question.id,
    response: { kind: 'value', value: valueFor(question, random, quality) },
    updatedAt,
  };
}

const NAMES = ['Thái Nguyên', 'Đắk Lắk', 'Hòa Bình', 'Quảng Ngãi', 'Bắc Ninh', 'Cần Thơ', 'Điện Biên', 'Hưng Yên'];

/** `count` received assessments, the same for the same seed. */
export function generateCollection(count: number, seed = 1): ReceivedAssessment[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, (_, index) => {
    const unitType = pick(random, UNIT_TYPES);
    const place = `${pick(random, NAMES)} ${index % 400}`;
    const name = `${unitType.startsWith('commune') ? 'Ủy ban nhân dân xã' : 'Sở'} ${place}`;
    const skipShare = random() < 0.2 ? 0.5 : random() < 0.5 ? 0.1 : 0;
    const quality = random();
    const answers = questionnaire.sections
      .flatMap((section) => listApplicableQuestions(section, unitType))
      .flatMap((question) => randomAnswer(question, random, skipShare, quality) ?? []);
    return receivedAssessment({
      id: `unit-${index}`,
      profile: {
        unitName: random() < 0.5 ? name.normalize('NFD') : name,
        unitType,
        provinceId: pick(random, PROVINCE_IDS),
        communeName: unitType.startsWith('commune') ? `Xã ${place}` : undefined,
        periodYear: pick(random, [2025, 2026]),
        periodPart: pick(random, PERIOD_PARTS),
      },
      answers,
      answeredOn: random() < 0.3 ? '1.1.0' : '2.0.0',
      conflictWith: random() < 0.02 ? `unit-${index}-copy` : undefined,
    });
  });
}
