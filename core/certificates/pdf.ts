// Certificates as a PDF of exactly the paper's size (mm × 72 / 25,4 points), margins 0, the serif
// faces embedded (pdfkit subsets TrueType), one page per certificate, for printing at 100 %: the one
// output no driver's "fit to page" or browser margin can move. pdfkit is given the app's own face at
// construction, so it never loads Helvetica's metrics from its data folder, which a bundled app
// (esbuild for the web host, rolldown for Electron) does not have.
import PDFDocument from 'pdfkit';
import type { FontVariant } from './fit.ts';
import type { LoadedFonts } from './fonts.ts';
import type { LaidPage } from './layout.ts';

export const MM_PT = 72 / 25.4;
export const pt = (mm: number) => mm * MM_PT;

const VARIANTS: readonly FontVariant[] = ['regular', 'bold', 'italic', 'boldItalic'];

export interface PdfWriter {
  readonly doc: PDFKit.PDFDocument;
  /** Starts a page of the paper's size. */
  addPage(widthMm: number, heightMm: number): void;
  /** Draws a laid-out certificate on a new page. */
  page(laid: LaidPage): void;
  /** Finishes the file. */
  end(): Promise<Uint8Array>;
}

export function createPdf(fonts: LoadedFonts, title: string): PdfWriter {
  // Each document parses its own faces from the bytes: fontkit caches a glyph with the code points of
  // its first use, and embedding a subset fetches the parts of composite glyphs ("Ệ" is E and two
  // marks) with none, so a face shared between documents gave later ones a wrong ToUnicode map
  // ("GIẤY KH N" in pdftotext after a page with "HIỆP"). pdfkit takes font bytes as a source (its types
  // name only a path for the constructor's `font`).
  const doc = new PDFDocument({ autoFirstPage: false, margin: 0, font: fonts.bytes.regular as unknown as string, compress: true, info: { Title: title, Creator: 'TĐKT' }, lang: 'vi-VN' });
  for (const v of VARIANTS) if (v !== 'regular') doc.registerFont(v, fonts.bytes[v]);
  // The regular face is the document's default font, which pdfkit keeps under the face's PostScript
  // name; selecting it by that name reuses it (registering it again would make pdfkit re-open and
  // compare the face on every switch, a quarter of the batch's time).
  const select = (v: FontVariant) => (v === 'regular' ? fonts.faces.regular.postscriptName : v);
  const chunks: Uint8Array[] = [];
  doc.on('data', (c: Uint8Array) => chunks.push(c));
  const done = new Promise<Uint8Array>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const addPage = (widthMm: number, heightMm: number) => {
    doc.addPage({ size: [pt(widthMm), pt(heightMm)], margin: 0 });
  };
  return {
    doc,
    addPage,
    page(laid) {
      addPage(laid.widthMm, laid.heightMm);
      for (const r of laid.rects) doc.lineWidth(r.widthPt).strokeColor(r.colour).rect(pt(r.box.x), pt(r.box.y), pt(r.box.width), pt(r.box.height)).stroke();
      for (const l of laid.rules) doc.lineWidth(l.widthPt).strokeColor(l.colour).moveTo(pt(l.x1), pt(l.y1)).lineTo(pt(l.x2), pt(l.y2)).stroke();
      for (const t of laid.texts) {
        doc.font(select(t.variant)).fontSize(t.sizePt).fillColor(t.colour);
        for (const line of t.lines) doc.text(line.text, pt(line.xMm), pt(line.baselineMm), { lineBreak: false, baseline: 'alphabetic' });
      }
    },
    end() {
      doc.end();
      return done;
    },
  };
}
