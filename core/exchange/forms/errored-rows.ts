// The rows a reader refused, sent back to the unit to fix: each sheet that had errors, its header row and
// those rows as they were typed, plus a "Lỗi" column saying what is wrong. The stamp goes along, so the
// corrected file is read again like the form it came from (the reader finds columns by their headers
// and skips "Lỗi").
import ExcelJS from 'exceljs';
import { xlsxFileName } from '../../excel/file-name.ts';
import type { RowError } from '../inputs.ts';
import { ERROR_COLUMN_HEADER } from './registration-layout.ts';
import { openWorkbook } from './open-workbook.ts';
import { columnLetter, layOutSheet } from './sheet-style.ts';
import { readStamp, SETTINGS_SHEET } from './stamp.ts';
import type { WrittenForm } from './registration-write.ts';

export async function erroredRowsWorkbook(bytes: Uint8Array, fileName: string, errors: readonly RowError[]): Promise<WrittenForm> {
  const { workbook: source } = await openWorkbook(bytes, fileName);
  const out = new ExcelJS.Workbook();
  out.creator = 'TĐKT';
  const bySheet = new Map<string, Map<number, string[]>>();
  for (const e of errors) {
    if (!e.place.sheet || !e.place.row) continue;
    const rows = bySheet.get(e.place.sheet) ?? new Map<number, string[]>();
    bySheet.set(e.place.sheet, rows);
    rows.set(e.place.row, [...(rows.get(e.place.row) ?? []), e.message]);
  }
  for (const [name, rows] of bySheet) {
    const from = source.getWorksheet(name);
    if (!from) continue;
    const header = from.getRow(1);
    const width = header.cellCount;
    const columns = Array.from({ length: width }, (_, i) => {
      const c = i + 1;
      const text = header.getCell(c).text;
      return { key: `c${c}`, header: text, width: Math.max(8, from.getColumn(c).width ?? 12), hidden: from.getColumn(c).hidden };
    });
    const sheet = out.addWorksheet(name);
    layOutSheet(sheet, [...columns.filter((c) => c.header !== ERROR_COLUMN_HEADER), { key: 'error', header: ERROR_COLUMN_HEADER, width: 60 }]);
    const errorCol = sheet.columnCount;
    for (const [r, messages] of [...rows].sort((a, b) => a[0] - b[0])) {
      const row = from.getRow(r);
      const copy = sheet.addRow([]);
      let c = 0;
      for (let i = 1; i <= width; i++) {
        if (columns[i - 1].header === ERROR_COLUMN_HEADER) continue;
        c++;
        const value = row.getCell(i).value;
        // A formula's result is what the unit saw; the formula itself would point at sheets left behind.
        copy.getCell(c).value = value && typeof value === 'object' && 'formula' in value ? (value.result as ExcelJS.CellValue) ?? null : value;
      }
      copy.getCell(errorCol).value = messages.join('\n');
      copy.getCell(errorCol).font = { color: { argb: 'FFC00000' } };
    }
    sheet.autoFilter = `A1:${columnLetter(errorCol)}1`;
  }
  if (readStamp(source)) {
    const settings = out.addWorksheet(SETTINGS_SHEET, { state: 'veryHidden' });
    source.getWorksheet(SETTINGS_SHEET)!.eachRow((row) => {
      settings.addRow([row.getCell(1).value, row.getCell(2).value]);
    });
  }
  const buffer = await out.xlsx.writeBuffer();
  return { fileName: xlsxFileName('Dòng lỗi', fileName.replace(/\.xlsx$/iu, '')), bytes: new Uint8Array(buffer as ArrayBuffer) };
}
