/**
 * The shape of questionnaire content: sections, questions, legal references.
 *
 * Content is data: the TypeScript files under `content/` hold ids, types, weights and legal references, and every
 * sentence a user reads lives in `locales/{vi,en}/questionnaire*.json` under keys derived from these ids (see
 * `content-keys.ts`). The types are inferred from these zod schemas, and the content-integrity test parses the
 * whole questionnaire with them, so a weight out of range or a dangling legal reference fails the build.
 *
 * Pure module: no React, no storage, no i18next.
 */
import '../zod-config';
import { z } from 'zod';

/** Ids are kebab-case because react-hook-form reads dots in field names as paths. */
export const contentIdSchema = z.string().regex(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/);

/**
 * Who assesses itself. Provincial and commune Public Administration Service Centres are two types (Decree 118/2025
 * sets up both): they answer different questions and neither owns the provincial procedure system.
 */
export const UNIT_TYPES = [
  'provincial-committee',
  'provincial-department',
  'provincial-service-centre',
  'commune-service-centre',
  'commune-committee',
] as const;
export const unitTypeSchema = z.enum(UNIT_TYPES);
export type UnitType = z.infer<typeof unitTypeSchema>;

export const SECTION_IDS = ['services', 'signatures', 'monitoring', 'security', 'data', 'capacity'] as const;
export const sectionIdSchema = z.enum(SECTION_IDS);
export type SectionId = z.infer<typeof sectionIdSchema>;

/**
 * Where a document stands on the questionnaire's `legalAsOf` date:
 * - `in-force`; `partly-in-force`: some articles repealed by the documents in `amendedBy`;
 * - `in-transition`: no longer the rule for new cases, still applied to some during a dated transition, which its
 *   `transitionNote` (`legal.<id>.transitionNote`) states once;
 * - `repealed`: no longer in force since `effectiveTo`, replaced by the documents in `replacedBy`;
 * - `unconfirmed`: the research could not confirm its status (marked [?] in the reference file); the screens say so.
 */
export const LEGAL_DOCUMENT_STATUSES = [
  'in-force',
  'partly-in-force',
  'in-transition',
  'repealed',
  'unconfirmed',
] as const;

/** Who issued a document; names in the questionnaire locales under `legalIssuers.<issuer>`. */
export const LEGAL_ISSUERS = [
  'national-assembly',
  'politburo',
  'central-steering-committee',
  'government',
  'prime-minister',
  'government-steering-committee',
  'government-office',
  'mic',
  'most',
] as const;
export type LegalIssuer = (typeof LEGAL_ISSUERS)[number];

/**
 * A law, decree, circular, decision, notice or standard. The number is the same in both languages and stays in
 * code; the document's name ("Quyết định số 766/QĐ-TTg"), title and any transition note are in the locales under
 * `legal.<id>`. Citations print the name with the date of issue and the issuer (`legal-citation.ts`). Dates are
 * those of the official text; `effectiveFrom` is given where it matters (a date of entry into force after issue).
 */
