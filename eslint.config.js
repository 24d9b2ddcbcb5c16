// ESLint 9 flat config. Besides the usual recommended sets it enforces the architecture of src/
// (see the "Architecture" section below): which folder may import which packages and which other folders.
import path from 'node:path';
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const root = import.meta.dirname;

// ---------------------------------------------------------------------------------------------------------------
// Architecture
// ---------------------------------------------------------------------------------------------------------------

/** Pure TypeScript folders: no React, forms, storage, i18n, routing or PDF. */
const PURE = [
  'questionnaire',
  'assessment',
  'scoring',
  'exchange',
  'collection',
  'wording',
  'workshop',
  'security-level',
];
const PURE_LIST = PURE.map((f) => `src/${f}`).join(', ');

/** A package (and its sub-paths) as a regular expression on the import specifier. */
const pkg = (name) => `^${name.replace(/\./g, '\\.')}(/.*)?$`;

/** Restricted packages, with the message shown when they are imported where they do not belong. */
const PACKAGES = {
  react: { regex: pkg('react'), name: 'react' },
  reactDom: { regex: pkg('react-dom'), name: 'react-dom' },
  forms: { regex: `${pkg('react-hook-form')}|^@hookform/`, name: 'react-hook-form / @hookform/*' },
  dexie: { regex: pkg('dexie'), name: 'dexie' },
  dexieHooks: { regex: pkg('dexie-react-hooks'), name: 'dexie-react-hooks' },
  // i18next itself and its plugins (i18next-browser-languagedetector, ...), not react-i18next.
  i18next: { regex: '^i18next(-[^/]+)?(/.*)?$', name: 'i18next' },
  reactI18next: { regex: pkg('react-i18next'), name: 'react-i18next' },
  wouter: { regex: pkg('wouter'), name: 'wouter' },
  pdfmake: { regex: pkg('pdfmake'), name: 'pdfmake' },
  docx: { regex: pkg('docx'), name: 'docx' },
};

const WHY = {
  pure: `${PURE_LIST} are pure TypeScript: no React, forms, Dexie, i18n, routing or PDF. Take data as arguments and return data.`,
  dexie: 'Only src/storage may import dexie: use the functions and hooks exported by src/storage.',
  dexieHooks: 'Only src/storage/**/use-*.ts may import dexie-react-hooks: use the hooks exported by src/storage.',
  storageReact: 'In src/storage only hook files named use-*.ts may import React; keep the rest framework-free.',
  storageOther: 'src/storage is the data layer: no forms, i18n, routing or PDF there.',
  i18next:
    'Only src/i18n may import i18next directly (import type is fine): use useTranslation() from react-i18next in components, or what src/i18n exports.',
  reactI18next: 'react-i18next is only for src/i18n, src/ui, src/screens and src/app.tsx.',
  pdfmake: 'Only src/report may import pdfmake (load src/report lazily from a screen).',
  docx: 'Only src/docx may import docx (load src/docx lazily from a screen).',
};

/**
 * `@typescript-eslint/no-restricted-imports` forbidding the given packages, each with its own message.
 * An entry `[key, why, 'types ok']` still allows `import type` from that package.
 */
const forbid = (...entries) => ({
  '@typescript-eslint/no-restricted-imports': [
    'error',
    {
      patterns: entries.map(([key, why, types]) => ({
        regex: PACKAGES[key].regex,
        caseSensitive: true,
        allowTypeImports: types === 'types ok',
        message: `${PACKAGES[key].name}: ${why}`,
      })),
    },
  ],
});

