/**
 * The shape of the security-by-level law as data (issue 14): criteria, dossier components, who prepares, appraises and
 * approves, the baseline requirement groups and the periods of the duties, each with its legal references and how
 * sure it is. A decree's correction is a change in `law/*.ts` with a test, not a change in code.
 *
 * Texts are in `locales/<language>/screen-security-law.json` under `securityLaw.<kind>.<id>`; numbers, levels and
 * references stay here.
 *
 * Pure module: no React, no storage, no i18next.
 */
import '../../zod-config';
import { z } from 'zod';
import { contentIdSchema, legalReferenceSchema } from '../../questionnaire/content-schema';
import { SECURITY_LEVELS, securityLevelSchema } from '../../questionnaire/answer-schema';
import { REGIMES, type ClassificationFact } from '../classification-schema';

/**
 * How far a rule is confirmed, as shared/reference/security-by-level.md marks it: `confirmed` (unmarked: public
 * law-portal pages), `text` ([t]: read in a public copy of the official text, gazette not seen), `unconfirmed` ([?]).
 * Screens, the PDF and the DOCX say so next to every rule that is not `confirmed`.
 */
export const CONFIRMATIONS = ['confirmed', 'text', 'unconfirmed'] as const;
export type Confirmation = (typeof CONFIRMATIONS)[number];

const regimeSchema = z.enum(REGIMES);
const ruleBasis = {
  legalBasis: z.array(legalReferenceSchema).min(1),
  confirmation: z.enum(CONFIRMATIONS),
};

/**
 * When a criterion is met, over the classification's facts. A fact that is not answered meets no atom, so an
 * unanswered classification proposes nothing rather than a low level.
 * - `{ fact, is: [...] }`: the fact is one of the values (for booleans `[true]`);
 * - `{ fact, atLeast: n }` / `{ fact, below: n }`: a number fact compared;
 * - `{ fact: 'informationTypes', includes: [...] }`: at least one of them; `onlyOf: [...]`: none but them (and one at least);
 * - `all` / `any` / `not`.
 */
export type Condition =
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition }
  | { fact: ClassificationFact; is: (string | boolean)[] }
  | { fact: ClassificationFact; atLeast: number }
  | { fact: ClassificationFact; below: number }
  | { fact: 'informationTypes'; includes: string[] }
  | { fact: 'informationTypes'; onlyOf: string[] };

export const conditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z.strictObject({ all: z.array(conditionSchema).min(1) }),
    z.strictObject({ any: z.array(conditionSchema).min(1) }),
    z.strictObject({ not: conditionSchema }),
    z.strictObject({ fact: z.string(), is: z.array(z.union([z.string(), z.boolean()])).min(1) }),
    z.strictObject({ fact: z.string(), atLeast: z.number() }),
    z.strictObject({ fact: z.string(), below: z.number() }),
    z.strictObject({ fact: z.literal('informationTypes'), includes: z.array(z.string()).min(1) }),
    z.strictObject({ fact: z.literal('informationTypes'), onlyOf: z.array(z.string()).min(1) }),
  ]),
) as z.ZodType<Condition>;

/** One criterion of one level in one regime: "a system that ... is of level n". */
export const criterionSchema = z.strictObject({
  id: contentIdSchema,
  regime: regimeSchema,
  level: securityLevelSchema,
  when: conditionSchema,
  /**
   * `floor`: a minimum set by another law (electronic certificates, Law 20/2023 Art. 21), shown as such. `risk`: the
   * preliminary risk review raising the level (Decree 331 Art. 10.5). The rest are the decree's criteria.
   */
  kind: z.enum(['criterion', 'harm', 'floor', 'risk']),
  ...ruleBasis,
});
export type Criterion = z.infer<typeof criterionSchema>;

/** A component of the level-proposal dossier, or a step of its appraisal and approval, from a level up. */
export const dossierComponentSchema = z.strictObject({
  id: contentIdSchema,
  regime: regimeSchema,
  kind: z.enum(['component', 'step']),
  /** The lowest level that needs it (1 = every level); `toLevel` when it stops above some level. */
  fromLevel: securityLevelSchema,
  toLevel: securityLevelSchema.optional(),
  /** The form to use, by its number in the decree ("01"-"08"), where one is prescribed. */
  form: z
    .string()
    .regex(/^\d{2}$/)
    .optional(),
  /** Who does it: `owner`, `operator`, `specialised-unit`, or an authority id of `authorities.ts`. */
  by: contentIdSchema,
  ...ruleBasis,
});
export type DossierComponent = z.infer<typeof dossierComponentSchema>;

/** Who prepares, appraises and approves the dossier of a level in a regime, and in how long. */
export const authorityRuleSchema = z.strictObject({
  regime: regimeSchema,
  levels: z.array(securityLevelSchema).min(1),
  prepares: contentIdSchema,
  appraises: contentIdSchema,
  approves: contentIdSchema,
  /** Days the appraisal may take from a complete dossier, and working days for the approval, where the law says. */
  appraisalDays: z.number().int().positive().optional(),
  approvalWorkingDays: z.number().int().positive().optional(),
  /** Working days to check that a dossier is complete and valid, or to ask for what is missing, where the law says. */
  completenessCheckWorkingDays: z.number().int().positive().optional(),
  ...ruleBasis,
});
export type AuthorityRule = z.infer<typeof authorityRuleSchema>;

/** A group of baseline requirements (management or technical) that applies from a level up. */
export const requirementGroupSchema = z.strictObject({
  id: contentIdSchema,
  regime: regimeSchema,
  family: z.enum(['management', 'technical']),
  fromLevel: securityLevelSchema,
  /**
   * The answer of the security section this group feeds (`questionId`, and for a multi-choice question the option),
   * so the unit does not answer the same thing twice (issue 14).
   */
  feeds: z.strictObject({ questionId: contentIdSchema, optionId: contentIdSchema.optional() }).optional(),
  ...ruleBasis,
});
export type RequirementGroup = z.infer<typeof requirementGroupSchema>;

/**
 * A duty with a period or a date: inspections by level, the annual report, re-classification, the transition
 * deadlines, incident reporting. `everyMonths` for a periodic duty counted from the last time it was done; `yearly`
 * for a fixed day of the year (`MM-DD`); `by` for a one-off date; `withinHours` for incident reporting.
 */
export const dutyRuleSchema = z.strictObject({
  id: contentIdSchema,
  regime: regimeSchema,
  levels: z.array(securityLevelSchema).min(1),
  kind: z.enum(['inspection', 'annual-report', 'reclassification', 'transition', 'incident-report', 'monitoring']),
  everyMonths: z.number().int().positive().optional(),
  yearly: z
    .string()
    .regex(/^\d{2}-\d{2}$/)
    .optional(),
  by: z.iso.date().optional(),
  withinHours: z.number().int().positive().optional(),
  /** To whom it goes or who does it, as an authority id. */
  to: contentIdSchema.optional(),
  ...ruleBasis,
});
export type DutyRule = z.infer<typeof dutyRuleSchema>;

/** The version of the law data, dated like the questionnaire's `legalAsOf`. */
export const lawVersionSchema = z.strictObject({
  version: z.string().regex(/^\d+\.\d+\.\d+$/),
  asOf: z.iso.date(),
});

export const LEVELS = SECURITY_LEVELS;