export const legalDocumentSchema = z
  .object({
    id: contentIdSchema,
    kind: z.enum([
      'law',
      'resolution',
      'decree',
      'circular',
      'decision',
      'directive',
      'notice',
      'letter',
      'plan',
      'standard',
    ]),
    number: z.string().min(1),
    /** Every document but a standard has one (a standard is published, not issued). */
    issuer: z.enum(LEGAL_ISSUERS).optional(),
    issuedOn: z.iso.date().optional(),
    effectiveFrom: z.iso.date().optional(),
    status: z.enum(LEGAL_DOCUMENT_STATUSES),
    /** `repealed` only: the first day it is no longer in force. */
    effectiveTo: z.iso.date().optional(),
    /** `repealed` only: the registry documents that replace it. */
    replacedBy: z.array(contentIdSchema).min(1).optional(),
    /** Registry documents that amend it (or, for `partly-in-force`, repeal some of its articles). */
    amendedBy: z.array(contentIdSchema).min(1).optional(),
    /** `in-transition` only: the locales hold the one dated note on the transition. */
    transitionNote: z.literal(true).optional(),
  })
  .superRefine((document, context) => {
    const issue = (message: string, path: string) => context.addIssue({ code: 'custom', message, path: [path] });
    const repealed = document.status === 'repealed';
    if (repealed !== (document.effectiveTo !== undefined))
      issue('effectiveTo is for repealed documents', 'effectiveTo');
    if (repealed !== (document.replacedBy !== undefined)) issue('replacedBy is for repealed documents', 'replacedBy');
    if ((document.status === 'in-transition') !== (document.transitionNote === true)) {
      issue('an in-transition document, and only one, has a transition note', 'transitionNote');
    }
    if (document.status === 'partly-in-force' && document.amendedBy === undefined) {
      issue('a partly-in-force document names what repealed its articles', 'amendedBy');
    }
    if ((document.kind === 'standard') !== (document.issuer === undefined)) {
      issue('every document but a standard has an issuer', 'issuer');
    }
    const dates = [document.issuedOn, document.effectiveFrom, document.effectiveTo].filter(
      (date) => date !== undefined,
    );
    if (dates.some((date, index) => index > 0 && date < (dates[index - 1] ?? date))) {
      issue('dates run issued ≤ effective from < effective to', 'effectiveTo');
    }
  });
export type LegalDocument = z.infer<typeof legalDocumentSchema>;

/** Where in a document: any of article, clause, point, annex or item, rendered by the locale's own words. */
export const legalReferenceSchema = z.object({
  documentId: contentIdSchema,
  article: z.string().min(1).optional(),
  clause: z.string().min(1).optional(),
  point: z.string().min(1).optional(),
  annex: z.string().min(1).optional(),
  item: z.string().min(1).optional(),
});
export type LegalReference = z.infer<typeof legalReferenceSchema>;

/**
 * The eight main indicators of the provincial Digital Transformation Index (DTI, Decision 405/QĐ-BKHCN of 3/4/2025):
 * five foundations and the three pillars. Every question names the one it feeds, so results can be read in the DTI's
 * frame. Labels: `dti.<indicator>` in the questionnaire locales.
 */
export const DTI_INDICATORS = [
  'awareness',
  'institutions',
  'infrastructure',
  'human-resources',
  'information-security',
  'digital-government',
  'digital-economy',
  'digital-society',
] as const;
export const dtiIndicatorSchema = z.enum(DTI_INDICATORS);
export type DtiIndicator = z.infer<typeof dtiIndicatorSchema>;

/**
 * The five groups of the Decision 766 service index (Bộ chỉ số 766, Decision 766/QĐ-TTg of 23/6/2022), with their
 * points out of 100. A question that measures what a group measures names it, so the results can show the unit's
 * standing per group once, instead of counting the same pipeline in two sections. Labels: `index766.<group>`.
 */
export const INDEX_766_GROUPS = ['transparency', 'progress', 'digitisation', 'online-service', 'satisfaction'] as const;
export const index766GroupSchema = z.enum(INDEX_766_GROUPS);
export type Index766Group = z.infer<typeof index766GroupSchema>;
export const INDEX_766_GROUP_POINTS: Readonly<Record<Index766Group, number>> = {
  transparency: 18,
  progress: 20,
  digitisation: 22,
  'online-service': 22,
  satisfaction: 18,
};

/** Who usually acts on a gap; labels in `common.json` under `roles.*`. */
export const RESPONSIBLE_ROLES = [
  'unit-leader',
  'office',
  'digital-officer',
  'security-officer',
  'one-stop-unit',
  'document-officer',
  'all-staff',
] as const;
export const responsibleRoleSchema = z.enum(RESPONSIBLE_ROLES);
export type ResponsibleRole = z.infer<typeof responsibleRoleSchema>;

/**
 * A date the content names: `legal` when a legal document sets it as a deadline (it raises the plan's urgency and
 * reads «hạn theo quy định» / «đã quá hạn từ …»), `target` when it is an aim or a year's target («phấn đấu», «mục
 * tiêu đến …»), which is shown but never makes an item urgent.
 */
