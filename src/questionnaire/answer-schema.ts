/**
 * What a unit answers, as stored, exported and imported. One schema per shape: the section form parses its fields
 * into these (see `answer-form.ts`), storage validates with them on every write and read, and import will too.
 *
 * An answer is either a value of the question's type, or an honest "not applicable" / "don't know". An unanswered
 * question has no response (usually no record at all): that keeps "unanswered" distinct from "don't know".
 *
 * Pure module: no React, no storage, no i18next.
 */
import '../zod-config';
import { z } from 'zod';
import { COVERAGE_LEVELS, MATURITY_LEVELS, YES_PARTLY_NO, contentIdSchema } from './content-schema';

export const MAX_TEXT_LENGTH = 2000;
export const MAX_SHORT_TEXT_LENGTH = 200;
/** A count of procedures, officials or systems: generous but finite, so a typo like 1e12 is caught. */
export const MAX_COUNT = 9_999_999;

const isoDateSchema = z.iso.date();
const shortTextSchema = z.string().trim().max(MAX_SHORT_TEXT_LENGTH);

export const evidenceSchema = z.object({
  documentNumber: shortTextSchema.optional(),
  issuedOn: isoDateSchema.optional(),
  issuer: shortTextSchema.optional(),
});
export type Evidence = z.infer<typeof evidenceSchema>;

export const SECURITY_LEVELS = ['1', '2', '3', '4', '5'] as const;
export const securityLevelSchema = z.enum(SECURITY_LEVELS);
export type SecurityLevel = z.infer<typeof securityLevelSchema>;

/**
 * The unit's role for a system: its owner (chủ quản, who decided the investment and approves its level), its operator
 * (đơn vị vận hành), or only a user of a system someone else owns (most communes use the provincial systems). Scores
 * and caps count the systems the unit owns.
 */
export const SYSTEM_ROLES = ['owner', 'operator', 'user'] as const;
/**
 * The five system types of the classification (Decree 85/2016 Art. 6.2; Decree 331/2026 Art. 9.2): internal,
 * serving citizens and businesses, shared information infrastructure, industrial control, other.
 */
export const SYSTEM_TYPES = ['internal', 'citizen-services', 'infrastructure', 'industrial-control', 'other'] as const;

/** One row of the security section's inventory of information systems. */
export const informationSystemSchema = z.object({
  id: z.string().min(1).max(64),
  name: z.string().trim().min(1).max(MAX_SHORT_TEXT_LENGTH),
  purpose: z.string().trim().max(MAX_TEXT_LENGTH).optional(),
  /** Absent on rows carried from content 1.1.0 until the unit states it; such rows count as owned. */
  role: z.enum(SYSTEM_ROLES).optional(),
  systemType: z.enum(SYSTEM_TYPES),
  /** Handles administrative procedures (such a system is level 3 under Decree 331/2026 Art. 13.2.b). */
  handlesProcedures: z.boolean().optional(),
  proposedLevel: securityLevelSchema.optional(),
  /** When the level-proposal dossier was appraised (thẩm định), a step apart from approval from level 3 up. */
  appraisedOn: isoDateSchema.optional(),
  approvedLevel: securityLevelSchema.optional(),
  approvedOn: isoDateSchema.optional(),
  hasSecurityPlan: z.enum(YES_PARTLY_NO).optional(),
  lastInspectedOn: isoDateSchema.optional(),
});
export type InformationSystem = z.infer<typeof informationSystemSchema>;

export const answerValueSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('yes-partly-no'), choice: z.enum(YES_PARTLY_NO) }),
  z.object({ type: z.literal('coverage'), choice: z.enum(COVERAGE_LEVELS) }),
  z.object({ type: z.literal('maturity'), choice: z.enum(MATURITY_LEVELS) }),
  z.object({ type: z.literal('percentage'), percent: z.number().min(0).max(100) }),
  z
    .object({
      type: z.literal('count-pair'),
      part: z.number().int().min(0).max(MAX_COUNT),
      whole: z.number().int().min(0).max(MAX_COUNT),
    })
    .refine((pair) => pair.part <= pair.whole, { path: ['part'] }),
  z.object({ type: z.literal('date'), date: isoDateSchema }),
  z.object({ type: z.literal('multi-choice'), optionIds: z.array(contentIdSchema).min(1) }),
  z.object({ type: z.literal('text'), text: z.string().trim().min(1).max(MAX_TEXT_LENGTH) }),
  z.object({ type: z.literal('system-inventory'), systems: z.array(informationSystemSchema).max(500) }),
]);
export type AnswerValue = z.infer<typeof answerValueSchema>;

export const answerSchema = z.object({
  questionId: contentIdSchema,
  /** Absent while only a note or evidence has been given: the question then still counts as unanswered. */
  response: z
    .discriminatedUnion('kind', [
      z.object({ kind: z.literal('value'), value: answerValueSchema }),
      z.object({ kind: z.literal('not-applicable') }),
      z.object({ kind: z.literal('dont-know') }),
    ])
    .optional(),
  note: z.string().trim().max(MAX_TEXT_LENGTH).optional(),
  evidence: evidenceSchema.optional(),
  /** ISO timestamp of the last change, kept for the assessment list and, later, for conflict rules between tabs. */
  updatedAt: z.iso.datetime(),
});
export type Answer = z.infer<typeof answerSchema>;
export type AnswerResponse = NonNullable<Answer['response']>;
