/**
 * An assessment a department received from one of its units (issue 12), as kept in the collection: the file's entry
 * (assessment, answers, plan items: always on the current content, upgraded on import) and where it came from. Kept
 * apart from the device's own assessments and never edited; a newer export of the same assessment replaces it and the
 * older copy moves to `history`.
 *
 * Pure module: no React, no storage, no i18next.
 */
import '../zod-config';
import { z } from 'zod';
import { fileEntrySchema } from '../exchange/file-format';

/** Where one copy of a received assessment came from. */
export const receiptSchema = z.object({
  /** The name of the file it was read from (inside a ZIP: "archive.zip/inner.json"). */
  fileName: z.string().min(1).max(500),
  /** When this device read it. */
  receivedAt: z.iso.datetime(),
  /** When the unit's device wrote the file (the file's `exportedAt`). */
  exportedAt: z.iso.datetime(),
  /** The content version the file was answered on, before any upgrade on import. */
  contentVersion: z.string(),
  /** SHA-256 of the canonical entry, hex: equal digests mean the same answers, so a second receipt changes nothing. */
  digest: z.string().regex(/^[0-9a-f]{64}$/),
});
export type Receipt = z.infer<typeof receiptSchema>;

/** The key of the first copy of an assessment is its id; a diverging copy's is `<id>~<first 12 hex of its digest>`. */
export const RECEIVED_KEY_SEPARATOR = '~';
export const DIGEST_KEY_LENGTH = 12;

/** The storage key of a copy: the assessment's id for the first (primary) copy, `<id>~<digest12>` for another. */
export function receivedKey(id: string, digest: string, primary: boolean): string {
  return primary ? id : `${id}${RECEIVED_KEY_SEPARATOR}${digest.slice(0, DIGEST_KEY_LENGTH)}`;
}

const receivedObjectSchema = z.object({
  /**
   * The storage key of this copy: the assessment's id (`id`), or, for a second (diverging) copy of the same
   * assessment, `<id>~<first 12 hex of its receipt's digest>`. Optional on input: absent means `id` (the copy is the
   * assessment's first); always set on output. Which copy is first is decided by `collection/receive-decision.ts`
   * (the earliest export), so a diverging copy's key can change when its group changes (docs/decisions/0012).
   */
  key: z
    .string()
    .min(1)
    .max(64 + 1 + DIGEST_KEY_LENGTH)
    .optional(),
  /** The assessment's own id (the unit's device chose it): every copy of one assessment has the same `id`. */
  id: z.string().min(1).max(64),
  /** Answers and plans only: a unit's security-by-level workbench records are never kept here (`parse-received.ts`). */
  entry: fileEntrySchema.omit({ systemSecurity: true, unitSecurity: true }),
  receipt: receiptSchema,
  /**
   * Older receipts of this assessment that a newer export replaced, or older exports received after it, newest
   * (by export time) first, one per digest. Every copy of one assessment holds the same history.
   */
  history: z.array(receiptSchema).default([]),
  /**
   * Set when two copies of the assessment diverged (neither is an earlier state of the other: both were changed after
   * their last common export). Holds the other copy's `key`: the first copy points to the second, every other copy
   * to the first (whose key is the assessment's id).
   */
  conflictWith: z
    .string()
    .min(1)
    .max(64 + 1 + DIGEST_KEY_LENGTH)
    .optional(),
});

export const receivedAssessmentSchema = receivedObjectSchema
  .superRefine((received, ctx) => {
    if (received.entry.assessment.id !== received.id) {
      ctx.addIssue({ code: 'custom', message: 'id-mismatch', path: ['id'] });
    }
    const key = received.key ?? received.id;
    const digestKey = receivedKey(received.id, received.receipt.digest, false);
    if (key !== received.id && key !== digestKey) {
      ctx.addIssue({ code: 'custom', message: 'key-mismatch', path: ['key'] });
    }
  })
  .transform(({ key, ...received }) => ({ ...received, key: key ?? received.id }));
/** As stored and listed: `key` is always set. */
export type ReceivedAssessment = z.output<typeof receivedAssessmentSchema>;
/** As given to the schema: `key` may be left out for the first copy. */
export type ReceivedAssessmentInput = z.input<typeof receivedAssessmentSchema>;
