/**
 * The content upgrade of the records on the device (schema version 3, content 2.0.0): every assessment answered
 * under an older content version is run through `upgradeRecords`, the same pure function import uses, and its
 * answers and plan items rewritten. Records whose question id changed are moved: the old key deleted, the new one
 * written, in the one upgrade transaction.
 */
import type { Transaction } from 'dexie';
import { questionnaire } from '../questionnaire/questionnaire';
import { needsUpgrade, upgradeRecords } from '../questionnaire/upgrade/upgrade-records';
import type { StoredAnswer, StoredAssessment, StoredPlanItem } from './db';

type Key = [string, string];

export async function upgradeStoredContent(transaction: Transaction): Promise<void> {
  const assessments = transaction.table<StoredAssessment, string>('assessments');
  const answersTable = transaction.table<StoredAnswer, Key>('answers');
  const planItemsTable = transaction.table<StoredPlanItem, Key>('planItems');
  const stale = await assessments
    .filter((assessment) => needsUpgrade(assessment.questionnaireVersion, questionnaire.version))
    .toArray();
  for (const assessment of stale) {
    const [answers, planItems] = await Promise.all([
      answersTable.where('assessmentId').equals(assessment.id).toArray(),
      planItemsTable.where('assessmentId').equals(assessment.id).toArray(),
    ]);
    const result = upgradeRecords({ assessment, answers, planItems }, questionnaire);
    if (!result.report) continue;
    const keyOf = (record: { assessmentId: string; questionId: string }): Key => [
      record.assessmentId,
      record.questionId,
    ];
    const newAnswerKeys = new Set(result.answers.map((record) => record.questionId));
    const newItemKeys = new Set(result.planItems.map((record) => record.questionId));
    await answersTable.bulkDelete(answers.filter((record) => !newAnswerKeys.has(record.questionId)).map(keyOf));
    await planItemsTable.bulkDelete(planItems.filter((record) => !newItemKeys.has(record.questionId)).map(keyOf));
    await answersTable.bulkPut(result.answers);
    await planItemsTable.bulkPut(result.planItems);
    await assessments.put(result.assessment);
  }
}
