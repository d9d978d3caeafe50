// backup.create killed at random moments: the database untouched, and every backup the app lists
// opens, passes the full integrity check and holds the database's data.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TdktApp } from '../../../core/app.ts';
import { tempDir } from '../helpers.ts';
import { crashLoop, CRASH_TIMEOUT_MS, DB_NAME, listedBackupProblems } from './harness.ts';

describe('crash: backup.create', () => {
  it('never lists a half-written backup', async () => {
    const template = tempDir('tdkt-crash-template-');
    const app = new TdktApp({ dbPath: join(template, DB_NAME) });
    await app.invoke('demo.load', {});
    app.close();
    const report = await crashLoop({
      name: 'backup.create',
      template,
      task: (db) => ({ op: 'backup-create', db }),
      kills: 20,
      check: (open, { old, done }) => listedBackupProblems(open, [old.digest, ...done.map((d) => d.digest)]),
    });
    expect(report.kills).toBeGreaterThanOrEqual(20);
    expect(report.failures, report.failures.join('\n')).toEqual([]);
  }, CRASH_TIMEOUT_MS);
});
