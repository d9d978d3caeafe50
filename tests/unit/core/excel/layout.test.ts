import { describe, expect, it } from 'vitest';
import { type Column, layoutList, MAX_WIDTH, sheetName } from '../../../../core/excel/layout.ts';

interface Row {
  name: string;
  count: number;
  day: string | null;
}

const columns: Column<Row>[] = [
  { header: 'Tên đơn vị', kind: 'text', value: (r) => r.name },
  { header: 'Số công trình', kind: 'integer', value: (r) => r.count },
  { header: 'Ngày', kind: 'date', value: (r) => r.day },
];

describe('layoutList', () => {
  it('cleans the header and the cells, and fits each column to what it shows', () => {
    const name = 'Phường Linh Trung, thành phố Thủ Đức';
    const list = layoutList('Đơn vị', columns, [
      { name: name.normalize('NFD'), count: 1234, day: '2021-03-12' },
      { name: 'Ủy ban', count: 0, day: null },
    ]);
    expect(list.headers).toEqual(['Tên đơn vị', 'Số công trình', 'Ngày']);
    expect(list.rows).toEqual([
      [name, 1234, new Date(Date.UTC(2021, 2, 12))],
      ['Ủy ban', 0, null],
    ]);
    expect(list.formats).toEqual(['@', '[$-42A]#,##0', '[$-42A]d/m/yyyy']);
    // The longest value sets the width; a short column keeps room for its header and the filter arrow.
    expect(list.widths).toEqual([name.length + 1, 'Số công trình'.length + 4, '12/3/2021'.length + 1]);
    expect(list.total).toBeNull();
  });

  it('caps a long column and keeps a caption and a total row', () => {
    const list = layoutList('Đơn vị', columns, [{ name: 'x'.repeat(500), count: 1, day: null }], {
      caption: ['Danh sách đơn vị', '  '],
      total: { name: 'Tổng cộng', count: 1, day: null },
    });
    expect(list.widths[0]).toBe(MAX_WIDTH);
    expect(list.caption).toEqual(['Danh sách đơn vị']);
    expect(list.total).toEqual(['Tổng cộng', 1, null]);
  });
});

describe('sheetName', () => {
  it('keeps to what Excel accepts', () => {
    expect(sheetName('Khối/cụm: [thi đua]?')).toBe('Khối-cụm- -thi đua--');
    expect(sheetName("'Đơn vị'")).toBe('Đơn vị');
    expect(sheetName('a'.repeat(40))).toHaveLength(31);
    expect(sheetName('  ')).toBe('Danh sách');
  });
});
