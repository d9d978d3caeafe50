// documents.generate of a báo cáo killed at random moments, both regenerating the registered one (it
// keeps its number and file name) and taking a new number: the register and the files agree.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TdktApp } from '../../../core/app.ts';
import { tempDir } from '../helpers.ts';
import { crashLoop, CRASH_TIMEOUT_MS, DB_NAME, registerProblems } from './harness.ts';

describe('crash: documents.generate (báo cáo)', () => {
  it('never leaves a numbered register row without its file', async () => {
    const template = tempDir('tdkt-crash-template-');
    const app = new TdktApp({ dbPath: join(template, DB_NAME) });
    await app.invoke('demo.load', {});
    await app.invoke('documents.generate', { kind: 'bao_cao', stage: 'so_ket', campaignId: 1 });
    app.close();
    const report = await crashLoop({
      name: 'documents.generate',
      template,
      task: (db, variant) => ({ op: 'generate', db, newNumber: variant === 1 }),
      variants: 2,
      kills: 20,
      check: (open) => registerProblems(open),
    });
    expect(report.kills).toBeGreaterThanOrEqual(20);
    expect(report.failures, report.failures.join('\n')).toEqual([]);
  }, CRASH_TIMEOUT_MS);
});
