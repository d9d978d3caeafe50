// Certificates as a Word document, one certificate a page: each field an absolutely positioned frame
// (w:framePr anchored to the page) at its laid-out box, the calibration already applied by the layout,
// with the same line breaks and size the fit rule chose for the PDF. The page is the paper, margins 0.
// Written by hand, not with the docx library (one docx section a page costs 10× the time and +275 MB
// for 1,000 pages, DESIGN §6): the parts that never change are fixed strings, the run properties are
// built once per style, and each recipient's escaped lines are stamped into its frames; the body is streamed into the zip (core/documents/docx-zip.ts) a page at a time.
import { strToU8 } from 'fflate';
import { stripUnsafeChars } from '../text/normalize.ts';
import { zipStreamed } from '../documents/docx-zip.ts';
import type { FontVariant } from './fit.ts';
import type { LaidPage, LaidText } from './layout.ts';

export const FONT_NAME = 'Times New Roman';

/** Twentieths of a point: Word's unit for positions and sizes. */
export const twips = (mm: number) => Math.round((mm * 1440) / 25.4);

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

const CONTENT_TYPES = `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>`;
const ROOT_RELS = `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>`;
const DOC_RELS = `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/></Relationships>`;
const FONTS = `<w:rFonts w:ascii="${FONT_NAME}" w:hAnsi="${FONT_NAME}" w:cs="${FONT_NAME}" w:eastAsia="${FONT_NAME}"/>`;
// Vietnamese for the spelling checker, and no spacing after paragraphs: every position is the frame's.
const STYLES = `${XML_HEAD}<w:styles ${W_NS}><w:docDefaults><w:rPrDefault><w:rPr>${FONTS}<w:sz w:val="28"/><w:szCs w:val="28"/><w:lang w:val="vi-VN"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style></w:styles>`;
const SETTINGS = `${XML_HEAD}<w:settings ${W_NS}><w:defaultTabStop w:val="720"/><w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>`;

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/**
 * Text as XML character data. Recipients are cleaned at the wall (core/text/normalize.ts), but a
 * register row written before that rule, or any other road, must not be the one U+FFFE that makes
 * Word refuse the whole file: the same rule runs again here.
 */
