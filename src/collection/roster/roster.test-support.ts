/**
 * Fixtures for the roster tests (never imported by the app): received assessments built from what a test names, the
 * label table from both locale files, and roster entries checked against the schema.
 */
import { buildProfile } from '../../../tests/fixtures/profile';
import enCommon from '../../../locales/en/common.json';
import enCollection from '../../../locales/en/screen-collection.json';
import viCommon from '../../../locales/vi/common.json';
import viCollection from '../../../locales/vi/screen-collection.json';
import type { Profile } from '../../assessment/profile-schema';
import type { Answer } from '../../questionnaire/answer-schema';
import { listApplicableQuestions, questionnaire } from '../../questionnaire/questionnaire';
import { receivedAssessmentSchema, type ReceivedAssessment } from '../received-schema';
import { buildRosterLabelTable, rosterCsvTexts, type RosterLocale } from './roster-labels';
import { rosterSchema, type Roster, type RosterEntryInput } from './roster-schema';

// The roster's words are in the collection's screen texts, merged into the common namespace in the app.
export const VI: RosterLocale = { ...viCommon, roster: viCollection.roster };
export const EN: RosterLocale = { ...enCommon, roster: enCollection.roster };
export const LABELS = buildRosterLabelTable([VI, EN]);
export const VI_TEXTS = rosterCsvTexts(VI);
export const EN_TEXTS = rosterCsvTexts(EN);

const ANSWERED_AT = '2026-11-01T08:00:00.000Z';

/** 'all' answers every question that applies to the unit type ("don't know"); a number answers that many. */
export type AnswerCount = 'all' | number;

function answersFor(unitType: Profile['unitType'], count: AnswerCount): Answer[] {
  const questions = questionnaire.sections.flatMap((section) => listApplicableQuestions(section, unitType));
  const picked = count === 'all' ? questions : questions.slice(0, count);
  return picked
    .map((question) => ({ questionId: question.id, response: { kind: 'dont-know' as const }, updatedAt: ANSWERED_AT }))
    .sort((a, b) => (a.questionId < b.questionId ? -1 : 1));
}

export interface ReceivedOptions {
  id: string;
  profile?: Partial<Profile>;
  answered?: AnswerCount;
  exportedAt?: string;
}

/** A received assessment of a provincial department in Hà Nội for 2026 with nothing answered, unless overridden. */
export function received(options: ReceivedOptions): ReceivedAssessment {
  const profile = buildProfile(options.profile);
  const exportedAt = options.exportedAt ?? '2026-11-20T08:00:00.000Z';
  return receivedAssessmentSchema.parse({
    id: options.id,
    entry: {
      assessment: {
        id: options.id,
        profile,
        questionnaireId: 'vn-egov-readiness',
        questionnaireVersion: '2.0.0',
        createdAt: '2026-10-01T08:00:00.000Z',
        updatedAt: exportedAt,
      },
      answers: answersFor(profile.unitType, options.answered ?? 0),
      planItems: [],
    },
    receipt: {
      fileName: `${options.id}.json`,
      receivedAt: '2026-11-21T08:00:00.000Z',
      exportedAt,
      contentVersion: '2.0.0',
      digest: 'a'.repeat(64),
    },
  });
}

/** A roster of the given entries (ids `e1`, `e2`, ... unless given), checked against the schema. */
export function rosterOf(...entries: Omit<RosterEntryInput, 'id'>[]): Roster {
  return rosterSchema.parse({ entries: entries.map((entry, index) => ({ id: `e${index + 1}`, ...entry })) });
}
