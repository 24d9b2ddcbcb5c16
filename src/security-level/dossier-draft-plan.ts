/**
 * Part 3 of the dossier draft: the security plan in its seven contents (Decree 85/2016 Art. 19.2; Decree 331/2026
 * Art. 21.4, 22.6, 29.2 [?]), each with the baseline requirement groups of the level that belong to it
 * (`law/requirement-groups.ts`) and the unit's self-check of each group where it gave one (`SystemSecurity.baseline`).
 *
 * Pure module: no React, no storage, no i18next.
 */
import type { LegalReference } from '../questionnaire/content-schema';
import {
  basisOf,
  draftKey,
  heading,
  paragraph,
  placeholder,
  text,
  type DossierDraftInput,
  type DraftBlock,
} from './dossier-draft-model';
import { lawKeys } from './law/law-keys';
import type { Confirmation, RequirementGroup } from './law/law-schema';
import { requirementGroupsFor } from './law/requirement-groups';

/** The seven contents of the plan, in the decree's order. */
export const PLAN_PARTS = [
  'design-build',
  'operation',
  'inspection',
  'risk-management',
  'monitoring',
  'incident-recovery',
  'end-of-operation',
] as const;
export type PlanPart = (typeof PLAN_PARTS)[number];

/** Where the plan's seven contents are prescribed, per regime. */
const PLAN_BASIS: Record<'decree-85' | 'decree-331', { references: LegalReference[]; confirmation: Confirmation }> = {
  'decree-85': { references: [{ documentId: 'decree-85-2016', article: '19', clause: '2' }], confirmation: 'text' },
  'decree-331': {
    references: [
      { documentId: 'decree-331-2026', article: '21', clause: '4' },
      { documentId: 'decree-331-2026', article: '29', clause: '2' },
    ],
    confirmation: 'unconfirmed',
  },
};

/**
 * The content of the plan a requirement group is written under, from what its id names: the specific contents first
 * (end of operation, risk, backup and incidents, monitoring and logs, inspection and testing, secure development,
 * the day-to-day measures of operation); otherwise a management group belongs to operation and a technical one (network, servers, applications, data) to
 * design and build, where its measures are designed in.
 */
export function planPartOf(group: Pick<RequirementGroup, 'id' | 'family'>): PlanPart {
  const { id } = group;
  if (/end-of|disposal|decommission/.test(id)) return 'end-of-operation';
  if (/risk/.test(id)) return 'risk-management';
  if (/backup|recovery|incident|continuity/.test(id)) return 'incident-recovery';
  if (/monitor|log/.test(id)) return 'monitoring';
  if (/inspection|assessment|testing|vulnerab|audit/.test(id)) return 'inspection';
  if (/design|build|development/.test(id)) return 'design-build';
  // Measures kept up day to day: accounts, configuration, assets, malware, browsers and e-mail.
  if (/asset|configuration|account|access|browser|malware/.test(id)) return 'operation';
  return group.family === 'technical' ? 'design-build' : 'operation';
}

export function planSection(input: DossierDraftInput): { blocks: DraftBlock[]; references: LegalReference[] } {
  const { t } = input.locale;
  const d = (key: string, values?: Record<string, unknown>) => t(draftKey(key), values);
  const regime = input.result.regime.regime;
  const groups = requirementGroupsFor(regime, input.level);
  const checks = new Map(input.record.baseline.map((check) => [check.groupId, check]));
  const basis = PLAN_BASIS[regime];
  const blocks: DraftBlock[] = [
    heading(1, d(`plan.heading.${regime}`)),
    paragraph(
      text(d('plan.intro', { level: input.level, basis: basisOf(input, basis.references, basis.confirmation) })),
    ),
  ];
  PLAN_PARTS.forEach((part, index) => {
    const inPart = groups.filter((group) => planPartOf(group) === part);
    blocks.push(heading(2, `3.${index + 1}. ${d(`plan.parts.${part}`)}`));
    blocks.push(paragraph(placeholder(input, d(`plan.what.${part}`))));
    if (!inPart.length) return;
    blocks.push({
      kind: 'table',
      columns: [d('plan.group'), d('legalBasis'), d('plan.selfCheck')],
      widths: [44, 32, 24],
      rows: inPart.map((group) => {
        const check = checks.get(group.id);
        return [
          [text(t(lawKeys.requirementGroup(group.id).name), { bold: true })],
          [text(basisOf(input, group.legalBasis, group.confirmation))],
          [check ? text(d(`plan.statuses.${check.status}`)) : text(d('plan.notChecked'), { italic: true })],
        ];
      }),
    });
  });
  return { blocks, references: [...basis.references, ...groups.flatMap((group) => group.legalBasis)] };
}
