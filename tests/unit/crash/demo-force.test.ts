// `demo --force` over an existing database, killed at random moments: the old database or the new
// demo, never neither.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TdktApp } from '../../../core/app.ts';
import { tempDir } from '../helpers.ts';
import { crashLoop, CRASH_TIMEOUT_MS, DB_NAME } from './harness.ts';

describe('crash: demo --force over an existing database', () => {
  it('leaves the old database or the complete demo after every kill', async () => {
    const template = tempDir('tdkt-crash-template-');
    const app = new TdktApp({ dbPath: join(template, DB_NAME) });
    await app.invoke('demo.load', {});
    await app.invoke('org.saveUnit', { code: 'DON-VI-CU', name: 'Đơn vị của cơ sở dữ liệu cũ', kind: 'khac' });
    app.close();
    const report = await crashLoop({ name: 'demo --force', template, task: (db) => ({ op: 'demo-force', db }), kills: 20 });
    expect(report.kills).toBeGreaterThanOrEqual(20);
    expect(report.failures, report.failures.join('\n')).toEqual([]);
  }, CRASH_TIMEOUT_MS);
});
