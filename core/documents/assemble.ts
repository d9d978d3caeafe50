// Puts a document together: the main section (page numbers top-centre from page 2: a PAGE header plus
// w:titlePg with an empty first-page header) and one section per appendix, each restarting its own
// numbering (NĐ 30 §1.1). Headers are defined once on the first section; later sections inherit them.
import {
  AlignmentType,
  Document,
  Header,
  LineRuleType,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  type ISectionOptions,
  TextRun,
} from 'docx';
import { strFromU8, strToU8, unzipSync } from 'fflate';
import { DEFAULT_MARGINS, type Margins } from '../api/margins.ts';
import { stripUnsafeChars } from '../text/normalize.ts';
import { zipStreamed } from './docx-zip.ts';
import { HEADER_DISTANCE_MM, type Orientation, checkMargins, pageGeometry } from './page.ts';
import type { BodyChild, TableSlots } from './render.ts';
import { FONT, LANGUAGE, LINE_SPACING, PARAGRAPH_AFTER, SIZE } from './style.ts';
import { TABLE_PARAGRAPH_STYLE } from './table.ts';
import { A4, halfPoints, mm, pt } from './units.ts';

export interface SectionSpec {
  orientation: Orientation;
  children: BodyChild[];
}

export interface PackInput {
  title: string;
  margins?: Margins;
  main: BodyChild[];
  appendices?: readonly SectionSpec[];
  slots: TableSlots;
}

function pageNumberHeader(): Header {
  return new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: halfPoints(SIZE.pageNumber) })],
      }),
    ],
  });
}

function sectionProperties(margins: Margins, orientation: Orientation): ISectionOptions['properties'] {
  const g = pageGeometry(margins, 'portrait');
  return {
    titlePage: true,
    page: {
      // docx swaps width and height itself for landscape: it must be given the portrait size.
      size: {
        width: A4.width,
        height: A4.height,
        orientation: orientation === 'landscape' ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
      },
      margin: { ...g.margins, header: mm(HEADER_DISTANCE_MM), footer: mm(HEADER_DISTANCE_MM), gutter: 0 },
      pageNumbers: { start: 1 },
    },
  };
}

export async function packDocument(input: PackInput): Promise<Buffer> {
  const margins = checkMargins(input.margins ?? DEFAULT_MARGINS);
  const sections: ISectionOptions[] = [
    {
      properties: sectionProperties(margins, 'portrait'),
      headers: { default: pageNumberHeader(), first: new Header({ children: [new Paragraph({})] }) },
      children: input.main,
    },
    ...(input.appendices ?? []).map((s) => ({ properties: sectionProperties(margins, s.orientation), children: s.children })),
  ];
  const doc = new Document({
    title: input.title,
    creator: 'TĐKT',
    styles: {
      default: {
        document: {
          // Vietnamese for the spelling checker: without it Word marks every word of the document misspelt.
          run: { font: FONT, size: halfPoints(SIZE.body), language: { value: LANGUAGE } },
          paragraph: { spacing: { after: PARAGRAPH_AFTER, line: LINE_SPACING, lineRule: LineRuleType.AUTO } },
        },
      },
      paragraphStyles: [
        {
          id: TABLE_PARAGRAPH_STYLE,
          name: 'TĐKT bảng',
          run: { font: FONT, size: halfPoints(SIZE.table) },
          paragraph: { spacing: { before: pt(2), after: pt(2), line: 240, lineRule: LineRuleType.AUTO } },
        },
      ],
    },
    sections,
  });
  return finishPackage(await Packer.toBuffer(doc), input.slots);
}

const COMBINING_MARK = /[\u0300-\u036f]/;

/**
 * XML fit to ship: no character XML forbids, and Vietnamese in NFC — text stored decomposed (typed
 * on a Mac, pasted from a PDF) would otherwise print with its marks detached in some fonts and fail
 * Word's search and spelling.
 */
function clean(xml: string): string {
  const safe = stripUnsafeChars(xml);
  // Only text with a combining mark can be other than NFC here: the scan costs ≈ 15 ms on the 15 MB of
  // a 10k-work báo cáo, normalize() itself ≈ 100 ms.
  return COMBINING_MARK.test(safe) ? safe.normalize('NFC') : safe;
}

/**
 * The last step of every document. Each XML part loses any character XML forbids — one U+FFFE makes
 * Word refuse the whole file — so text stored before the wall cleaned it, or arriving by any other
 * road, cannot break a document: done here, once, it covers the docx library's runs, the tables'
 * XML and the document properties alike. Each marker paragraph in word/document.xml gives way to its
 * table, and the new body goes into the zip piece by piece: the tables' XML travels from its
 * generator to the deflater without ever being one string.
 */
export function finishPackage(docx: Uint8Array, slots: TableSlots): Buffer {
  const files = unzipSync(docx);
  for (const name of Object.keys(files)) {
    if (name !== 'word/document.xml' && /\.(xml|rels)$/u.test(name)) files[name] = strToU8(clean(strFromU8(files[name])));
  }
  const xml = strFromU8(files['word/document.xml']);
  function* pieces(): Generator<string> {
    let from = 0;
    // Markers appear in document order; one pass keeps this linear in the size of the document.
    for (const marker of slots.tables.keys()) {
      const at = xml.indexOf(marker, from);
      if (at < 0) throw new Error(`Thiếu chỗ đặt bảng ${marker}`);
      const start = Math.max(xml.lastIndexOf('<w:p>', at), xml.lastIndexOf('<w:p ', at));
      const end = xml.indexOf('</w:p>', at) + '</w:p>'.length;
      yield clean(xml.slice(from, start));
      // Pieces end at tag boundaries, never inside a surrogate pair or between a letter and its
      // combining mark, so each can be cleaned alone.
      for (const part of slots.parts(marker)) yield clean(part);
      from = end;
    }
    yield clean(xml.slice(from));
  }
  return zipStreamed(files, { name: 'word/document.xml', pieces: pieces() });
}
