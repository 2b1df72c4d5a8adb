import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'e2e/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    pool: 'forks',
    maxWorkers: 2,
    // Browser tests walk whole flows; with the suite sharing two cores they take 40–60 s.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    reporters: ['default'],
    // Browser polls wait for a busy two-core machine, not the 1 s default.
    expect: { poll: { timeout: 20_000, interval: 100 } },
  },
});
