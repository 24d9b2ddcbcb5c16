/**
 * The upgrade from content 1.1.0, checked two ways: the mapping against the frozen 1.1.0 catalogue and the current
 * content (every old question has a place, and that place can hold its answer), and a committed 1.1.0 backup with
 * every question answered, upgraded record by record (nothing lost, every answer valid where it lands).
 */
import { describe, expect, test } from 'vitest';
import catalogueJson from '../../../tests/fixtures/content-1.1.0/catalogue.json';
import backupFixture from '../../../tests/fixtures/content-1.1.0/backup-every-question-answered.json';
import { assessmentFileSchema, FORMAT_VERSION } from '../../exchange/file-format';
import { scoreAssessment } from '../../scoring/score-assessment';
import { answerSchema, type Answer } from '../answer-schema';
import type { Question } from '../content-schema';
import { questionnaire } from '../questionnaire';
import { listQuestionsNewSince, needsUpgrade, UPGRADE_STEPS, upgradeRecords } from './upgrade-records';

type Loose = Record<string, unknown>;
/** The fixture as loose records, as storage and import hand them to the upgrade. */
const backupJson = backupFixture as unknown as Omit<typeof backupFixture, 'assessments'> & {
  assessments: {
    assessment: Loose & { id: string; questionnaireVersion: string; profile: Loose & { unitType: string } };
    answers: (Loose & { questionId: string; note?: string; response?: unknown })[];
    planItems: (Loose & { questionId: string })[];
  }[];
};

type CatalogueQuestion = (typeof catalogueJson.sections)[number]['questions'][number] & { options?: string[] };

const oldQuestions: CatalogueQuestion[] = catalogueJson.sections.flatMap((section) => section.questions);
const step = UPGRADE_STEPS.find((candidate) => candidate.appliesTo('1.1.0'))!;
const current = new Map<string, Question>(
  questionnaire.sections.flatMap((section) => section.questions.map((question) => [question.id, question])),
);
const retired = new Map<string, Question>(
  questionnaire.retiredQuestions.map(({ question }) => [question.id, question]),
);

/** What stops an old question's answers from landing on `target`, as messages ([] when they fit). */
function misfits(old: CatalogueQuestion, target: Question | undefined, where: string): string[] {
  if (!target) return [`${old.id}: ${where} does not exist`];
  const problems: string[] = [];
  if (target.type !== old.type) problems.push(`${old.id}: ${where} is ${target.type}, was ${old.type}`);
  if (old.allowsNotApplicable && !target.allowsNotApplicable) problems.push(`${old.id}: ${where} refuses N/A`);
  if (old.allowsDontKnow && !target.allowsDontKnow) problems.push(`${old.id}: ${where} refuses "don't know"`);
  if (target.type === 'multi-choice') {
    const options = new Set(target.options.map((option) => option.id));
    const lost = (old.options ?? []).filter((option) => !options.has(option));
    if (lost.length) problems.push(`${old.id}: ${where} lacks options ${lost.join(', ')}`);
  }
  return problems;
}

describe('the mapping from 1.1.0', () => {
  test('has one entry for every 1.1.0 question, and none for questions 1.1.0 did not have', () => {
    const oldIds = oldQuestions.map((question) => question.id).sort();

    expect(Object.keys(step.mapping).sort()).toEqual(oldIds);
    expect(step.to).toBe(questionnaire.version);
  });

  test('sends every answer to a question that can hold it, or to a retired question', () => {
    const problems = oldQuestions.flatMap((old) => {
      const mapping = step.mapping[old.id]!;
      switch (mapping.kind) {
        case 'kept':
          return misfits(old, current.get(old.id), 'the same id');
        case 'renamed':
          return misfits(old, current.get(mapping.to), mapping.to);
        case 'converted':
          // A value that cannot be converted stays as a retired answer, so both places must exist.
          return [
            ...(current.has(mapping.to) ? [] : [`${old.id}: ${mapping.to} does not exist`]),
            ...misfits(old, retired.get(old.id), 'its retired definition'),
          ];
        case 'retired':
          return misfits(old, retired.get(old.id), 'its retired definition');
      }
    });

    expect(problems, problems.join('\n')).toEqual([]);
  });

  test('never sends two old questions to the same new one, nor keeps a retired id in use', () => {
    const targets = Object.entries(step.mapping).flatMap(([oldId, mapping]) =>
      mapping.kind === 'kept' ? [oldId] : mapping.kind === 'retired' ? [] : [mapping.to],
    );
    const duplicates = targets.filter((id, index) => targets.indexOf(id) !== index);
    const retiredButAsked = [...retired.keys()].filter((id) => current.has(id));

    expect(duplicates).toEqual([]);
    expect(retiredButAsked).toEqual([]);
  });

  test('says what is new to answer: every current question that no 1.1.0 answer reaches', () => {
    const fresh = listQuestionsNewSince('1.1.0', questionnaire);
    const reached = new Set(
      Object.entries(step.mapping).flatMap(([oldId, mapping]) =>
        mapping.kind === 'kept' ? [oldId] : mapping.kind === 'retired' ? [] : [mapping.to],
      ),
    );

    expect(fresh.every((id) => current.has(id) && !reached.has(id))).toBe(true);
    expect(fresh.length + reached.size).toBe(current.size);
  });
});

