/**
 * The level dossier of one system as a checklist (issue 14, item 2): for the proposed level and the regime it follows,
 * the components the dossier must contain and the steps of its appraisal and approval (`law/dossier-components.ts`),
 * who prepares, appraises and approves it and in how long (`law/authorities.ts`), the forms, and for each component
 * what the unit recorded (status, owner, document number and date, note; `SystemSecurity.dossier`).
 *
 * What the unit recorded for a component the level does not need (the level went down, the regime changed, the law
 * data was corrected) is kept and listed apart, never dropped: it may be needed again.
 *
 * Pure module: no React, no storage, no i18next.
 */
import '../zod-config';
import { z } from 'zod';
import { MAX_SHORT_TEXT_LENGTH, MAX_TEXT_LENGTH, type SecurityLevel } from '../questionnaire/answer-schema';
import { formatDisplayDate, parseDisplayDate } from '../questionnaire/display-date';
import type { Regime } from './classification-schema';
import { authorityFor } from './law/authorities';
import { dossierComponents, dossierComponentsFor } from './law/dossier-components';
import type { AuthorityRule, DossierComponent } from './law/law-schema';
import { DOSSIER_STATUSES, type DossierItem } from './system-security-schema';

export interface ChecklistEntry {
  componentId: string;
  /** The law's component or step; undefined for a recorded item whose component is no longer in the law data. */
  component: DossierComponent | undefined;
  /** What the unit recorded, or a blank "to do" item when it recorded nothing yet. */
  item: DossierItem;
  recorded: boolean;
}

export interface DossierChecklist {
  regime: Regime;
  level: SecurityLevel;
  authority: AuthorityRule;
  /** The components the dossier must contain at this level, in the law data's order. */
  components: ChecklistEntry[];
  /** The steps of its appraisal and approval at this level, in order. */
  steps: ChecklistEntry[];
  /** Items recorded for components or steps this level and regime do not need: kept, shown apart. */
  apart: ChecklistEntry[];
  /** The forms the components and steps use ("01"-"08"), each once, in number order. */
  forms: string[];
  /** Components and steps done, of those needed. */
  progress: { done: number; total: number };
}

export function blankDossierItem(componentId: string): DossierItem {
  return { componentId, status: 'to-do' };
}

export function buildDossierChecklist({
  regime,
  level,
  items,
}: {
  regime: Regime;
  level: SecurityLevel;
  items: readonly DossierItem[];
}): DossierChecklist {
  const recorded = new Map(items.map((item) => [item.componentId, item]));
  const needed = dossierComponentsFor(regime, level);
  const entryOf = (component: DossierComponent): ChecklistEntry => {
    const item = recorded.get(component.id);
    return { componentId: component.id, component, item: item ?? blankDossierItem(component.id), recorded: !!item };
  };
  const neededIds = new Set(needed.map((component) => component.id));
  const apart = items
    .filter((item) => !neededIds.has(item.componentId))
    .map((item): ChecklistEntry => ({
      componentId: item.componentId,
      // The same id may be in both regimes: the one of this regime first, then the other.
      component:
        dossierComponents.find((component) => component.id === item.componentId && component.regime === regime) ??
        dossierComponents.find((component) => component.id === item.componentId),
      item,
      recorded: true,
    }));
  const entries = needed.map(entryOf);
  const forms = [...new Set(needed.flatMap((component) => (component.form ? [component.form] : [])))].sort();
  return {
    regime,
    level,
    authority: authorityFor(regime, level),
    components: entries.filter((entry) => entry.component?.kind === 'component'),
    steps: entries.filter((entry) => entry.component?.kind === 'step'),
    apart,
    forms,
    progress: { done: entries.filter((entry) => entry.item.status === 'done').length, total: entries.length },
  };
}

/**
 * The dossier with `item` in place of the item of its component (or added), one item per component, sorted by
 * component id as the record's schema asks. Other items are kept as they are.
 */
export function withDossierItem(items: readonly DossierItem[], item: DossierItem): DossierItem[] {
  return [...items.filter((existing) => existing.componentId !== item.componentId), item].sort((a, b) =>
    a.componentId < b.componentId ? -1 : a.componentId > b.componentId ? 1 : 0,
  );
}

/**
 * One checklist item's form as typed (blank strings for "not set"): the document date is typed day/month/year and
 * stored as an ISO date. Error messages are locale keys under `securityDossier.checklist.errors.*`.
 */
export const dossierItemInputSchema = z.object({
  status: z.enum(DOSSIER_STATUSES),
  owner: z.string().max(MAX_SHORT_TEXT_LENGTH, { error: 'securityDossier.checklist.errors.tooLong' }),
  documentNumber: z.string().max(MAX_SHORT_TEXT_LENGTH, { error: 'securityDossier.checklist.errors.tooLong' }),
  documentDate: z.string().superRefine((value, context) => {
    if (value.trim() === '') return;
    const parsed = parseDisplayDate(value);
    if (parsed.ok) return;
    context.addIssue({
      code: 'custom',
      message:
        parsed.reason === 'format'
          ? 'securityDossier.checklist.errors.dateFormat'
          : 'securityDossier.checklist.errors.dateInvalid',
    });
  }),
  note: z.string().max(MAX_TEXT_LENGTH, { error: 'securityDossier.checklist.errors.tooLong' }),
});
export type DossierItemInput = z.infer<typeof dossierItemInputSchema>;

const blankToUndefined = (value: string) => (value.trim() === '' ? undefined : value.trim());

export function inputFromDossierItem(item: DossierItem): DossierItemInput {
  return {
    status: item.status,
    owner: item.owner ?? '',
    documentNumber: item.documentNumber ?? '',
    documentDate: item.documentDate ? formatDisplayDate(item.documentDate) : '',
    note: item.note ?? '',
  };
}

/** A valid input (see `dossierItemInputSchema`) as the stored item. */
export function dossierItemFromInput(componentId: string, input: DossierItemInput): DossierItem {
  const date = blankToUndefined(input.documentDate);
  const parsed = date === undefined ? undefined : parseDisplayDate(date);
  const item: DossierItem = { componentId, status: input.status };
  const owner = blankToUndefined(input.owner);
  const documentNumber = blankToUndefined(input.documentNumber);
  const note = blankToUndefined(input.note);
  if (owner) item.owner = owner;
  if (documentNumber) item.documentNumber = documentNumber;
  if (parsed?.ok) item.documentDate = parsed.iso;
  if (note) item.note = note;
  return item;
}
