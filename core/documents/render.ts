// Blocks → docx paragraphs. Data tables become placeholders that the packer replaces with their
// WordprocessingML (see table.ts), so the whole body still reads top to bottom in one place.
import { LineRuleType, Paragraph, type Table } from 'docx';
import { upperVi } from '../text/upper.ts';
import { type Block, numberBlocks } from './outline.ts';
import { para, run, tight } from './style.ts';
import { type DataTable, tableXmlParts } from './table.ts';
import { pt } from './units.ts';

export type BodyChild = Paragraph | Table;

/**
 * Collects the raw tables of one document; each gets a unique marker paragraph. The XML is written
 * only when the document is packed, piece by piece (tableXmlParts), so a long list is never held whole.
 */
export class TableSlots {
  readonly tables = new Map<string, { table: DataTable; textWidth: number }>();

  slot(table: DataTable, textWidth: number): Paragraph {
    const marker = `@@TDKT-TABLE-${this.tables.size}@@`;
    this.tables.set(marker, { table, textWidth });
    return tight(marker, { size: 1 });
  }

  /** The marker's table as XML pieces, in document order. */
  *parts(marker: string): Generator<string> {
    const slot = this.tables.get(marker);
    if (!slot) throw new Error(`Không có bảng cho chỗ đặt ${marker}`);
    yield* tableXmlParts(slot.table, slot.textWidth);
  }
}

/**
 * An empty paragraph exactly 1 pt high: an empty paragraph otherwise takes the height of a line of the
 * body font (LibreOffice ignores its mark's size), enough to spill alone onto a page of its own.
 */
function sectionEndAfterTable(): Paragraph {
  return new Paragraph({ run: { size: 2 }, spacing: { before: 0, after: 0, line: 20, lineRule: LineRuleType.EXACT } });
}

export function renderBlocks(blocks: readonly Block[], textWidth: number, slots: TableSlots): BodyChild[] {
  const out: BodyChild[] = [];
  const numbered = numberBlocks(blocks);
  for (const [i, { block, label }] of numbered.entries()) {
    switch (block.kind) {
      case 'h1':
        out.push(para(`${label}${upperVi(block.text)}`, { bold: true, indent: true, keepNext: true, before: pt(6) }));
        break;
      case 'h2':
        out.push(
          block.rest
            ? para([run(`${label}${block.text}`, { bold: true }), run(` ${block.rest}`)], { indent: true })
            : para(`${label}${block.text}`, { bold: true, indent: true, keepNext: true }),
        );
        break;
      case 'h3':
        out.push(para(`${label}${block.text}`, { indent: true }));
        break;
      case 'p':
        out.push(
          block.label
            ? para([run(`${block.label} `, { bold: true }), run(block.text, { italics: block.italics, bold: block.bold })], {
                indent: block.indent ?? true,
                align: block.align,
                keepNext: block.keepNext,
              })
            : para(block.text, {
                indent: block.indent ?? true,
                italics: block.italics,
                bold: block.bold,
                align: block.align,
                keepNext: block.keepNext,
              }),
        );
        break;
      case 'dash':
        out.push(para(block.text, { indent: true, keepNext: block.keepNext }));
        break;
      case 'table':
        out.push(slots.slot(block.table, textWidth));
        // Text after a table needs air below it. A table that ends its section only needs the paragraph
        // Word wants after every table, as small as it can be: a 6 pt spacer there spilled onto a page of
        // its own whenever the table filled the last page (a blank last page in the báo cáo).
        out.push(i === numbered.length - 1 ? sectionEndAfterTable() : tight('', { size: 6, after: pt(6) }));
        break;
    }
  }
  return out;
}
