/**
 * For the consolidated report's unit tests: the unit report's fake locale (locales/{vi,en}/*.json read directly)
 * with this screen's own texts (screen-collection-report.json) added, and a collection of generated assessments on
 * the real questionnaire with its comparison rows and most common gaps, as the dashboard computes them.
 */
import type { TFunction } from 'i18next';
import { listCommonGaps } from '../../collection/compare/common-gaps';
import { toComparisonRow } from '../../collection/compare/comparison-rows';
import { TODAY } from '../../collection/compare/compare.test-support';
import { generateCollection } from '../../collection/compare/generated-collection.test-support';
import { scoreReceivedAssessments } from '../../collection/compare/score-received';
import { questionnaire } from '../../questionnaire/questionnaire';
import { fakeLocale } from '../fake-locale.test-support';
import type { ReportLanguage, ReportLocale } from '../report-text';
import type { CollectionReportInput } from './collection-input';

type Tree = { [key: string]: string | Tree };

const files = import.meta.glob<Tree>('../../../locales/*/screen-collection-report.json', {
  eager: true,
  import: 'default',
});

function lookup(tree: Tree, key: string): string | undefined {
  const found = key
    .split('.')
    .reduce<string | Tree | undefined>((node, part) => (typeof node === 'object' ? node[part] : undefined), tree);
  return typeof found === 'string' ? found : undefined;
}

export function collectionLocale(language: ReportLanguage): ReportLocale {
  const base = fakeLocale(language);
  const own = Object.entries(files).find(([path]) => path.includes(`/locales/${language}/`))?.[1] ?? {};
  const t = (key: string, values: Record<string, string | number> = {}) => {
    const found = lookup(own, key);
    if (found === undefined) return base.t(key, values);
    return found.replace(/\{\{(\w+)(?:, \w+)?\}\}/g, (_match, name: string) => String(values[name] ?? ''));
  };
  return { ...base, t: t as unknown as TFunction };
}

export { TODAY };

/** `count` generated units, scored as of TODAY, with every part of the report's input but the locale. */
export function collectionInput(
  count: number,
  overrides: Partial<CollectionReportInput> = {},
  language: ReportLanguage = 'vi',
): CollectionReportInput {
  const received = generateCollection(count, 7);
  const scored = scoreReceivedAssessments(questionnaire, received, TODAY);
  return {
    locale: collectionLocale(language),
    questionnaire,
    received,
    rows: scored.map(toComparisonRow),
    commonGaps: listCommonGaps(questionnaire, scored),
    missing: undefined,
    today: TODAY,
    ...overrides,
  };
}

/**
 * The texts a part prints (the `text` of its nodes, nested ones included), in order: what the PDF will say. Unlike
 * `collectText`, no alignment, colour or canvas type.
 */
export function collectText(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(collectText);
  if (value === null || typeof value !== 'object') return [];
  const node = value as Record<string, unknown>;
  if ('text' in node) return textOf(node.text);
  return Object.values(node).flatMap(collectText);
}

function textOf(text: unknown): string[] {
  if (typeof text === 'string') return [text];
  if (typeof text === 'number') return [String(text)];
  return collectText(text);
}

/** Every object of a document definition (or part of one) that `matches`, depth first, in order. */
export function findNodes(
  value: unknown,
  matches: (node: Record<string, unknown>) => boolean,
): Record<string, unknown>[] {
  if (Array.isArray(value)) return value.flatMap((child) => findNodes(child, matches));
  if (value === null || typeof value !== 'object') return [];
  const node = value as Record<string, unknown>;
  return [...(matches(node) ? [node] : []), ...Object.values(node).flatMap((child) => findNodes(child, matches))];
}

export interface TableNode {
  headerRows?: number;
  widths?: unknown[];
  body: unknown[][];
}

/** The tables of a part, in order. */
export function findTables(value: unknown): TableNode[] {
  return findNodes(value, (node) => typeof node.table === 'object').map((node) => node.table as TableNode);
}
