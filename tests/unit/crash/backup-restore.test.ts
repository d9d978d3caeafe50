// backup.restore killed at random moments: the database is what it was or exactly the backup, and
// every listed backup (the safety copy taken before restoring included) is whole.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TdktApp } from '../../../core/app.ts';
import { tempDir } from '../helpers.ts';
import { crashLoop, CRASH_TIMEOUT_MS, DB_NAME, listedBackupProblems } from './harness.ts';

describe('crash: backup.restore', () => {
  it('restores all or nothing', async () => {
    const template = tempDir('tdkt-crash-template-');
    const app = new TdktApp({ dbPath: join(template, DB_NAME) });
    await app.invoke('demo.load', {});
    const backup = await app.invoke('backup.create', {});
    await app.invoke('org.saveUnit', { code: 'SAU-SAO-LUU', name: 'Đơn vị thêm sau bản sao lưu', kind: 'khac' });
    app.close();
    const report = await crashLoop({
      name: 'backup.restore',
      template,
      task: (db) => ({ op: 'backup-restore', db, name: backup.name }),
      kills: 20,
      check: (open, { old, done }) => listedBackupProblems(open, [old.digest, ...done.map((d) => d.digest)]),
    });
    expect(report.kills).toBeGreaterThanOrEqual(20);
    expect(report.failures, report.failures.join('\n')).toEqual([]);
  }, CRASH_TIMEOUT_MS);
});
