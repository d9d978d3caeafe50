// documents.generate of a báo cáo killed at random moments while it rewrites its dự thảo in place or
// adds version 2 beside the issued one, and documents.issue of a draft killed while it takes its
// number: the register and the files agree after every kill, so a SIGKILL during issue leaves either
// the draft or the issued document, never a number without its file.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TdktApp } from '../../../core/app.ts';
import { tempDir } from '../helpers.ts';
import { crashLoop, CRASH_TIMEOUT_MS, DB_NAME, registerProblems } from './harness.ts';

/** The demo database with the báo cáo drafted once (row 1). */
async function withDraft(): Promise<string> {
  const template = tempDir('tdkt-crash-template-');
  const app = new TdktApp({ dbPath: join(template, DB_NAME) });
  await app.invoke('demo.load', {});
  const draft = await app.invoke('documents.generate', { kind: 'bao_cao', stage: 'so_ket', campaignId: 1 });
  expect(draft.id).toBe(1);
  app.close();
  return template;
}

/** The demo database with the báo cáo issued as 01/BC-UBND (row 1). */
async function withIssued(): Promise<string> {
  const template = tempDir('tdkt-crash-template-');
  const app = new TdktApp({ dbPath: join(template, DB_NAME) });
  await app.invoke('demo.load', {});
  const draft = await app.invoke('documents.generate', { kind: 'bao_cao', stage: 'so_ket', campaignId: 1 });
  expect((await app.invoke('documents.issue', { id: draft.id })).numberText).toBe('01/BC-UBND');
  app.close();
  return template;
}

describe('crash: documents.generate and documents.issue (báo cáo)', () => {
  it('a draft rewritten in place is never left without its file', async () => {
    const report = await crashLoop({
      name: 'documents.generate',
      template: await withDraft(),
      task: (db) => ({ op: 'generate', db, newVersion: false }),
      kills: 20,
      check: (open) => registerProblems(open),
    });
    expect(report.kills).toBeGreaterThanOrEqual(20);
    expect(report.failures, report.failures.join('\n')).toEqual([]);
  }, CRASH_TIMEOUT_MS);

  it('a new version beside an issued document leaves the issued one whole', async () => {
    const report = await crashLoop({
      name: 'documents.generate (newVersion)',
      template: await withIssued(),
      task: (db) => ({ op: 'generate', db, newVersion: true }),
      kills: 20,
      check: (open) => registerProblems(open),
    });
    expect(report.kills).toBeGreaterThanOrEqual(20);
    expect(report.failures, report.failures.join('\n')).toEqual([]);
  }, CRASH_TIMEOUT_MS);

  it('an issue leaves the draft or the issued document, never a number without its file', async () => {
    const report = await crashLoop({
      name: 'documents.issue',
      template: await withDraft(),
      task: (db) => ({ op: 'issue', db, id: 1 }),
      kills: 20,
      check: async (open) => {
        const problems = await registerProblems(open);
        const [doc] = await open.invoke('documents.list', {});
        // The demo's award round holds the QĐ register (its decision 01/QĐ-UBND): the draft is a báo cáo.
        const counter = open.connection.raw.prepare("SELECT last_number FROM doc_counters WHERE doc_type != 'QĐ'").pluck().all();
        // A number taken by the counter belongs to an issued document, and an issued one has its number.
        if ((doc.status === 'da_ban_hanh') !== (doc.number === 1) || (counter.length > 0) !== (doc.status === 'da_ban_hanh')) {
          problems.push(`trạng thái ${doc.status}, số ${doc.number}, bộ đếm ${JSON.stringify(counter)}`);
        }
        return problems;
      },
    });
    expect(report.kills).toBeGreaterThanOrEqual(20);
    expect(report.failures, report.failures.join('\n')).toEqual([]);
  }, CRASH_TIMEOUT_MS);
});
