/**
 * The record a consensus assessment keeps (issue 13): several members of one unit answered separately, a facilitator
 * merged their answers, and for every question this keeps what each member answered and, where they differed, the
 * answer the group agreed and why. It travels with the assessment in its files, so the department sees who answered
 * what.
 *
 * Pure module: no React, no storage, no i18next.
 */
import '../zod-config';
import { z } from 'zod';
import { answerSchema, MAX_SHORT_TEXT_LENGTH, MAX_TEXT_LENGTH } from '../questionnaire/answer-schema';
import { contentIdSchema } from '../questionnaire/content-schema';

/** A workshop table seats a handful of people per unit; twenty is generous. */
export const MAX_CONSENSUS_MEMBERS = 20;

export const consensusMemberSchema = z.object({
  /** Stable within this record: "m1", "m2", ... */
  memberId: z.string().min(1).max(16),
  /** The member's name and role as their own assessment's profile gave them. */
  name: z.string().trim().min(1).max(MAX_SHORT_TEXT_LENGTH),
  role: z.string().trim().max(MAX_SHORT_TEXT_LENGTH).optional(),
  /** The id of the member's own assessment that was merged. */
  sourceAssessmentId: z.string().min(1).max(64),
});
export type ConsensusMember = z.infer<typeof consensusMemberSchema>;

/** An answer's response (a value, "not applicable" or "don't know"), as one schema. */
const responseSchema = answerSchema.shape.response.unwrap();

export const CONSENSUS_OUTCOMES = ['agreed', 'open', 'decided'] as const;

/**
 * One question: what each member answered (absent when they left it blank, present with a note alone), and how the
 * group settled it. Questions nobody wrote anything for are left out.
 */
export const consensusQuestionSchema = z.object({
  questionId: contentIdSchema,
  /**
   * `agreed`: every member who answered gave the same response (some may have left it blank); `open`: their
   * responses differ and the group has not chosen yet (the merged assessment leaves the question unanswered until
   * then); `decided`: they differed and the group chose.
   */
  outcome: z.enum(CONSENSUS_OUTCOMES),
  /** The response the group settled on (`agreed` or `decided`), as it was merged; later edits change the answer only. */
  response: responseSchema.optional(),
  /** Why the group chose this answer (for `decided`). */
  reason: z.string().trim().max(MAX_TEXT_LENGTH).optional(),
  /** When the group chose (for `decided`). */
  decidedAt: z.iso.datetime().optional(),
  answers: z.array(z.object({ memberId: z.string().min(1).max(16), answer: answerSchema })).max(MAX_CONSENSUS_MEMBERS),
});
export type ConsensusQuestion = z.infer<typeof consensusQuestionSchema>;
export type ConsensusOutcome = ConsensusQuestion['outcome'];

export const consensusRecordSchema = z.object({
  members: z.array(consensusMemberSchema).min(2).max(MAX_CONSENSUS_MEMBERS),
  /** Sorted by question id; at most one per question. */
  questions: z.array(consensusQuestionSchema).max(1000),
  /** Who led the discussion, when given. */
  facilitator: z.string().trim().max(MAX_SHORT_TEXT_LENGTH).optional(),
  mergedAt: z.iso.datetime(),
});
export type ConsensusRecord = z.infer<typeof consensusRecordSchema>;
