// Lint: typescript-eslint with type information, React, hooks, jsx-a11y, the Office add-in rules,
// Prettier's layout (eslint-config-prettier turns off what Prettier owns), and the layer order:
//   domain ← model ← templates / validation / appendix ← host ← taskpane / page / cli / demo / commands
// Written once here and in the README ("Project layout"); tests/lint/layers.test.ts proves it bites.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import react from 'eslint-plugin-react';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import officeAddins from 'eslint-plugin-office-addins';
import prettier from 'eslint-config-prettier';
import globals from 'globals';

/** Folders of src/ by layer, lowest first. A folder may import only from folders listed below it. */
export const LAYERS = {
  domain: [],
  model: ['domain'],
  templates: ['domain', 'model'],
  validation: ['domain', 'model'],
  // Appendices read a workbook through validation's model (the same reading the checks use).
  appendix: ['domain', 'model', 'templates', 'validation'],
  // Hosts read settings through validation's reader (the one reader of "Thông tin"); the page's
  // outputs (src/host/xlsx/outputs) write appendices, her converted layout and consolidations.
  host: ['domain', 'model', 'templates', 'validation', 'appendix', 'layout', 'consolidation'],
  // Her own layout, read and mapped onto the workbook model the checks read, and converted to the template's plans.
  layout: ['domain', 'model', 'templates', 'validation'],
  // Consolidation reads units through validation's model and builds the output with the template builders.
  consolidation: ['domain', 'model', 'templates', 'validation'],
};
const ALL = [
  'domain',
  'model',
  'templates',
  'validation',
  'appendix',
  'layout',
  'consolidation',
  'host',
  'taskpane',
  'page',
  'cli',
  'demo',
  'commands',
];
/** What the pure core (domain, model, templates, validation, appendix) may never import. */
const IMPURE = [
  'exceljs',
  'react',
  'react-dom',
  'react/*',
  '@fluentui/*',
  '@microsoft/office-js',
  'office-js',
  'fs',
  'fs/*',
  'path',
  'os',
  'child_process',
  'node:*',
  'hyperformula',
  'commander',
];

function layerRule(folder) {
  const allowed = new Set([folder, ...LAYERS[folder]]);
  const forbidden = ALL.filter((f) => !allowed.has(f));
  const core = folder !== 'host';
  return {
    files: [`src/${folder}/**/*.{ts,tsx}`],
    ignores: ['**/*.test.ts', '**/*.test.tsx', '**/testing/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: forbidden.flatMap((f) => [`**/${f}`, `**/${f}/**`]),
              message: `src/${folder} sits below these folders (layer order in eslint.config.mjs / README).`,
            },
            ...(core
              ? [{ group: IMPURE, message: 'The pure core takes no Office.js, file library, React or Node module.' }]
              : []),
          ],
        },
      ],
      ...(core
        ? {
            'no-restricted-globals': [
              'error',
              { name: 'Excel', message: 'Office.js belongs in src/host/excel.' },
              { name: 'Office', message: 'Office.js belongs in src/host/excel.' },
            ],
          }
        : {}),
    },
  };
}

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'dist/',
      'build/',
      'coverage/',
      'demo-output/',
      'test-output/',
      'bench-output/',
      'reports/',
      '.stryker-tmp/',
      'tests/lint/fixtures/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        // layer-probe.ts: the name tests/lint/layers.test.ts lints from stdin to prove the layer rules bite.
        projectService: {
          allowDefaultProject: ['src/*/layer-probe.ts', 'src/*/*/layer-probe.ts', 'src/*/*/*/layer-probe.ts'],
        },
        tsconfigRootDir: import.meta.dirname,
      },
      globals: { ...globals.browser, ...globals.node },
    },
    plugins: { 'office-addins': officeAddins },
    rules: {
      'office-addins/call-sync-after-load': 'error',
      'office-addins/call-sync-before-read': 'error',
      'office-addins/load-object-before-read': 'error',
      'office-addins/no-context-sync-in-loop': 'warn',
      'office-addins/no-empty-load': 'warn',
      'office-addins/no-navigational-load': 'warn',
      'office-addins/no-office-initialize': 'warn',
      'office-addins/test-for-null-using-isNullObject': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Cells hold unknown values: String(value) is the text we mean to show.
      '@typescript-eslint/no-base-to-string': 'off',
      // Hosts implement one async interface; an in-memory host has nothing to await.
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    files: ['src/**/*.tsx'],
    ...react.configs.flat.recommended,
    ...react.configs.flat['jsx-runtime'],
    settings: { react: { version: 'detect' } },
  },
  {
    files: ['src/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: { ...reactHooks.configs.recommended.rules, ...jsxA11y.flatConfigs.recommended.rules },
  },
  {
    files: ['**/*.js', '**/*.cjs', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['**/*.js', '**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // Tests drive mocks and parsed JSON/XML: `any` there is the point, not a slip.
    files: ['**/*.test.ts', '**/*.test.tsx', '**/testing/**', 'tests/**'],
    rules: {
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/unbound-method': 'off',
      'office-addins/load-object-before-read': 'off',
      'office-addins/call-sync-before-read': 'off',
    },
  },
  ...Object.keys(LAYERS).map(layerRule),
  {
    // The page's downloads run in a Web Worker: no file system, no Node module, no Buffer.
    files: ['src/host/xlsx/outputs/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                '**/taskpane',
                '**/taskpane/**',
                '**/cli',
                '**/cli/**',
                '**/demo',
                '**/demo/**',
                '**/commands',
                '**/commands/**',
              ],
              message: 'src/host sits below these folders.',
            },
            {
              group: ['fs', 'fs/*', 'path', 'os', 'zlib', 'child_process', 'node:*', '**/fileIo', '**/safeWrite'],
              message: 'src/host/xlsx/outputs runs in the browser: bytes in, bytes out (no Node module).',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', { name: 'Buffer', message: 'Browser-safe: use Uint8Array.' }],
    },
  },
  prettier,
);
