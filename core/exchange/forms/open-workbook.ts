// Opening a workbook a unit sent back, before exceljs sees it: the file must be an .xlsx within the caps
// (compressed and uncompressed bytes, entries, rows of a sheet), and every data-validation and
// conditional-formatting range is clamped to the rows the sheet uses. A dropdown saved over a whole
// column ("D2:D1048576") is expanded by exceljs into one entry a cell: 3,7 s and +550 MB for one such
// workbook, against a few milliseconds once clamped.
import ExcelJS from 'exceljs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { EXCEL_MAX_BYTES } from '../../api/contract.ts';
import { UserError } from '../../api/envelope.ts';
import { formatNumber } from '../../text/numbers.ts';
import { forgetReadText } from './cells.ts';
import { type Book, readBook } from './sheet-xml.ts';

/** What one workbook may weigh: a 5,000-row form is about 0,4 MB. */
export const MAX_FILE_BYTES = EXCEL_MAX_BYTES;
export const MAX_UNZIPPED_BYTES = 200 * 1024 * 1024;
export const MAX_ENTRIES = 5_000;
/** Rows of one sheet; a larger sheet is refused whole (never read in part: a cut list would import silently short). */
export const MAX_SHEET_ROWS = 20_000;
/** Excel's last row: a range reaching it covers the whole column. */
const LAST_ROW = 1_048_576;

/** The name of the stream an encrypted workbook keeps, as the container writes names (UTF-16LE). */
const ENCRYPTION_INFO = Buffer.from('EncryptionInfo', 'utf16le');

const mb = (bytes: number) => `${formatNumber(Math.ceil(bytes / 1024 / 1024))} MB`;

function refuse(message: string, cause?: unknown): never {
  throw Object.assign(new UserError(message), cause === undefined ? {} : { cause });
}

const WORKBOOK_PART = 'xl/workbook.xml';
const WORKBOOK_RELS = 'xl/_rels/workbook.xml.rels';
const isSheetPart = (path: string) => /^xl\/worksheets\/[^/]+\.xml$/u.test(path);

/** The sheets' names by the part that holds each, from workbook.xml and its relationships. */
function sheetNames(files: Record<string, Uint8Array>): Map<string, string> {
  const names = new Map<string, string>();
  const workbook = files[WORKBOOK_PART];
  const rels = files[WORKBOOK_RELS];
  if (!workbook || !rels) return names;
  const targets = new Map<string, string>();
  for (const m of strFromU8(rels).matchAll(/<Relationship\b[^>]*>/gu)) {
    const id = /\bId="([^"]*)"/u.exec(m[0])?.[1];
    const target = /\bTarget="([^"]*)"/u.exec(m[0])?.[1];
    if (id && target) targets.set(id, target.replace(/^\/?(xl\/)?/u, 'xl/'));
  }
  for (const m of strFromU8(workbook).matchAll(/<sheet\b[^>]*>/gu)) {
    const name = /\bname="([^"]*)"/u.exec(m[0])?.[1];
    const id = /\br:id="([^"]*)"/u.exec(m[0])?.[1];
    const part = id ? targets.get(id) : undefined;
    if (name && part) names.set(part, unescapeXml(name));
  }
  return names;
}

