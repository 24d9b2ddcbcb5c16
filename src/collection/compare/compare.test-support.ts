/**
 * Inputs for the comparison tests (never imported by the app): a received assessment built from what a test names
 * (checked against `receivedAssessmentSchema`, so it is always something the collection could hold), a questionnaire
 * small enough to score by hand, and a comparison row with plain defaults. The seeded collection of varied
 * assessments on the real questionnaire is in `generated-collection.test-support.ts`.
 */
import { buildProfile } from '../../../tests/fixtures/profile';
import type { Profile } from '../../assessment/profile-schema';
import type { Answer } from '../../questionnaire/answer-schema';
import { UNIT_TYPES, type Question, type Questionnaire, type UnitType } from '../../questionnaire/content-schema';
import { receivedAssessmentSchema, type ReceivedAssessment } from '../received-schema';
import type { ComparisonRow } from './comparison-rows';
import { foldText } from './fold-text';
import { periodIdOf, periodKeyOf } from './period';

export const TODAY = '2026-11-22';

export interface ReceivedOptions {
  id?: string;
  profile?: Partial<Profile>;
  answers?: Answer[];
  /** The content version the unit answered on (the receipt's); the entry itself is always on 2.0.0. */
  answeredOn?: string;
  conflictWith?: string;
  exportedAt?: string;
}

/** A received assessment of a provincial department in Hà Nội for 2026, unless overridden. */
export function receivedAssessment(options: ReceivedOptions = {}): ReceivedAssessment {
  const id = options.id ?? 'unit-1';
  const answers = [...(options.answers ?? [])].sort((a, b) => (a.questionId < b.questionId ? -1 : 1));
  const exportedAt = options.exportedAt ?? '2026-11-20T08:00:00.000Z';
  return receivedAssessmentSchema.parse({
    id,
    entry: {
      assessment: {
        id,
        profile: buildProfile(options.profile),
        questionnaireId: 'vn-egov-readiness',
        questionnaireVersion: '2.0.0',
        createdAt: '2026-10-01T08:00:00.000Z',
        updatedAt: exportedAt,
        ...(options.answeredOn && options.answeredOn !== '2.0.0'
          ? { upgradedFrom: { version: options.answeredOn } }
          : {}),
      },
      answers,
      planItems: [],
    },
    receipt: {
      fileName: `${id}.json`,
      receivedAt: '2026-11-21T08:00:00.000Z',
      exportedAt,
      contentVersion: options.answeredOn ?? '2.0.0',
      digest: 'a'.repeat(64),
    },
    conflictWith: options.conflictWith,
  });
}

function question(
  id: string,
  weight: number,
  appliesTo: UnitType[] = [...UNIT_TYPES],
  type: 'yes-partly-no' | 'text' = 'yes-partly-no',
): Question {
  return {
    id,
    type,
    weight,
    appliesTo,
    allowsNotApplicable: true,
    allowsDontKnow: true,
    dti: 'digital-government',
    legalBasis: [{ documentId: 'decree-42-2022', article: '12' }],
    remediation: weight > 0 ? { role: 'digital-officer' } : undefined,
  } as Question;
}

/**
 * A questionnaire small enough to score by hand. Services (weight 2): `s-portal` (weight 2), `s-online` (1) and the
 * unscored note `s-notes`; signatures (weight 1): `g-signed` (1, a critical gap capping at D when "no") and
 * `g-commune` (1, communes only).
 */
export function tinyQuestionnaire(): Questionnaire {
  return {
    id: 'tiny',
    version: '2.0.0',
    legalAsOf: '2026-11-01',
    legalDocuments: [{ id: 'decree-42-2022', kind: 'decree', number: '42/2022/NĐ-CP', status: 'in-force' }],
    sections: [
      {
        id: 'services',
        weight: 2,
        questions: [question('s-portal', 2), question('s-online', 1), question('s-notes', 0, undefined, 'text')],
      },
      {
        id: 'signatures',
        weight: 1,
        questions: [question('g-signed', 1), question('g-commune', 1, ['commune-committee'])],
      },
    ],
    criticalGaps: [
      { id: 'unsigned', questionId: 'g-signed', rule: { kind: 'choice-in', choices: ['no'] }, capGrade: 'D' },
    ],
    nationalTargets: [],
    retiredQuestions: [],
  };
}

/** A comparison row with every field given a plain value, for the filter, sort and trend tests. */
export function comparisonRow(overrides: Partial<ComparisonRow> = {}): ComparisonRow {
  const unitName = overrides.unitName ?? 'Sở Khoa học và Công nghệ';
  const periodYear = overrides.periodYear ?? 2026;
  const periodPart = overrides.periodPart ?? 'year';
  return {
    assessmentId: 'unit-1',
    unitName,
    unitType: 'provincial-department',
    provinceId: 'ha-noi',
    periodYear,
    periodPart,
    periodId: periodIdOf(periodYear, periodPart),
    periodKey: periodKeyOf(periodYear, periodPart),
    answeredContentVersion: '2.0.0',
    contentVersion: '2.0.0',
    answered: 10,
    applicable: 10,
    answeredPercent: 100,
    isProvisional: false,
    sections: {},
    criticalGapCount: 0,
    hasConflict: false,
    ...overrides,
    searchText: foldText([unitName, overrides.communeName ?? ''].join(' ')),
  };
}
