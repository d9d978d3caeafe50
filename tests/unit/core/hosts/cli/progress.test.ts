// The CLI's progress line: one line per 10 % on a pipe, in a real process that then exits by itself;
// one line rewritten with "\r" on a terminal; a failed job's Vietnamese message as the error.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { waitForJob } from '../../../../../core/hosts/cli/progress.ts';
import { sampleEntries, zipJob } from '../../../../fixtures/jobs/zip-job.ts';
import { freshApp, ROOT, tempDir } from '../../../helpers.ts';

describe('the CLI progress line', () => {
  it('prints one line per 10 % on a pipe, the result on stdout, and the process exits by itself', () => {
    const db = join(tempDir(), 'tdkt.sqlite');
    const run = spawnSync(join(ROOT, 'node_modules/.bin/node'), [join(ROOT, 'tests/fixtures/jobs/cli-job.ts'), db, '40'], {
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.error).toBeUndefined();
    expect(run.status).toBe(0);
    const lines = run.stderr.trimEnd().split('\n');
    expect(lines.at(-1)).toBe('Đã nén xong 40 tệp');
    const percents = lines.slice(0, -1).map((l) => Number(/\((\d+)%\)$/u.exec(l)?.[1]));
    // No two lines for one tens step, in order, up to 100 %.
    const steps = percents.map((p) => Math.floor(p / 10));
    expect(steps).toEqual([...new Set(steps)].sort((a, b) => a - b));
    expect(percents.at(-1)).toBe(100);
    expect(lines).toContain('Đang nén 40/40 tệp (100%)');
    const out = run.stdout.trim();
    expect(out.endsWith('cli.zip')).toBe(true);
    expect(existsSync(out)).toBe(true);
  });

  it('rewrites one line with \\r on a terminal and ends it with the final label', async () => {
    const app = freshApp();
    let text = '';
    const job = await waitForJob(app, app.startJob(zipJob(sampleEntries(20, 50_000))), { isTTY: true, write: (t) => (text += t) });
    app.close();
    expect(job.state).toBe('xong');
    expect(text.includes('\n')).toBe(true);
    expect(text.indexOf('\n')).toBe(text.length - 1);
    const shown = text.split('\r').filter(Boolean);
    expect(shown.length).toBeGreaterThan(1);
    expect(shown.at(-1)?.trimEnd()).toBe('Đã nén xong 20 tệp');
    expect(shown).toContain('Đang nén 20/20 tệp (100%)');
  });

  it('rejects with the job’s Vietnamese message when the job fails', async () => {
    const app = freshApp();
    let text = '';
    const id = app.startJob(zipJob([{ name: 'a/b.txt', bytes: new Uint8Array(1) }]));
    await expect(waitForJob(app, id, { write: (t) => (text += t) })).rejects.toThrow(
      'Tệp thứ 1 có tên "a/b.txt" không dùng được trong tệp nén: tên tệp không được chứa / \\ : * ? " < > |.',
    );
    app.close();
    expect(text.trimEnd().split('\n').at(-1)).toBe('Không nén được tệp');
  });
});
