// Khối, cụm to Excel: the groups with their member counts and leader, and every membership with its
// role and dates — a rotation of the trưởng reads as it was recorded.
import { describe, expect, it } from 'vitest';
import { freshApp } from '../../../helpers.ts';
import { readWorkbook, rowValues, sheetOf } from '../read-back.ts';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('groups export', () => {
  it('writes the groups and each membership with its role and dates', async () => {
    const app = freshApp('2021-04-20T03:00:00.000Z');
    const a = await app.invoke('org.saveUnit', { code: 'P01', name: 'Phường Linh Trung', kind: 'phuong_xa' });
    const b = await app.invoke('org.saveUnit', { code: 'P02', name: 'Phường An Khánh', kind: 'phuong_xa' });
    const cum = await app.invoke('org.saveGroup', { code: 'C1', kind: 'cum', name: 'Cụm 1' });
    await app.invoke('org.saveGroup', { code: 'K1', kind: 'khoi', name: 'Khối Đảng' });
    const first = await app.invoke('org.addMember', { groupId: cum.id, unitId: a.id, role: 'truong', validFrom: '2020-01-01' });
    await app.invoke('org.endMember', { memberId: first.members[0].id, validTo: '2021-01-01' });
    await app.invoke('org.addMember', { groupId: cum.id, unitId: b.id, role: 'truong', validFrom: '2021-01-01' });
    await app.invoke('org.addMember', { groupId: cum.id, unitId: a.id, role: 'pho', validFrom: '2021-01-01' });

    const file = await app.invoke('excel.export', { list: 'groups' });
    expect(file.fileName).toBe('Danh-sach-khoi-cum.xlsx');
    const book = await readWorkbook(Buffer.from(file.contentBase64, 'base64'));
    const groups = sheetOf(book, 'Khối, cụm');
    expect(rowValues(groups, 2)).toEqual(['STT', 'Mã', 'Loại', 'Tên khối, cụm', 'Số đơn vị', 'Trưởng khối, cụm', 'Trạng thái']);
    expect(rowValues(groups, 3)).toEqual([1, 'K1', 'Khối', 'Khối Đảng', 0, undefined, 'Hoạt động']);
    expect(rowValues(groups, 4)).toEqual([2, 'C1', 'Cụm', 'Cụm 1', 2, 'Phường An Khánh', 'Hoạt động']);

    const members = sheetOf(book, 'Thành viên');
    expect(rowValues(members, 2)).toEqual(['STT', 'Mã khối, cụm', 'Tên khối, cụm', 'Mã đơn vị', 'Tên đơn vị', 'Vai trò', 'Từ ngày', 'Đến ngày', 'Hiện nay']);
    const rows = [3, 4, 5].map((r) => rowValues(members, r).slice(1));
    expect(rows).toEqual([
      ['C1', 'Cụm 1', 'P02', 'Phường An Khánh', 'Trưởng', day('2021-01-01'), undefined, 'Đang là thành viên'],
      ['C1', 'Cụm 1', 'P01', 'Phường Linh Trung', 'Phó', day('2021-01-01'), undefined, 'Đang là thành viên'],
      ['C1', 'Cụm 1', 'P01', 'Phường Linh Trung', 'Trưởng', day('2020-01-01'), day('2021-01-01'), 'Đã thôi'],
    ]);

    const khoi = await app.invoke('excel.export', { list: 'groups', kind: 'khoi' });
    expect(khoi.fileName).toBe('Danh-sach-khoi.xlsx');
    expect(khoi.rows).toBe(1);
    app.close();
  });
});