export function escapeXml(text: string): string {
  return stripUnsafeChars(text).replace(/[&<>"]/g, (c) => XML_ESCAPES[c]);
}

function coreXml(title: string, at: Date): string {
  const when = at.toISOString().replace(/\.\d{3}Z$/u, 'Z');
  return `${XML_HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>${escapeXml(title)}</dc:title><dc:creator>TĐKT</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${when}</dcterms:modified></cp:coreProperties>`;
}

const JC = { left: 'left', centre: 'center', right: 'right' } as const;

/** A frame's paragraph properties up to the spacing. */
function frameStart(t: LaidText): string {
  const b = t.box;
  return `<w:p><w:pPr><w:framePr w:w="${twips(b.width)}" w:h="${twips(b.height)}" w:hRule="exact" w:hAnchor="page" w:vAnchor="page" w:x="${twips(b.x)}" w:y="${twips(b.y)}" w:wrap="around"/>`;
}

const runProps = new Map<string, string>();
function runStart(variant: FontVariant, sizePt: number, colour: string): string {
  const key = `${variant}|${sizePt}|${colour}`;
  let s = runProps.get(key);
  if (s === undefined) {
    const half = Math.round(sizePt * 2);
    // Vietnamese is a Latin script: the complex-script twins (w:bCs, w:iCs, w:szCs) would only add bytes.
    const bold = variant === 'bold' || variant === 'boldItalic' ? '<w:b/>' : '';
    const italic = variant === 'italic' || variant === 'boldItalic' ? '<w:i/>' : '';
    const color = colour === '#000000' ? '' : `<w:color w:val="${colour.slice(1)}"/>`;
    s = `<w:r><w:rPr>${FONTS}${bold}${italic}${color}<w:sz w:val="${half}"/></w:rPr>`;
    runProps.set(key, s);
  }
  return s;
}

// The layout hands back the same LaidText for a text it has seen (core/certificates/layout.ts), so a
// frame repeated on every page (issuer, achievement, signer) is written once.
const frames = new WeakMap<LaidText, string>();

function frame(t: LaidText): string {
  let xml = frames.get(t);
  if (xml === undefined) {
    xml = frameXml(t);
    frames.set(t, xml);
  }
  return xml;
}

function frameXml(t: LaidText): string {
  // Exact line pitch (twentieths of a point) and the space above the first line: the lines sit where
  // the layout centred them in the box.
  const line = Math.round((t.lineHeightMm * 1440) / 25.4);
  const before = Math.max(0, twips(t.padTopMm));
  const text = t.lines.map((l) => `<w:t xml:space="preserve">${escapeXml(l.text)}</w:t>`).join('<w:br/>');
  return `${frameStart(t)}<w:spacing w:before="${before}" w:after="0" w:line="${line}" w:lineRule="exact"/><w:jc w:val="${JC[t.anchor]}"/></w:pPr>${runStart(t.variant, t.sizePt, t.colour)}${text}</w:r></w:p>`;
}

/** A horizontal rule (the line under Tiêu ngữ): an empty frame one rule high with a top border. */
function ruleFrame(x1: number, y: number, x2: number, widthPt: number, colour: string): string {
  const sz = Math.max(2, Math.round(widthPt * 8));
  return `<w:p><w:pPr><w:framePr w:w="${twips(x2 - x1)}" w:h="${Math.max(20, twips(widthPt * 0.3528))}" w:hRule="exact" w:hAnchor="page" w:vAnchor="page" w:x="${twips(x1)}" w:y="${twips(y)}" w:wrap="around"/><w:pBdr><w:top w:val="single" w:sz="${sz}" w:space="0" w:color="${colour.slice(1)}"/></w:pBdr><w:spacing w:before="0" w:after="0" w:line="20" w:lineRule="exact"/></w:pPr></w:p>`;
}

const PAGE_BREAK = '<w:p><w:pPr><w:spacing w:before="0" w:after="0" w:line="20" w:lineRule="exact"/></w:pPr><w:r><w:br w:type="page"/></w:r></w:p>';

/**
 * The section: the paper's size, margins 0. A full design's border is Word's page border (Word has one
 * a page): thick outside, thin inside, as the PDF's two rectangles.
 */
function sectPr(page: LaidPage): string {
  const w = twips(page.widthMm);
  const h = twips(page.heightMm);
  const outer = page.rects[0];
  const border = outer
    ? (() => {
        const space = Math.min(31, Math.round((outer.box.x * 72) / 25.4));
        const side = (s: string) => `<w:${s} w:val="thickThinMediumGap" w:sz="24" w:space="${space}" w:color="${outer.colour.slice(1)}"/>`;
        return `<w:pgBorders w:offsetFrom="page">${side('top')}${side('left')}${side('bottom')}${side('right')}</w:pgBorders>`;
      })()
    : '';
  return `<w:sectPr><w:pgSz w:w="${w}" w:h="${h}"${w > h ? ' w:orient="landscape"' : ''}/><w:pgMar w:top="0" w:right="0" w:bottom="0" w:left="0" w:header="0" w:footer="0" w:gutter="0"/>${border}</w:sectPr>`;
}

export interface DocxWriter {
  page(laid: LaidPage): void;
  /** The finished .docx. */
  end(): Buffer;
}

/**
 * Pages are turned into XML as they come and kept as strings until end() streams them into the
 * zip; a batch is split into files of at most 1,000 pages upstream, which bounds what is held.
 */
export function createDocx(title: string, now: Date): DocxWriter {
  const pages: string[] = [];
  let last: LaidPage | null = null;
  return {
    page(laid) {
      let xml = pages.length ? PAGE_BREAK : '';
      for (const t of laid.texts) xml += frame(t);
      for (const r of laid.rules) xml += ruleFrame(r.x1, r.y1, r.x2, r.widthPt, r.colour);
      pages.push(xml);
      last = laid;
    },
    end() {
      if (!last) throw new Error('createDocx: no page');
      const section = sectPr(last);
      function* body(): Generator<string> {
        yield `${XML_HEAD}<w:document ${W_NS}><w:body>`;
        yield* pages;
        yield `${section}</w:body></w:document>`;
      }
      const fixed = {
        '[Content_Types].xml': strToU8(CONTENT_TYPES),
        '_rels/.rels': strToU8(ROOT_RELS),
        'word/document.xml': new Uint8Array(0),
        'word/_rels/document.xml.rels': strToU8(DOC_RELS),
        'word/styles.xml': strToU8(STYLES),
        'word/settings.xml': strToU8(SETTINGS),
        'docProps/core.xml': strToU8(coreXml(title, now)),
      };
      return zipStreamed(fixed, { name: 'word/document.xml', pieces: body() });
    },
  };
}