function unescapeXml(text: string): string {
  return text.replace(/&(lt|gt|quot|apos|amp);/gu, (_, e: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[e]!);
}

/** The last row of a sheet holding a value: rows that carry only a format do not count. */
export function lastUsedRow(xml: string): number {
  let end = xml.length;
  for (;;) {
    const start = xml.lastIndexOf('<row ', end);
    if (start < 0) return 0;
    const close = xml.indexOf('</row>', start);
    const body = xml.slice(start, close < 0 || close > end ? end : close);
    if (/<(v|is|f)[\s>]/u.test(body)) {
      const r = /^<row\b[^>]*\br="(\d+)"/u.exec(body)?.[1];
      // Rows without numbers are numbered by their place.
      return r ? Number(r) : (xml.slice(0, start).match(/<row[\s>]/gu)?.length ?? 0) + 1;
    }
    end = start - 1;
  }
}

/** One reference clamped to `lastRow`: "D2:D1048576" → "D2:D40", "D:D" → "D1:D40". */
function clampRef(ref: string, lastRow: number): string {
  const m = /^(\$?[A-Z]{1,3})(\$?\d+)?(?::(\$?[A-Z]{1,3})(\$?\d+)?)?$/u.exec(ref);
  if (!m) return ref;
  const [, c1, r1, c2, r2] = m;
  const top = r1 ? Number(r1.replace('$', '')) : 1;
  const bottom = r2 ? Number(r2.replace('$', '')) : c2 || !r1 ? LAST_ROW : top;
  const end = Math.max(top, Math.min(bottom, lastRow));
  if (r1 && bottom === end && (r2 || !c2)) return ref;
  return `${c1}${top}:${c2 ?? c1}${end}`;
}

function clampSqref(sqref: string, lastRow: number): string {
  return sqref
    .trim()
    .split(/\s+/u)
    .map((ref) => clampRef(ref, lastRow))
    .join(' ');
}

/** The sheet XML with every validation and conditional-format range clamped; the same string when none needed it. */
export function clampRanges(xml: string, lastRow: number): string {
  const rows = Math.max(lastRow, 1);
  return xml
    .replace(/(<(?:dataValidation|conditionalFormatting)\b[^>]*\bsqref=")([^"]*)"/gu, (_, head: string, sqref: string) => `${head}${clampSqref(sqref, rows)}"`)
    .replace(/(<xm:sqref>)([^<]*)(<\/xm:sqref>)/gu, (_, open: string, sqref: string, close: string) => `${open}${clampSqref(sqref, rows)}${close}`);
}

export interface OpenedWorkbook {
  workbook: ExcelJS.Workbook;
  /** Data validation ranges that had to be clamped, for the log and the tests. */
  clamped: number;
}

interface CheckedParts {
  /** The parts read by hand: the sheets, the sheet names, the shared strings and the styles. */
  files: Record<string, Uint8Array>;
  /** Sheet part → sheet name. */
  names: Map<string, string>;
  /** Sheets whose validation ranges covered whole columns, clamped. */
  patched: Map<string, Uint8Array>;
}

const SHARED_STRINGS = 'xl/sharedStrings.xml';
const STYLES = 'xl/styles.xml';

/** The checks every workbook brought in passes, each refusal naming the file and saying what to do. */
function checkParts(bytes: Uint8Array, fileName: string): CheckedParts {
  const file = `Tệp "${fileName}"`;
  if (bytes.byteLength === 0) refuse(`${file} rỗng (0 byte).`);
  if (bytes.byteLength > MAX_FILE_BYTES) refuse(`${file} nặng ${mb(bytes.byteLength)}, quá giới hạn ${mb(MAX_FILE_BYTES)} của một bảng tính nhập vào.`);
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) {
    // Excel saves a password-protected .xlsx inside the same container as an .xls, with this stream in it.
    if (Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(ENCRYPTION_INFO)) {
      refuse(`${file} được đặt mật khẩu mở tệp nên phần mềm không đọc được. Hãy mở bằng Excel, bỏ mật khẩu (Tệp > Thông tin > Bảo vệ sổ làm việc), lưu rồi gửi lại.`);
    }
    refuse(`${file} là bảng tính Excel 97–2003 (.xls). Hãy mở bằng Excel và lưu lại dạng "Sổ làm việc Excel (.xlsx)".`);
  }
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) refuse(`${file} không phải bảng tính Excel (.xlsx).`);
  let entries = 0;
  let unzipped = 0;
  const parts = new Set<string>();
  let files: Record<string, Uint8Array>;
  try {
    // Only the parts read by hand are inflated: drawings, themes and the rest never are.
    files = unzipSync(bytes, {
      filter(entry) {
        entries++;
        unzipped += entry.originalSize;
        if (entries > MAX_ENTRIES) refuse(`${file} có quá nhiều phần (trên ${formatNumber(MAX_ENTRIES)}), không phải một bảng tính thông thường.`);
        if (unzipped > MAX_UNZIPPED_BYTES) refuse(`${file} khi giải nén nặng trên ${mb(MAX_UNZIPPED_BYTES)}, quá giới hạn của một bảng tính nhập vào.`);
        parts.add(entry.name);
        return isSheetPart(entry.name) || [WORKBOOK_PART, WORKBOOK_RELS, SHARED_STRINGS, STYLES].includes(entry.name);
      },
    });
  } catch (error) {
    if (error instanceof UserError) throw error;
    refuse(`${file} bị hỏng hoặc không trọn vẹn (không giải nén được). Hãy mở lại bằng Excel, lưu rồi gửi lại.`, error);
  }
  if (parts.has('word/document.xml')) refuse(`${file} là văn bản Word (.docx) bị đổi đuôi, không phải bảng tính Excel.`);
  if (!parts.has(WORKBOOK_PART)) refuse(`${file} không phải bảng tính Excel (.xlsx): trong tệp không có sổ tính.`);

  const names = sheetNames(files);
  const patched = new Map<string, Uint8Array>();
  for (const [path, data] of Object.entries(files)) {
    if (!isSheetPart(path)) continue;
    const xml = strFromU8(data);
    const lastRow = lastUsedRow(xml);
    if (lastRow > MAX_SHEET_ROWS) {
      const sheet = names.get(path);
      refuse(
        `${file}${sheet ? `, trang "${sheet}"` : ''} có ${formatNumber(lastRow)} dòng, quá giới hạn ${formatNumber(MAX_SHEET_ROWS)} dòng của một bảng tính nhập vào. Hãy chia thành nhiều tệp.`,
      );
    }
    if (!xml.includes('sqref')) continue;
    const clampedXml = clampRanges(xml, lastRow);
    if (clampedXml !== xml) patched.set(path, strToU8(clampedXml));
  }
  return { files, names, patched };
}

/** Refused when a part read by hand was cut short (Excel or a copy that stopped midway). */
function checkWhole(file: string, files: Record<string, Uint8Array>): void {
  const ends: [string, string][] = [[WORKBOOK_PART, '</workbook>'], [SHARED_STRINGS, '</sst>'], [STYLES, '</styleSheet>']];
  for (const path of Object.keys(files)) if (isSheetPart(path)) ends.push([path, '</worksheet>']);
  for (const [path, end] of ends) {
    const data = files[path];
    if (data && !strFromU8(data.subarray(Math.max(0, data.length - 64))).trimEnd().endsWith(end)) {
      refuse(`${file} bị hỏng: Excel lưu thiếu hoặc sai một phần nội dung. Hãy mở lại bằng Excel, lưu rồi gửi lại.`);
    }
  }
}

/**
 * The workbook `bytes` (named `fileName` in every message), checked, its cells read by hand: what the
 * form readers read. `clamped` counts the whole-column validation ranges found (never parsed here).
 */
export function openBook(bytes: Uint8Array, fileName: string): { book: Book; clamped: number } {
  forgetReadText();
  const { files, names, patched } = checkParts(bytes, fileName);
  checkWhole(`Tệp "${fileName}"`, files);
  return { book: readBook(files, names), clamped: patched.size };
}

/**
 * The workbook checked and clamped, loaded by exceljs: for copying rows out of it into a new workbook
 * (the errored rows sent back), where exceljs's whole model is what is wanted.
 */
export async function openWorkbook(bytes: Uint8Array, fileName: string): Promise<OpenedWorkbook> {
  const file = `Tệp "${fileName}"`;
  const { patched } = checkParts(bytes, fileName);
  const clamped = patched.size;
  // Stored, not deflated: exceljs reads it straight back, and deflating again would cost more than the parse saved.
  const input = clamped ? zipSync({ ...unzipSync(bytes), ...Object.fromEntries(patched) }, { level: 0 }) : bytes;
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(input.buffer, input.byteOffset, input.byteLength) as unknown as ExcelJS.Buffer);
  } catch (error) {
    refuse(`${file} bị hỏng: Excel lưu thiếu hoặc sai một phần nội dung. Hãy mở lại bằng Excel, lưu rồi gửi lại.`, error);
  }
  return { workbook, clamped };
}
