/**
 * The export bookkeeping behind the backup reminder: when each assessment was last in a checked export, and what
 * changed since. Apart from `exchange.ts` so that the assessment list reads it without loading the file code.
 */
import { countChangesSince, type ExportStatus } from '../exchange/backup-reminder';
import { db, type StoredAssessment } from './db';
import { withStorageErrors } from './storage-error';

/**
 * The stored assessment with the export mark. `lastExportedAt` is not in `assessmentSchema` yet: until it is, the
 * field is written here but dropped by any write that validates the record (rename, profile, delete).
 */
export type MarkedAssessment = StoredAssessment & { lastExportedAt?: string };

/**
 * Records that these assessments are in an export that was read back and checked. Never moves the mark back, and
 * does not change `updatedAt`.
 */
export async function markExported(ids: readonly string[], at: string): Promise<void> {
  await withStorageErrors(() =>
    db.transaction('rw', db.assessments, async () => {
      for (const id of ids) {
        const current: MarkedAssessment | undefined = await db.assessments.get(id);
        if (!current) continue;
        if (current.lastExportedAt && Date.parse(current.lastExportedAt) >= Date.parse(at)) continue;
        const marked: MarkedAssessment = { ...current, lastExportedAt: at };
        await db.assessments.put(marked);
      }
    }),
  );
}

/** For the assessment list and the backup reminder: per assessment, when last exported and what changed since. */
export async function readExportStatus(): Promise<ExportStatus[]> {
  return withStorageErrors(() =>
    db.transaction('r', [db.assessments, db.answers, db.planItems, db.systemSecurity, db.unitSecurity], async () => {
      const assessments: MarkedAssessment[] = (await db.assessments.toArray()).filter((a) => !a.deletedAt);
      const [answers, planItems, systemSecurity, unitSecurity] = await Promise.all([
        db.answers.toArray(),
        db.planItems.toArray(),
        db.systemSecurity.toArray(),
        db.unitSecurity.toArray(),
      ]);
      return assessments.map((assessment): ExportStatus => {
        const own = (record: { assessmentId: string }) => record.assessmentId === assessment.id;
        // A workbench record counts as one change, like an answer: it travels in the same file.
        const changes =
          countChangesSince(answers.filter(own), assessment.lastExportedAt) +
          countChangesSince(planItems.filter(own), assessment.lastExportedAt) +
          countChangesSince(systemSecurity.filter(own), assessment.lastExportedAt) +
          countChangesSince(unitSecurity.filter(own), assessment.lastExportedAt);
        return {
          assessmentId: assessment.id,
          createdAt: assessment.createdAt,
          updatedAt: assessment.updatedAt,
          lastExportedAt: assessment.lastExportedAt,
          changesSinceExport: changes,
          ...(assessment.sample ? { sample: true as const } : {}),
        };
      });
    }),
  );
}
