// ESLint flat config: typescript-eslint, React hooks, and the architecture rules
// of DESIGN.md (a pure metrics package; pixel loops only in metrics and worker).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const browserOnlyGlobals = ['window', 'document', 'navigator', 'localStorage', 'location', 'HTMLElement'];

export default tseslint.config(
  { ignores: ['dist', 'dev-dist', 'node_modules', 'test-results', 'playwright-report', 'reports'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Playwright fixtures call `use`, which is not React's hook.
    files: ['e2e/**/*.ts'],
    rules: { 'react-hooks/rules-of-hooks': 'off' },
  },
  {
    // The metrics package is pure: no DOM, no React, no store.
    files: ['src/metrics/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-dom', 'react/*', 'react-dom/*'],
              message: 'src/metrics is pure: no React.',
            },
            { group: ['zustand', 'zustand/*'], message: 'src/metrics is pure: no store.' },
            {
              group: ['**/state/**', '**/app/**', '**/widgets/**', '**/sections/**', '**/worker/**'],
              message: 'src/metrics imports nothing from the app.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...browserOnlyGlobals.map((name) => ({ name, message: 'src/metrics has no DOM.' })),
      ],
    },
  },
  {
    // Main-thread code reaches metric code only through the worker door; photo-sized
    // pixel loops live in src/metrics and src/worker (DESIGN.md, "Main thread").
    files: [
      'src/app/**/*.{ts,tsx}',
      'src/sections/**/*.{ts,tsx}',
      'src/widgets/**/*.{ts,tsx}',
      'src/state/**/*.{ts,tsx}',
    ],
    ignores: ['**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '(^|/)metrics/(?!(types|meta|keypoints/cocoKeypoints)$)',
              message:
                'Call metrics through useMetric (src/worker); import only metrics/types, metrics/meta or the COCO keypoint constants here.',
            },
          ],
        },
      ],
    },
  },
);
