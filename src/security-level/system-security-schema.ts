/**
 * What the unit records in the security-by-level workbench about one system of its inventory (issue 14): the
 * classification's facts, the dossier checklist, the baseline self-check and the dates its duties run from. One record
 * per assessment and system (`systemId` is the inventory row's id), stored apart from the answers like plan items, and
 * carried in the assessment file (format version 3). The level itself is never stored: it is computed from the facts
 * by `classify.ts`, so a correction of the law data re-classifies every system.
 *
 * Pure module: no React, no storage, no i18next.
 */
import '../zod-config';
import { z } from 'zod';
import { MAX_SHORT_TEXT_LENGTH, MAX_TEXT_LENGTH } from '../questionnaire/answer-schema';
import { contentIdSchema } from '../questionnaire/content-schema';
import { classificationSchema } from './classification-schema';

const shortText = z.string().trim().max(MAX_SHORT_TEXT_LENGTH, { error: 'securityLevel.errors.tooLong' });
const longText = z.string().trim().max(MAX_TEXT_LENGTH, { error: 'securityLevel.errors.tooLong' });
const isoDate = z.iso.date({ error: 'securityLevel.errors.dateInvalid' });

export const DOSSIER_STATUSES = ['to-do', 'in-progress', 'done'] as const;

/** One component or step of the level dossier (`law/dossier-components.ts`), as the unit tracks it. */
export const dossierItemSchema = z.object({
  componentId: contentIdSchema,
  status: z.enum(DOSSIER_STATUSES),
  owner: shortText.optional(),
  documentNumber: shortText.optional(),
  documentDate: isoDate.optional(),
  note: longText.optional(),
});
export type DossierItem = z.infer<typeof dossierItemSchema>;

export const BASELINE_STATUSES = ['met', 'partly', 'not-met', 'not-applicable'] as const;
export type BaselineStatus = (typeof BASELINE_STATUSES)[number];

/**
 * One requirement group of the baseline self-check (`law/requirement-groups.ts`). A group partly or not met is a gap:
 * it becomes an item of the remediation plan, with `owner` and `dueOn` as the plan item's.
 */
export const baselineCheckSchema = z.object({
  groupId: contentIdSchema,
  status: z.enum(BASELINE_STATUSES),
  evidence: longText.optional(),
  owner: shortText.optional(),
  dueOn: isoDate.optional(),
});
export type BaselineCheck = z.infer<typeof baselineCheckSchema>;

/** An incident on the system, for the 24 h / 72 h reporting clocks (Decree 331 Art. 31.2.d [?]). */
export const incidentSchema = z.object({
  id: z.string().min(1).max(64),
  detectedAt: z.iso.datetime({ offset: true }),
  serious: z.boolean().optional(),
  personalData: z.boolean().optional(),
  reportedAt: z.iso.datetime({ offset: true }).optional(),
  finalReportAt: z.iso.datetime({ offset: true }).optional(),
  summary: longText.optional(),
});
export type Incident = z.infer<typeof incidentSchema>;

/** The dates the calendar of duties counts from (`calendar.ts`). */
export const dutyDatesSchema = z.object({
  lastInspectedOn: isoDate.optional(),
  /** The year of the last annual report sent, e.g. 2026 for the report sent in December 2026. */
  lastAnnualReportYear: z.number().int().min(2000).max(2100).optional(),
  /** When the system last changed in function, scope or connections: re-classification is due. */
  changedOn: isoDate.optional(),
  lastClassifiedOn: isoDate.optional(),
  incidents: z.array(incidentSchema).max(200).optional(),
});
export type DutyDates = z.infer<typeof dutyDatesSchema>;

export const systemSecuritySchema = z.object({
  systemId: z.string().min(1).max(64),
  classification: classificationSchema,
  /** At most one per component, sorted by component id. */
  dossier: z.array(dossierItemSchema).max(100),
  /** At most one per group, sorted by group id. */
  baseline: z.array(baselineCheckSchema).max(200),
  duties: dutyDatesSchema,
  updatedAt: z.iso.datetime(),
});
export type SystemSecurity = z.infer<typeof systemSecuritySchema>;

/** A record for a system the workbench has not seen yet. */
export function emptySystemSecurity(systemId: string, updatedAt: string): SystemSecurity {
  return { systemId, classification: {}, dossier: [], baseline: [], duties: {}, updatedAt };
}

/**
 * The unit's own duties, apart from any one system: its Quy chế bảo đảm an ninh mạng (issued before a dossier is
 * approved, Decree 331 Art. 30.7 [?]), the whole organisation's inspection (every 2 years, Decree 85 Art. 20.2.c [t])
 * and its annual report as an owner. One record per assessment.
 */
export const unitSecuritySchema = z.object({
  rulesDecisionNumber: shortText.optional(),
  rulesIssuedOn: isoDate.optional(),
  lastOrganisationInspectionOn: isoDate.optional(),
  lastAnnualReportYear: z.number().int().min(2000).max(2100).optional(),
  updatedAt: z.iso.datetime(),
});
export type UnitSecurity = z.infer<typeof unitSecuritySchema>;
