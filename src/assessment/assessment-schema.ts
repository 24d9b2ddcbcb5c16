/**
 * An assessment as stored on the device (its answers are stored beside it, one record per question).
 */
import '../zod-config';
import { z } from 'zod';
import { contentIdSchema, sectionIdSchema } from '../questionnaire/content-schema';
import { consensusRecordSchema } from './consensus-schema';
import { profileSchema } from './profile-schema';

export const assessmentIdSchema = z.string().min(1).max(64);

export const assessmentSchema = z.object({
  id: assessmentIdSchema,
  profile: profileSchema,
  /** A name the user gave; without one the unit and period name the assessment. */
  title: z.string().trim().min(1).max(200).optional(),
  questionnaireId: contentIdSchema,
  questionnaireVersion: z.string(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  /** Where the user was last working, so reopening returns there. */
  resumeAt: z.object({ sectionId: sectionIdSchema, questionId: contentIdSchema.optional() }).optional(),
  /** Set when this assessment started as a copy of another (e.g. next year's follow-up). */
  duplicatedFrom: assessmentIdSchema.optional(),
  /**
   * Set when the assessment was answered under an older content version and upgraded (storage on the device, or import
   * of a file): the version it came from, and whether its unit type had to be inferred (a 1.x "service centre").
   * No timestamp, so that upgrading the same assessment twice gives equal records.
   */
  upgradedFrom: z.object({ version: z.string(), unitTypeInferred: z.literal(true).optional() }).optional(),
  /**
   * A sample made to teach with (issue 13), of a fictional unit: every screen, the PDF and every export say so, and
   * a collection keeps it out of its figures.
   */
  sample: z.literal(true).optional(),
  /** Set when this assessment merges the separate answers of several members of one unit (issue 13). */
  consensus: consensusRecordSchema.optional(),
  /**
   * The participant session of a shared device (workshop mode, issue 13) this assessment belongs to: only that
   * session shows it, and handing in deletes it. Device-only; never in files.
   */
  sessionId: z.string().min(1).max(64).optional(),
  /** When the person closed the notice of what the upgrade changed (device-only; never in files). */
  upgradeNoticeClosedAt: z.iso.datetime().optional(),
  /** When this assessment was last in an export that was read back and checked (device-only; never in files). */
  lastExportedAt: z.iso.datetime().optional(),
  /** Deleted but still undoable; purged when the app next starts. */
  deletedAt: z.iso.datetime().optional(),
});
export type Assessment = z.infer<typeof assessmentSchema>;
