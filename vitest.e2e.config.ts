import { join } from 'node:path';
import { defineConfig } from 'vitest/config';

// .ci/run sets TDKT_REPORT_DIR to add up the results into its closing "N passed, N failed" line.
const reportDir = process.env.TDKT_REPORT_DIR;

// End-to-end: the browser host started as a real process, driven in Debian's Chromium.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    reporters: reportDir ? ['default', 'json'] : ['default'],
    outputFile: reportDir ? { json: join(reportDir, 'e2e.json') } : undefined,
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    // A screen can take over a second to appear on a loaded two-core machine; the 1 s default of
    // expect.poll would fail a step that is only slow.
    expect: { poll: { timeout: 10_000 } },
  },
});