export const DEADLINE_KINDS = ['legal', 'target'] as const;
export type DeadlineKind = (typeof DEADLINE_KINDS)[number];

/**
 * What to do when the question shows a gap: the action text is in the locales (`questions.<id>.action`), phrased as
 * the state to reach; the role that usually acts; and the national date where a document sets one, with its kind.
 */
export const remediationSchema = z
  .object({
    role: responsibleRoleSchema,
    deadline: z.iso.date().optional(),
    deadlineKind: z.enum(DEADLINE_KINDS).optional(),
  })
  .refine((remediation) => (remediation.deadline === undefined) === (remediation.deadlineKind === undefined), {
    message: 'a deadline and its kind come together',
    path: ['deadlineKind'],
  });

const questionBaseShape = {
  id: contentIdSchema,
  /** Relative importance inside its section, 0 to 5. 0 = asked for context only, never scored. */
  weight: z.number().int().min(0).max(5),
  appliesTo: z.array(unitTypeSchema).min(1),
  allowsNotApplicable: z.boolean(),
  allowsDontKnow: z.boolean(),
  legalBasis: z.array(legalReferenceSchema).min(1),
  /** The DTI indicator the question feeds (405/QĐ-BKHCN). */
  dti: dtiIndicatorSchema,
  /** The Decision 766 group it measures, where one does. */
  index766: index766GroupSchema.optional(),
  /** Required for every scored question (weight above 0): a gap must always come with an action. */
  remediation: remediationSchema.optional(),
};

/** Fixed answer scales: their option ids are shared by every question of the type, labels in `scales.*`. */
export const YES_PARTLY_NO = ['yes', 'partly', 'no'] as const;
export const COVERAGE_LEVELS = ['none', 'some', 'half', 'most'] as const;
/** Maturity levels 0 (nothing) to 4 (managed and improving); each question describes its own levels. */
export const MATURITY_LEVELS = ['0', '1', '2', '3', '4'] as const;

export const yesPartlyNoQuestionSchema = z.object({ ...questionBaseShape, type: z.literal('yes-partly-no') });
export const coverageQuestionSchema = z.object({ ...questionBaseShape, type: z.literal('coverage') });
export const maturityQuestionSchema = z.object({ ...questionBaseShape, type: z.literal('maturity') });

export const percentageQuestionSchema = z.object({
  ...questionBaseShape,
  type: z.literal('percentage'),
  /** The national target in percent where the content names one; reaching it earns the full score. */
  target: z.number().min(1).max(100).optional(),
});

/** "X out of Y", e.g. procedures offered full-process online out of all procedures: X can never exceed Y. */
export const countPairQuestionSchema = z.object({
  ...questionBaseShape,
  type: z.literal('count-pair'),
  target: z.number().min(1).max(100).optional(),
});

export const dateQuestionSchema = z.object({
  ...questionBaseShape,
  type: z.literal('date'),
  /** Scored by recency: full score within `fullWithinMonths`, nothing after `zeroAfterMonths`. */
  freshness: z
    .object({ fullWithinMonths: z.number().int().positive(), zeroAfterMonths: z.number().int().positive() })
    .refine((f) => f.zeroAfterMonths > f.fullWithinMonths)
    .optional(),
});

export const multiChoiceOptionSchema = z.object({
  id: contentIdSchema,
  /** What selecting it adds to the answer's score (capped at 1 in total). */
  points: z.number().min(0).max(1),
  /** "None of these": cannot be selected with another option. */
  isExclusive: z.boolean().optional(),
});
export const multiChoiceQuestionSchema = z.object({
  ...questionBaseShape,
  type: z.literal('multi-choice'),
  options: z.array(multiChoiceOptionSchema).min(2),
});

export const textQuestionSchema = z.object({ ...questionBaseShape, type: z.literal('text'), weight: z.literal(0) });

/** The repeatable inventory of information systems in the security section. */
export const systemInventoryQuestionSchema = z.object({ ...questionBaseShape, type: z.literal('system-inventory') });

