import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import importX from 'eslint-plugin-import-x';
import jestDom from 'eslint-plugin-jest-dom';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import playwright from 'eslint-plugin-playwright';
import reactHooks from 'eslint-plugin-react-hooks';
import reactRefresh from 'eslint-plugin-react-refresh';
import testingLibrary from 'eslint-plugin-testing-library';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';

/** Every feature folder: each is fenced off from the others, including any added later. */
const FEATURES = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

/**
 * Imports flow one way: app → features → {components, view, data} → domain → lib; features never
 * import each other. Start-up (`boot`) is reached only from `app` and the entry files, except its list
 * of page markers, which the code that writes or reads a marker imports from anywhere but `lib`.
 */
const boundaryZones = [
  {
    target: './src/lib',
    from: [
      './src/app',
      './src/boot',
      './src/features',
      './src/components',
      './src/view',
      './src/data',
      './src/domain',
    ],
  },
  {
    target: './src/domain',
    from: [
      './src/app',
      './src/boot',
      './src/features',
      './src/components',
      './src/view',
      './src/data',
    ],
  },
  {
    target: './src/data',
    from: ['./src/app', './src/features', './src/components', './src/view'],
  },
  { target: './src/view', from: ['./src/app', './src/features', './src/components'] },
  { target: './src/components', from: ['./src/app', './src/features', './src/view'] },
  { target: './src/features', from: './src/app' },
  {
    target: './src/boot',
    from: ['./src/app', './src/features', './src/components', './src/view'],
  },
  ...['data', 'domain', 'view', 'components', 'features'].map((layer) => ({
    target: `./src/${layer}`,
    from: './src/boot',
    except: ['./page-markers.ts'],
  })),
  ...FEATURES.map((feature) => ({
    target: `./src/features/${feature}`,
    from: './src/features',
    except: [`./${feature}`],
  })),
];

export default tseslint.config(
  {
    ignores: ['dist', 'node_modules', 'test-results', 'playwright-report', 'bench-results'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, globals: { ...globals.browser } },
    settings: {
      'import-x/resolver-next': [
        createTypeScriptImportResolver({
          project: ['tsconfig.app.json', 'tsconfig.test.json', 'tsconfig.node.json'],
          noWarnOnMultipleProjects: true,
        }),
      ],
    },
    plugins: { 'import-x': importX },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/ban-ts-comment': ['error', { 'ts-ignore': 'allow-with-description' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'import-x/no-cycle': 'error',
      'import-x/no-restricted-paths': ['error', { zones: boundaryZones }],
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Render data as text only.',
        },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks, 'react-refresh': reactRefresh },
    extends: [jsxA11y.flatConfigs.strict],
    rules: {
      ...reactHooks.configs.recommended.rules,
      'react-refresh/only-export-components': ['error', { allowConstantExport: true }],
    },
  },
  {
    files: ['src/app/**/*.{ts,tsx}', 'src/features/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '@/data/dataset-query',
              importNames: ['useDataset'],
              message:
                'Read the dataset through useView() in src/view/use-view.ts: `dataset` as of the view’s date, or `wholeDataset`.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['scripts/**/*.{ts,mjs}', '*.config.{ts,js}'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['tests/**/*.{ts,tsx}'],
    ignores: ['tests/e2e/**'],
    extends: [testingLibrary.configs['flat/react'], jestDom.configs['flat/recommended']],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['tests/e2e/**/*.ts'],
    extends: [playwright.configs['flat/recommended']],
    languageOptions: { globals: { ...globals.node } },
  },
);
