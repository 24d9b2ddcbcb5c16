/**
 * The check behind "saved": an export is read back (from the file written, where the browser allows it, else from
 * the exact bytes handed to the browser) and parsed again as an import would; only when it parses and gives the same
 * bytes does the app say the file is saved and record the export.
 *
 * Pure module: no React, no storage, no i18next.
 */
import type { AssessmentFile } from './file-format';
import { parseAssessmentFile, type FileErrorCode, type MessageParams } from './parse-file';
import { serializeAssessmentFile, utf8Length } from './serialize';

/** `read-back-failed`: the saved bytes differ from those exported; any other code: the saved file does not parse. */
export type ReadBackResult =
  { ok: true } | { ok: false; error: { code: FileErrorCode | 'read-back-failed'; params: MessageParams } };

/**
 * @param savedText what was read back from the saved file (or the Blob handed to the browser)
 * @param exported the file as exported (`exportAssessments(...).file`)
 */
export function readBack(savedText: string, exported: AssessmentFile): ReadBackResult {
  const parsed = parseAssessmentFile(savedText, utf8Length(savedText));
  if (!parsed.ok) return { ok: false, error: parsed.error };
  const expected = serializeAssessmentFile(exported);
  if (savedText !== expected || serializeAssessmentFile(parsed.file) !== expected) {
    return { ok: false, error: { code: 'read-back-failed', params: {} } };
  }
  return { ok: true };
}
