import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { addListSheet, newWorkbook, sheetName, workbookBytes } from '../../../../core/excel/sheet.ts';
import { readWorkbook, sheetOf } from './read-back.ts';

interface Row {
  name: string;
  amount: number;
  count: number;
  rate: number;
  day: string;
}

const columns = [
  { header: 'Tên đơn vị', kind: 'text', value: (r: Row) => r.name },
  { header: 'Số tiền', kind: 'number', digits: 1, value: (r: Row) => r.amount },
  { header: 'Số công trình', kind: 'integer', value: (r: Row) => r.count },
  { header: 'Tỷ lệ', kind: 'percent', value: (r: Row) => r.rate },
  { header: 'Ngày', kind: 'date', value: (r: Row) => r.day },
] as const;

const HOSTILE = ['=HYPERLINK("http://x.example/?a","Bấm")', '+1', '-2+3', '@SUM(A1)', '\t=1+1', '\r=1+1'];

async function roundTrip(rows: Row[], caption?: string[]) {
  const workbook = newWorkbook();
  addListSheet(workbook, 'Đơn vị', columns, rows, { caption });
  return sheetOf(await readWorkbook(await workbookBytes(workbook)), 'Đơn vị');
}

describe('addListSheet', () => {
  it('writes typed cells under a bold frozen header with an autofilter and fitted widths', async () => {
    const name = 'Phường Linh Trung, thành phố Thủ Đức'.normalize('NFD');
    const sheet = await roundTrip([
      { name, amount: 1234.5, count: 12, rate: 0.4646, day: '2021-03-12' },
      { name: 'Ủy ban', amount: 0, count: 0, rate: 1, day: '' },
    ]);
    expect(sheet.getRow(1).values).toEqual([undefined, 'Tên đơn vị', 'Số tiền', 'Số công trình', 'Tỷ lệ', 'Ngày']);
    expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBe('A1:E3');
    const row = sheet.getRow(2);
    expect(row.getCell(1).value).toBe('Phường Linh Trung, thành phố Thủ Đức'); // NFC
    expect(row.getCell(2).value).toBe(1234.5);
    expect(row.getCell(2).numFmt).toBe('[$-42A]#,##0.0');
    expect(row.getCell(3).value).toBe(12);
    expect(row.getCell(3).numFmt).toBe('[$-42A]#,##0');
    expect(row.getCell(4).value).toBe(0.4646);
    expect(row.getCell(4).numFmt).toBe('[$-42A]0.00%');
    expect(row.getCell(5).value).toEqual(new Date(Date.UTC(2021, 2, 12)));
    expect(row.getCell(5).numFmt).toBe('[$-42A]d/m/yyyy');
    expect(sheet.getRow(3).getCell(5).value).toBeNull();
    // The longest value sets the width; a short column keeps room for its header and the filter arrow.
    expect(sheet.getColumn(1).width).toBe(name.normalize('NFC').length + 1);
    expect(sheet.getColumn(5).width).toBe('12/3/2021'.length + 1);
    expect(sheet.getColumn(3).width).toBe('Số công trình'.length + 4);
  });

  it('keeps text that looks like a formula as text, under the Text format', async () => {
    const sheet = await roundTrip(HOSTILE.map((name) => ({ name, amount: 1, count: 1, rate: 0, day: '2021-01-01' })));
    HOSTILE.forEach((name, i) => {
      const cell = sheet.getRow(i + 2).getCell(1);
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cell.formula).toBeUndefined();
      expect(cell.value).toBe(name.trim());
      expect(cell.numFmt).toBe('@');
    });
  });

  it('puts a caption above the header and freezes and filters from the header down', async () => {
    const sheet = await roundTrip([{ name: 'A', amount: 1, count: 1, rate: 0, day: '2021-01-01' }], ['Danh sách đơn vị', '']);
    expect(sheet.getRow(1).getCell(1).value).toBe('Danh sách đơn vị');
    expect(sheet.getRow(2).getCell(1).value).toBe('Tên đơn vị');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
    expect(sheet.autoFilter).toBe('A2:E3');
  });

  it('caps a column of long text', async () => {
    const sheet = await roundTrip([{ name: 'x'.repeat(500), amount: 1, count: 1, rate: 0, day: '2021-01-01' }]);
    expect(sheet.getColumn(1).width).toBe(60);
  });
});

describe('sheetName', () => {
  it('keeps to what Excel accepts', () => {
    expect(sheetName('Khối/cụm: [thi đua]?')).toBe('Khối-cụm- -thi đua--');
    expect(sheetName('a'.repeat(40))).toHaveLength(31);
    expect(sheetName('  ')).toBe('Danh sách');
  });
});
