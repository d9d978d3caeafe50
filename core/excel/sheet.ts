// A list as a worksheet: typed columns under a bold, frozen header row with an autofilter, each column as
// wide as its values. Every export of the app and every form built on a list goes through here.
import ExcelJS from 'exceljs';
import { cleanText } from '../text/normalize.ts';
import { type CellInput, type CellKind, cellValue, numberFormat, shownLength } from './cells.ts';

export interface Column<R> {
  /** Vietnamese header, e.g. "Tên đơn vị". */
  header: string;
  kind: CellKind;
  value: (row: R) => CellInput;
  /** Decimals of a 'number' column (2 unless said). */
  digits?: number;
}

export interface SheetOptions {
  /** Lines above the header (the list's title, its filter), bold; the header row follows them. */
  caption?: string[];
}

/** Excel's limits on a sheet name: 31 characters, none of : \ / ? * [ ]. */
export function sheetName(name: string): string {
  const clean = cleanText(name).replace(/[:\\/?*[\]]/gu, '-').replace(/^'+|'+$/gu, '');
  return (clean || 'Danh sách').slice(0, 31);
}

/** Widths in characters: never narrower than a short header, never wider than a screen's third. */
const MIN_WIDTH = 6;
const MAX_WIDTH = 60;

export function newWorkbook(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'TĐKT';
  return workbook;
}

/** Adds the sheet `name` to `workbook` with `rows` laid out by `columns`; returns it for any extra touches. */
export function addListSheet<R>(
  workbook: ExcelJS.Workbook,
  name: string,
  columns: readonly Column<R>[],
  rows: readonly R[],
  options: SheetOptions = {},
): ExcelJS.Worksheet {
  const caption = (options.caption ?? []).map(cleanText).filter((line) => line !== '');
  const headerRow = caption.length + 1;
  const sheet = workbook.addWorksheet(sheetName(name), {
    views: [{ state: 'frozen', xSplit: 0, ySplit: headerRow, topLeftCell: `A${headerRow + 1}`, activeCell: `A${headerRow + 1}` }],
  });
  const widths = columns.map((c) => cleanText(c.header).length + 3); // room for the filter's arrow
  // Set before any row exists, so every cell of the column takes the format without a style of its own.
  columns.forEach((c, i) => {
    sheet.getColumn(i + 1).numFmt = numberFormat(c.kind, c.digits);
  });
  for (const line of caption) {
    const row = sheet.addRow([line]);
    row.font = { bold: true };
  }
  const header = sheet.addRow(columns.map((c) => cleanText(c.header)));
  header.font = { bold: true };
  for (const r of rows) {
    const values = columns.map((c, i) => {
      const value = cellValue(c.kind, c.value(r));
      const length = shownLength(c.kind, value, c.digits);
      if (length > widths[i]) widths[i] = length;
      return value;
    });
    sheet.addRow(values);
  }
  columns.forEach((_, i) => {
    sheet.getColumn(i + 1).width = Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, widths[i] + 1));
  });
  if (columns.length > 0) {
    sheet.autoFilter = { from: { row: headerRow, column: 1 }, to: { row: headerRow + rows.length, column: columns.length } };
  }
  return sheet;
}

/** The .xlsx file of `workbook`. */
export async function workbookBytes(workbook: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
