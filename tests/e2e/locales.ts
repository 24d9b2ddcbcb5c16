/** The app's own texts, so browser tests find controls by what a user reads, in either language. */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

type Tree = { [key: string]: string | Tree };

function load(language: 'vi' | 'en', files: (name: string) => boolean): Tree {
  const folder = path.join(import.meta.dirname, '../../locales', language);
  const merged: Tree = {};
  for (const file of readdirSync(folder).filter(files)) {
    const data = JSON.parse(readFileSync(path.join(folder, file), 'utf8')) as Tree;
    for (const [key, value] of Object.entries(data)) {
      merged[key] = typeof value === 'object' && typeof merged[key] === 'object' ? { ...merged[key], ...value } : value;
    }
  }
  return merged;
}

function lookup(tree: Tree, key: string): string {
  const value = key
    .split('.')
    .reduce<string | Tree | undefined>((node, part) => (typeof node === 'object' ? node[part] : undefined), tree);
  if (typeof value !== 'string') throw new Error(`No text for ${key}`);
  return value;
}

/** `text('vi', 'list.create')` for screens, `content('vi', 'questions.x.label')` for the questionnaire. */
export const text = (language: 'vi' | 'en', key: string, values: Record<string, string | number> = {}) =>
  lookup(
    load(language, (file) => file === 'common.json' || file.startsWith('screen-')),
    key,
  ).replace(/\{\{(\w+)(?:, \w+)?\}\}/g, (_match, name: string) => String(values[name] ?? ''));

export const content = (language: 'vi' | 'en', key: string) =>
  lookup(
    load(language, (file) => file !== 'common.json' && !file.startsWith('screen-')),
    key,
  );
