/**
 * An assessment as stored on the device (its answers are stored beside it, one record per question).
 */
import '../zod-config';
import { z } from 'zod';
import { contentIdSchema, sectionIdSchema } from '../questionnaire/content-schema';
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
  /** When this assessment was last in an export that was read back and checked (device-only; never in files). */
  lastExportedAt: z.iso.datetime().optional(),
  /** Deleted but still undoable; purged when the app next starts. */
  deletedAt: z.iso.datetime().optional(),
});
export type Assessment = z.infer<typeof assessmentSchema>;
