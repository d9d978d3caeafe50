// The cells of an .xlsx as the form readers see them, parsed by hand from the parts already checked
// (open-workbook.ts): values (shared and inline strings, rich-text runs with their fonts, numbers, days,
// booleans, formulas with the result Excel saved, error values), each cell's font name, and merges.
// Validations, protection, views and the rest are never parsed. exceljs building its whole model was
// most of reading a 5,000-row form (0,5 s of CPU alone, over the target); the shapes of the values are
// exceljs's own, so the cell readers (cells.ts) read either.
import type ExcelJS from 'exceljs';
import { strFromU8 } from 'fflate';

export interface BookCell {
  readonly value: ExcelJS.CellValue;
  readonly font?: { name?: string };
  readonly address: string;
  readonly col: number;
  readonly isMerged: boolean;
  /** The top-left cell of its merge; itself when not merged. */
  readonly master: BookCell;
}

export interface BookRow {
  getCell(col: number): BookCell;
  /** Every cell holding a value, left to right. */
  eachCell(callback: (cell: BookCell, col: number) => void): void;
}

export interface BookSheet {
  readonly name: string;
  /** The last row holding a cell. */
  readonly rowCount: number;
  /** Rows holding a value. */
  readonly actualRowCount: number;
  getRow(row: number): BookRow;
  eachRow(callback: (row: BookRow, rowNumber: number) => void): void;
}

export interface Book {
  getWorksheet(name: string): BookSheet | undefined;
}

const ENTITY: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function unescapeXml(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-f]+|#\d+|lt|gt|amp|quot|apos);/giu, (_, e: string) =>
    e[0] === '#' ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? Number.parseInt(e.slice(2), 16) : Number(e.slice(1))) : ENTITY[e],
  );
}

const ATTRIBUTES = new Map<string, RegExp>();

/** An attribute of a start tag; one compiled expression per name (a sheet asks for r, s and t of every cell). */
const attr = (tag: string, name: string): string | undefined => {
  let re = ATTRIBUTES.get(name);
  if (!re) {
    re = new RegExp(`\\s${name}="([^"]*)"`, 'u');
    ATTRIBUTES.set(name, re);
  }
  const m = re.exec(tag);
  return m ? unescapeXml(m[1]) : undefined;
};

/** The text of every <t> in `xml` (a string item or a run), joined. */
const textOf = (xml: string) => {
  let out = '';
  for (const m of xml.matchAll(/<t(?:\s[^>]*)?>([^<]*)<\/t>/gu)) out += unescapeXml(m[1]);
  return out;
};

/** A string item (<si> or <is>): plain text, or rich text with each run's font. */
function stringItem(xml: string): ExcelJS.CellValue {
  if (!xml.includes('<r>') && !xml.includes('<r ')) return textOf(xml.replace(/<rPh\b[\s\S]*?<\/rPh>/gu, ''));
  const richText: ExcelJS.RichText[] = [];
  for (const m of xml.matchAll(/<r(?:\s[^>]*)?>([\s\S]*?)<\/r>/gu)) {
    const font = /<rFont\s[^>]*val="([^"]*)"/u.exec(m[1])?.[1];
    richText.push(font === undefined ? { text: textOf(m[1]) } : { text: textOf(m[1]), font: { name: unescapeXml(font) } });
  }
  return { richText };
}

function sharedStrings(xml: string | undefined): ExcelJS.CellValue[] {
  if (!xml) return [];
  return [...xml.matchAll(/<si>([\s\S]*?)<\/si>|<si\/>/gu)].map((m) => stringItem(m[1] ?? ''));
}

/** Built-in number formats that are days (ECMA-376 §18.8.30). */
const DATE_FORMAT_IDS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

/** A custom format is a day when, outside quoted text and [..] sections, it has a day or time letter. */
const isDateFormat = (code: string) => /[ymdhsb]/iu.test(code.replace(/\[[^\]]*\]|"[^"]*"|\\./gu, ''));

interface Style {
  font?: { name: string };
  date: boolean;
}

