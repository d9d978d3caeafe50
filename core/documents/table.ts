// Data tables (statistics, lists of units and works) written as WordprocessingML text and spliced into
// the packed document. The docx library takes ≈ 2,7 s to serialise a 10.000-row table, far over the
// 1,5 s budget of the báo cáo; plain string building does it in tens of milliseconds.
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

function paragraphXml(text: string, align: 'left' | 'center' | 'right', bold: boolean): string {
  const rPr = bold ? '<w:rPr><w:b/><w:bCs/></w:rPr>' : '';
  const run = text === '' ? '' : `<w:r>${rPr}<w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r>`;
  return `<w:p><w:pPr><w:pStyle w:val="${TABLE_PARAGRAPH_STYLE}"/><w:jc w:val="${JC[align]}"/>${rPr}</w:pPr>${run}</w:p>`;
}

function cellXml(
  content: Cell,
  width: number,
  align: 'left' | 'center' | 'right',
  bold: boolean,
  extra = '',
): string {
  const lines = typeof content === 'string' ? [content] : typeof content === 'number' ? [String(content)] : content;
  const paragraphs = (lines.length ? lines : ['']).map((l) => paragraphXml(l, align, bold)).join('');
  return `<w:tc><w:tcPr><w:tcW w:w="${width}" w:type="dxa"/>${extra}<w:vAlign w:val="center"/></w:tcPr>${paragraphs}</w:tc>`;
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
 * consecutive tables, each repeating the header row, joined by a 1 pt paragraph.
 */
export const CHUNK_ROWS = 300;

const CHUNK_JOIN =
  '<w:p><w:pPr><w:spacing w:before="0" w:after="0" w:line="20" w:lineRule="exact"/><w:rPr><w:sz w:val="2"/></w:rPr></w:pPr></w:p>';

function headerRows(columns: readonly Column[], widths: readonly number[]): string {
  // One row, or two when some columns share a group title (the group spans, the others merge down).
  const head = '<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>';
  if (!columns.some((c) => c.group)) {
    return [head, ...columns.map((c, i) => cellXml(c.title, widths[i], 'center', true)), '</w:tr>'].join('');
  }
  const top: string[] = [];
  const bottom: string[] = [];
  for (let i = 0; i < columns.length; ) {
    const g = columns[i].group;
    if (!g) {
      top.push(cellXml(columns[i].title, widths[i], 'center', true, '<w:vMerge w:val="restart"/>'));
      bottom.push(cellXml('', widths[i], 'center', true, '<w:vMerge/>'));
      i++;
      continue;
    }
    let j = i;
    let span = 0;
    while (j < columns.length && columns[j].group === g) {
      span += widths[j];
      bottom.push(cellXml(columns[j].title, widths[j], 'center', true));
      j++;
    }
    top.push(cellXml(g, span, 'center', true, `<w:gridSpan w:val="${j - i}"/>`));
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
  const widths = columnWidths(columns, textWidth);
  const open = [
    `<w:tbl><w:tblPr><w:tblW w:w="${textWidth}" w:type="dxa"/><w:tblLayout w:type="fixed"/>`,
    `<w:tblBorders><w:top ${BORDER}/><w:left ${BORDER}/><w:bottom ${BORDER}/><w:right ${BORDER}/><w:insideH ${BORDER}/><w:insideV ${BORDER}/></w:tblBorders>`,
    `<w:tblCellMar><w:left w:w="${pt(3)}" w:type="dxa"/><w:right w:w="${pt(3)}" w:type="dxa"/></w:tblCellMar>`,
    '<w:tblLook w:val="0000" w:firstRow="0" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="1" w:noVBand="1"/></w:tblPr>',
    `<w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>`,
    headerRows(columns, widths),
  ].join('');

  const fullRow = (text: string, bold: boolean) =>
    `<w:tr><w:trPr><w:cantSplit/></w:trPr>${cellXml(text, textWidth, bold ? 'left' : 'center', bold, `<w:gridSpan w:val="${columns.length}"/>`)}</w:tr>`;
  const height = table.minRowHeight ? `<w:trHeight w:val="${table.minRowHeight}" w:hRule="atLeast"/>` : '';
  const row = (cells: readonly Cell[], bold: boolean) => {
    const parts = [`<w:tr><w:trPr><w:cantSplit/>${height}</w:trPr>`];
    for (let i = 0; i < columns.length; i++) parts.push(cellXml(cells[i] ?? '', widths[i], columns[i].align ?? 'left', bold));
    parts.push('</w:tr>');
    return parts.join('');
  };
  function* body(): Generator<string> {
    if (table.rows.length === 0 && table.empty) yield fullRow(table.empty, false);
    for (const r of table.rows) yield 'heading' in r ? fullRow(r.heading, true) : row(r, false);
    if (table.total) yield row(table.total, true);
  }

  let chunk: string[] = [];
  let first = true;
  const piece = () => {
    const xml = `${first ? '' : CHUNK_JOIN}${open}${chunk.join('')}</w:tbl>`;
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