describe('a 1.1.0 backup with every question answered', () => {
  const entries = backupJson.assessments;
  const upgraded = entries.map((entry) => upgradeRecords(entry, questionnaire));

  test('is the fixture it claims to be: four unit types, every 1.1.0 question answered at least once', () => {
    const answeredIds = new Set(entries.flatMap((entry) => entry.answers.map((answer) => answer.questionId)));

    expect(entries.map((entry) => entry.assessment.questionnaireVersion)).toEqual(['1.1.0', '1.1.0', '1.1.0', '1.1.0']);
    expect(oldQuestions.filter((question) => !answeredIds.has(question.id))).toEqual([]);
  });

  test('keeps every answer, note, piece of evidence and plan item', () => {
    upgraded.forEach((result, index) => {
      const before = entries[index]!;
      const notes = (answers: readonly Record<string, unknown>[]) => answers.map((answer) => answer.note).sort();
      const evidence = (answers: readonly Record<string, unknown>[]) =>
        answers.map((answer) => JSON.stringify(answer.evidence ?? null)).sort();

      expect(result.answers).toHaveLength(before.answers.length);
      expect(notes(result.answers)).toEqual(notes(before.answers));
      expect(evidence(result.answers)).toEqual(evidence(before.answers));
      expect(result.planItems).toHaveLength(before.planItems.length);
      const report = result.report!;
      expect(report.carried + report.converted + report.retired.length).toBe(before.answers.length);
    });
  });

  test('lands every answer on a current question of its type, or on a retired question of its type', () => {
    const problems = upgraded.flatMap((result) =>
      result.answers.flatMap((record) => {
        const answer: Answer = answerSchema.parse(record);
        const question = current.get(answer.questionId) ?? retired.get(answer.questionId);
        if (!question) return [`${answer.questionId}: nowhere`];
        const response = answer.response;
        if (response?.kind === 'value' && response.value.type !== question.type) {
          return [`${answer.questionId}: a ${response.value.type} answer on a ${question.type} question`];
        }
        return [];
      }),
    );

    expect(problems, problems.join('\n')).toEqual([]);
  });

  test('becomes a valid 2.0.0 file, which a second upgrade leaves alone', () => {
    const file = {
      ...backupJson,
      formatVersion: FORMAT_VERSION,
      assessments: upgraded.map(({ assessment, answers, planItems }) => ({ assessment, answers, planItems })),
    };
    const parsed = assessmentFileSchema.parse(file);

    expect(parsed.assessments.map((entry) => entry.assessment.questionnaireVersion)).toEqual(
      entries.map(() => questionnaire.version),
    );
    expect(parsed.assessments.every((entry) => entry.assessment.upgradedFrom?.version === '1.1.0')).toBe(true);
    for (const entry of parsed.assessments) {
      expect(needsUpgrade(entry.assessment.questionnaireVersion, questionnaire.version)).toBe(false);
      expect(upgradeRecords(entry, questionnaire).report).toBeUndefined();
    }
  });

  test('the 1.1.0 service centre becomes a provincial centre, flagged for the person to check', () => {
    const centre = upgraded.find(
      (result) => entries[upgraded.indexOf(result)]!.assessment.profile.unitType === 'service-centre',
    )!;

    expect(centre.assessment.profile).toMatchObject({ unitType: 'provincial-service-centre' });
    expect(centre.assessment.upgradedFrom).toEqual({ version: '1.1.0', unitTypeInferred: true });
    expect(centre.report?.unitTypeInferred).toBe(true);
  });

  test('a service centre whose profile names a commune becomes the commune centre', () => {
    const entry = entries.find((candidate) => candidate.assessment.profile.unitType === 'service-centre')!;
    const withCommune = {
      ...entry,
      assessment: { ...entry.assessment, profile: { ...entry.assessment.profile, communeName: 'Xã Phú Lương' } },
    };

    expect(upgradeRecords(withCommune, questionnaire).assessment.profile).toMatchObject({
      unitType: 'commune-service-centre',
    });
  });

  test('still scores: every carried answer counts in its section as it did', () => {
    for (const { assessment, answers: records, planItems } of upgraded) {
      const file = assessmentFileSchema.parse({
        ...backupJson,
        formatVersion: FORMAT_VERSION,
        assessments: [{ assessment, answers: records, planItems }],
      });
      const [entry] = file.assessments;
      const answers = new Map(entry!.answers.map((answer) => [answer.questionId, answer]));
      const score = scoreAssessment(questionnaire, entry!.assessment.profile.unitType, answers, '2026-12-01');
      const answeredCurrent = entry!.answers.filter((answer) => current.has(answer.questionId)).length;

      expect(score.score).toBeDefined();
      // Every carried answer is to a question of this unit type, so each counts as answered.
      expect(score.answered).toBeLessThanOrEqual(answeredCurrent);
      expect(score.answered).toBeGreaterThan(0);
    }
  });
});
