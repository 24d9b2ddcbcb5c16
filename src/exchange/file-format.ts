/**
 * The assessment file (JSON): one assessment, or a backup of every assessment on a device, with its answers, plan
 * items and security-by-level workbench records. Documented in docs/file-format.md; docs/file-format.schema.json is generated from these schemas (a test
 * fails when it is stale).
 *
 * The records reuse the schemas storage validates with (`assessmentSchema`, `answerSchema`, `planItemSchema`,
 * `systemSecuritySchema`, `unitSecuritySchema`), so
 * a file can never hold something the app would refuse to store. Those schemas drop unknown keys; the reader
 * (`parse-file.ts`) refuses them instead, anywhere in the file, and the wrappers here are strict objects.
 *
 * Pure module: no React, no storage, no i18next.
 */
import '../zod-config';
import { z } from 'zod';
import { assessmentSchema } from '../assessment/assessment-schema';
import { planItemSchema } from '../assessment/plan-item-schema';
import { answerSchema } from '../questionnaire/answer-schema';
import { contentIdSchema } from '../questionnaire/content-schema';
import { MAX_ASSESSMENTS } from './file-limits';
import {
  systemSecuritySchema,
  unitSecuritySchema,
  type SystemSecurity,
} from '../security-level/system-security-schema';

/** The value of `format`: what tells our files apart from any other JSON. */
export const FILE_FORMAT = 'egov-readiness';
/**
 * The version this code writes and the newest it reads. Raise it (and add a migration) on any change of shape.
 * 2 (content 2.0.0): unit types, inventory rows and `upgradedFrom`; version 1 files are content 1.x, and reading
 * them is the content upgrade (`parse-file.ts`).
 * 3 (issue 14): each entry's security-by-level workbench records, `systemSecurity` and `unitSecurity`; version 1 and
 * 2 files hold none.
 */
export const FORMAT_VERSION = 3;
export { MAX_ASSESSMENTS };
/** The oldest version this code reads. */
export const OLDEST_FORMAT_VERSION = 1;

/**
 * Files larger than this are refused before they are read. A backup of 100 fully answered assessments with a note
 * and a plan item on every question is about 8 MB (measured in serialize.test.ts).
 */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;
/** Deepest nesting of objects and arrays accepted; the format itself needs 9 levels. */
export const MAX_NESTING_DEPTH = 32;
export const MAX_ANSWERS_PER_ASSESSMENT = 1000;
export const MAX_PLAN_ITEMS_PER_ASSESSMENT = 1000;
/** As many as the inventory has rows (`system-inventory`: at most 500). */
export const MAX_SYSTEM_SECURITY_PER_ASSESSMENT = 500;

export const FILE_KINDS = ['assessment', 'backup'] as const;
export type FileKind = (typeof FILE_KINDS)[number];

/**
 * The assessment as written to a file: everything but what only concerns this device (`deletedAt`, and the export
 * bookkeeping such as `lastExportedAt`). Fields are picked by name so that a field added to the stored record does
 * not reach files until it is added here, to the documentation and, if needed, to a new format version.
 */
export const fileAssessmentSchema = assessmentSchema.pick({
  id: true,
  profile: true,
  title: true,
  questionnaireId: true,
  questionnaireVersion: true,
  createdAt: true,
  updatedAt: true,
  resumeAt: true,
  duplicatedFrom: true,
  upgradedFrom: true,
  sample: true,
  consensus: true,
});
export type FileAssessment = z.infer<typeof fileAssessmentSchema>;

export const fileEntrySchema = z.strictObject({
  assessment: fileAssessmentSchema,
  /** Sorted by question id; at most one per question. */
  answers: z.array(answerSchema).max(MAX_ANSWERS_PER_ASSESSMENT),
  /** Sorted by question id; at most one per question. */
  planItems: z.array(planItemSchema).max(MAX_PLAN_ITEMS_PER_ASSESSMENT),
  /**
   * The workbench's record of each inventory system (format 3), sorted by system id, at most one per system. Always
   * written; absent (files of versions 1 and 2) means none. A record whose system is no longer in the inventory is
   * kept: the row may come back, and a file never loses what the unit wrote.
   */
  systemSecurity: z.array(systemSecuritySchema).max(MAX_SYSTEM_SECURITY_PER_ASSESSMENT).optional(),
  /** The workbench's record of the unit's own duties (format 3); absent when the unit has recorded none. */
  unitSecurity: unitSecuritySchema.optional(),
});
export type FileEntry = z.infer<typeof fileEntrySchema>;

