// The danh sách order with real Vietnamese names (DOMAIN.md §3.3, §5.1): sections I. TẬP THỂ / II. CÁ
// NHÂN / III. HỘ GIA ĐÌNH with their counts; by tên, then tên đệm, then họ, with Đ after D; grouped by
// unit in the order given, or fully alphabetical.
import { describe, expect, it } from 'vitest';
import type { NomineeKind } from '../../../../db/schema.ts';
import { type Orderable, orderList } from '../../../../core/awards/list-order.ts';
import { splitName } from '../../../../core/text/collate.ts';

const UNITS: Record<number, string> = { 1: 'Phường Linh Trung', 2: 'Phường An Khánh', 3: 'Phường Bình Thọ' };

function line(kind: NomineeKind, name: string, unitId: number | null, parts = splitName(name)): Orderable {
  return { kind, name, unitId, unitName: unitId === null ? '' : UNITS[unitId], parts };
}

const LINES = [
  line('ca_nhan', 'Đặng Văn Bình', 1),
  line('ca_nhan', 'Dương Văn Bình', 1),
  line('ca_nhan', 'Nguyễn Thị Bình', 2),
  line('ca_nhan', 'Lê Minh Bình', 2),
  line('ca_nhan', 'Trần Văn An', 3),
  line('tap_the', 'Tổ dân phố 5', 1),
  line('don_vi', 'Phường Linh Trung', 1),
  line('tap_the', 'Ban chỉ huy quân sự', 2),
  line('ho_gia_dinh', 'Hộ ông Nguyễn Văn Tư', 3),
];

const names = (s: { lines: Orderable[] }) => s.lines.map((l) => l.name);

describe('orderList', () => {
  it('heads the sections with their counts, in order, numbering only the sections present', () => {
    const sections = orderList(LINES, { order: 'by_unit', unitOrder: [1, 2, 3] });
    expect(sections.map((s) => s.heading)).toEqual(['I. TẬP THỂ (03 tập thể)', 'II. CÁ NHÂN (05 cá nhân)', 'III. HỘ GIA ĐÌNH (01 hộ gia đình)']);
    const people = orderList(LINES.filter((l) => l.kind === 'ca_nhan'), { order: 'by_unit', unitOrder: [] });
    expect(people.map((s) => s.heading)).toEqual(['I. CÁ NHÂN (05 cá nhân)']);
  });

  it('groups by unit in the given order, the unit first, people by tên with Đ after D', () => {
    const [tapThe, caNhan] = orderList(LINES, { order: 'by_unit', unitOrder: [1, 2, 3] });
    expect(tapThe.groups.map((g) => [g.unitName, g.lines.map((l) => l.name)])).toEqual([
      ['Phường Linh Trung', ['Phường Linh Trung', 'Tổ dân phố 5']],
      ['Phường An Khánh', ['Ban chỉ huy quân sự']],
    ]);
    expect(caNhan.groups.map((g) => [g.unitName, g.lines.map((l) => l.name)])).toEqual([
      ['Phường Linh Trung', ['Dương Văn Bình', 'Đặng Văn Bình']],
      ['Phường An Khánh', ['Lê Minh Bình', 'Nguyễn Thị Bình']],
      ['Phường Bình Thọ', ['Trần Văn An']],
    ]);
  });

  it('puts units missing from the order after those listed, by name', () => {
    const [, caNhan] = orderList(LINES, { order: 'by_unit', unitOrder: [3] });
    expect(caNhan.groups.map((g) => g.unitName)).toEqual(['Phường Bình Thọ', 'Phường An Khánh', 'Phường Linh Trung']);
  });

  it('orders fully alphabetically: tên, then tên đệm, then họ', () => {
    const [tapThe, caNhan] = orderList(LINES, { order: 'alphabetical', unitOrder: [1, 2, 3] });
    expect(names(caNhan)).toEqual(['Trần Văn An', 'Lê Minh Bình', 'Nguyễn Thị Bình', 'Dương Văn Bình', 'Đặng Văn Bình']);
    expect(names(tapThe)).toEqual(['Ban chỉ huy quân sự', 'Phường Linh Trung', 'Tổ dân phố 5']);
    expect(caNhan.groups).toHaveLength(1);
  });

  it('sorts by the tên as stored: a compound tên set by hand', () => {
    const thanhTam = line('ca_nhan', 'Lê Thanh Tâm', 1, { ho: 'Lê', tenDem: '', ten: 'Thanh Tâm' });
    const others = [line('ca_nhan', 'Nguyễn Văn Tâm', 1), line('ca_nhan', 'Phạm Thị Tân', 1)];
    // Split by words, "Lê Thanh Tâm" would come first (Tâm, tên đệm Thanh); as "Thanh Tâm" it comes after Tân.
    expect(names(orderList([...others, line('ca_nhan', 'Lê Thanh Tâm', 1)], { order: 'by_unit', unitOrder: [] })[0])).toEqual([
      'Lê Thanh Tâm',
      'Nguyễn Văn Tâm',
      'Phạm Thị Tân',
    ]);
    const [caNhan] = orderList([...others, thanhTam], { order: 'by_unit', unitOrder: [] });
    expect(names(caNhan)).toEqual(['Nguyễn Văn Tâm', 'Phạm Thị Tân', 'Lê Thanh Tâm']);
  });

  it('keeps presorted lines in their order, only grouped', () => {
    const given = [line('ca_nhan', 'Trần Văn An', 3), line('ca_nhan', 'Đặng Văn Bình', 1), line('ca_nhan', 'Dương Văn Bình', 1)];
    const [caNhan] = orderList(given, { order: 'by_unit', unitOrder: [1, 2, 3], presorted: true });
    expect(names(caNhan)).toEqual(['Trần Văn An', 'Đặng Văn Bình', 'Dương Văn Bình']);
    expect(caNhan.groups.map((g) => g.unitName)).toEqual(['Phường Bình Thọ', 'Phường Linh Trung']);
  });
});
