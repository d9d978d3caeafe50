// Blocks → docx paragraphs. Data tables become placeholders that the packer replaces with their
// WordprocessingML (see table.ts), so the whole body still reads top to bottom in one place.
import type { Paragraph, Table } from 'docx';
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

export function renderBlocks(blocks: readonly Block[], textWidth: number, slots: TableSlots): BodyChild[] {
  const out: BodyChild[] = [];
  for (const { block, label } of numberBlocks(blocks)) {
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
        // A table directly followed by a section end or another table needs air below it.
        out.push(tight('', { size: 6, after: pt(6) }));
        break;
    }
  }
  return out;
}
