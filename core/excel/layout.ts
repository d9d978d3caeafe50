// A list laid out for a worksheet, before any file format: the cleaned header, every cell's value, each
// column's format and a width measured from what it shows. Both writers (sheet.ts into an exceljs
// workbook, workbook-file.ts straight to .xlsx) take this, so a list looks the same whichever wrote it.
import { cleanText } from '../text/normalize.ts';
import { type CellInput, type CellKind, type CellValue, cellValue, numberFormat, shownLength } from './cells.ts';

export interface Column<R> {
  /** Vietnamese header, e.g. "Tên đơn vị". */
  header: string;
  kind: CellKind;
  /** `index` counts the list's rows from 0 (an STT column is index + 1). */
  value: (row: R, index: number) => CellInput;
  /** Decimals of a 'number' column (2 unless said). */
  digits?: number;
}

export interface ListOptions<R> {
  /** Lines above the header (the list's title, its filter), bold; the header row follows them. */
  caption?: string[];
  /** A bold row under the list ("Tổng cộng"), outside the autofilter so sorting leaves it last. */
  total?: R;
}

export interface ListSheet {
  name: string;
  caption: string[];
  headers: string[];
  formats: string[];
  rows: CellValue[][];
  total: CellValue[] | null;
  /** In characters, as Excel counts a column's width. */
  widths: number[];
}

/**
 * How a list prints: A4 landscape, as wide as the page, as many pages long as it takes, the caption and
 * header repeated atop each page (Excel's paper size 9 is A4).
 */
export const PRINT = { paperSize: 9, orientation: 'landscape' } as const;

/** Widths in characters: never narrower than a short header, never wider than a third of a screen. */
export const MIN_WIDTH = 6;
export const MAX_WIDTH = 60;

/** Excel's limits on a sheet name: 31 characters, none of : \ / ? * [ ], no quote at either end. */
export function sheetName(name: string): string {
  const clean = cleanText(name).replace(/[:\\/?*[\]]/gu, '-').replace(/^'+|'+$/gu, '');
  return (clean || 'Danh sách').slice(0, 31);
}

export function layoutList<R>(name: string, columns: readonly Column<R>[], rows: readonly R[], options: ListOptions<R> = {}): ListSheet {
  const headers = columns.map((c) => cleanText(c.header));
  // Room for the filter's arrow beside the header.
  const widths = headers.map((h) => h.length + 3);
  const toCells = (r: R, index: number) =>
    columns.map((c, i) => {
      const value = cellValue(c.kind, c.value(r, index));
      const length = shownLength(c.kind, value, c.digits);
      if (length > widths[i]) widths[i] = length;
      return value;
    });
  const cells = rows.map(toCells);
  const total = options.total === undefined ? null : toCells(options.total, rows.length);
  return {
    name: sheetName(name),
    caption: (options.caption ?? []).map(cleanText).filter((line) => line !== ''),
    headers,
    formats: columns.map((c) => numberFormat(c.kind, c.digits)),
    rows: cells,
    total,
    widths: widths.map((w) => Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, w + 1))),
  };
}

/** The row of the header (1-based): under the caption. */
export function headerRowOf(sheet: ListSheet): number {
  return sheet.caption.length + 1;
}
