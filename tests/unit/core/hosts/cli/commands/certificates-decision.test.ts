// `certificates --decision` as a user runs it, a real process on a real database holding an issued
// decision: the Word file by default, a PDF with --pdf, the job's progress on stderr, and Vietnamese
// refusals for a draft decision and a missing --decision.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, tempDir } from '../../../../helpers.ts';
import { awardsFixture, throughCouncil } from '../../../awards/fixture.ts';

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, [join(ROOT, 'core/hosts/cli/main.ts'), ...args], { encoding: 'utf8', cwd: ROOT });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('cli certificates --decision', () => {
  let db = '';
  let issued = 0;
  let draft = 0;
  let lines = 0;
  beforeAll(async () => {
    const f = await awardsFixture();
    const first = await throughCouncil(f);
    await f.app.invoke('decisions.issue', { id: first.decision.id });
    issued = first.decision.id;
    lines = (await f.app.invoke('awards.list', { decisionId: issued })).length;
    draft = (await f.app.invoke('decisions.create', { formCode: 'giay_khen_ca_nhan', date: '2021-04-21', signerId: f.signerId, achievement: 'Tích cực' })).id;
    db = f.app.dbPath;
    f.app.close();
  });

  it('writes the Word file by default and a PDF with --pdf, with the progress on stderr', () => {
    const dir = tempDir();
    const docx = join(dir, 'giay-khen.docx');
    const r = cli('certificates', '--db', db, '--decision', String(issued), '--out', docx);
    expect(r.code).toBe(0);
    expect(r.out).toBe(`Đã tạo ${lines} giấy khen: ${docx}\n`);
    expect(r.err).toMatch(new RegExp(`${lines}/${lines} giấy khen`, 'u'));
    expect(readFileSync(docx).subarray(0, 2).toString()).toBe('PK');
    const pdf = join(dir, 'giay-khen.pdf');
    const p = cli('certificates', '--db', db, '--decision', String(issued), '--template', 'Phôi Giấy khen A4 ngang', '--pdf', '--out', pdf);
    expect(p.code).toBe(0);
    expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('refuses a draft decision, a missing --decision and an --out of the wrong kind in Vietnamese', () => {
    const out = join(tempDir(), 'gk.docx');
    const r = cli('certificates', '--db', db, '--decision', String(draft), '--out', out);
    expect(r.code).not.toBe(0);
    expect(r.err).toMatch(/còn là dự thảo/u);
    expect(cli('certificates', '--db', db, '--out', out).err).toMatch(/Thiếu --decision ID/u);
    expect(cli('certificates', '--db', db, '--decision', String(issued), '--pdf', '--out', out).err).toMatch(/đuôi \.pdf/u);
  });
});
