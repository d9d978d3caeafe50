// Laid-out lists (layout.ts) written straight to an .xlsx file: the SpreadsheetML parts by hand, zipped
// by Node's zlib (core/documents/docx-zip.ts). exceljs builds an object per cell and its own XML writer
// on top: 10,000 works × 13 columns took 1,1–1,8 s of CPU through it, unstyled, against the ≤ 1 s an
// export may take (bench/excel-export.ts); this writes the same cells, formats, frozen header, filter
// and widths as sheet.ts does through exceljs, and exceljs reads the file back the same.
import { zipStreamed } from '../documents/docx-zip.ts';
import type { CellValue } from './cells.ts';
import { headerRowOf, type ListSheet, PRINT } from './layout.ts';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** Excel's built-in format ids; any other format gets an id from 164 up. */
const BUILTIN_FORMATS: Record<string, number> = { General: 0, '@': 49 };

/** Days from Excel's day 0 (1899-12-30) to 1970-01-01. */
const EPOCH_SERIAL = 25569;
const DAY_MS = 86_400_000;

function escapeXml(text: string): string {
  return text.replace(/[&<>"]/gu, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&quot;'));
}

/** "A", …, "Z", "AA", … for a 1-based column. */
export function columnLetters(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** The styles of the workbook: one regular and one bold cell style per number format used. */
class Styles {
  private readonly formatIds = new Map<string, number>();
  private readonly xfs: { formatId: number; bold: boolean }[] = [{ formatId: 0, bold: false }];
  private readonly xfIndex = new Map<string, number>();

  of(format: string, bold: boolean): number {
    let formatId = this.formatIds.get(format);
    if (formatId === undefined) {
      formatId = BUILTIN_FORMATS[format] ?? 164 + [...this.formatIds.keys()].filter((f) => !(f in BUILTIN_FORMATS)).length;
      this.formatIds.set(format, formatId);
    }
    const key = `${formatId}/${bold}`;
    let index = this.xfIndex.get(key);
    if (index === undefined) {
      index = this.xfs.length;
      this.xfs.push({ formatId, bold });
      this.xfIndex.set(key, index);
    }
    return index;
  }

  xml(): string {
    const custom = [...this.formatIds].filter(([format]) => !(format in BUILTIN_FORMATS));
    const numFmts = custom.length
      ? `<numFmts count="${custom.length}">${custom.map(([format, id]) => `<numFmt numFmtId="${id}" formatCode="${escapeXml(format)}"/>`).join('')}</numFmts>`
      : '';
    const xfs = this.xfs
      .map(
        (x) =>
          `<xf numFmtId="${x.formatId}" fontId="${x.bold ? 1 : 0}" fillId="0" borderId="0" xfId="0"${x.formatId ? ' applyNumberFormat="1"' : ''}${x.bold ? ' applyFont="1"' : ''}/>`,
      )
      .join('');
    return (
      `${XML_HEAD}<styleSheet xmlns="${MAIN}">${numFmts}` +
      '<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font><font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>' +
      '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
      '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      `<cellXfs count="${this.xfs.length}">${xfs}</cellXfs>` +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>'
    );
  }
}

/** Every text of the workbook once: a unit's name or a status repeated on 10,000 rows is stored once. */
class SharedStrings {
  private readonly index = new Map<string, number>();
  private count = 0;

  of(text: string): number {
    this.count++;
    let i = this.index.get(text);
    if (i === undefined) {
      i = this.index.size;
      this.index.set(text, i);
    }
    return i;
  }

  xml(): string {
    const items = [...this.index.keys()].map((t) => `<si><t xml:space="preserve">${escapeXml(t)}</t></si>`);
    return `${XML_HEAD}<sst xmlns="${MAIN}" count="${this.count}" uniqueCount="${this.index.size}">${items.join('')}</sst>`;
  }
}

function cellXml(ref: string, value: CellValue, style: number, strings: SharedStrings): string {
  if (value === null) return '';
  // A text is always a shared string: Excel and LibreOffice never read one as a formula.
  if (typeof value === 'string') return `<c r="${ref}" s="${style}" t="s"><v>${strings.of(value)}</v></c>`;
  const number = value instanceof Date ? EPOCH_SERIAL + value.getTime() / DAY_MS : value;
  return `<c r="${ref}" s="${style}"><v>${number}</v></c>`;
}

/** The worksheet's XML in pieces (a row each), so a long list is never one string. */
function* sheetPieces(list: ListSheet, styles: Styles, strings: SharedStrings): Generator<string> {
  const letters = list.headers.map((_, i) => columnLetters(i + 1));
  const headerRow = headerRowOf(list);
  const lastRow = headerRow + list.rows.length + (list.total ? 1 : 0);
  const lastColumn = letters.at(-1) ?? 'A';
  const plain = list.formats.map((f) => styles.of(f, false));
  const bold = list.formats.map((f) => styles.of(f, true));
  const cols = list.widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" style="${plain[i]}" customWidth="1"/>`).join('');
  const top = `A${headerRow + 1}`;
  yield (
    `${XML_HEAD}<worksheet xmlns="${MAIN}" xmlns:r="${REL}"><sheetPr><pageSetUpPr fitToPage="1"/></sheetPr><dimension ref="A1:${lastColumn}${lastRow}"/>` +
    `<sheetViews><sheetView workbookViewId="0"><pane ySplit="${headerRow}" topLeftCell="${top}" activePane="bottomLeft" state="frozen"/>` +
    `<selection pane="bottomLeft" activeCell="${top}" sqref="${top}"/></sheetView></sheetViews>` +
    `<sheetFormatPr defaultRowHeight="15"/>${cols ? `<cols>${cols}</cols>` : ''}<sheetData>`
  );
  let r = 0;
  const row = (cells: readonly CellValue[], styleOf: readonly number[]) => {
    r++;
    let xml = `<row r="${r}">`;
    for (let i = 0; i < cells.length; i++) xml += cellXml(`${letters[i]}${r}`, cells[i], styleOf[i], strings);
    return `${xml}</row>`;
  };
  for (const line of list.caption) yield row([line], bold);
  yield row(list.headers, bold);
  for (const cells of list.rows) yield row(cells, plain);
  if (list.total) yield row(list.total, bold);
  const filter = list.headers.length ? `<autoFilter ref="A${headerRow}:${lastColumn}${headerRow + list.rows.length}"/>` : '';
  yield (
    `</sheetData>${filter}<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>` +
    `<pageSetup paperSize="${PRINT.paperSize}" orientation="${PRINT.orientation}" fitToWidth="1" fitToHeight="0"/></worksheet>`
  );
}

/** A sheet name inside a formula: quoted, its own quotes doubled. */
function quotedName(name: string): string {
  return `'${name.replaceAll("'", "''")}'`;
}

function workbookXml(lists: readonly ListSheet[]): string {
  const sheets = lists.map((l, i) => `<sheet name="${escapeXml(l.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('');
  // Excel keeps each autofilter's range under a hidden name (a file without it opens, but Excel writes
  // it, and so do we) and the rows printed atop every page under another.
  const names = lists
    .map((l, i) => {
      const row = headerRowOf(l);
      const sheet = escapeXml(quotedName(l.name));
      const titles = `<definedName name="_xlnm.Print_Titles" localSheetId="${i}">${sheet}!$1:$${row}</definedName>`;
      if (!l.headers.length) return titles;
      const last = columnLetters(l.headers.length);
      return `<definedName name="_xlnm._FilterDatabase" localSheetId="${i}" hidden="1">${sheet}!$A$${row}:$${last}$${row + l.rows.length}</definedName>${titles}`;
    })
    .join('');
  return `${XML_HEAD}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets>${sheets}</sheets>${names ? `<definedNames>${names}</definedNames>` : ''}</workbook>`;
}

function workbookRels(count: number): string {
  const sheets = Array.from(
    { length: count },
    (_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
  ).join('');
  return (
    `${XML_HEAD}<Relationships xmlns="${PKG_REL}">${sheets}` +
    `<Relationship Id="rId${count + 1}" Type="${REL}/styles" Target="styles.xml"/>` +
    `<Relationship Id="rId${count + 2}" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`
  );
}

function contentTypes(count: number): string {
  const sheets = Array.from(
    { length: count },
    (_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
  ).join('');
  return (
    `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
    `${sheets}<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>` +
    '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>'
  );
}

/** The .xlsx file of `lists`, one sheet each, in order. */
export function listWorkbookFile(lists: readonly ListSheet[]): Buffer {
  if (lists.length === 0) throw new RangeError('a workbook needs at least one sheet');
  const styles = new Styles();
  const strings = new SharedStrings();
  const utf8 = (text: string) => Buffer.from(text, 'utf8');
  // Every sheet is written first: the shared strings and styles are known only then. The longest
  // sheet stays a list of rows, encoded and deflated batch by batch; the others are small.
  const pieces = lists.map((l) => [...sheetPieces(l, styles, strings)]);
  const longest = lists.reduce((best, l, i) => (l.rows.length > lists[best].rows.length ? i : best), 0);
  const sheetParts: Record<string, Uint8Array> = {};
  pieces.forEach((p, i) => {
    sheetParts[`xl/worksheets/sheet${i + 1}.xml`] = i === longest ? new Uint8Array(0) : utf8(p.join(''));
  });
  return zipStreamed(
    {
      '[Content_Types].xml': utf8(contentTypes(lists.length)),
      '_rels/.rels': utf8(`${XML_HEAD}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`),
      'xl/workbook.xml': utf8(workbookXml(lists)),
      'xl/_rels/workbook.xml.rels': utf8(workbookRels(lists.length)),
      ...sheetParts,
      'xl/styles.xml': utf8(styles.xml()),
      'xl/sharedStrings.xml': utf8(strings.xml()),
    },
    { name: `xl/worksheets/sheet${longest + 1}.xml`, pieces: pieces[longest] },
  );
}
