// Data tables (statistics, lists of units and works) written as WordprocessingML text and spliced into
// the packed document. The docx library takes ≈ 2,7 s to serialise a 10.000-row table, far over the
// 1,5 s budget of the báo cáo; plain string building does it in tens of milliseconds.
import { textWidthTwips } from './measure.ts';
import { SIZE } from './style.ts';
import { pt } from './units.ts';

export interface Column {
  title: string;
  /** Relative width; the columns share the text width in proportion. */
  weight: number;
  align?: 'left' | 'center' | 'right';
  /** Columns in a row with the same group get one spanning header cell above theirs. */
  group?: string;
}

export type Cell = string | number | readonly string[];

/** A bold row across the whole table that heads the rows under it ("I. CẤP THÀNH PHỐ"). */
export interface HeadingRow {
  heading: string;
}

export type Row = readonly Cell[] | HeadingRow;

export interface DataTable {
  columns: readonly Column[];
  rows: readonly Row[];
  /** Bold closing row, e.g. "Tổng cộng". */
  total?: readonly Cell[];
  /** Least row height in twips: blank form rows need room for handwriting. */
  minRowHeight?: number;
  /** Shown as one merged row when there are no rows. */
  empty?: string;
}

export const TABLE_PARAGRAPH_STYLE = 'TdktTable';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** Markup characters only: characters XML forbids are removed from the finished package (assemble.ts). */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"]/gu, (c) => ESCAPES[c]);
}

const JC = { left: 'left', center: 'center', right: 'right' } as const;

function paragraphXml(text: string, align: 'left' | 'center' | 'right', bold: boolean, keep: boolean): string {
  const rPr = bold ? '<w:rPr><w:b/><w:bCs/></w:rPr>' : '';
  const run = text === '' ? '' : `<w:r>${rPr}<w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r>`;
  const keepNext = keep ? '<w:keepNext/>' : '';
  return `<w:p><w:pPr><w:pStyle w:val="${TABLE_PARAGRAPH_STYLE}"/>${keepNext}<w:jc w:val="${JC[align]}"/>${rPr}</w:pPr>${run}</w:p>`;
}

/** How a cell is laid: `extra` is tcPr markup (merges, spans); `keep` holds the row to the next one. */
interface CellLook {
  align: 'left' | 'center' | 'right';
  bold: boolean;
  extra?: string;
  keep?: boolean;
}

function cellXml(content: Cell, width: number, look: CellLook): string {
  const lines = typeof content === 'string' ? [content] : typeof content === 'number' ? [String(content)] : content;
  const paragraphs = (lines.length ? lines : ['']).map((l) => paragraphXml(l, look.align, look.bold, look.keep ?? false)).join('');
  return `<w:tc><w:tcPr><w:tcW w:w="${width}" w:type="dxa"/>${look.extra ?? ''}<w:vAlign w:val="center"/></w:tcPr>${paragraphs}</w:tc>`;
}

const cellText = (c: Cell | undefined) => (c === undefined ? '' : typeof c === 'number' ? String(c) : typeof c === 'string' ? c : c.join(''));

/** Twips of cell margin on each side (tblCellMar) and of slack for the width estimate's error. */
const CELL_MARGIN = pt(3);
const FIT_SLACK = pt(2);

/**
 * Widths with the STT column wide enough that neither its title nor its longest number wraps ("10000"
 * on one line, not "1000/0"): what it lacks is taken from the widest column.
 */
function fittedWidths(table: DataTable, textWidth: number): number[] {
  const widths = columnWidths(table.columns, textWidth);
  const stt = table.columns.findIndex((c) => c.title === 'STT');
  if (stt < 0) return widths;
  let longest = textWidthTwips('STT', SIZE.table, true);
  for (const r of table.rows) if (!('heading' in r)) longest = Math.max(longest, textWidthTwips(cellText(r[stt]), SIZE.table));
  if (table.total) longest = Math.max(longest, textWidthTwips(cellText(table.total[stt]), SIZE.table, true));
  const lack = longest + 2 * CELL_MARGIN + FIT_SLACK - widths[stt];
  if (lack <= 0) return widths;
  const widest = widths.reduce((best, w, i) => (i !== stt && w > widths[best] ? i : best), stt === 0 ? 1 : 0);
  widths[stt] += lack;
  widths[widest] -= lack;
  return widths;
}

const BORDER = 'w:val="single" w:sz="4" w:space="0" w:color="000000"';

/** Column widths in twips that add up exactly to `textWidth`. */
export function columnWidths(columns: readonly Column[], textWidth: number): number[] {
  const total = columns.reduce((s, c) => s + c.weight, 0);
  const widths = columns.map((c) => Math.floor((c.weight / total) * textWidth));
  widths[widths.length - 1] += textWidth - widths.reduce((s, w) => s + w, 0);
  return widths;
}

/**
 * Rows per physical table. LibreOffice lays out one long table in time that grows with the square of
 * its rows (3.000 rows: 17 s; the same rows in tables of 300: 5 s), so long lists are written as
 * consecutive tables. They touch, with no paragraph between (Word joins such tables into one), and
 * only the first has the header rows and a top border: a page never shows a second header or a
 * double line where one piece ends and the next begins.
 */
export const CHUNK_ROWS = 300;

