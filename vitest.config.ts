import { join } from 'node:path';
import { defineConfig } from 'vitest/config';

// .ci/run sets TDKT_REPORT_DIR to add up the results into its closing "N passed, N failed" line.
const reportDir = process.env.TDKT_REPORT_DIR;

// Unit and integration tests: real SQLite (in memory and on disk), real files read back.
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    reporters: reportDir ? ['default', 'json'] : ['default'],
    outputFile: reportDir ? { json: join(reportDir, 'unit.json') } : undefined,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
