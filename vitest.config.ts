import { defineConfig } from 'vitest/config';

// Unit and integration tests: real SQLite (in memory and on disk), real files read back.
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
