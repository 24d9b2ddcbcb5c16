/**
 * For unit tests: the `common` (`t`) and `questionnaire` (`tc`) texts of a language read straight from
 * locales/{vi,en}/*.json, with i18next's `{{name}}` interpolation, so the wording can be tested without i18next.
 * A missing text throws.
 */
import type { Translate, WordingLanguage } from './types';

type Tree = { [key: string]: string | Tree };

const files = import.meta.glob<Tree>('../../locales/*/*.json', { eager: true, import: 'default' });

function load(language: WordingLanguage, namespace: 'common' | 'questionnaire'): Tree {
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

function translator(tree: Tree): Translate {
  return (key, values = {}) => {
    const found = key
      .split('.')
      .reduce<string | Tree | undefined>((node, part) => (typeof node === 'object' ? node[part] : undefined), tree);
    if (typeof found !== 'string') throw new Error(`No text for ${key}`);
    return found.replace(/\{\{(\w+)(?:, \w+)?\}\}/g, (_match, name: string) =>
      String((values[name] as string | number | undefined) ?? ''),
    );
  };
}

export function testTranslations(language: WordingLanguage): { t: Translate; tc: Translate } {
  return { t: translator(load(language, 'common')), tc: translator(load(language, 'questionnaire')) };
}
