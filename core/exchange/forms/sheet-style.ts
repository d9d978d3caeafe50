// The few sheet settings every workbook the app writes shares: a bold frozen header row that stays
// locked while the cells below it are open, dropdowns bound to the rows written, and date checks.
import type ExcelJS from 'exceljs';
import type { FormColumn } from './columns.ts';

/** exceljs keeps validations by range but leaves them out of its typings. */
interface ValidationsOf {
  dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void };
}

export const DATE_FORMAT = 'dd/mm/yyyy';
const FIRST_DAY = new Date(Date.UTC(1990, 0, 1));
const LAST_DAY = new Date(Date.UTC(2100, 11, 31));

/** Excel's letters of a 1-based column (A … Z, AA …). */
export function columnLetter(n: number): string {
  let s = '';
  for (let c = n; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
}

/**
 * Columns with their widths and open (unlocked) cells, then the header row, bold, locked and frozen.
 * Returns each column's cell style (index 0 for column 1), for styleRows.
 */
export function layOutSheet<K extends string>(sheet: ExcelJS.Worksheet, columns: readonly FormColumn<K>[]): Partial<ExcelJS.Style>[] {
  const styles = columns.map(
    (c): Partial<ExcelJS.Style> => ({
      protection: { locked: false },
      ...(c.date ? { numFmt: DATE_FORMAT } : {}),
      alignment: { vertical: 'top', wrapText: !c.date },
    }),
  );
  sheet.columns = columns.map((c, i) => ({ key: c.key, width: c.width, hidden: c.hidden ?? false, style: styles[i] }));
  const header = sheet.getRow(1);
  columns.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.value = c.header;
    cell.style = {
      font: { bold: true, name: 'Times New Roman', size: 12 },
      alignment: { vertical: 'middle', horizontal: 'center', wrapText: true },
      fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } },
      border: { bottom: { style: 'thin' } },
      protection: { locked: true },
    };
  });
  header.height = 32;
  sheet.views = [{ state: 'frozen', ySplit: 1, activeCell: 'A2' }];
  return styles;
}

/**
 * Gives every cell of rows `from`–`to` its column's style object itself. exceljs copies the column
 * style into each new cell and then registers every copy apart; one shared object per column is
 * registered once (its cache is by object), which halves the time to write a 5,000-row form.
 */
export function styleRows(sheet: ExcelJS.Worksheet, styles: readonly Partial<ExcelJS.Style>[], from: number, to: number): void {
  for (let r = from; r <= to; r++) {
    const row = sheet.getRow(r);
    for (let c = 1; c <= styles.length; c++) row.getCell(c).style = styles[c - 1];
  }
}

/**
 * Protects the sheet so the header cannot be changed while every open cell can be typed into and rows
 * can be added, sorted and filtered. No password: this keeps the columns intact, it is not a secret.
 */
export async function protectHeader(sheet: ExcelJS.Worksheet): Promise<void> {
  await sheet.protect('', {
    selectLockedCells: true,
    selectUnlockedCells: true,
    formatColumns: true,
    formatRows: true,
    insertRows: true,
    deleteRows: true,
    sort: true,
    autoFilter: true,
  });
}

/** A dropdown over rows `from`–`to` of a column, fed by a range of the code-list sheet. */
export function listValidation(sheet: ExcelJS.Worksheet, column: number, from: number, to: number, source: string, what: string): void {
  const letter = columnLetter(column);
  (sheet as unknown as ValidationsOf).dataValidations.add(`${letter}${from}:${letter}${to}`, {
    type: 'list',
    allowBlank: true,
    formulae: [source],
    showErrorMessage: true,
    errorStyle: 'stop',
    errorTitle: 'Giá trị không có trong danh mục',
    error: `Chọn ${what} trong danh sách.`,
  });
}

export function dateValidation(sheet: ExcelJS.Worksheet, column: number, from: number, to: number): void {
  const letter = columnLetter(column);
  (sheet as unknown as ValidationsOf).dataValidations.add(`${letter}${from}:${letter}${to}`, {
    type: 'date',
    operator: 'between',
    allowBlank: true,
    formulae: [FIRST_DAY, LAST_DAY],
    showErrorMessage: true,
    errorStyle: 'stop',
    errorTitle: 'Ngày không hợp lệ',
    error: 'Nhập ngày dạng ngày/tháng/năm, ví dụ 31/3/2026.',
  });
}

/** A code-list sheet range for a formula: 'Danh mục'!$C$2:$C$9. */
export function listRange(sheetName: string, column: number, count: number): string {
  const letter = columnLetter(column);
  return `'${sheetName.replaceAll("'", "''")}'!$${letter}$2:$${letter}$${Math.max(2, count + 1)}`;
}

/** A day as exceljs writes it: midnight UTC, which Excel reads as that day whatever the PC's zone. */
export function excelDate(iso: string | null): Date | null {
  return iso ? new Date(`${iso}T00:00:00Z`) : null;
}

/** An instructions sheet: a title, then one paragraph a row. */
export function writeGuide(sheet: ExcelJS.Worksheet, title: string, lines: readonly string[]): void {
  sheet.getColumn(1).width = 110;
  const head = sheet.addRow([title]);
  head.font = { bold: true, size: 14, name: 'Times New Roman' };
  sheet.addRow([]);
  for (const line of lines) {
    const row = sheet.addRow([line]);
    row.alignment = { wrapText: true, vertical: 'top' };
    row.font = { name: 'Times New Roman', size: 12 };
  }
}
