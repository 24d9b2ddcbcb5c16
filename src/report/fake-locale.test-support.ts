/**
 * For the report's unit tests: a `ReportLocale` read straight from locales/{vi,en}/*.json, with i18next's
 * `{{name}}` interpolation, so the builders can be tested without i18next (which src/report may not import).
 */
import type { TFunction } from 'i18next';
import { createFormat } from '../i18n/format';
import type { ReportLanguage, ReportLocale } from './report-text';

type Tree = { [key: string]: string | Tree };

const files = import.meta.glob<Tree>('../../locales/*/*.json', { eager: true, import: 'default' });

function load(language: ReportLanguage, namespace: 'common' | 'questionnaire'): Tree {
  const merged: Tree = {};
  for (const [path, tree] of Object.entries(files)) {
    if (!path.includes(`/locales/${language}/`)) continue;
    if (path.endsWith('/common.json') !== (namespace === 'common')) continue;
    for (const [key, value] of Object.entries(tree)) {
      const current = merged[key];
      merged[key] = typeof value === 'object' && typeof current === 'object' ? { ...current, ...value } : value;
    }
  }
  return merged;
}

function translator(tree: Tree): TFunction {
  const t = (key: string, values: Record<string, string | number> = {}) => {
    const found = key
      .split('.')
      .reduce<string | Tree | undefined>((node, part) => (typeof node === 'object' ? node[part] : undefined), tree);
    if (typeof found !== 'string') throw new Error(`No text for ${key}`);
    return found.replace(/\{\{(\w+)(?:, \w+)?\}\}/g, (_match, name: string) => String(values[name] ?? ''));
  };
  return t as unknown as TFunction;
}

export function fakeLocale(language: ReportLanguage): ReportLocale {
  return {
    language,
    t: translator(load(language, 'common')),
    tc: translator(load(language, 'questionnaire')),
    // The formatter the screens pass to the PDF builders.
    format: createFormat(language),
  };
}

/** Every string of a document definition (texts, in order), to search what the PDF will say. */
export function collectText(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(collectText);
  if (value !== null && typeof value === 'object') {
    const node = value as Record<string, unknown>;
    const own = 'text' in node ? collectText(node.text) : [];
    return [
      ...own,
      ...Object.entries(node)
        .filter(([key]) => key !== 'text' && key !== 'style')
        .flatMap(([, child]) => collectText(child)),
    ];
  }
  return [];
}
