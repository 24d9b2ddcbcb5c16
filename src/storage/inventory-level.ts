/**
 * The workbench's one write into the questionnaire's answers (issue 14): the unit chooses to record the level its
 * classification gives as the inventory row's proposed level, and may copy the classification's system type and
 * "handles administrative procedures" with it. Nothing else of the answer changes.
 *
 * One transaction reads the inventory answer, changes that row's fields, and writes the record with a new revision
 * and a writer id of its own, so that a section form open in this or another tab sees it as another writer's change
 * (`record-writer.ts`) and shows it, or says that its own edits win. A draft kept with the answer (a row with an
 * invalid date still being corrected) gets the same change, else the form would show the old value from the draft.
 */
import type { AnswerDraft } from '../questionnaire/answer-draft';
import { answerSchema, informationSystemSchema, type InformationSystem } from '../questionnaire/answer-schema';
import { INVENTORY_QUESTION_ID } from '../security-level/inventory';
import { db, type StoredAnswer } from './db';
import { nextRevision } from './record-writer';
import { StorageError, toStorageError } from './storage-error';

/** The writer id of inventory changes made by the workbench (never a form's: forms must see them as foreign). */
export const INVENTORY_LEVEL_WRITER = 'security-workbench';

export type InventoryRowChange = Partial<Pick<InformationSystem, 'proposedLevel' | 'systemType' | 'handlesProcedures'>>;

function changedDraft(draft: AnswerDraft, systemId: string, change: InventoryRowChange): AnswerDraft {
  return {
    ...draft,
    systems: draft.systems.map((system) =>
      system.id !== systemId
        ? system
        : {
            ...system,
            ...(change.proposedLevel !== undefined ? { proposedLevel: change.proposedLevel } : {}),
            ...(change.systemType !== undefined ? { systemType: change.systemType } : {}),
            ...(change.handlesProcedures !== undefined
              ? { handlesProcedures: change.handlesProcedures ? ('yes' as const) : ('no' as const) }
              : {}),
          },
    ),
  };
}

/**
 * Changes the given fields of one inventory row and returns the row as written. Fails with `invalid` when the
 * assessment, the inventory answer or the row is not there (removed in another tab meanwhile): nothing is written.
 */
export async function updateInventoryRow(
  assessmentId: string,
  systemId: string,
  change: InventoryRowChange,
): Promise<InformationSystem> {
  try {
    return await db.transaction('rw', db.assessments, db.answers, async () => {
      const assessment = await db.assessments.get(assessmentId);
      if (!assessment || assessment.deletedAt) throw new StorageError('invalid', new Error('Assessment not found'));
      const stored = await db.answers.get([assessmentId, INVENTORY_QUESTION_ID]);
      if (!stored) throw new StorageError('invalid', new Error('No inventory answer'));
      const { assessmentId: _id, revision, writer: _writer, draft, ...answerPart } = stored;
      const answer = answerSchema.safeParse(answerPart);
      const response = answer.success ? answer.data.response : undefined;
      if (response?.kind !== 'value' || response.value.type !== 'system-inventory') {
        throw new StorageError('invalid', new Error('No inventory answer'));
      }
      const row = response.value.systems.find((system) => system.id === systemId);
      if (!row) throw new StorageError('invalid', new Error('No such inventory row'));
      const parsedRow = informationSystemSchema.safeParse({ ...row, ...change });
      if (!parsedRow.success) throw new StorageError('invalid', parsedRow.error);
      const changedRow = parsedRow.data;
      const now = new Date().toISOString();
      const record: StoredAnswer = {
        ...stored,
        response: {
          kind: 'value',
          value: {
            type: 'system-inventory',
            systems: response.value.systems.map((system) => (system.id === systemId ? changedRow : system)),
          },
        },
        updatedAt: now,
        revision: nextRevision(revision, Date.now()),
        writer: INVENTORY_LEVEL_WRITER,
        ...(draft ? { draft: changedDraft(draft, systemId, change) } : {}),
      };
      await db.answers.put(record);
      await db.assessments.update(assessmentId, { updatedAt: now });
      return changedRow;
    });
  } catch (error) {
    throw toStorageError(error);
  }
}
