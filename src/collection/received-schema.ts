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

export const receivedAssessmentSchema = z.object({
  /** The assessment's own id (the unit's device chose it): the same assessment received twice has the same key. */
  id: z.string().min(1).max(64),
  entry: fileEntrySchema,
  receipt: receiptSchema,
  /** Older receipts of this assessment that a newer export replaced, newest first (only their receipts). */
  history: z.array(receiptSchema).default([]),
  /**
   * Set when two copies of the assessment diverged (neither is an earlier state of the other: both were changed after
   * their last common export). The other copy is kept under `conflictWith`'s id and both are flagged.
   */
  conflictWith: z.string().min(1).max(80).optional(),
});
export type ReceivedAssessment = z.infer<typeof receivedAssessmentSchema>;