// Package rules per area. ESLint does not merge the options of one rule across config objects (the last matching
// object wins), so each area lists everything it forbids; the objects are ordered from general to specific.
const packageRules = [
  {
    name: 'architecture/packages: rest of src (main.tsx, ...)',
    files: ['src/**/*.{ts,tsx}'],
    rules: forbid(
      ['dexie', WHY.dexie],
      ['dexieHooks', WHY.dexieHooks],
      ['i18next', WHY.i18next, 'types ok'],
      ['reactI18next', WHY.reactI18next],
      ['pdfmake', WHY.pdfmake],
      ['docx', WHY.docx],
    ),
  },
  {
    name: 'architecture/packages: pure folders',
    files: PURE.map((f) => `src/${f}/**/*.{ts,tsx}`),
    rules: forbid(
      ['react', WHY.pure],
      ['reactDom', WHY.pure],
      ['forms', WHY.pure],
      ['dexie', WHY.pure],
      ['dexieHooks', WHY.pure],
      ['i18next', WHY.pure],
      ['reactI18next', WHY.pure],
      ['wouter', WHY.pure],
      ['pdfmake', WHY.pure],
      ['docx', WHY.pure],
    ),
  },
  {
    name: 'architecture/packages: storage',
    files: ['src/storage/**/*.{ts,tsx}'],
    rules: forbid(
      ['react', WHY.storageReact],
      ['reactDom', WHY.storageReact],
      ['dexieHooks', WHY.dexieHooks],
      ['forms', WHY.storageOther],
      ['i18next', WHY.storageOther],
      ['reactI18next', WHY.storageOther],
      ['wouter', WHY.storageOther],
      ['pdfmake', WHY.storageOther],
      ['docx', WHY.storageOther],
    ),
  },
  {
    name: 'architecture/packages: storage hooks (use-*.ts)',
    files: ['src/storage/**/use-*.ts'],
    rules: forbid(
      ['reactDom', WHY.storageOther],
      ['forms', WHY.storageOther],
      ['i18next', WHY.storageOther],
      ['reactI18next', WHY.storageOther],
      ['wouter', WHY.storageOther],
      ['pdfmake', WHY.storageOther],
      ['docx', WHY.storageOther],
    ),
  },
  {
    name: 'architecture/packages: report',
    files: ['src/report/**/*.{ts,tsx}'],
    rules: forbid(
      ['docx', WHY.docx],
      ['dexie', WHY.dexie],
      ['dexieHooks', WHY.dexieHooks],
      ['i18next', WHY.i18next, 'types ok'],
      ['reactI18next', WHY.reactI18next],
    ),
  },
  {
    name: 'architecture/packages: i18n',
    files: ['src/i18n/**/*.{ts,tsx}'],
    rules: forbid(['dexie', WHY.dexie], ['dexieHooks', WHY.dexieHooks], ['pdfmake', WHY.pdfmake], ['docx', WHY.docx]),
  },
  {
    name: 'architecture/packages: ui, screens, app.tsx',
    files: ['src/ui/**/*.{ts,tsx}', 'src/screens/**/*.{ts,tsx}', 'src/app.tsx'],
    rules: forbid(
      ['dexie', WHY.dexie],
      ['dexieHooks', WHY.dexieHooks],
      ['i18next', WHY.i18next, 'types ok'],
      ['pdfmake', WHY.pdfmake],
      ['docx', WHY.docx],
    ),
  },
  {
    name: 'architecture/packages: docx',
    files: ['src/docx/**/*.{ts,tsx}'],
    rules: forbid(
      ['dexie', WHY.dexie],
      ['dexieHooks', WHY.dexieHooks],
      ['i18next', WHY.i18next, 'types ok'],
      ['reactI18next', WHY.reactI18next],
      ['pdfmake', WHY.pdfmake],
    ),
  },
];

// Folder rules: one list of zones for all of src (paths relative to the project root).
const folderZones = [
  {
    target: PURE.map((f) => `./src/${f}`),
    from: [
      './src/storage',
      './src/i18n',
      './src/ui',
      './src/screens',
      './src/report',
      './src/docx',
      './src/app.tsx',
      './src/main.tsx',
    ],
    message: `${PURE_LIST} are pure TypeScript and may not import storage, i18n, ui, screens, report, docx or the app shell.`,
  },
  {
    target: './src/storage',
    from: './src',
    except: ['./storage', ...PURE.map((f) => `./${f}`)],
    message: `src/storage may only import itself and the pure folders (${PURE_LIST}).`,
  },
  {
    target: './src/ui',
    from: ['./src/storage', './src/screens', './src/report', './src/app.tsx', './src/main.tsx'],
    message: 'src/ui is presentational: it gets data and callbacks through props. Only screens use storage and report.',
  },
  {
    target: './src/i18n',
    from: ['./src/ui', './src/screens', './src/report', './src/app.tsx', './src/main.tsx'],
    message: 'src/i18n sits below ui, screens and report and may not import them.',
  },
  {
    target: './src/report',
    from: ['./src/ui', './src/screens', './src/app.tsx', './src/main.tsx'],
    message: 'src/report builds PDFs from data passed in by screens; it may not import ui, screens or the app shell.',
  },
  {
    target: './src/docx',
    from: [
      './src/storage',
      './src/i18n',
      './src/ui',
      './src/screens',
      './src/report',
      './src/app.tsx',
      './src/main.tsx',
    ],
    message:
      'src/docx writes Word files from data passed in by screens; it may not import storage, i18n, ui, screens or report.',
  },
];

