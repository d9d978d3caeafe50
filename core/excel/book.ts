// What an export gives: the sheets of one workbook and the title its file is named after.
import type { ExcelList, ParsedArgs } from '../api/contract.ts';
import type { Context } from '../context.ts';
import { formatDateShort } from '../text/dates.ts';
import type { Column, ListSheet } from './layout.ts';

export interface ExcelBook {
  /** "Danh sách đơn vị": the file is named after it (file-name.ts). */
  title: string;
  sheets: ListSheet[];
}

/** The STT column every list opens with. */
export function sttColumn<R>(): Column<R> {
  return { header: 'STT', kind: 'integer', value: (_row, index) => index + 1 };
}

/** "Tính đến ngày 20/4/2021": the caption line of figures counted at a date. */
export function asOfLine(asOf: string): string {
  return `Tính đến ngày ${formatDateShort(asOf)}`;
}

/** What excel.export passes on for one list: that list's filter. */
export type ExportArgs<L extends ExcelList> = Extract<ParsedArgs<'excel.export'>, { list: L }>;

export type ListExport<L extends ExcelList> = (ctx: Context, args: ExportArgs<L>) => Promise<ExcelBook>;
