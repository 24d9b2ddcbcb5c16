/**
 * One received file, parsed for the collection (issue 12): the checks and content upgrade of the one-file import
 * (`parseAssessmentBytes`), then, for each assessment in it (a backup holds several), the receipt that says where
 * it came from. Runs in the parse worker (`parse-worker.ts`); pure, so the unit tests run it directly.
 *
 * Pure module: no React, no storage, no i18next.
 */
import { withoutSecurityRecords, type FileEntry } from '../../exchange/file-format';
import { parseAssessmentBytes, type FileError, type FileWarning } from '../../exchange/parse-file';
import type { Receipt } from '../received-schema';

export interface ReceivedItem {
  entry: FileEntry;
  receipt: Receipt;
}

export type ParsedFile =
  | { index: number; name: string; ok: true; items: ReceivedItem[]; warnings: FileWarning[] }
  | { index: number; name: string; ok: false; error: FileError };

/** SHA-256 hex of an entry (`collection/digest.ts#digestEntry`), passed in so that tests may count the calls. */
export type DigestFn = (entry: FileEntry) => Promise<string>;

const BYTE_ORDER_MARK = '\uFEFF';

/**
 * The content version each assessment of the file was answered on, before the upgrade: read again from the raw
 * text, only for files the upgrade touched (the checks have passed, so the text is known to be safe JSON of our
 * format; the upgrade keeps the assessments' order).
 */
function versionsBeforeUpgrade(bytes: Uint8Array): (string | undefined)[] {
  let text = new TextDecoder('utf-8').decode(bytes);
  if (text.startsWith(BYTE_ORDER_MARK)) text = text.slice(1);
  const raw = JSON.parse(text) as { assessments?: { assessment?: { questionnaireVersion?: unknown } }[] };
  return (raw.assessments ?? []).map((entry) => {
    const version = entry.assessment?.questionnaireVersion;
    return typeof version === 'string' ? version : undefined;
  });
}

export async function parseReceivedFile(
  index: number,
  name: string,
  bytes: Uint8Array,
  receivedAt: string,
  digest: DigestFn,
): Promise<ParsedFile> {
  const parsed = parseAssessmentBytes(bytes);
  if (!parsed.ok) return { index, name, ok: false, error: parsed.error };
  const upgraded = parsed.warnings.some((warning) => warning.code === 'upgraded-content');
  const before = upgraded ? versionsBeforeUpgrade(bytes) : [];
  const items = await Promise.all(
    // The collection keeps answers and plans; a unit's security-by-level workbench records stay with the unit.
    parsed.file.assessments.map(withoutSecurityRecords).map(async (entry, position) => ({
      entry,
      receipt: {
        fileName: name,
        receivedAt,
        exportedAt: parsed.file.exportedAt,
        contentVersion: before[position] ?? entry.assessment.questionnaireVersion,
        digest: await digest(entry),
      },
    })),
  );
  return { index, name, ok: true, items, warnings: parsed.warnings };
}
