import { describe, expect, it } from 'vitest';
import { layoutList } from '../../../../core/excel/layout.ts';
import { columnLetters, listWorkbookFile } from '../../../../core/excel/workbook-file.ts';
import { expectListFrame, expectTextCells, readWorkbook, rowValues, sheetOf } from './read-back.ts';
import { columns, HOSTILE, sample } from './sample.ts';

describe('listWorkbookFile', () => {
  it('writes typed cells under a bold frozen header with an autofilter and the measured widths', async () => {
    const list = layoutList('Đơn vị', columns, sample);
    const sheet = sheetOf(await readWorkbook(listWorkbookFile([list])), 'Đơn vị');
    const headerRow = expectListFrame(sheet, list.headers, sample.length);
    expect(rowValues(sheet, 2)).toEqual(['Phường Linh Trung', 1234.5, 12, 0.4646, new Date(Date.UTC(2021, 2, 12))]);
    expect([2, 3, 4, 5].map((c) => sheet.getRow(2).getCell(c).numFmt)).toEqual(list.formats.slice(1));
    expect(list.widths.map((_, i) => sheet.getColumn(i + 1).width)).toEqual(list.widths);
    expectTextCells(sheet, headerRow);
  });

  it('keeps text that looks like a formula as that text', async () => {
    const sheet = sheetOf(await readWorkbook(listWorkbookFile([layoutList('Đơn vị', columns, sample)])), 'Đơn vị');
    HOSTILE.forEach((name, i) => {
      expect(sheet.getRow(i + 3).getCell(1).value).toBe(name.trim());
    });
  });

  it('writes several sheets, each with its caption, filter and total row', async () => {
    const a = layoutList('Theo khối, cụm', columns, sample.slice(0, 2), {
      caption: ['Tổng hợp', 'Tính đến ngày 20/4/2021'],
      total: { name: 'Tổng cộng', amount: 1, count: 2, rate: 0.5, day: '' },
    });
    const b = layoutList("Chưa báo cáo 'x'", columns, sample.slice(0, 1));
    const workbook = await readWorkbook(listWorkbookFile([a, b]));
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Theo khối, cụm', "Chưa báo cáo 'x"]);
    const first = sheetOf(workbook, 'Theo khối, cụm');
    expectListFrame(first, a.headers, 2, 2);
    expect(first.getRow(1).getCell(1).value).toBe('Tổng hợp');
    expect(first.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(rowValues(first, 6)).toEqual(['Tổng cộng', 1, 2, 0.5]);
    expect(first.getRow(6).getCell(1).font?.bold).toBe(true);
    // Printed on A4 landscape, a page wide, the caption and header atop every page.
    expect(first.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:3' });
    expectListFrame(sheetOf(workbook, "Chưa báo cáo 'x"), b.headers, 1);
  });

  it('writes an empty list as its header alone', async () => {
    const list = layoutList('Đơn vị', columns, []);
    const sheet = sheetOf(await readWorkbook(listWorkbookFile([list])), 'Đơn vị');
    expectListFrame(sheet, list.headers, 0);
    expect(sheet.rowCount).toBe(1);
  });
});

describe('columnLetters', () => {
  it('counts like Excel', () => {
    expect([1, 26, 27, 52, 53, 702, 703].map(columnLetters)).toEqual(['A', 'Z', 'AA', 'AZ', 'BA', 'ZZ', 'AAA']);
  });
});
