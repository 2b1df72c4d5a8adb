// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import fs from 'node:fs';

// Web features never import each other's insides: one zone per feature folder.
const featureZones = fs
  .readdirSync('src/web/features', { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => ({
    target: `./src/web/features/${d.name}`,
    from: `./src/web/features/!(${d.name})/**`,
    message: 'features never import each other’s insides',
  }));

export default tseslint.config(
  { ignores: ['node_modules', 'dist', 'data', 'drizzle', '.tmp'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [
        createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.json'] }),
      ],
      'import-x/ignore': ['node_modules'],
      'import-x/extensions': ['.ts', '.tsx', '.js'],
    },
    rules: {
      'import-x/no-cycle': ['error', { maxDepth: 10, ignoreExternal: true }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      // Dependency direction (DESIGN.md rule 1): contracts ← server, contracts ← web, never web ↔ server.
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: './src/contracts',
              from: ['./src/server', './src/web'],
              message: 'contracts import only zod',
            },
            {
              target: './src/web',
              from: './src/server',
              message: 'the web talks to the server over HTTP only',
            },
            {
              target: './src/server',
              from: './src/web',
              message: 'the server never imports web code',
            },
            {
              target: './src/server/modules/*/*.rules.ts',
              from: './src/server/platform/db.ts',
              message: 'rules are pure: no I/O',
            },
            {
              target: './src/server/modules/*/*.rules.ts',
              from: './src/server/modules/*/*.repo.ts',
              message: 'rules are pure: no I/O',
            },
            {
              target: './src/server/modules/*/*.routes.ts',
              from: './src/server/modules/*/*.repo.ts',
              message: 'routes call services, never repos',
            },
            ...featureZones,
          ],
        },
      ],
    },
  },
  {
    files: ['src/server/modules/**/*.ts', 'src/server/flows/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                '../*/*.repo*',
                '../*/*.service*',
                '../*/*.tables*',
                '../*/*.rules*',
                '../*/*.errors*',
              ],
              message: 'use another module only through its index.ts',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/web/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
);