export const questionSchema = z.discriminatedUnion('type', [
  yesPartlyNoQuestionSchema,
  coverageQuestionSchema,
  maturityQuestionSchema,
  percentageQuestionSchema,
  countPairQuestionSchema,
  dateQuestionSchema,
  multiChoiceQuestionSchema,
  textQuestionSchema,
  systemInventoryQuestionSchema,
]);
export type Question = z.infer<typeof questionSchema>;
export type QuestionType = Question['type'];
export type QuestionOfType<T extends QuestionType> = Extract<Question, { type: T }>;

export const sectionSchema = z.object({
  id: sectionIdSchema,
  /** The section's share of the overall score, published in docs/methodology.md. */
  weight: z.number().positive(),
  questions: z.array(questionSchema).min(8),
});
export type Section = z.infer<typeof sectionSchema>;

export const GRADES = ['A', 'B', 'C', 'D', 'E'] as const;
export const gradeSchema = z.enum(GRADES);
export type Grade = z.infer<typeof gradeSchema>;

/**
 * A gap serious enough to cap the grade whatever the score (e.g. an owned system that handles administrative
 * procedures with no approved security level). Rules:
 * - `choice-in`: the question's answer is one of these options ("dont-know" included when not knowing is itself the
 *   gap);
 * - `share-below`: a count-pair answer whose share is below `percent` (so a cap is proportional: 19 approved of 20
 *   is not 0 of 20);
 * - `owned-procedure-system-without-approved-level`: a row of the inventory that the unit owns (or whose role it has
 *   not stated) handles administrative procedures and has no approved level.
 * A gap binds only the unit types in `appliesTo` when given (e.g. the owner of the provincial procedure system).
 * Texts: `criticalGaps.<id>` in the questionnaire locales.
 */
export const criticalGapSchema = z.object({
  id: contentIdSchema,
  questionId: contentIdSchema,
  rule: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('choice-in'), choices: z.array(z.string()).min(1) }),
    z.object({ kind: z.literal('share-below'), percent: z.number().min(1).max(100) }),
    z.object({ kind: z.literal('owned-procedure-system-without-approved-level') }),
  ]),
  /** The best grade an assessment with this gap can get. */
  capGrade: gradeSchema,
  appliesTo: z.array(unitTypeSchema).min(1).optional(),
});
export type CriticalGap = z.infer<typeof criticalGapSchema>;

/**
 * A national target the results compare against. For a percentage or count-pair question the goal is the
 * question's own `target`; for a scale question, the option that meets it. Texts: `targets.<id>`.
 */
export const nationalTargetSchema = z.object({
  id: contentIdSchema,
  questionId: contentIdSchema,
  expectedChoice: z.string().optional(),
  deadline: z.iso.date().optional(),
  /** As for remediation: a legal deadline or an aim; required with a deadline. */
  deadlineKind: z.enum(DEADLINE_KINDS).optional(),
  /** The unit types the target binds, when narrower than the question's (e.g. a target for commune officials). */
  appliesTo: z.array(unitTypeSchema).min(1).optional(),
});
export type NationalTarget = z.infer<typeof nationalTargetSchema>;

export const questionnaireSchema = z.object({
  id: contentIdSchema,
  /** Semantic version of the content pack; stored with every assessment. */
  version: z.string().regex(/^\d+\.\d+\.\d+$/),
  /** The date the legal references were checked against. */
  legalAsOf: z.iso.date(),
  legalDocuments: z.array(legalDocumentSchema).min(1),
  sections: z.array(sectionSchema).length(SECTION_IDS.length),
  criticalGaps: z.array(criticalGapSchema),
  nationalTargets: z.array(nationalTargetSchema),
  /**
   * Questions of earlier versions that this one no longer asks. Answers to them are kept on the device and in files
   * and shown, read-only, apart from the score (see `upgrade/`); their texts stay under `questions.<id>`.
   */
  retiredQuestions: z.array(z.object({ sectionId: sectionIdSchema, retiredIn: z.string(), question: questionSchema })),
});
export type Questionnaire = z.infer<typeof questionnaireSchema>;
