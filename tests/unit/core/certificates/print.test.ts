// Printing an issued decision's certificates as a job, end to end on a real database: the register's
// lines become pages in the worker thread, the PDF has one page per live line with each name and số sổ
// on it, every page is logged in award_prints (a reprint of chosen lines is marked so), and a draft
// decision, a revoked line or a line of another decision is refused before any job starts.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { JobInfo } from '../../../../core/api/types.ts';
import type { TdktApp } from '../../../../core/app.ts';
import { upperVi } from '../../../../core/text/upper.ts';
import { refusal } from '../../helpers.ts';
import { awardsFixture, throughCouncil } from '../awards/fixture.ts';

function finished(app: TdktApp, id: string): Promise<JobInfo> {
  return new Promise((resolve) => {
    const check = (info: JobInfo) => {
      if (info.id !== id || info.state === 'dang_chay') return;
      stop();
      resolve(info);
    };
    const stop = app.onEvent((e) => check(e.payload));
    void app.invoke('jobs.get', { id }).then(check);
  });
}

const pdfText = (path: string) => execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
const pdfPages = (path: string) => Number(/Pages:\s+(\d+)/u.exec(execFileSync('pdfinfo', [path], { encoding: 'utf8' }))![1]);

describe('certificates.print', () => {
  it('prints every live line of an issued decision and logs each page, then a reprint of one', async () => {
    const f = await awardsFixture();
    const { decision } = await throughCouncil(f);
    // A draft has no số sổ yet: nothing to print.
    expect((await refusal(f.app, 'certificates.print', { decisionId: decision.id })).message).toMatch(/còn là dự thảo/u);
    await f.app.invoke('decisions.issue', { id: decision.id });
    const lines = await f.app.invoke('awards.list', { decisionId: decision.id });
    expect(lines.length).toBeGreaterThan(1);

    const { jobId } = await f.app.invoke('certificates.print', { decisionId: decision.id, templateId: 2 });
    const job = await finished(f.app, jobId);
    expect(job).toMatchObject({ state: 'xong', done: lines.length, total: lines.length });
    expect(job.label).toMatch(/giấy khen/u);
    expect(job.files).toHaveLength(1);
    const path = job.files[0].path;
    expect(path.endsWith('.pdf')).toBe(true);
    expect(pdfPages(path)).toBe(lines.length);
    const text = pdfText(path).normalize('NFC');
    for (const line of lines) {
      expect(text).toContain(upperVi(line.name).normalize('NFC'));
      expect(text).toContain(`Số sổ: ${line.bookNumber}`);
    }
    const prints = f.raw.prepare('SELECT award_id, paper, reprint, template FROM award_prints ORDER BY id').all() as {
      award_id: number;
      paper: string;
      reprint: number;
      template: string;
    }[];
    expect(prints.map((p) => p.award_id).sort()).toEqual(lines.map((l) => l.id).sort());
    expect(prints.every((p) => p.paper === 'phoi' && p.reprint === 0)).toBe(true);

    // A reprint of one line: one page, the same số sổ, logged as a reprint.
    const one = lines[0];
    const again = await finished(f.app, (await f.app.invoke('certificates.print', { decisionId: decision.id, awardIds: [one.id], templateId: 1, format: 'docx' })).jobId);
    expect(again.state).toBe('xong');
    expect(again.files[0].path).toMatch(/_in-lai\.docx$/u);
    expect(readFileSync(again.files[0].path).subarray(0, 2).toString()).toBe('PK');
    const last = f.raw.prepare('SELECT award_id, paper, reprint FROM award_prints ORDER BY id DESC LIMIT 1').get();
    expect(last).toEqual({ award_id: one.id, paper: 'giay_trang', reprint: 1 });
  });

  it('refuses a revoked line and a line of another decision, starting no job', async () => {
    const f = await awardsFixture();
    const { decision } = await throughCouncil(f);
    await f.app.invoke('decisions.issue', { id: decision.id });
    const [first] = await f.app.invoke('awards.list', { decisionId: decision.id });
    await f.app.invoke('awards.revoke', { id: first.id, reason: 'Kê khai không đúng thành tích' });
    const revoked = await refusal(f.app, 'certificates.print', { decisionId: decision.id, awardIds: [first.id] });
    expect(revoked.message).toMatch(/đã bị thu hồi/u);
    expect(revoked.fields).toEqual({ 'awardIds.0': 'Đã thu hồi' });
    expect((await refusal(f.app, 'certificates.print', { decisionId: decision.id, awardIds: [999] })).message).toMatch(/không thuộc Quyết định số/u);
    expect(await f.app.invoke('jobs.list', {})).toEqual([]);
    expect(f.raw.prepare('SELECT count(*) AS n FROM award_prints').get()).toEqual({ n: 0 });
  });
});
