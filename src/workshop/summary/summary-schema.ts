/**
 * The short summary of an assessment that fits one static QR code (issue 13: "when time is short"): the unit, the
 * period, and the scores, no answers. A trainer's device keeps the summaries it read beside its workshop.
 *
 * Pure module: no React, no storage, no i18next.
 */
import '../../zod-config';
import { z } from 'zod';
import { PERIOD_PARTS } from '../../assessment/profile-schema';
import { PROVINCE_IDS } from '../../assessment/provinces';
import { gradeSchema, SECTION_IDS, UNIT_TYPES } from '../../questionnaire/content-schema';

/** 0-100 with one decimal, as `scoreAssessment` gives it, or null when too little is answered to score. */
const score = z.number().min(0).max(100).nullable();

export const assessmentSummarySchema = z.object({
  assessmentId: z.string().min(1).max(64),
  unitName: z.string().trim().min(1).max(200),
  unitType: z.enum(UNIT_TYPES),
  provinceId: z.enum(PROVINCE_IDS),
  communeName: z.string().trim().max(200).optional(),
  unitCode: z.string().trim().max(50).optional(),
  periodYear: z.number().int(),
  periodPart: z.enum(PERIOD_PARTS),
  contentVersion: z.string().min(1).max(20),
  /** Overall readiness score, 0-100, or null when too little is answered to score. */
  overall: score,
  /** The grade the results screen shows (capped by critical gaps), or null with no score. */
  grade: gradeSchema.nullable(),
  /** Every section, null where it has no score yet: a summary always says something of each. */
  sections: z.record(z.enum(SECTION_IDS), score),
  /** Answered and applicable questions, so a reader sees how complete the scores are. */
  answered: z.number().int().min(0),
  applicable: z.number().int().min(0),
  sample: z.literal(true).optional(),
  /**
   * When the summary was made on the participant's device, always written as `toISOString` gives it (UTC, to the
   * millisecond), so that the code can carry it as a number and give back the same text.
   */
  madeAt: z.iso.datetime().overwrite((value) => new Date(value).toISOString()),
});
export type AssessmentSummary = z.infer<typeof assessmentSummarySchema>;
