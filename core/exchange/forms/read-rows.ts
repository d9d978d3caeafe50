// What every reader of the app's workbooks shares: the stamp check, finding the columns by their
// headers, and reading a row cell by cell into values and Vietnamese row errors ("Dòng 12, cột Lĩnh
// vực: 'xyz' không có trong danh mục"), with a note for each row whose legacy text was converted.
import { UserError } from '../../api/envelope.ts';
import { fold } from '../../text/fold.ts';
import { legacyEncodingLabel, type LegacyEncoding } from '../../text/legacy-encodings.ts';
import { formatNumber } from '../../text/numbers.ts';
import type { ImportInput, ReadNote, RowError } from '../inputs.ts';
import { cellDate, cellText } from './cells.ts';
import type { FormColumn } from './columns.ts';
import { columnLetter } from './sheet-style.ts';
import type { Book, BookCell, BookRow, BookSheet } from './sheet-xml.ts';
import { FORM_VERSIONS, readStamp, type Stamp } from './stamp.ts';

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/iu;

/** The stamp of a TĐKT form of the kind `formId`, checked; a refusal says which check failed. */
export function checkStamp(workbook: Book, fileName: string, formId: string, what: string): Stamp {
  const stamp = readStamp(workbook);
  if (!stamp?.formId) {
    throw new UserError(`Tệp "${fileName}" không phải ${what} của phần mềm TĐKT (không có trang thiết lập của biểu mẫu). Hãy dùng biểu mẫu xuất từ phần mềm.`);
  }
  if (stamp.formId !== formId) {
    throw new UserError(`Tệp "${fileName}" là biểu mẫu loại "${stamp.formId}", không phải ${what}.`);
  }
  const version = Number(stamp.version);
  const current = FORM_VERSIONS[formId as keyof typeof FORM_VERSIONS];
  if (!Number.isInteger(version) || version < current) {
    throw new UserError(`Tệp "${fileName}" là ${what} phiên bản ${stamp.version || '?'}, đã cũ: phần mềm này đọc phiên bản ${current}. Hãy xuất biểu mẫu mới và điền lại.`);
  }
  if (version > current) {
    throw new UserError(`Tệp "${fileName}" là ${what} phiên bản ${version}, do phần mềm mới hơn tạo: phần mềm này đọc phiên bản ${current}. Hãy cập nhật phần mềm.`);
  }
  return {
    formId,
    version,
    campaignUuid: stamp.campaignUuid ?? '',
    campaignName: stamp.campaignName ?? '',
    unitCode: stamp.unitCode ?? '',
    createdAt: stamp.createdAt ?? '',
  };
}

/** The folded headers of a row, by column; the first column a header appears in is kept and a repeat reported. */
function headersOf(row: BookRow): { found: Map<string, number>; repeated: [string, number, number] | null } {
  const found = new Map<string, number>();
  let repeated: [string, number, number] | null = null;
  row.eachCell((cell, col) => {
    const text = cellText(cell).text;
    if (!text) return;
    const first = found.get(fold(text));
    if (first === undefined) found.set(fold(text), col);
    else repeated ??= [text, first, col];
  });
  return { found, repeated };
}

/** How far down a header row pushed by inserted rows is still looked for, to say so rather than "missing". */
const HEADER_SEARCH_ROWS = 20;

/**
 * 1-based column of every header of `columns` in the sheet's first row, matched folded (the columns may
 * be in any order). A missing one not optional is named; a header found lower down, a header written
 * twice and an empty sheet each get their own message.
 */
export function headerColumns<K extends string>(sheet: BookSheet, columns: readonly FormColumn<K>[], fileName: string): Map<K, number> {
  const where = `Tệp "${fileName}", trang "${sheet.name}"`;
  if (sheet.actualRowCount === 0) throw new UserError(`${where} trống: không có dòng tiêu đề, không có dữ liệu. Hãy dùng biểu mẫu xuất từ phần mềm.`);
  const { found, repeated } = headersOf(sheet.getRow(1));
  const required = columns.filter((c) => !c.optional);
  const out = new Map<K, number>();
  const missing: string[] = [];
  for (const c of columns) {
    const col = found.get(fold(c.header));
    if (col !== undefined) out.set(c.key, col);
    else if (!c.optional) missing.push(c.header);
  }
  if (missing.length) {
    const last = Math.min(sheet.rowCount, HEADER_SEARCH_ROWS);
    for (let r = 2; r <= last; r++) {
      const lower = headersOf(sheet.getRow(r)).found;
      if (required.every((c) => lower.has(fold(c.header)))) {
        throw new UserError(`${where}: dòng tiêu đề phải là dòng 1 nhưng đang ở dòng ${r}. Hãy xóa ${r === 2 ? 'dòng' : 'các dòng'} phía trên dòng tiêu đề rồi gửi lại.`);
      }
    }
    throw new UserError(
      `${where}: thiếu cột ${missing.map((m) => `"${m}"`).join(', ')} ở dòng tiêu đề. Không sửa, không xóa cột của biểu mẫu; hãy xuất biểu mẫu mới nếu cần.`,
    );
  }
  if (repeated && columns.some((c) => fold(c.header) === fold(repeated[0]))) {
    const [text, first, again] = repeated;
    throw new UserError(`${where}: cột "${text}" có hai lần ở dòng tiêu đề (cột ${columnLetter(first)} và cột ${columnLetter(again)}). Hãy xóa cột thừa rồi gửi lại.`);
  }
  return out;
}

