// Reads a generated .docx back: its parts, paragraphs and runs with the formatting the decree checks.
// Regular expressions are enough here: the XML is the engine's own, written one way.
import { strFromU8, unzipSync } from 'fflate';

export interface Docx {
  files: Record<string, string>;
  document: string;
}

export function openDocx(buf: Uint8Array): Docx {
  const raw = unzipSync(buf);
  const files: Record<string, string> = {};
  for (const [name, data] of Object.entries(raw)) if (/\.(xml|rels)$/u.test(name)) files[name] = strFromU8(data);
  return { files, document: files['word/document.xml'] };
}

export interface Run {
  text: string;
  bold: boolean;
  italic: boolean;
  underline: boolean;
  /** Half-points, or null when inherited. */
  size: number | null;
  font: string | null;
}

export interface Para {
  xml: string;
  text: string;
  runs: Run[];
}

const decode = (s: string) => s.replace(/&lt;/gu, '<').replace(/&gt;/gu, '>').replace(/&quot;/gu, '"').replace(/&amp;/gu, '&');

function onOff(rPr: string, tag: string): boolean {
  const m = new RegExp(`<w:${tag}(?: w:val="([^"]*)")?/>`, 'u').exec(rPr);
  return !!m && m[1] !== 'false' && m[1] !== '0';
}

export function runs(pXml: string): Run[] {
  return [...pXml.matchAll(/<w:r>(.*?)<\/w:r>|<w:r [^>]*>(.*?)<\/w:r>/gsu)].map((m) => {
    const body = m[1] ?? m[2];
    const rPr = /<w:rPr>(.*?)<\/w:rPr>/su.exec(body)?.[1] ?? '';
    const text = [...body.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/gu)].map((t) => decode(t[1])).join('');
    const size = /<w:sz w:val="(\d+)"\/>/u.exec(rPr);
    const font = /<w:rFonts [^>]*w:ascii="([^"]+)"/u.exec(rPr);
    return {
      text,
      bold: onOff(rPr, 'b'),
      italic: onOff(rPr, 'i'),
      underline: /<w:u /u.test(rPr),
      size: size ? Number(size[1]) : null,
      font: font ? font[1] : null,
    };
  });
}

export function paragraphs(xml: string): Para[] {
  return [...xml.matchAll(/<w:p>(.*?)<\/w:p>|<w:p [^>]*>(.*?)<\/w:p>/gsu)].map((m) => {
    const inner = m[1] ?? m[2];
    const rs = runs(inner);
    return { xml: inner, text: rs.map((r) => r.text).join(''), runs: rs };
  });
}

export function findPara(xml: string, text: string | RegExp): Para {
  const found = paragraphs(xml).find((p) => (typeof text === 'string' ? p.text === text : text.test(p.text)));
  if (!found) throw new Error(`No paragraph ${String(text)}`);
  return found;
}

/** All section properties in document order. */
export function sections(xml: string): string[] {
  return [...xml.matchAll(/<w:sectPr[ >].*?<\/w:sectPr>/gsu)].map((m) => m[0]);
}

export function attr(xml: string, tag: string, name: string): string | null {
  const el = new RegExp(`<w:${tag}\\b[^>]*>`, 'u').exec(xml)?.[0];
  if (!el) return null;
  return new RegExp(`w:${name}="([^"]*)"`, 'u').exec(el)?.[1] ?? null;
}

/** Paragraph text of the body up to the signature table (the "Nơi nhận:" cell). */
export function bodyTexts(xml: string): string[] {
  const texts = paragraphs(xml).map((p) => p.text);
  return texts.slice(0, texts.indexOf('Nơi nhận:'));
}

/** The inner XML of every cell, in reading order. */
export function tableCells(xml: string): string[] {
  return [...xml.matchAll(/<w:tc>(.*?)<\/w:tc>/gsu)].map((m) => m[1]);
}

/** Table rows as arrays of cell texts. */
export function tableRows(tableXml: string): string[][] {
  return [...tableXml.matchAll(/<w:tr>(.*?)<\/w:tr>|<w:tr [^>]*>(.*?)<\/w:tr>/gsu)].map((r) =>
    tableCells(r[1] ?? r[2]).map((c) => paragraphs(c).map((p) => p.text).join('\n')),
  );
}

export function tables(xml: string): string[] {
  return [...xml.matchAll(/<w:tbl>.*?<\/w:tbl>/gsu)].map((m) => m[0]);
}
