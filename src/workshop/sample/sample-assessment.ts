/**
 * The sample assessment a trainer teaches with (issue 13): a fictional commune, every applicable question answered,
 * with notes, evidence, an inventory of systems, a few "don't know" and "not applicable", and a plan under way. Its
 * score lands mid-range (about 66, a C that a critical gap of its security section caps at D) with gaps in every
 * section, so the results, the plan and the legal bases all have something to show (sample-assessment.test.ts checks
 * it with the scoring engine).
 *
 * Built for the day it is opened (its period is that year, its dates count back from that day) and stamped with the
 * time it is opened; resetting it builds it again.
 *
 * Pure module: no React, no storage, no i18next.
 */
import type { PlanItem } from '../../assessment/plan-item-schema';
import type { Profile } from '../../assessment/profile-schema';
import type { Answer } from '../../questionnaire/answer-schema';
import { listFoundationAnswers } from './sample-answers-foundations';
import { listServiceAnswers } from './sample-answers-services';
import { sampleDatesFor } from './sample-dates';
import { listSamplePlanItems } from './sample-plan';
import { buildSampleProfile } from './sample-profile';

export interface SampleContent {
  profile: Profile;
  answers: Answer[];
  planItems: PlanItem[];
}

/** `today` is the local day (YYYY-MM-DD), `timestamp` the ISO time every answer and plan item is stamped with. */
export function buildSampleContent(today: string, timestamp: string): SampleContent {
  const dates = sampleDatesFor(today);
  const answers = [...listServiceAnswers(dates), ...listFoundationAnswers(dates)];
  return {
    profile: buildSampleProfile(Number(today.slice(0, 4))),
    answers: answers.map((answer) => ({ ...answer, updatedAt: timestamp })),
    planItems: listSamplePlanItems(dates).map((item) => ({ ...item, updatedAt: timestamp })),
  };
}