/** Collects a row's problems and legacy conversions as the cells are read. */
export class RowReader<K extends string> {
  readonly errors: RowError[] = [];
  private readonly legacy = new Set<LegacyEncoding>();

  private readonly row: BookRow;
  private readonly cols: Map<K, number>;
  private readonly place: { file: string; sheet: string; row: number };
  private readonly headers: Map<K, FormColumn<K>>;

  constructor(row: BookRow, cols: Map<K, number>, place: { file: string; sheet: string; row: number }, headers: Map<K, FormColumn<K>>) {
    this.row = row;
    this.cols = cols;
    this.place = place;
    this.headers = headers;
  }

  fail(key: K, message: string): void {
    const column = this.headers.get(key)!.header;
    this.errors.push({ place: this.place, column, message: `Dòng ${this.place.row}, cột ${column}: ${message}` });
  }

  /** The cell of `key`, or null (with its error) when a merge laid another column's cell over it. */
  private cell(key: K): BookCell | null {
    const col = this.cols.get(key);
    if (col === undefined) return null;
    const cell = this.row.getCell(col);
    // A merge down one column (a unit's code over its rows) means that value on every row; one across
    // columns puts a neighbour's value in this column, which no reading can untangle.
    if (cell.isMerged && cell.master.col !== cell.col) {
      this.fail(key, `ô ${cell.address} bị gộp với ô ${cell.master.address} của cột khác; hãy bỏ gộp ô rồi gửi lại`);
      return null;
    }
    return cell;
  }

  text(key: K): string {
    const cell = this.cell(key);
    if (cell === null) return '';
    const read = cellText(cell);
    if (read.problem) this.fail(key, read.problem);
    if (read.legacy) this.legacy.add(read.legacy);
    const max = this.headers.get(key)!.max;
    if (max !== undefined && read.text.length > max) {
      this.fail(key, `dài ${formatNumber(read.text.length)} ký tự, tối đa ${formatNumber(max)} ký tự`);
    }
    return read.text;
  }

  required(key: K): string {
    const before = this.errors.length;
    const value = this.text(key);
    if (!value && this.errors.length === before) this.fail(key, 'chưa nhập');
    return value;
  }

  date(key: K): string | null {
    const cell = this.cell(key);
    if (cell === null) return null;
    const read = cellDate(cell);
    if (read.ok) return read.iso;
    this.fail(key, read.problem ?? `'${read.typed}' không phải ngày${read.reason ? ` (${read.reason})` : ''}`);
    return null;
  }

  /** A value that must be one of a list: null (with its error) when it is not. */
  coded<C>(key: K, read: (typed: string) => C | null, fallback?: C): C | null {
    const before = this.errors.length;
    const typed = this.text(key);
    if (this.errors.length > before) return null;
    if (!typed) {
      if (fallback !== undefined) return fallback;
      this.fail(key, 'chưa nhập');
      return null;
    }
    const code = read(typed);
    if (code === null) this.fail(key, `'${typed}' không có trong danh mục`);
    return code;
  }

  notes(): ReadNote[] {
    return [...this.legacy].map((enc) => ({ place: this.place, message: `Dòng ${this.place.row}: chuyển từ mã ${legacyEncodingLabel[enc]} sang Unicode` }));
  }
}

/** Whether a cell reads as empty; a letter or digit decides at once, without cleaning the text. */
function isEmptyCell(cell: BookCell): boolean {
  const value = cell.value;
  if (value === null || value === undefined) return true;
  if (typeof value !== 'object' && typeof value !== 'string') return false;
  if (value instanceof Date || (typeof value === 'string' && /[\p{L}\p{N}]/u.test(value))) return false;
  const read = cellText(cell);
  return read.text === '' && !read.problem;
}

/** Whether every cell of the row's `keys` is empty: such a row is skipped. */
export function isBlank<K extends string>(row: BookRow, cols: Map<K, number>, keys: readonly K[]): boolean {
  return keys.every((k) => {
    const col = cols.get(k);
    return col === undefined || isEmptyCell(row.getCell(col));
  });
}

export function emptyInput(fileName: string, sha256: string, what: ImportInput['source']['what']): ImportInput {
  return {
    source: { kind: 'excel', file: fileName, sha256, what },
    groups: [],
    units: [],
    registrations: [],
    works: [],
    reports: [],
    errors: [],
    notes: [],
  };
}

