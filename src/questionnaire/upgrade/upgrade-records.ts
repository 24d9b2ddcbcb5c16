/**
 * Brings an assessment answered under an older content version to the current one, on the device (storage runs it
 * once, in the schema upgrade that follows a content change) and in files (import runs it before checking a file).
 * The same function for both, so a 1.1.0 file and a 1.1.0 database end up with the same records.
 *
 * Nothing is lost: each answer is carried to its question (`kept`, `renamed`, `converted`) or, when it cannot be,
 * kept under its old id as an answer to a retired question, shown read-only apart from the score. Notes, evidence,
 * drafts and plan items travel with their answer. Timestamps are not touched, so upgrading the same records twice,
 * or a file and the device, gives equal results, and identical assessments stay identical.
 *
 * Records are handled as loose objects: storage adds fields of its own (`assessmentId`, `revision`, `draft`), and a
 * file has not been checked yet when this runs (the checks come after, on the result). Anything of unexpected shape
 * is left as it is, for the checks to report.
 *
 * Pure module: no React, no storage, no i18next.
 */
import { answerValueSchema, type AnswerValue } from '../answer-schema';
import type { Question, Questionnaire } from '../content-schema';
import { capacityMapping } from './from-1.1.0/capacity';
import { dataMapping } from './from-1.1.0/data';
import { monitoringMapping } from './from-1.1.0/monitoring';
import { securityMapping } from './from-1.1.0/security';
import { servicesMapping } from './from-1.1.0/services';
import { signaturesMapping } from './from-1.1.0/signatures';
import type { QuestionMapping, SectionMapping } from './question-mapping';

type Loose = Record<string, unknown>;

export interface UpgradeStep {
  /** Versions this step reads: every version before `to` that `appliesTo` accepts. */
  appliesTo: (version: string) => boolean;
  to: string;
  mapping: SectionMapping;
}

/** Content 1.0.0 and 1.1.0 share their question ids and types (1.1 added the plan), so one step reads both. */
export const UPGRADE_STEPS: readonly UpgradeStep[] = [
  {
    appliesTo: (version) => /^1\.\d+\.\d+$/.test(version),
    to: '2.0.0',
    mapping: {
      ...servicesMapping,
      ...signaturesMapping,
      ...monitoringMapping,
      ...securityMapping,
      ...dataMapping,
      ...capacityMapping,
    },
  },
];

/** What an upgrade did, for the notice on the task list and the import summary. */
export interface UpgradeReport {
  from: string;
  to: string;
  /** Answers now under the same question or a renamed one. */
  carried: number;
  converted: number;
  /** Old ids whose answers are kept as answers to retired questions. */
  retired: string[];
  /** A 1.1.0 "service centre" became a provincial or commune one by what its profile says: the person should check. */
  unitTypeInferred: boolean;
}

export interface UpgradeInput<A extends Loose = Loose, R extends Loose = Loose, P extends Loose = Loose> {
  assessment: A;
  answers: readonly R[];
  planItems: readonly P[];
}

export interface UpgradeResult<
  A extends Loose = Loose,
  R extends Loose = Loose,
  P extends Loose = Loose,
> extends UpgradeInput<A, R, P> {
  report?: UpgradeReport;
}

const isLoose = (value: unknown): value is Loose =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The version an assessment record says it was answered under ('' when it says nothing usable). */
export function contentVersionOf(assessment: Loose): string {
  return typeof assessment.questionnaireVersion === 'string' ? assessment.questionnaireVersion : '';
}

/** Whether records of this content version need an upgrade to reach `current`. */
export function needsUpgrade(version: string, current: string): boolean {
  return version !== current && UPGRADE_STEPS.some((step) => step.appliesTo(version));
}

/** Inventory rows of 1.x said who a system serves (`audience`); 2.0 says its type, one of the five of the decrees. */
function upgradeSystemRow(row: unknown): unknown {
  if (!isLoose(row) || !('audience' in row)) return row;
  const { audience, ...rest } = row;
  const systemType = audience === 'citizens' ? 'citizen-services' : audience === 'internal' ? 'internal' : audience;
  return { ...rest, systemType };
}

/** A stored draft's inventory rows as 2.0 drafts hold them: the type for the audience, the new fields blank. */
function upgradeSystemDraft(row: unknown): unknown {
  if (!isLoose(row) || !('audience' in row)) return row;
  const { audience, ...rest } = row;
  const systemType = audience === 'citizens' ? 'citizen-services' : audience === 'internal' ? 'internal' : '';
  return { role: '', handlesProcedures: '', appraisedOn: '', ...rest, systemType };
}

function upgradeShapes<R extends Loose>(record: R): R {
  const response = record.response;
  const draft = record.draft;
  let next: Loose = record;
  if (isLoose(response) && isLoose(response.value) && Array.isArray(response.value.systems)) {
    const value = { ...response.value, systems: response.value.systems.map(upgradeSystemRow) };
    next = { ...next, response: { ...response, value } };
  }
  if (isLoose(draft) && Array.isArray(draft.systems)) {
    next = { ...next, draft: { ...draft, systems: draft.systems.map(upgradeSystemDraft) } };
  }
  return next as R;
}

