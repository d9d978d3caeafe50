// Sổ khen thưởng to Excel: the lines awards.list gives for the filter, in register order, the money in
// đồng as a number and a revoked line with its day and reason.
import { describe, expect, it } from 'vitest';
import { awardsFixture, throughCouncil } from '../../awards/fixture.ts';
import { readWorkbook, rowValues, sheetOf } from '../read-back.ts';

describe('awards export', () => {
  it('writes the register as awards.list gives it', async () => {
    const f = await awardsFixture();
    const { decision } = await throughCouncil(f);
    const issued = await f.app.invoke('decisions.issue', { id: decision.id });
    const lines = await f.app.invoke('awards.list', { decisionId: decision.id });
    expect(lines.length).toBeGreaterThan(1);
    await f.app.invoke('awards.revoke', { id: lines[0].id, reason: 'Kê khai thành tích không trung thực' });

    const file = await f.app.invoke('excel.export', { list: 'awards', decisionId: decision.id });
    const sheet = sheetOf(await readWorkbook(Buffer.from(file.contentBase64, 'base64')), 'Sổ khen thưởng');
    expect(rowValues(sheet, 2)).toEqual([`Quyết định số ${issued.numberText}`]);
    expect(rowValues(sheet, 3)).toEqual([
      'STT', 'Năm', 'Số sổ', 'Số quyết định', 'Ngày quyết định', 'Hình thức khen thưởng', 'Đối tượng', 'Ông/Bà/Tập thể', 'Họ và tên / Tên tập thể',
      'Chức vụ', 'Đơn vị', 'Thành tích', 'Số tiền (đồng)', 'Số lần in', 'Ngày thu hồi', 'Lý do thu hồi',
    ]);
    expect(file.rows).toBe(lines.length);
    lines.forEach((a, i) => {
      const row = rowValues(sheet, 4 + i);
      expect(row.slice(0, 3)).toEqual([i + 1, a.bookYear, a.bookNumber]);
      expect(row[4]).toEqual(new Date(`${a.decisionDate}T00:00:00Z`));
      expect(row[8]).toBe(a.name);
      expect(row[12]).toBe(a.amount || undefined);
    });
    expect(rowValues(sheet, 4).slice(14)).toEqual([new Date('2021-04-20T00:00:00Z'), 'Kê khai thành tích không trung thực']);

    const found = await f.app.invoke('excel.export', { list: 'awards', year: 2021, query: 'dang thi binh' });
    expect(found.rows).toBe((await f.app.invoke('awards.list', { year: 2021, query: 'dang thi binh' })).length);
    expect(found.rows).toBe(1);
    f.app.close();
  });
});
