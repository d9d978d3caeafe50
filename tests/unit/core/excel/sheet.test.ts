import { describe, expect, it } from 'vitest';
import { layoutList } from '../../../../core/excel/layout.ts';
import { addListSheet, newWorkbook, workbookBytes } from '../../../../core/excel/sheet.ts';
import { listWorkbookFile } from '../../../../core/excel/workbook-file.ts';
import { expectListFrame, expectTextCells, readWorkbook, sheetOf } from './read-back.ts';
import { columns, sample } from './sample.ts';

/** Everything exceljs reads of a sheet that a list decides. */
function described(sheet: import('exceljs').Worksheet) {
  const cells: unknown[] = [];
  sheet.eachRow((row, r) => row.eachCell((cell, c) => cells.push([r, c, cell.value, cell.numFmt ?? null, cell.font?.bold ?? false])));
  const widths = Array.from({ length: sheet.columnCount }, (_, i) => sheet.getColumn(i + 1).width);
  return { cells, widths, views: sheet.views[0], filter: sheet.autoFilter, print: sheet.pageSetup };
}

describe('addListSheet', () => {
  it('gives through exceljs the same sheet as the direct writer', async () => {
    const list = layoutList('Đơn vị', columns, sample, { caption: ['Danh sách đơn vị'], total: sample[0] });
    const workbook = newWorkbook();
    addListSheet(workbook, list);
    const viaExceljs = sheetOf(await readWorkbook(await workbookBytes(workbook)), 'Đơn vị');
    const direct = sheetOf(await readWorkbook(listWorkbookFile([list])), 'Đơn vị');
    const headerRow = expectListFrame(viaExceljs, list.headers, sample.length, 1);
    expectTextCells(viaExceljs, headerRow);
    const a = described(viaExceljs);
    const b = described(direct);
    expect(a.cells).toEqual(b.cells);
    expect(a.widths).toEqual(b.widths);
    expect(a.filter).toEqual(b.filter);
    expect(a.print).toEqual(b.print);
    expect(a.views).toMatchObject({ state: b.views.state, ySplit: (b.views as { ySplit: number }).ySplit });
  });
});