// ---------------------------------------------------------------------------------------------------------------
// A local rule: kebab-case file and folder names in src
// ---------------------------------------------------------------------------------------------------------------

const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const localPlugin = {
  meta: { name: 'local' },
  rules: {
    'kebab-case-filename': {
      meta: {
        type: 'suggestion',
        docs: { description: 'File and folder names in src are kebab-case (my-file.test.tsx).' },
        schema: [],
        messages: {
          name: '"{{segment}}" in {{file}} is not kebab-case: use lower-case words joined by "-" (e.g. "section-form.tsx").',
        },
      },
      create(context) {
        return {
          Program(node) {
            const file = path.relative(root, context.physicalFilename).split(path.sep).join('/');
            const segments = file.split('/').slice(1); // drop "src"
            for (const segment of segments) {
              // Every dot-separated part must be kebab-case: "use-answers.test.ts", "vite-env.d.ts".
              if (!segment.split('.').every((part) => KEBAB.test(part))) {
                context.report({ node, messageId: 'name', data: { segment, file } });
                return;
              }
            }
          },
        };
      },
    },
  },
};

// ---------------------------------------------------------------------------------------------------------------
// The config
// ---------------------------------------------------------------------------------------------------------------

const TS_FILES = ['**/*.{ts,tsx,mts,cts}'];

export default defineConfig(
  {
    name: 'ignores',
    ignores: ['dist/', 'node_modules/', 'test-results/', 'playwright-report/', 'coverage/', '.vite/', '.shots/'],
  },
  { name: 'report unused eslint-disable', linterOptions: { reportUnusedDisableDirectives: 'error' } },

  js.configs.recommended,

  // TypeScript, type-aware (uses tsconfig.json through the project service).
  ...tseslint.configs.recommendedTypeChecked.map((config) => ({ ...config, files: config.files ?? TS_FILES })),
  {
    name: 'typescript',
    files: TS_FILES,
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: root },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },

  // Plain JS (this file): Node, no type information.
  {
    name: 'javascript',
    files: ['**/*.{js,mjs,cjs}'],
    languageOptions: { globals: globals.node },
  },

  // Imports: resolution of .ts/.tsx without extensions, no cycles.
  {
    name: 'imports',
    files: ['**/*.{ts,tsx,js,mjs}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.tsx', '.js', '.jsx', '.mjs', '.json'],
      'import-x/resolver-next': [
        createNodeResolver({
          extensions: ['.ts', '.tsx', '.js', '.jsx', '.mjs', '.json'],
          conditionNames: ['types', 'import', 'browser', 'default'],
        }),
      ],
    },
    rules: {
      'import-x/no-duplicates': 'error',
      'import-x/no-self-import': 'error',
    },
  },

  // React: hooks (incl. React Compiler checks) and accessibility.
  {
    ...reactHooks.configs.flat.recommended,
    name: 'react-hooks',
    files: ['src/**/*.{ts,tsx}', 'tests/**/*.{ts,tsx}'],
  },
  { ...jsxA11y.flatConfigs.recommended, name: 'jsx-a11y', files: ['**/*.tsx'] },

  // Architecture of src.
  {
    name: 'architecture: src',
    files: ['src/**/*.{ts,tsx}'],
    plugins: { local: localPlugin },
    languageOptions: { globals: globals.browser },
    rules: {
      'local/kebab-case-filename': 'error',
      'import-x/no-default-export': 'error',
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-restricted-paths': ['error', { basePath: root, zones: folderZones }],
    },
  },
  ...packageRules,
  {
    // Stand-ins for Node modules and declarations of pdfmake's sources: they must have the shape of what they
    // replace or describe, default export included (pdfkit does `import zlib from 'zlib'`).
    name: 'pdf engine shims',
    files: ['src/report/pdf-engine/shims/*.ts', 'src/report/**/*.d.ts'],
    rules: { 'import-x/no-default-export': 'off' },
  },

  // Tests (unit tests in src and everything under tests/).
  {
    name: 'tests',
    files: ['src/**/*.test.{ts,tsx}', 'tests/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
  {
    name: 'root config files',
    files: ['*.config.{ts,js}'],
    languageOptions: { globals: globals.node },
  },
);