/** Whether a response can stand as an answer to `question` (a value of its type, or a special it allows). */
function fits(question: Question, response: unknown): boolean {
  if (!isLoose(response)) return response === undefined;
  if (response.kind === 'not-applicable') return question.allowsNotApplicable;
  if (response.kind === 'dont-know') return question.allowsDontKnow;
  return isLoose(response.value) && response.value.type === question.type;
}

type Outcome<R> = { record: R; kind: 'carried' | 'converted' | 'retired' };

function mapAnswer<R extends Loose>(
  record: R,
  mapping: QuestionMapping | undefined,
  questions: ReadonlyMap<string, Question>,
): Outcome<R> {
  const retire = (): Outcome<R> => ({ record, kind: 'retired' });
  if (!mapping || mapping.kind === 'retired') return retire();
  if (mapping.kind === 'kept') return { record, kind: 'carried' };
  const target = questions.get(mapping.to);
  if (!target) return retire();
  if (mapping.kind === 'renamed') return { record: { ...record, questionId: mapping.to }, kind: 'carried' };
  const response = record.response;
  // "Not applicable" and "don't know" mean the same for the new question, if it allows them.
  if (!isLoose(response) || response.kind !== 'value') {
    if (!fits(target, response)) return retire();
    const { draft: _draft, ...rest } = record;
    return { record: { ...rest, questionId: mapping.to } as unknown as R, kind: 'converted' };
  }
  const parsed = answerValueSchema.safeParse(response.value);
  const converted: AnswerValue | undefined = parsed.success ? mapping.convert(parsed.data) : undefined;
  if (!converted || converted.type !== target.type) return retire();
  // The old draft described the old question's fields: the converted answer shows itself, so it is not carried.
  const { draft: _draft, ...rest } = record;
  return {
    record: { ...rest, questionId: mapping.to, response: { kind: 'value', value: converted } } as unknown as R,
    kind: 'converted',
  };
}

/** A 1.x "service centre" whose profile names a commune is the commune's centre; any other, the province's. */
function upgradeProfile(profile: unknown): { profile: unknown; inferred: boolean } {
  if (!isLoose(profile) || profile.unitType !== 'service-centre') return { profile, inferred: false };
  const hasCommune = typeof profile.communeName === 'string' && profile.communeName.trim() !== '';
  return {
    profile: { ...profile, unitType: hasCommune ? 'commune-service-centre' : 'provincial-service-centre' },
    inferred: true,
  };
}

/**
 * Runs every step from the assessment's version to `questionnaire.version`. Returns the records unchanged (and no
 * report) when the version is current or not one an upgrade knows (a newer version, a malformed record).
 */
export function upgradeRecords<A extends Loose, R extends Loose, P extends Loose>(
  input: UpgradeInput<A, R, P>,
  questionnaire: Questionnaire,
): UpgradeResult<A, R, P> {
  const from = contentVersionOf(input.assessment);
  const step = UPGRADE_STEPS.find((candidate) => candidate.appliesTo(from));
  if (!step || from === questionnaire.version || step.to !== questionnaire.version) return { ...input };
  const questions = new Map(
    questionnaire.sections.flatMap((section) => section.questions.map((question) => [question.id, question])),
  );
  const retiredIds = new Set(questionnaire.retiredQuestions.map((retired) => retired.question.id));
  const report: UpgradeReport = { from, to: step.to, carried: 0, converted: 0, retired: [], unitTypeInferred: false };
  const moved = new Map<string, string>();
  const answers = input.answers.map((answer) => {
    const questionId = typeof answer.questionId === 'string' ? answer.questionId : '';
    const outcome = mapAnswer(upgradeShapes(answer), step.mapping[questionId], questions);
    // An answer is retired only under an id the content keeps a definition for; any other stays, unknown, as before.
    if (outcome.kind === 'retired' && retiredIds.has(questionId)) report.retired.push(questionId);
    else if (outcome.kind === 'converted') report.converted += 1;
    else if (outcome.kind === 'carried') report.carried += 1;
    if (outcome.record.questionId !== questionId) moved.set(questionId, String(outcome.record.questionId));
    return outcome.record;
  });
  // A plan item follows its answer; one whose question was retired keeps its id, like the answer.
  const planItems = input.planItems.map((item) => {
    const to = typeof item.questionId === 'string' ? moved.get(item.questionId) : undefined;
    return to === undefined ? item : { ...item, questionId: to };
  });
  const { profile, inferred } = upgradeProfile(input.assessment.profile);
  report.unitTypeInferred = inferred;
  report.retired.sort();
  const upgradedFrom = { version: from, ...(inferred ? { unitTypeInferred: true } : {}) };
  const assessment = { ...input.assessment, profile, questionnaireVersion: step.to, upgradedFrom } as A;
  return { assessment, answers, planItems, report };
}

/** Question ids the current content asks that no answer of `fromVersion` can reach: what is new to answer. */
export function listQuestionsNewSince(fromVersion: string, questionnaire: Questionnaire): string[] {
  const step = UPGRADE_STEPS.find((candidate) => candidate.appliesTo(fromVersion));
  if (!step) return [];
  const reached = new Set(
    Object.entries(step.mapping).flatMap(([oldId, mapping]) =>
      mapping.kind === 'kept' ? [oldId] : mapping.kind === 'retired' ? [] : [mapping.to],
    ),
  );
  return questionnaire.sections
    .flatMap((section) => section.questions)
    .map((question) => question.id)
    .filter((id) => !reached.has(id));
}
