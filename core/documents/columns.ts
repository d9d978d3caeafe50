// The borderless two-column tables that place NĐ 30's elements side by side: the header (ô 1–4) and the
// closing block (ô 7–9). Fixed widths and no cell margins, so each column's text starts at the margin.
import { BorderStyle, type Paragraph, Table, TableBorders, TableCell, TableLayoutType, TableRow, VerticalAlign, WidthType } from 'docx';

const NONE = { style: BorderStyle.NONE, size: 0, color: 'auto' };
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE };

function cell(children: Paragraph[], width: number): TableCell {
  return new TableCell({
    children,
    width: { size: width, type: WidthType.DXA },
    borders: NO_BORDERS,
    margins: { left: 0, right: 0, top: 0, bottom: 0 },
    verticalAlign: VerticalAlign.TOP,
  });
}

/** Each row is a [left, right] pair of paragraphs, never split across pages. Widths in twips. */
export function twoColumns(rows: readonly (readonly [Paragraph[], Paragraph[]])[], leftWidth: number, textWidth: number): Table {
  const rightWidth = textWidth - leftWidth;
  return new Table({
    rows: rows.map(([left, right]) => new TableRow({ children: [cell(left, leftWidth), cell(right, rightWidth)], cantSplit: true })),
    width: { size: textWidth, type: WidthType.DXA },
    columnWidths: [leftWidth, rightWidth],
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
  });
}