/** Tables of at most this many rows (header and total included) are kept on one page. */
export const KEEP_TOGETHER_ROWS = 12;

const hasGroups = (columns: readonly Column[]) => columns.some((c) => c.group);

/** Header rows always go with the first body row: a header alone at the foot of a page is no use. */
function headerRows(columns: readonly Column[], widths: readonly number[]): string {
  // One row, or two when some columns share a group title (the group spans, the others merge down).
  const head = '<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>';
  const look = (extra?: string): CellLook => ({ align: 'center', bold: true, extra, keep: true });
  if (!hasGroups(columns)) {
    return [head, ...columns.map((c, i) => cellXml(c.title, widths[i], look())), '</w:tr>'].join('');
  }
  const top: string[] = [];
  const bottom: string[] = [];
  for (let i = 0; i < columns.length; ) {
    const g = columns[i].group;
    if (!g) {
      top.push(cellXml(columns[i].title, widths[i], look('<w:vMerge w:val="restart"/>')));
      bottom.push(cellXml('', widths[i], look('<w:vMerge/>')));
      i++;
      continue;
    }
    let j = i;
    let span = 0;
    while (j < columns.length && columns[j].group === g) {
      span += widths[j];
      bottom.push(cellXml(columns[j].title, widths[j], look()));
      j++;
    }
    top.push(cellXml(g, span, look(`<w:gridSpan w:val="${j - i}"/>`)));
    i = j;
  }
  return [head, ...top, '</w:tr>', head, ...bottom, '</w:tr>'].join('');
}

/**
 * The table's WordprocessingML in pieces: one physical table of CHUNK_ROWS rows at a time, the joining
 * paragraph in front of every piece but the first. A 100k-work list is ≈ 150 MB of XML; taken piece
 * by piece it never has to exist as one string (see assemble.ts, which deflates each piece as it comes).
 */
export function* tableXmlParts(table: DataTable, textWidth: number): Generator<string> {
  const { columns } = table;
  const widths = fittedWidths(table, textWidth);
  const stt = columns.findIndex((c) => c.title === 'STT');
  const bodyRows = (table.rows.length === 0 && table.empty ? 1 : table.rows.length) + (table.total ? 1 : 0);
  const keepAll = bodyRows + (hasGroups(columns) ? 2 : 1) <= KEEP_TOGETHER_ROWS;
  const opening = (first: boolean) =>
    [
      `<w:tbl><w:tblPr><w:tblW w:w="${textWidth}" w:type="dxa"/><w:tblLayout w:type="fixed"/>`,
      `<w:tblBorders><w:top ${first ? BORDER : 'w:val="nil"'}/><w:left ${BORDER}/><w:bottom ${BORDER}/><w:right ${BORDER}/><w:insideH ${BORDER}/><w:insideV ${BORDER}/></w:tblBorders>`,
      `<w:tblCellMar><w:left w:w="${CELL_MARGIN}" w:type="dxa"/><w:right w:w="${CELL_MARGIN}" w:type="dxa"/></w:tblCellMar>`,
      '<w:tblLook w:val="0000" w:firstRow="0" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="1" w:noVBand="1"/></w:tblPr>',
      `<w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>`,
      first ? headerRows(columns, widths) : '',
    ].join('');

  const fullRow = (text: string, bold: boolean, keep: boolean) =>
    `<w:tr><w:trPr><w:cantSplit/></w:trPr>${cellXml(text, textWidth, { align: bold ? 'left' : 'center', bold, extra: `<w:gridSpan w:val="${columns.length}"/>`, keep })}</w:tr>`;
  const height = table.minRowHeight ? `<w:trHeight w:val="${table.minRowHeight}" w:hRule="atLeast"/>` : '';
  const row = (cells: readonly Cell[], bold: boolean, keep: boolean) => {
    const parts = [`<w:tr><w:trPr><w:cantSplit/>${height}</w:trPr>`];
    for (let i = 0; i < columns.length; i++) {
      const look: CellLook = { align: columns[i].align ?? 'left', bold, keep, extra: i === stt ? '<w:noWrap/>' : undefined };
      parts.push(cellXml(cells[i] ?? '', widths[i], look));
    }
    parts.push('</w:tr>');
    return parts.join('');
  };
  function* body(): Generator<string> {
    // A short table keeps every row with the next (the last excepted), so it moves to a new page whole.
    let left = bodyRows;
    const keep = () => keepAll && --left > 0;
    if (table.rows.length === 0 && table.empty) yield fullRow(table.empty, false, keep());
    for (const r of table.rows) yield 'heading' in r ? fullRow(r.heading, true, keep()) : row(r, false, keep());
    if (table.total) yield row(table.total, true, keep());
  }

  let chunk: string[] = [];
  let first = true;
  const piece = () => {
    const xml = `${opening(first)}${chunk.join('')}</w:tbl>`;
    first = false;
    chunk = [];
    return xml;
  };
  for (const r of body()) {
    chunk.push(r);
    if (chunk.length === CHUNK_ROWS) yield piece();
  }
  // A table with no rows at all still gets its header; a full last piece has been written already.
  if (chunk.length || first) yield piece();
}

export function tableXml(table: DataTable, textWidth: number): string {
  return [...tableXmlParts(table, textWidth)].join('');
}
