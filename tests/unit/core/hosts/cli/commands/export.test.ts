// `export <list> --db FILE --out FILE.xlsx` in a real process against a real file: the workbook written
// is the one excel.export gives, and a wrong option or list is refused in Vietnamese, writing nothing.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { freshApp, ROOT, tempDir, unitAndCampaign } from '../../../../helpers.ts';
import { readWorkbook, rowValues, sheetOf } from '../../../excel/read-back.ts';

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, [join(ROOT, 'core/hosts/cli/main.ts'), ...args], { encoding: 'utf8', cwd: ROOT });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('cli export', () => {
  it('writes a list with its filter, and refuses what the list does not take', async () => {
    const app = freshApp();
    const { unit, campaign } = await unitAndCampaign(app);
    await app.invoke('org.saveUnit', { code: 'P02', name: '=HYPERLINK("http://x.example","Bấm")', kind: 'phuong_xa' });
    await app.invoke('works.save', { campaignId: campaign.id, unitId: unit.id, title: 'Trồng 100 cây xanh', level: 'co_so', dueDate: '2021-05-01' });
    const done = await app.invoke('works.save', { campaignId: campaign.id, unitId: unit.id, title: 'Chỉnh trang hẻm 12', level: 'co_so' });
    await app.invoke('works.setStatus', { id: done.id, status: 'hoan_thanh', date: '2021-04-20' });
    const db = app.dbPath;
    app.close();
    const dir = tempDir();

    const units = join(dir, 'don-vi.xlsx');
    const r = cli('export', 'units', '--db', db, '--out', units);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Đã xuất 2 dòng \(đơn vị\)/u);
    const unitSheet = sheetOf(await readWorkbook(readFileSync(units)), 'Đơn vị');
    expect(rowValues(unitSheet, 2)[1]).toBe('Mã đơn vị');
    const hostile = unitSheet.getRow(3).getCell(3);
    expect(hostile.value).toBe('=HYPERLINK("http://x.example","Bấm")');
    expect(hostile.formula).toBeUndefined();

    const works = join(dir, 'cong-trinh.xlsx');
    const w = cli('export', 'works', '--db', db, '--campaign', String(campaign.id), '--unit', 'p01', '--status', 'hoan_thanh', '--out', works);
    expect(w.code).toBe(0);
    const workSheet = sheetOf(await readWorkbook(readFileSync(works)), 'Công trình');
    expect(rowValues(workSheet, 3)).toEqual(['Đơn vị: Phường Linh Trung']);
    expect(rowValues(workSheet, 6).slice(0, 4)).toEqual([1, 'P01', 'Phường Linh Trung', 'Chỉnh trang hẻm 12']);
    expect(workSheet.rowCount).toBe(6);

    const refused = join(dir, 'khong.xlsx');
    for (const [args, message] of [
      [['export', 'units', '--db', db, '--status', 'hoan_thanh', '--out', refused], /Danh sách units chỉ nhận --query, --include-inactive \(có --status\)/u],
      [['export', 'people', '--db', db, '--out', refused], /Chọn một danh sách: units \(đơn vị\)/u],
      [['export', 'works', '--db', db, '--unit', 'X99', '--out', refused], /Không có đơn vị mã "X99"/u],
      [['export', 'works', '--db', db, '--status', 'xong', '--out', refused], /trường "status"/u],
      [['export', 'units', '--db', db, '--out', join(dir, 'a.docx')], /đuôi \.xlsx/u],
      [['export', 'units', '--db', db], /Thiếu --out/u],
    ] as const) {
      const bad = cli(...args);
      expect(bad.code).toBe(1);
      expect(bad.err).toMatch(message);
    }
    expect(existsSync(refused)).toBe(false);
  });
});
