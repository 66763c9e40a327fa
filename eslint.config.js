import fs from 'node:fs';
import js from '@eslint/js';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const noMaplibre = {
  group: ['maplibre-gl', 'maplibre-gl/*'],
  message: 'Keep MapLibre code in src/features/map.',
};
const noReact = {
  group: ['react', 'react-dom', 'react-dom/*', '@tanstack/*'],
  message: 'Domain code must not import React.',
};
const noUpward = {
  group: ['**/features/**', '**/app/**'],
  message: 'Imports run shared -> features -> app.',
};

/** MapLibre lives in the map feature only. */
const maplibreOnlyInMap = {
  files: ['src/**/*.{ts,tsx}'],
  ignores: ['src/features/map/**'],
  rules: { 'no-restricted-imports': ['error', { patterns: [noMaplibre] }] },
};

/** Shared code may not reach into features or the app. */
const sharedIsShared = {
  files: ['src/shared/**/*.{ts,tsx}'],
  rules: { 'no-restricted-imports': ['error', { patterns: [noMaplibre, noUpward] }] },
};

/** Node built-ins: the intake core runs in the browser too (file reading stays at the edge). */
const noNode = {
  group: ['node:*', 'fs', 'path', 'os', 'crypto'],
  message: 'The intake core is shared with the browser: read files at the edge (scripts/).',
};

/** Pure domain code stays free of React and MapLibre so scripts, tests and the app share it. */
const pureModel = {
  files: ['src/shared/model/**/*.ts', 'src/features/*/model/**/*.ts'],
  rules: { 'no-restricted-imports': ['error', { patterns: [noMaplibre, noReact, noUpward] }] },
};

/** Parsing and validation of curated files: shared by the pipeline and the browser (issue 14). */
const intakeCore = {
  files: ['src/shared/intake/**/*.ts'],
  ignores: ['src/shared/intake/**/*.test.ts'],
  rules: {
    'no-restricted-imports': ['error', { patterns: [noMaplibre, noReact, noUpward, noNode] }],
  },
};

/** Scripts run in Node: they may use the pure model of shared code and features, nothing with React. */
const scripts = {
  files: ['scripts/**/*.ts'],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          noMaplibre,
          noReact,
          {
            group: ['**/app/**', '**/features/*/components/**'],
            message: 'Scripts use pure model code only.',
          },
        ],
      },
    ],
  },
};

/**
 * No feature imports another (shared -> features -> app): a feature that needs another's code
 * means that code belongs in src/shared. One zone per feature folder, read from disk, so a new
 * feature is covered without editing this file.
 */
export function featureZones(root = import.meta.dirname) {
  const features = fs
    .readdirSync(`${root}/src/features`, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);
  return features.map((name) => ({
    target: `./src/features/${name}`,
    from: './src/features',
    except: [`./${name}`],
    message: 'A feature never imports another feature: move the shared part to src/shared.',
  }));
}

/** Import boundaries and cycles: one direction through the code (issue 11). */
export function importBoundaries(root = import.meta.dirname) {
  return {
    files: ['src/**/*.{ts,tsx}', 'scripts/**/*.ts', 'tests/**/*.ts'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.tsx', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [
        createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.json'] }),
      ],
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { basePath: root, zones: featureZones(root) }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  };
}

/** Data text is never inserted as HTML. */
const noHtmlSinks = {
  files: ['src/**/*.{ts,tsx}'],
  rules: {
    'no-restricted-syntax': [
      'error',
      {
        selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
        message: 'Never insert data as HTML.',
      },
      {
        selector: "MemberExpression[property.name='innerHTML']",
        message: 'Never insert data as HTML.',
      },
      {
        selector: "MemberExpression[property.name='outerHTML']",
        message: 'Never insert data as HTML.',
      },
      {
        selector: "CallExpression[callee.property.name='setHTML']",
        message: 'Never insert data as HTML; use setText or React.',
      },
      {
        selector: "CallExpression[callee.property.name='insertAdjacentHTML']",
        message: 'Never insert data as HTML.',
      },
    ],
  },
};

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'public/data', 'coverage', '.tmp', 'tests/lint-fixtures'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      'no-warning-comments': 'error',
    },
  },
  {
    files: ['src/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: { ...reactHooks.configs.recommended.rules, ...jsxA11y.flatConfigs.strict.rules },
  },
  { files: ['eslint.config.js'], ...tseslint.configs.disableTypeChecked },
  maplibreOnlyInMap,
  sharedIsShared,
  pureModel,
  intakeCore,
  scripts,
  noHtmlSinks,
  importBoundaries(),
);
