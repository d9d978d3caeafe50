// Reads an exported .xlsx back with exceljs, as a user's Excel would open it, and checks what every list
// sheet must be: a bold header row frozen under its caption, an autofilter over the list, text cells
// that are strings (never formulas) under the Text format.
import ExcelJS from 'exceljs';
import { expect } from 'vitest';

export async function readWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  // exceljs types its argument as its own Buffer; the bytes are the same.
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return workbook;
}

export function sheetOf(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const sheet = workbook.getWorksheet(name);
  if (!sheet) throw new Error(`no sheet "${name}" among ${workbook.worksheets.map((s) => s.name).join(', ')}`);
  return sheet;
}

/** The values of a row from column 1, as exceljs gives them. */
export function rowValues(sheet: ExcelJS.Worksheet, row: number): unknown[] {
  const values = sheet.getRow(row).values as unknown[];
  return values.slice(1);
}

/** Checks the frame of a list sheet; returns its header row's number. */
export function expectListFrame(sheet: ExcelJS.Worksheet, headers: string[], rows: number, captionLines = 0): number {
  const headerRow = captionLines + 1;
  expect(rowValues(sheet, headerRow)).toEqual(headers);
  headers.forEach((_, i) => {
    expect(sheet.getRow(headerRow).getCell(i + 1).font?.bold).toBe(true);
  });
  expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: headerRow });
  const last = sheet.getColumn(headers.length).letter;
  expect(sheet.autoFilter).toBe(`A${headerRow}:${last}${headerRow + rows}`);
  return headerRow;
}

/** Every text cell below the header is a string under the Text format, never a formula. */
export function expectTextCells(sheet: ExcelJS.Worksheet, headerRow: number): void {
  sheet.eachRow((row, r) => {
    if (r <= headerRow) return;
    row.eachCell((cell) => {
      expect(cell.formula).toBeUndefined();
      if (typeof cell.value === 'string') {
        expect(cell.type).toBe(ExcelJS.ValueType.String);
        expect(cell.numFmt).toBe('@');
      }
    });
  });
}
