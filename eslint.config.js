// Lint: typescript-eslint's recommended rules, plus the architecture's boundaries
// (../shared/STYLE.md, "Boundaries worth keeping") and the rule that scraped text is
// never parsed as HTML.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const storeImports = {
  group: ['**/lib/store', '**/lib/store/**', '@/lib/store', '@/lib/store/**', 'idb'],
  message: 'Only the background talks to the store and IndexedDB.',
};
const viewImports = {
  group: [
    '**/components/**',
    '@/components/**',
    '**/lib/dom/**',
    '@/lib/dom/**',
    'preact',
    'preact/*',
  ],
  message: 'The background never imports DOM helpers or components.',
};
const browserImports = {
  group: ['wxt/browser', 'webextension-polyfill', '**/messages/client', '@/lib/messages/client'],
  message: 'Components are views: props in, events out, no browser.* or messaging.',
};
const fullZod = {
  group: ['zod', '**/lib/messages/schemas', '@/lib/messages/schemas'],
  message: 'Keep zod out of the content script (size budget); validate in the background.',
};

const htmlSinks = [
  {
    selector: "AssignmentExpression[left.property.name='innerHTML']",
    message: 'Never assign innerHTML: render text nodes.',
  },
  {
    selector: "AssignmentExpression[left.property.name='outerHTML']",
    message: 'Never assign outerHTML.',
  },
  {
    selector: "CallExpression[callee.property.name='insertAdjacentHTML']",
    message: 'Never insert HTML strings.',
  },
  {
    selector: "CallExpression[callee.object.name='document'][callee.property.name='write']",
    message: 'Never document.write.',
  },
  {
    selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
    message: 'Render scraped text as text, never as HTML.',
  },
];

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'demo-output/**', 'tests/fixtures/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-restricted-syntax': ['error', ...htmlSinks],
    },
  },
  {
    files: [
      'entrypoints/*.content/**',
      'lib/content/**',
      'lib/dom/**',
      'lib/crms/**',
      'lib/reading/**',
    ],
    // The custom-CRM definition schema is validated in the background and the options
    // page; content scripts import only its types. Import formats name the store's import
    // fields, as types only.
    ignores: [
      '**/*.test.ts',
      '**/*.test.tsx',
      'lib/crms/custom/definition*.ts',
      'lib/crms/import-format.ts',
    ],
    rules: { 'no-restricted-imports': ['error', { patterns: [storeImports, fullZod] }] },
  },
  {
    files: [
      'entrypoints/background.ts',
      'lib/background/**',
      'lib/store/**',
      'lib/segmentation/**',
    ],
    rules: { 'no-restricted-imports': ['error', { patterns: [viewImports] }] },
  },
  {
    files: ['components/**'],
    ignores: ['**/*.test.tsx', '**/*.test.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [storeImports, browserImports] }] },
  },
  {
    // Tests and the demo CRM build fixture pages from HTML strings on purpose.
    files: ['**/*.test.ts', '**/*.test.tsx', 'tests/**'],
    rules: { 'no-restricted-syntax': 'off' },
  },
);
