/**
 * What the unit tells the workbench about one information system to classify it: the guided questions of the
 * classification screen, in the words of the criteria they feed (Decree 85/2016 Art. 6-11; Decree 331/2026 Art. 9-15;
 * shared/reference/security-by-level.md §1-2). Every fact is optional: a classification is filled in over time, and
 * the engine (`classify.ts`) says which facts a criterion still needs.
 *
 * The system type and "handles administrative procedures" are also on the inventory row; the classification keeps its
 * own copy, prefilled from the row, so the row (the section's answer) is only changed when the unit says so.
 *
 * Pure module: no React, no storage, no i18next.
 */
import '../zod-config';
import { z } from 'zod';
import { MAX_COUNT, MAX_SHORT_TEXT_LENGTH, SYSTEM_TYPES, securityLevelSchema } from '../questionnaire/answer-schema';

/** The four information types (Decree 85 Art. 6.1; Decree 331 Art. 9.1). */
export const INFORMATION_TYPES = ['public', 'private', 'personal', 'state-secret'] as const;
export type InformationType = (typeof INFORMATION_TYPES)[number];

/**
 * How far the online public services a citizen-facing system provides go, in the terms Decree 85 Art. 8.2 and 9.2
 * use: none; information and services up to "mức độ 2"; "mức độ 3" or above (today's partial and full-process
 * online services).
 */
export const ONLINE_SERVICE_DEPTHS = ['none', 'information-only', 'online-transactions'] as const;

/** Whom shared infrastructure serves (Decree 85 Art. 8.3, 9.3, 10.3, 11.3; Decree 331 Art. 12.3, 13.3, 14.2, 15). */
export const INFRASTRUCTURE_REACHES = ['one-body', 'sector-or-provinces', 'nationwide', 'international'] as const;

/** For state secrets or defence and security use: what their compromise would do to defence or security. */
export const DEFENCE_HARMS = ['none', 'harm', 'serious', 'especially-serious'] as const;

/** The grade of the construction works an industrial-control system runs (Decree 85 Art. 9.4-11.4). */
export const WORKS_GRADES = ['none', 'grade-4', 'grade-3', 'grade-2', 'grade-1', 'special'] as const;

/**
 * The worst harm a breach would cause, in the law's own ladder of five (Law 86/2015 Art. 21.2; Law 116/2025 Art. 8.1):
 * rights of organisations or people; serious harm to those rights or harm to the public interest; serious harm to
 * the public interest, social order, or harm to national security; especially serious harm to the public interest or
 * serious harm to national security; especially serious harm to national security.
 */
export const BREACH_HARMS = [
  'rights',
  'serious-rights-or-public',
  'public-order-or-security',
  'especially-serious-public',
  'national-security',
] as const;

/** The regimes a system can follow: A (Decree 85/2016 + Circular 12/2022) and B (Law 116/2025 + Decree 331/2026). */
export const REGIMES = ['decree-85', 'decree-331'] as const;
export type Regime = (typeof REGIMES)[number];

const count = z.number().int().min(0).max(MAX_COUNT);
const name = z.string().trim().max(MAX_SHORT_TEXT_LENGTH);

export const classificationSchema = z.object({
  /** Who owns (chủ quản), operates, and is the owner's specialised cybersecurity unit; the dossier names them. */
  ownerName: name.optional(),
  operatorName: name.optional(),
  specialisedUnitName: name.optional(),
  systemType: z.enum(SYSTEM_TYPES).optional(),
  informationTypes: z.array(z.enum(INFORMATION_TYPES)).max(INFORMATION_TYPES.length).optional(),
  handlesProcedures: z.boolean().optional(),
  onlineServiceDepth: z.enum(ONLINE_SERVICE_DEPTHS).optional(),
  /** An online service in a line of business that needs conditions (the conditional-business list). */
  conditionalBusinessService: z.boolean().optional(),
  /** Users of an online service (Decree 85 counts users: 10,000). */
  userCount: count.optional(),
  /** Data subjects whose basic / sensitive personal data it holds (Decree 331: 100,000 / 10,000; Decree 356/2025). */
  basicDataSubjects: count.optional(),
  sensitiveDataSubjects: count.optional(),
  infrastructureReach: z.enum(INFRASTRUCTURE_REACHES).optional(),
  /** A national e-government system that must run 24/7 with no unplanned stop. */
  nationalEgov24x7: z.boolean().optional(),
  /** Central storage of especially important national data. */
  centralNationalData: z.boolean().optional(),
  defenceHarm: z.enum(DEFENCE_HARMS).optional(),
  worksGrade: z.enum(WORKS_GRADES).optional(),
  /** Stores electronic certificates (chứng thư điện tử): at least level 3 (Law 20/2023 Art. 21). */
  storesElectronicCertificates: z.boolean().optional(),
  breachHarm: z.enum(BREACH_HARMS).optional(),
  /** The level the preliminary risk review points to; a higher result raises the level (Decree 331 Art. 10.5). */
  riskLevel: securityLevelSchema.optional(),
  /** The scope was split off from, or merged with, another system: forbidden to lower a level (Decree 331 Art. 8.3). */
  scopeSplitOrMerged: z.boolean().optional(),
  /** Under investment or construction before 1/7/2026 (the transition case of Decree 331 Art. 39.1). */
  investedBeforeNewLaw: z.boolean().optional(),
  /** The date it went live; absent for a system not yet in operation. */
  inOperationSince: z.iso.date().optional(),
  /** The regime chosen by hand, overriding the one the transition rules give (the reference file: "switchable"). */
  regimeOverride: z.enum(REGIMES).optional(),
});
export type Classification = z.infer<typeof classificationSchema>;
export type ClassificationFact = keyof Classification;
