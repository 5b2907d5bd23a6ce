import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts', 'test/**/*.test.ts', 'bench/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30000,
    /** Fixed fast-check seed (FC_SEED overrides it; see scripts/fuzz.ts). */
    setupFiles: ['test/setup/fastCheckSeed.ts'],
  },
});
