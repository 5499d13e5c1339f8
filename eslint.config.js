import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import { importX } from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import checkFile from 'eslint-plugin-check-file';
import globals from 'globals';

// Boundaries are checked on the resolved file of each import, not on the import
// string, so `../org-units/x.ts`, `../../features/x` and `@jalon/web/...` are all
// caught the same way.

/** Sub-folders of `dir`, so a new feature is covered without touching this file. */
function foldersIn(dir) {
  return readdirSync(join(import.meta.dirname, dir), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);
}

/** One zone per feature: it may import itself, never another feature of `root`. */
function featureZones(root, message) {
  return foldersIn(root).map((feature) => ({
    target: `${root}/${feature}`,
    from: `${root}`,
    except: [`./${feature}`],
    message,
  }));
}

const packages = ['domain', 'catalog', 'contract', 'server', 'web'];
/** What each package may import among ours; `e2e` may import anything for its setup. */
const packageDependencies = {
  domain: [],
  catalog: ['domain'],
  contract: ['domain'],
  server: ['domain', 'catalog', 'contract'],
  web: ['domain', 'contract'],
};

const packageZones = [
  ...Object.entries(packageDependencies).map(([name, allowed]) => ({
    target: `./packages/${name}`,
    from: [
      ...packages.filter((other) => other !== name && !allowed.includes(other)).map((other) => `./packages/${other}`),
      './e2e',
    ],
    message: allowed.length
      ? `@jalon/${name} may import only ${allowed.join(', ')}.`
      : `@jalon/${name} imports nothing of ours.`,
  })),
  { target: ['./scripts', './bench'], from: './e2e', message: 'Nothing imports the browser tests.' },
];

const webZones = [
  ...featureZones(
    './packages/web/src/features',
    'No imports between web features: share through src/components or src/lib.',
  ),
  {
    target: [
      './packages/web/src/lib',
      './packages/web/src/components',
      './packages/web/src/testing',
      './packages/web/src/types',
    ],
    from: ['./packages/web/src/features', './packages/web/src/app'],
    message: 'Shared web code imports no feature and no app module.',
  },
];

const serverZones = featureZones(
  './packages/server/src/features',
  'No imports between API features: share through a module beside them (accounts, audit, security, org-scope, http).',
);

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', 'data/**', '**/drizzle/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: {
      globals: { ...globals.node },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.js'],
    plugins: { 'import-x': importX, 'check-file': checkFile },
    settings: {
      // Parse dependencies as TypeScript too, or no-cycle would not follow them.
      'import-x/extensions': ['.ts', '.tsx', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [
        createTypeScriptImportResolver({
          project: ['tsconfig.json', 'packages/web/tsconfig.json', 'e2e/tsconfig.json'],
          noWarnOnMultipleProjects: true,
        }),
      ],
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: [...packageZones, ...webZones, ...serverZones] }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'check-file/filename-naming-convention': [
        'error',
        { '**/*.{ts,tsx,js}': 'KEBAB_CASE' },
        { ignoreMiddleExtensions: true },
      ],
      'check-file/folder-naming-convention': ['error', { '**/': 'KEBAB_CASE' }],
    },
  },
  {
    files: ['packages/web/**/*.tsx', 'packages/web/**/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    // Pure rules over plain data: no I/O, no framework.
    files: ['packages/domain/**/*.ts'],
    plugins: { 'import-x': importX },
    rules: {
      'import-x/no-nodejs-modules': 'error',
      'no-restricted-imports': [
        'error',
        { patterns: ['fastify*', '@fastify/*', 'drizzle-orm*', 'pg', 'react*', '@tanstack/*', '@mantine/*'] },
      ],
    },
  },
);