function styles(xml: string | undefined): Style[] {
  if (!xml) return [];
  const formats = new Map<number, string>();
  for (const m of xml.matchAll(/<numFmt\s[^>]*>/gu)) formats.set(Number(attr(m[0], 'numFmtId')), attr(m[0], 'formatCode') ?? '');
  const fontsXml = /<fonts\b[^>]*>([\s\S]*?)<\/fonts>/u.exec(xml)?.[1] ?? '';
  const fonts = [...fontsXml.matchAll(/<font\b[^>]*?(?:\/>|>([\s\S]*?)<\/font>)/gu)].map((m) => {
    const name = /<name\s[^>]*val="([^"]*)"/u.exec(m[1] ?? '')?.[1];
    return name === undefined ? undefined : { name: unescapeXml(name) };
  });
  const xfsXml = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/u.exec(xml)?.[1] ?? '';
  return [...xfsXml.matchAll(/<xf\s[^>]*>/gu)].map((m) => {
    const format = Number(attr(m[0], 'numFmtId') ?? 0);
    const custom = formats.get(format);
    return { font: fonts[Number(attr(m[0], 'fontId') ?? 0)], date: custom === undefined ? DATE_FORMAT_IDS.has(format) : isDateFormat(custom) };
  });
}

/** "AB12" → [12, 28]. */
function position(address: string): [number, number] {
  const m = /^([A-Z]+)(\d+)$/u.exec(address);
  if (!m) return [0, 0];
  let col = 0;
  for (const ch of m[1]) col = col * 26 + ch.charCodeAt(0) - 64;
  return [Number(m[2]), col];
}

