/**
 * Writes assessment files deterministically, so that export, import and export again give the same bytes:
 *
 * - keys in the order the schemas declare them (parsing with the schema rebuilds every object in that order,
 *   whatever order the input had, and drops device-only fields such as `deletedAt`);
 * - assessments by creation time, then id; answers and plan items by question id; workbench records by system id,
 *   their dossier items by component id and baseline checks by group id (incidents keep their order);
 * - `systemSecurity` always written, `[]` when there is none;
 * - every string in NFC, with characters the format refuses written as U+FFFD (see `text-rules.ts`);
 * - two-space indentation, "\n" line ends, a final newline, no byte-order mark, non-ASCII characters as themselves.
 *
 * Pure module: no React, no storage, no i18next.
 */
import {
  assessmentFileSchema,
  fileEntrySchema,
  FILE_FORMAT,
  FORMAT_VERSION,
  type AssessmentFile,
  type FileEntry,
  type FileKind,
} from './file-format';
import type { SystemSecurity } from '../security-level/system-security-schema';
import { cleanText, mapStrings } from './text-rules';

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function compareEntries(a: FileEntry, b: FileEntry): number {
  const byTime = Date.parse(a.assessment.createdAt) - Date.parse(b.assessment.createdAt);
  return byTime !== 0 && !Number.isNaN(byTime) ? byTime : compareText(a.assessment.id, b.assessment.id);
}

function sortSystemSecurity(record: SystemSecurity): SystemSecurity {
  return {
    ...record,
    dossier: [...record.dossier].sort((a, b) => compareText(a.componentId, b.componentId)),
    baseline: [...record.baseline].sort((a, b) => compareText(a.groupId, b.groupId)),
  };
}

/** Sorted records; `systemSecurity` as given (absent stays absent), `unitSecurity` only when there is one. */
function sortEntry(entry: FileEntry): FileEntry {
  return {
    assessment: entry.assessment,
    answers: [...entry.answers].sort((a, b) => compareText(a.questionId, b.questionId)),
    planItems: [...entry.planItems].sort((a, b) => compareText(a.questionId, b.questionId)),
    ...(entry.systemSecurity
      ? {
          systemSecurity: entry.systemSecurity
            .map(sortSystemSecurity)
            .sort((a, b) => compareText(a.systemId, b.systemId)),
        }
      : {}),
    ...(entry.unitSecurity ? { unitSecurity: entry.unitSecurity } : {}),
  };
}

/** The entry as a file writes it: `systemSecurity` always there. */
function fileFormOf(entry: FileEntry): FileEntry {
  const sorted = sortEntry(entry);
  return { ...sorted, systemSecurity: sorted.systemSecurity ?? [] };
}

/**
 * The canonical form of a file: cleaned, sorted, parsed with the schema (stable key order, trimmed texts, no
 * unknown fields). Throws a ZodError when the content is not valid: callers pass data that was validated already.
 */
export function canonicalFile(file: AssessmentFile): AssessmentFile {
  const cleaned = mapStrings(file, cleanText);
  return assessmentFileSchema.parse({
    ...cleaned,
    assessments: cleaned.assessments.map(fileFormOf).sort(compareEntries),
  });
}

export interface FileContents {
  kind: FileKind;
  /** ISO timestamp, normally now. */
  exportedAt: string;
  questionnaire: { id: string; version: string };
  /** Records as stored: extra fields (`deletedAt`, `assessmentId`, ...) are dropped. */
  entries: readonly FileEntry[];
}

/** A file in canonical form from records read from storage. */
export function buildAssessmentFile(contents: FileContents): AssessmentFile {
  return canonicalFile({
    format: FILE_FORMAT,
    formatVersion: FORMAT_VERSION,
    exportedAt: contents.exportedAt,
    app: { questionnaireId: contents.questionnaire.id, questionnaireVersion: contents.questionnaire.version },
    kind: contents.kind,
    assessments: [...contents.entries],
  });
}

/** The bytes of the file (as a string: UTF-8 when saved). Equal files give equal strings. */
export function serializeAssessmentFile(file: AssessmentFile): string {
  return `${JSON.stringify(canonicalFile(file), null, 2)}\n`;
}

/**
 * One entry in canonical form, as text: two entries (e.g. one in a file and one on the device) hold the same
 * assessment, answers, plan items and workbench records exactly when these strings are equal. No workbench record
 * and an empty `systemSecurity` are the same, and are left out: an entry without any gives the string (and the
 * collection's digest) it gave in format 2.
 */
export function serializeEntry(entry: FileEntry): string {
  const { systemSecurity, ...rest } = sortEntry(mapStrings(entry, cleanText));
  const canonical = systemSecurity && systemSecurity.length > 0 ? { ...rest, systemSecurity } : rest;
  return JSON.stringify(fileEntrySchema.parse(canonical));
}

/** UTF-8 size of a text in bytes, as it will be on disk. */
export function utf8Length(text: string): number {
  return new TextEncoder().encode(text).length;
}
