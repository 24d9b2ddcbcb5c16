/**
 * i18next set-up. Vietnamese is the default; the choice is remembered on the device. Each language's locale files
 * are loaded on demand (its own chunks), so the first screen carries only one language, and only the texts of its
 * screens: the question texts of a section load with the first screen that shows them (`loadQuestionTexts`).
 *
 * Namespaces: `common` (screens: common.json, plus one screen-<name>.json per group of screens that only those
 * screens use, merged in as they load, `screenTextsReady`) and `questionnaire` (content: questionnaire.json plus one
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

/** The screens a screen-<name>.json file holds texts for; undefined for the other files. */
const screensOfFile = (path: string) => /\/screen-([a-z-]+)\.json$/.exec(path)?.[1];

function namespaceOf(path: string): string {
  return path.endsWith('/common.json') || screensOfFile(path) !== undefined ? 'common' : 'questionnaire';
}

/** The section a questions-<section>.json file holds texts for; undefined for the other files. */
const sectionOfFile = (path: string) => /\/questions-([a-z]+)\.json$/.exec(path)?.[1];
const loadedFiles = new Set<string>();
/**
 * The sections whose question texts are wanted: none on the first screens, which show no question, so that they
 * download only common.json and questionnaire.json (section titles included); a section's screen wants its own, the
 * results, plan and files want all (issue 11). Once wanted, a section's texts follow every language switch.
 */
const wantedSections = new Set<string>();
let allSectionsWanted = false;
/** The screen-<name>.json files wanted so far: each loads with the first screen that uses it. */
const wantedScreens = new Set<string>();
const isWanted = (path: string) => {
  const section = sectionOfFile(path);
  const screens = screensOfFile(path);
  if (screens !== undefined) return wantedScreens.has(screens);
  return section === undefined || allSectionsWanted || wantedSections.has(section);
};

async function loadFiles(language: Language, include: (path: string) => boolean): Promise<void> {
  const files = Object.entries(localeFiles).filter(
    ([path]) => path.includes(`/locales/${language}/`) && include(path) && !loadedFiles.has(path),
  );
  const loaded = await Promise.all(files.map(async ([path, load]) => [path, (await load()).default] as const));
  for (const [path, resources] of loaded) {
    i18next.addResourceBundle(language, namespaceOf(path), resources, true, true);
    loadedFiles.add(path);
  }
}

/** Loads all of a language's texts without switching to it (a PDF can be written in the other language). */
export async function loadLanguage(language: Language): Promise<void> {
  await loadFiles(language, () => true);
}

/**
 * Loads the question texts of some sections (or of all) in the current language, and from then on in every language
 * switched to. Screens that show questions wait for it before they render them.
 */
export async function loadQuestionTexts(sectionIds: readonly string[] | 'all' = 'all'): Promise<void> {
  if (sectionIds === 'all') allSectionsWanted = true;
  else for (const sectionId of sectionIds) wantedSections.add(sectionId);
  await loadFiles(currentLanguage(), isWanted);
}

function hasQuestionTexts(language: Language, sectionIds: readonly string[] | 'all'): boolean {
  return hasFiles(language, (path) => {
    const section = sectionOfFile(path);
    return section !== undefined && (sectionIds === 'all' || sectionIds.includes(section));
  });
}

function hasFiles(language: Language, include: (path: string) => boolean): boolean {
  return Object.keys(localeFiles)
    .filter((path) => path.includes(`/locales/${language}/`) && include(path))
    .every((path) => loadedFiles.has(path));
}

/** Every text of the current language, and from then on of every language switched to (the unit tests' set-up). */
export async function loadAllTexts(): Promise<void> {
  allSectionsWanted = true;
  for (const path of Object.keys(localeFiles)) {
    const screens = screensOfFile(path);
    if (screens !== undefined) wantedScreens.add(screens);
  }
  await loadFiles(currentLanguage(), isWanted);
}

/** Loads a screen-<name>.json in the current language, and from then on in every language switched to. */
export async function loadScreenTexts(name: string): Promise<void> {
  wantedScreens.add(name);
  await loadFiles(currentLanguage(), isWanted);
}

/** A promise as React's `use` reads it: one already settled carries its status, so reading it does not suspend. */
type Thenable = Promise<void> & { status?: 'pending' | 'fulfilled' | 'rejected'; reason?: unknown };
const readiness = new Map<string, Thenable>();

/**
 * The same promise for the same key, settled at once when `isLoaded` (after a language switch, which loads what is
 * wanted first, too), so that a screen reading it with `use` suspends only the first time.
 */
function readinessOf(key: string, isLoaded: () => boolean, load: () => Promise<void>): Promise<void> {
  const cached = readiness.get(key);
  if (cached && cached.status !== 'rejected') return cached;
  const ready = isLoaded();
  const thenable: Thenable = ready ? Promise.resolve() : load();
  thenable.status = ready ? 'fulfilled' : 'pending';
  if (!ready) {
    thenable.then(
      () => (thenable.status = 'fulfilled'),
      (error: unknown) => {
        thenable.status = 'rejected';
        thenable.reason = error;
      },
    );
  }
  readiness.set(key, thenable);
  return thenable;
}

/** For `use(questionTextsReady(...))` in a screen that shows questions. */
export function questionTextsReady(sectionIds: readonly string[] | 'all'): Promise<void> {
  const language = currentLanguage();
  const key = `${language}:questions:${sectionIds === 'all' ? '*' : [...sectionIds].sort().join(',')}`;
  return readinessOf(
    key,
    () => hasQuestionTexts(language, sectionIds),
    () => loadQuestionTexts(sectionIds),
  );
}

/** For `use(screenTextsReady('collection'))` in a screen whose texts are in locales/<language>/screen-collection.json. */
export function screenTextsReady(name: string): Promise<void> {
  const language = currentLanguage();
  return readinessOf(
    `${language}:screen:${name}`,
    () => wantedScreens.has(name) && hasFiles(language, (path) => screensOfFile(path) === name),
    () => loadScreenTexts(name),
  );
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
  // Everything the screens already show is there in the new language before it is switched to, so that no screen
  // waits (and no form is unmounted) on a switch.
  await loadFiles(language, isWanted);
  await i18next.changeLanguage(language);
}

export function currentLanguage(): Language {
  return isLanguage(i18next.resolvedLanguage) ? i18next.resolvedLanguage : DEFAULT_LANGUAGE;
}