function letters(col: number): string {
  let s = '';
  for (let c = col; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
}

/** Excel's day number (1900 system, or 1904) as the instant exceljs gives: midnight UTC of that day. */
const dayOf = (serial: number, date1904: boolean) => new Date(Math.round((serial - (date1904 ? 24107 : 25569)) * 86_400_000));

class Cell implements BookCell {
  readonly address: string;
  readonly col: number;
  readonly font?: { name?: string };
  master: BookCell = this;
  private readonly own: ExcelJS.CellValue;

  constructor(address: string, col: number, value: ExcelJS.CellValue, font?: { name?: string }) {
    this.address = address;
    this.col = col;
    this.own = value;
    this.font = font;
  }

  /** A merged cell shows its master's value, as Excel does. */
  get value(): ExcelJS.CellValue {
    return this.master === this ? this.own : this.master.value;
  }

  get isMerged(): boolean {
    return this.master !== this || merged.has(this);
  }
}

/** Masters of a merge (which are their own master but merged all the same). */
const merged = new WeakSet<BookCell>();

class Row implements BookRow {
  readonly cells: Cell[] = [];
  private readonly number: number;

  constructor(number: number) {
    this.number = number;
  }

  getCell(col: number): BookCell {
    let cell = this.cells[col];
    if (!cell) this.cells[col] = cell = new Cell(`${letters(col)}${this.number}`, col, null);
    return cell;
  }

  eachCell(callback: (cell: BookCell, col: number) => void): void {
    this.cells.forEach((cell, col) => {
      const value = cell.value;
      if (value !== null && value !== undefined && value !== '') callback(cell, col);
    });
  }

  hasValue(): boolean {
    return this.cells.some((cell) => cell.value !== null && cell.value !== undefined && cell.value !== '');
  }
}

class Sheet implements BookSheet {
  readonly name: string;
  readonly rows: Row[] = [];

  constructor(name: string) {
    this.name = name;
  }

  get rowCount(): number {
    return this.rows.length === 0 ? 0 : this.rows.length - 1;
  }

  get actualRowCount(): number {
    return this.rows.filter((row) => row.hasValue()).length;
  }

  getRow(row: number): BookRow {
    let found = this.rows[row];
    if (!found) this.rows[row] = found = new Row(row);
    return found;
  }

  eachRow(callback: (row: BookRow, rowNumber: number) => void): void {
    this.rows.forEach((row, number) => {
      if (row.hasValue()) callback(row, number);
    });
  }
}

interface Context {
  strings: ExcelJS.CellValue[];
  styles: Style[];
  date1904: boolean;
}

/** One <c>: its value in exceljs's shape. */
function cellValue(tag: string, body: string, style: Style | undefined, ctx: Context): ExcelJS.CellValue {
  const type = attr(tag, 't') ?? 'n';
  const v = /<v>([^<]*)<\/v>/u.exec(body)?.[1];
  let value: ExcelJS.CellValue = null;
  if (type === 's') value = v === undefined ? null : (ctx.strings[Number(v)] ?? null);
  else if (type === 'inlineStr') value = stringItem(/<is>([\s\S]*?)<\/is>/u.exec(body)?.[1] ?? '');
  else if (type === 'str') value = v === undefined ? null : unescapeXml(v);
  else if (type === 'b') value = v === undefined ? null : v === '1';
  else if (type === 'e') value = v === undefined ? null : { error: unescapeXml(v) as ExcelJS.CellErrorValue['error'] };
  else if (type === 'd') value = v === undefined ? null : new Date(v);
  else if (v !== undefined) value = style?.date ? dayOf(Number(v), ctx.date1904) : Number(v);
  const f = /<f(\s[^>]*)?(?:\/>|>([^<]*)<\/f>)/u.exec(body);
  if (!f) return value;
  const result = value === null ? undefined : (value as ExcelJS.CellFormulaValue['result']);
  const formula = unescapeXml(f[2] ?? '');
  return formula ? { formula, result } : ({ sharedFormula: attr(f[1] ?? '', 'si') ?? '', result } as ExcelJS.CellSharedFormulaValue);
}

function sheet(name: string, xml: string, ctx: Context): Sheet {
  const out = new Sheet(name);
  const open = xml.indexOf('<sheetData>');
  const data = open < 0 ? '' : xml.slice(open, xml.indexOf('</sheetData>', open));
  let rowNumber = 0;
  for (const r of data.matchAll(/<row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/gu)) {
    rowNumber = Number(attr(r[1], 'r') ?? rowNumber + 1);
    const row = out.getRow(rowNumber) as Row;
    let col = 0;
    for (const c of (r[2] ?? '').matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/gu)) {
      const ref = attr(c[1], 'r');
      col = ref ? position(ref)[1] : col + 1;
      // Style 0 is the workbook's default: exceljs gives such a cell no style, and neither do we.
      const styleId = Number(attr(c[1], 's') ?? 0);
      const style = styleId ? ctx.styles[styleId] : undefined;
      row.cells[col] = new Cell(`${letters(col)}${rowNumber}`, col, cellValue(c[1], c[2] ?? '', style, ctx), style?.font);
    }
  }
  for (const m of xml.matchAll(/<mergeCell\s[^>]*ref="([A-Z]+\d+):([A-Z]+\d+)"/gu)) {
    const [top, left] = position(m[1]);
    const [bottom, right] = position(m[2]);
    const master = out.getRow(top).getCell(left);
    merged.add(master);
    for (let r = top; r <= bottom; r++) {
      for (let c = left; c <= right; c++) if (r !== top || c !== left) (out.getRow(r).getCell(c) as Cell).master = master;
    }
  }
  return out;
}

/** The sheets of a workbook, by name, from its inflated parts; `sheetParts` maps each sheet's part to its name. */
export function readBook(files: Record<string, Uint8Array>, sheetParts: Map<string, string>): Book {
  const text = (path: string) => (files[path] ? strFromU8(files[path]) : undefined);
  const ctx: Context = {
    strings: sharedStrings(text('xl/sharedStrings.xml')),
    styles: styles(text('xl/styles.xml')),
    date1904: /<workbookPr\b[^>]*\bdate1904="(1|true)"/u.test(text('xl/workbook.xml') ?? ''),
  };
  const sheets = new Map<string, BookSheet>();
  for (const [path, name] of sheetParts) {
    const xml = text(path);
    if (xml !== undefined) sheets.set(name, sheet(name, xml, ctx));
  }
  return { getWorksheet: (name) => sheets.get(name) };
}
