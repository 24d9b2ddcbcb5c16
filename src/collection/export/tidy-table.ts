/**
 * The tidy ("long") table of a collection: one row per received assessment × question that applies to its unit type,
 * for analysis in an engine (DuckDB, pandas, Power BI; docs/collection-analysis.md gives the schema and queries).
 *
 * Column names are fixed snake_case identifiers in every language, so that one query reads every province's files;
 * codes (unit type, province, period part, section, question, answer, status) are the app's ids, the same in every
 * language; only `answer_text` is in the language chosen, written by the caller's `describe` (this module knows no
 * i18next). Points come from the same `scoreAssessment` call as the unit's own results screen.
 *
 * Pure module: no React, no storage, no i18next.
 */
import { answerCode } from '../../exchange/csv';
import type { Answer } from '../../questionnaire/answer-schema';
import type { Question, Questionnaire } from '../../questionnaire/content-schema';
import type { AnswerStatus } from '../../scoring/score-answer';
import { scoreReceivedAssessment, toAnswerMap } from '../compare/score-received';
import type { ReceivedAssessment } from '../received-schema';
import type { Cell, ExportTable, Row } from './chunks';
import type { ExportOptions } from './export-options';

export const TIDY_COLUMNS = [
  'unit_name',
  'unit_type',
  'province_id',
  'commune_name',
  'unit_code',
  'period_year',
  'period_part',
  'assessment_id',
  'content_version',
  'assessor_name',
  'assessor_role',
  'section_id',
  'question_id',
  'question_type',
  'status',
  'answer_code',
  'answer_text',
  'weight',
  'earned',
  'points',
  'note',
] as const;
export type TidyColumn = (typeof TIDY_COLUMNS)[number];

/** The columns written, in order: every one, or all but the assessor's name and role. */
export function tidyColumns(options: ExportOptions): TidyColumn[] {
  if (!options.withoutAssessorNames) return [...TIDY_COLUMNS];
  return TIDY_COLUMNS.filter((column) => column !== 'assessor_name' && column !== 'assessor_role');
}

export interface TidyOptions extends ExportOptions {
  questionnaire: Questionnaire;
  /** Scoring date (dates in answers are judged against it, as on the results screen). */
  today: string;
  /** The answer in words, in the chosen language (the results screen's `describeAnswer`). */
  describe: (question: Question, answer: Answer | undefined) => string;
}

/** Four decimals: enough for any weight times a share, without 0.30000000000000004. */
const round4 = (value: number) => Math.round(value * 10_000) / 10_000;

/** Whether the status earns points: a scored answer, or "don't know" (which earns 0 and counts). */
const counts = (status: AnswerStatus) => status === 'scored' || status === 'dont-know';

/**
 * The answer text, remembered by question and answer code: the code holds the whole answer (option, number, date,
 * options) except for a free text and an inventory, so the same code always reads the same. A collection repeats
 * the same few answers thousands of times; wording each once is what keeps 230,000 rows within seconds.
 */
function describer(describe: TidyOptions['describe']) {
  const texts = new Map<string, string>();
  return (question: Question, answer: Answer | undefined, code: string) => {
    const value = answer?.response?.kind === 'value' ? answer.response.value : undefined;
    if (value?.type === 'text' || value?.type === 'system-inventory') return describe(question, answer);
    const key = `${question.id}\u0000${code}`;
    let text = texts.get(key);
    if (text === undefined) {
      text = describe(question, answer);
      if (texts.size >= 100_000) texts.clear();
      texts.set(key, text);
    }
    return text;
  };
}

/** The rows of one received assessment, in questionnaire order, cells in `tidyColumns(options)` order. */
export function tidyRowsOf(
  received: ReceivedAssessment,
  options: TidyOptions,
  describe: ReturnType<typeof describer> = describer(options.describe),
): Row[] {
  const { questionnaire, today } = options;
  const { assessment, answers } = received.entry;
  const { profile } = assessment;
  const { score } = scoreReceivedAssessment(questionnaire, received, today);
  const answerMap = toAnswerMap(answers);
  const withPeople = !options.withoutAssessorNames;
  const rows: Row[] = [];
  for (const [index, section] of score.sections.entries()) {
    const content = questionnaire.sections[index];
    if (!content) continue;
    const definitions = new Map(content.questions.map((question) => [question.id, question]));
    for (const scored of section.questions) {
      const question = definitions.get(scored.questionId);
      if (!question) continue;
      const answer = answerMap.get(question.id);
      const code = answerCode(answer);
      const earned = counts(scored.status) && question.weight > 0 ? round4(scored.earned) : undefined;
      const unit: Cell[] = [
        profile.unitName,
        profile.unitType,
        profile.provinceId,
        profile.communeName,
        profile.unitCode || undefined,
        profile.periodYear,
        profile.periodPart,
        assessment.id,
        received.receipt.contentVersion,
      ];
      if (withPeople) unit.push(profile.assessorName, profile.assessorRole);
      unit.push(
        section.sectionId,
        question.id,
        question.type,
        scored.status,
        code || undefined,
        describe(question, answer, code),
        question.weight,
        earned,
        earned === undefined ? undefined : round4(earned * question.weight),
        answer?.note,
      );
      rows.push(unit);
    }
  }
  return rows;
}

/** How many rows the table has: the questions that apply to each assessment's unit type. */
export function tidyRowCount(questionnaire: Questionnaire, received: readonly ReceivedAssessment[]): number {
  const perType = new Map<string, number>();
  let total = 0;
  for (const one of received) {
    const unitType = one.entry.assessment.profile.unitType;
    let count = perType.get(unitType);
    if (count === undefined) {
      count = questionnaire.sections.reduce(
        (sum, section) => sum + section.questions.filter((question) => question.appliesTo.includes(unitType)).length,
        0,
      );
      perType.set(unitType, count);
    }
    total += count;
  }
  return total;
}

/**
 * The tidy table; its rows are made as they are read (one assessment scored at a time), so that a national
 * collection's 230,000 rows are never all in memory before they are written.
 */
export function tidyTable(received: readonly ReceivedAssessment[], options: TidyOptions): ExportTable {
  return {
    header: tidyColumns(options),
    rows: {
      *[Symbol.iterator]() {
        const describe = describer(options.describe);
        for (const one of received) yield* tidyRowsOf(one, options, describe);
      },
    },
    rowCount: tidyRowCount(options.questionnaire, received),
  };
}
