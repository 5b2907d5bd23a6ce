// ESLint flat config: typescript-eslint, React hooks, and the architecture rules
// of DESIGN.md (a pure metrics package; pixel loops only in metrics and worker).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const browserOnlyGlobals = ['window', 'document', 'navigator', 'localStorage', 'location', 'HTMLElement'];
const canvasGlobals = [
  'OffscreenCanvas',
  'HTMLCanvasElement',
  'CanvasRenderingContext2D',
  'ImageBitmap',
  'createImageBitmap',
  'ImageData',
  'Image',
];

export default tseslint.config(
  { ignores: ['dist', 'dist-*', 'dev-dist', 'node_modules', 'test-results', 'playwright-report', 'reports'] },
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
    // The metrics package is pure: no DOM, no React, no store, no console, and it
    // imports nothing from the app or from scenes (scenes may import metrics).
    files: ['src/metrics/**/*.ts'],
    ignores: ['**/*.test.ts', '**/*.test-helper.ts'],
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
              group: [
                '**/scenes/**',
                '**/state/**',
                '**/app/**',
                '**/widgets/**',
                '**/sections/**',
                '**/worker/**',
              ],
              message: 'src/metrics imports nothing from scenes or the app.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...[...browserOnlyGlobals, ...canvasGlobals].map((name) => ({
          name,
          message: 'src/metrics has no DOM or canvas.',
        })),
      ],
      'no-console': 'error',
    },
  },
  {
    // Scenes are pure too: they may import metrics and lib, nothing of the app.
    files: ['src/scenes/**/*.ts'],
    ignores: ['**/*.test.ts', '**/*.test-helper.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-dom', 'react/*', 'react-dom/*', 'zustand', 'zustand/*'],
              message: 'src/scenes is pure: no React, no store.',
            },
            {
              group: ['**/state/**', '**/app/**', '**/widgets/**', '**/sections/**', '**/worker/**'],
              message: 'src/scenes imports nothing from the app.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...[...browserOnlyGlobals, ...canvasGlobals].map((name) => ({
          name,
          message: 'src/scenes has no DOM or canvas.',
        })),
      ],
      'no-console': 'error',
    },
  },
  {
    // Widgets and lib helpers are reusable pieces: they take what they show as props or
    // arguments and never reach into the store, the shell or a section (DESIGN.md, "widgets").
    files: ['src/lib/**/*.{ts,tsx}', 'src/widgets/**/*.{ts,tsx}'],
    ignores: ['**/*.test.{ts,tsx}', '**/*.test-helper.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['zustand', 'zustand/*'],
              message: 'Widgets and lib take their data as props: no store.',
            },
            {
              group: ['**/state/**', '**/app/**', '**/sections/**'],
              message: 'Widgets and lib import nothing from the store, the shell or the sections.',
            },
          ],
        },
      ],
    },
  },
  {
    // Main-thread code reaches metric code and the photo-sized scenes only through the
    // worker door (useMetric, useMetricBatch, useMetricCommand); it may import their
    // types, and as values only the constants listed here and the small scenes. Photo-sized pixel loops live in
    // src/metrics, src/scenes and src/worker (DESIGN.md, "Main thread").
    files: [
      'src/app/**/*.{ts,tsx}',
      'src/sections/**/*.{ts,tsx}',
      'src/widgets/**/*.{ts,tsx}',
      'src/state/**/*.{ts,tsx}',
    ],
    ignores: ['**/*.test.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '(^|/)metrics/(?!(types|detection/coco/cocoKeypoints)$)',
              allowTypeImports: true,
              message:
                'Call metrics through useMetric (src/worker); import their types, and as values only metrics/types or the COCO keypoint constants.',
            },
            {
              // Small synthetic scenes (scenes/pose, scenes/detection, the segmentation label maps)
              // are drawn on the page and may be imported; the photo-sized ones and the blurred
              // segmentation probability map run only in the worker.
              regex:
                '(^|/)scenes/(?!(pose|detection)/|segmentation/(classes|scene|presets|morphology|threshold|structures)$)',
              allowTypeImports: true,
              message:
                'Photo-sized scenes (depth, image quality) run in the worker: call them through useMetric; import only their types here.',
            },
            {
              regex: '(^|/)worker/(?!(useMetric|useMetricBatch|useMetricCommand|door|protocol)$)',
              allowTypeImports: true,
              message:
                'Only the door hooks (useMetric, useMetricBatch, useMetricCommand) and their types leave src/worker.',
            },
          ],
        },
      ],
    },
  },
  {
    // DESIGN.md "Main thread": no photo-sized pixel loops on the page. Lint cannot see image
    // sizes, so it bans the two shapes such loops take: a `for` loop bounded by `.data.length`
    // (a whole raster) and a float or RGBA typed array sized by an expression (w * h * 4).
    // Label maps up to 160 x 120 may be drawn on the main thread: the files that draw them are
    // listed in `ignores` (the painter's working copy, the segmentation label-map pictures, the
    // 160 x 120 depth maps' colouring and the one-row colour-bar legend).
    files: ['src/sections/**/*.{ts,tsx}', 'src/widgets/**/*.{ts,tsx}'],
    ignores: [
      '**/*.test.{ts,tsx}',
      'src/widgets/painter/**',
      'src/sections/segmentation/figures/shared/compose.ts',
      'src/sections/segmentation/figures/shared/pictures.ts',
      'src/sections/depth/figures/shared/colormap.ts',
      'src/sections/depth/figures/shared/ColorLegend.tsx',
    ],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector:
            "ForStatement[test.right.type='MemberExpression'][test.right.property.name='length'][test.right.object.property.name='data']",
          message:
            'No pixel loops over a whole raster on the main thread: compute it in the worker (src/metrics or src/scenes via useMetric).',
        },
        {
          selector:
            "NewExpression[callee.name=/^(Float32Array|Float64Array|Uint8ClampedArray)$/][arguments.0.type='BinaryExpression']",
          message:
            'No photo-sized pixel buffers on the main thread: build pictures in the worker (src/scenes via useMetric); label maps up to 160x120 only in the listed files.',
        },
      ],
    },
  },
);
