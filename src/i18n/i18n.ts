/**
 * i18next set-up. Vietnamese is the default; the choice is remembered on the device. Each language's locale files
 * are loaded on demand (its own chunks), so the first screen carries only one language.
 *
 * Namespaces: `common` (screens, from common.json) and `questionnaire` (content: questionnaire.json plus one
 * questions-<section>.json per section, merged).
 */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';

export const LANGUAGES = ['vi', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'vi';

const STORAGE_KEY = 'egov-readiness.language';

/** Intl locale per language: British English matches the English texts' spelling and day-month dates. */
export const INTL_LOCALES: Record<Language, string> = { vi: 'vi-VN', en: 'en-GB' };

const localeFiles = import.meta.glob<{ default: Record<string, unknown> }>('../../locales/*/*.json');

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

function namespaceOf(path: string): string {
  return path.endsWith('/common.json') ? 'common' : 'questionnaire';
}

/** Loads a language's texts without switching to it (a PDF can be written in the other language). */
export async function loadLanguage(language: Language): Promise<void> {
  if (i18next.hasResourceBundle(language, 'common')) return;
  const files = Object.entries(localeFiles).filter(([path]) => path.includes(`/locales/${language}/`));
  const loaded = await Promise.all(files.map(async ([path, load]) => [path, (await load()).default] as const));
  for (const [path, resources] of loaded) {
    i18next.addResourceBundle(language, namespaceOf(path), resources, true, true);
  }
}

function readStoredLanguage(): Language | undefined {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    return isLanguage(stored) ? stored : undefined;
  } catch {
    // Storage can be blocked (privacy settings): fall back to the default rather than fail to start.
    return undefined;
  }
}

function rememberLanguage(language: string) {
  document.documentElement.lang = language;
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Not remembering the language is no reason to interrupt the user.
  }
}

export async function initI18n(language?: Language): Promise<void> {
  const initial = language ?? readStoredLanguage() ?? DEFAULT_LANGUAGE;
  if (!i18next.isInitialized) {
    // Registered before init so that <html lang> follows the very first language too.
    i18next.on('languageChanged', rememberLanguage);
    // The resource store exists only after init: start empty, then add the language's files.
    await i18next.use(initReactI18next).init({
      lng: initial,
      fallbackLng: DEFAULT_LANGUAGE,
      supportedLngs: [...LANGUAGES],
      load: 'languageOnly',
      ns: ['common', 'questionnaire'],
      defaultNS: 'common',
      partialBundledLanguages: true,
      resources: {},
      interpolation: { escapeValue: false },
      returnEmptyString: false,
    });
  }
  await changeLanguage(initial);
}

export async function changeLanguage(language: Language): Promise<void> {
  await loadLanguage(language);
  await i18next.changeLanguage(language);
}

export function currentLanguage(): Language {
  return isLanguage(i18next.resolvedLanguage) ? i18next.resolvedLanguage : DEFAULT_LANGUAGE;
}
