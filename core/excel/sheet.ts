// A laid-out list (layout.ts) as a worksheet of an exceljs workbook: for workbooks that need what only
// exceljs gives (dropdowns, protection, hidden sheets — the Excel forms). Plain exports are written by
// workbook-file.ts, several times faster; both give the same cells, formats, header, filter and widths.
import ExcelJS from 'exceljs';
import { headerRowOf, type ListSheet, PRINT } from './layout.ts';

export function newWorkbook(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'TĐKT';
  return workbook;
}

/** Adds `list` to `workbook` as a sheet of its own; returns it for any extra touches. */
export function addListSheet(workbook: ExcelJS.Workbook, list: ListSheet): ExcelJS.Worksheet {
  const headerRow = headerRowOf(list);
  const sheet = workbook.addWorksheet(list.name, {
    views: [{ state: 'frozen', xSplit: 0, ySplit: headerRow, topLeftCell: `A${headerRow + 1}`, activeCell: `A${headerRow + 1}` }],
    pageSetup: { ...PRINT, fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: `1:${headerRow}` },
  });
  // Set before any row exists, so every cell of the column takes the format without a style of its own.
  list.formats.forEach((format, i) => {
    const column = sheet.getColumn(i + 1);
    column.numFmt = format;
    column.width = list.widths[i];
  });
  for (const line of list.caption) sheet.addRow([line]).font = { bold: true };
  sheet.addRow(list.headers).font = { bold: true };
  for (const cells of list.rows) sheet.addRow(cells);
  if (list.total) sheet.addRow(list.total).font = { bold: true };
  if (list.headers.length > 0) {
    sheet.autoFilter = { from: { row: headerRow, column: 1 }, to: { row: headerRow + list.rows.length, column: list.headers.length } };
  }
  return sheet;
}

/** The .xlsx file of an exceljs workbook. */
export async function workbookBytes(workbook: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