/**
 * The entry without its workbench records: what a department's collection keeps of a unit's file (it compares,
 * scores and reports answers and plans only), and what its digests are computed on, as for format 2.
 */
export function withoutSecurityRecords(entry: FileEntry): FileEntry {
  const { systemSecurity: _systemSecurity, unitSecurity: _unitSecurity, ...rest } = entry;
  return rest;
}

/** Custom issue messages (`issue` in an `invalid` error's params). */
export const DUPLICATE_ISSUE = 'duplicate';
export const ONE_ASSESSMENT_ISSUE = 'one-assessment-expected';

function reportDuplicates(
  values: readonly string[],
  path: (index: number) => (string | number)[],
  ctx: z.RefinementCtx,
): void {
  const seen = new Set<string>();
  values.forEach((value, index) => {
    if (seen.has(value)) ctx.addIssue({ code: 'custom', message: DUPLICATE_ISSUE, path: path(index) });
    seen.add(value);
  });
}

/**
 * Where a workbench record repeats what must be unique in it (a dossier component, a requirement group, an incident
 * id), relative to the record; undefined when nothing is repeated. Storage refuses such a record too
 * (`storage/system-security.ts`), so that one never stops a backup.
 */
export function findDuplicateInSecurityRecord(record: SystemSecurity): (string | number)[] | undefined {
  const lists: [readonly string[], (index: number) => (string | number)[]][] = [
    [record.dossier.map((item) => item.componentId), (index) => ['dossier', index, 'componentId']],
    [record.baseline.map((check) => check.groupId), (index) => ['baseline', index, 'groupId']],
    [(record.duties.incidents ?? []).map((incident) => incident.id), (index) => ['duties', 'incidents', index, 'id']],
  ];
  for (const [values, path] of lists) {
    const index = values.findIndex((value, position) => values.indexOf(value) !== position);
    if (index !== -1) return path(index);
  }
  return undefined;
}

export const assessmentFileSchema = z
  .strictObject({
    format: z.literal(FILE_FORMAT).describe('Always "egov-readiness".'),
    formatVersion: z
      .literal(FORMAT_VERSION)
      .describe('Version of this format. A reader refuses versions newer than it knows.'),
    exportedAt: z.iso.datetime().describe('When the file was written (UTC, ISO 8601).'),
    app: z
      .strictObject({
        questionnaireId: contentIdSchema,
        questionnaireVersion: z.string().regex(/^\d+\.\d+\.\d+$/),
      })
      .describe('The questionnaire of the app that wrote the file.'),
    kind: z.enum(FILE_KINDS).describe('"assessment": exactly one assessment; "backup": every assessment on a device.'),
    assessments: z
      .array(fileEntrySchema)
      .max(MAX_ASSESSMENTS)
      .describe('Sorted by creation time, then id. Ids are unique within the file.'),
  })
  .superRefine((file, ctx) => {
    if (file.kind === 'assessment' && file.assessments.length !== 1) {
      ctx.addIssue({ code: 'custom', message: ONE_ASSESSMENT_ISSUE, path: ['assessments'] });
    }
    reportDuplicates(
      file.assessments.map((entry) => entry.assessment.id),
      (index) => ['assessments', index, 'assessment', 'id'],
      ctx,
    );
    file.assessments.forEach((entry, entryIndex) => {
      reportDuplicates(
        entry.answers.map((answer) => answer.questionId),
        (index) => ['assessments', entryIndex, 'answers', index, 'questionId'],
        ctx,
      );
      reportDuplicates(
        entry.planItems.map((item) => item.questionId),
        (index) => ['assessments', entryIndex, 'planItems', index, 'questionId'],
        ctx,
      );
      (entry.systemSecurity ?? []).forEach((record, recordIndex) => {
        const duplicate = findDuplicateInSecurityRecord(record);
        if (duplicate) {
          ctx.addIssue({
            code: 'custom',
            message: DUPLICATE_ISSUE,
            path: ['assessments', entryIndex, 'systemSecurity', recordIndex, ...duplicate],
          });
        }
      });
      reportDuplicates(
        (entry.systemSecurity ?? []).map((record) => record.systemId),
        (index) => ['assessments', entryIndex, 'systemSecurity', index, 'systemId'],
        ctx,
      );
    });
  })
  .meta({
    title: 'e-Gov Readiness assessment file',
    description:
      'One assessment, or a backup of every assessment on a device, with answers, remediation plan items and security-by-level records. UTF-8, strings in Unicode NFC. See docs/file-format.md.',
  });

export type AssessmentFile = z.infer<typeof assessmentFileSchema>;
