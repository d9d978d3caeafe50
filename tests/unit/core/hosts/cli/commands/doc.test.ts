// `doc to-trinh|to-trinh-ket-qua|bien-ban|quyet-dinh` as a real process on a real database: each award
// document from its subject's id, and --issue on a quyết định issuing its decision with the same number.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openDocx, paragraphs } from '../../../../documents-xml.ts';
import { ROOT, tempDir } from '../../../../helpers.ts';
import { awardRound } from '../../../documents/kinds/award-round.ts';

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, [join(ROOT, 'core/hosts/cli/main.ts'), ...args], { encoding: 'utf8', cwd: ROOT });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const textOf = (path: string) => paragraphs(openDocx(readFileSync(path)).document).map((p) => p.text);

describe('doc for the award documents', () => {
  it('writes each from its proposal, meeting or decision, and issues the decision with its quyết định', async () => {
    const { f, proposalId, meetingId, decisionId } = await awardRound();
    const db = f.raw.name;
    f.app.close();
    const dir = tempDir('tdkt-cli-award-');

    const toTrinh = cli('doc', 'to-trinh', '--db', db, '--proposal', String(proposalId), '--out', join(dir, 'tt.docx'));
    expect(toTrinh.err).toBe('');
    expect(toTrinh.out).toMatch(/^Đã tạo dự thảo Tờ trình đề nghị khen thưởng \(chưa có số\) ngày 02\/3\/2026: /u);
    expect(textOf(join(dir, 'tt.docx'))).toContain('TỜ TRÌNH');

    const bienBan = cli('doc', 'bien-ban', '--db', db, '--meeting', String(meetingId), '--issue', '--date', '2026-03-02', '--out', join(dir, 'bb.docx'));
    expect(bienBan.out).toMatch(/^Đã ban hành Biên bản họp Hội đồng số 01\/BB-UBND ngày 02\/3\/2026: /u);

    const ketQua = cli('doc', 'to-trinh-ket-qua', '--db', db, '--meeting', String(meetingId), '--out', join(dir, 'kq.docx'));
    expect(ketQua.code).toBe(0);
    expect(textOf(join(dir, 'kq.docx'))).toContain('Căn cứ Biên bản số 01/BB-UBND ngày 02/3/2026 của Ủy ban nhân dân thành phố Thủ Đức.');

    const qd = cli('doc', 'quyet-dinh', '--db', db, '--decision', String(decisionId), '--issue', '--out', join(dir, 'qd.docx'));
    expect(qd.err).toBe('');
    expect(qd.out).toMatch(/^Đã ban hành Quyết định khen thưởng số 01\/QĐ-UBND ngày 02\/3\/2026: /u);
    expect(textOf(join(dir, 'qd.docx'))).toContain('(Kèm theo Quyết định số 01/QĐ-UBND ngày 02 tháng 3 năm 2026 của Chủ tịch Ủy ban nhân dân thành phố Thủ Đức)');
    const check = new Database(db, { readonly: true });
    expect(check.prepare('SELECT status, number FROM decisions WHERE id = ?').get(decisionId)).toEqual({ status: 'da_ban_hanh', number: 1 });
    expect(check.prepare('SELECT book_number FROM awards WHERE decision_id = ? ORDER BY form_code, book_number').pluck().all(decisionId)).toEqual([1, 2, 3, 4, 1, 2]);
    check.close();

    const missing = cli('doc', 'quyet-dinh', '--db', db, '--out', join(dir, 'x.docx'));
    expect(missing.code).not.toBe(0);
    expect(missing.err).toContain('Quyết định khen thưởng được lập từ một quyết định khen thưởng: chọn quyết định khen thưởng (dòng lệnh: --decision ID).');
  });
});
