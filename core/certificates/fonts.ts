// The OS serif family, read once from its files: Times New Roman on Windows, Liberation Serif (metric-
// compatible, every Vietnamese mark) on Linux. The fit rule measures with fontkit faces parsed from
// the very bytes pdfkit embeds, so what was measured is what is drawn.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as fontkit from 'fontkit';
import { UserError } from '../api/envelope.ts';
import type { FontMetrics, FontVariant } from './fit.ts';

export type FontFiles = Record<FontVariant, string>;

const VARIANTS: readonly FontVariant[] = ['regular', 'bold', 'italic', 'boldItalic'];

function windowsFonts(): FontFiles {
  const dir = join(process.env.WINDIR ?? 'C:\\Windows', 'Fonts');
  return { regular: join(dir, 'times.ttf'), bold: join(dir, 'timesbd.ttf'), italic: join(dir, 'timesi.ttf'), boldItalic: join(dir, 'timesbi.ttf') };
}

function liberation(dir: string): FontFiles {
  const f = (style: string) => join(dir, `LiberationSerif-${style}.ttf`);
  return { regular: f('Regular'), bold: f('Bold'), italic: f('Italic'), boldItalic: f('BoldItalic') };
}

const MAC = '/System/Library/Fonts/Supplemental';

/** Where each system keeps the family, most likely first. */
export function candidateFontSets(platform: NodeJS.Platform = process.platform): FontFiles[] {
  const linux = ['/usr/share/fonts/truetype/liberation2', '/usr/share/fonts/truetype/liberation', '/usr/share/fonts/liberation-serif', '/usr/share/fonts/TTF'].map(liberation);
  const mac = { regular: join(MAC, 'Times New Roman.ttf'), bold: join(MAC, 'Times New Roman Bold.ttf'), italic: join(MAC, 'Times New Roman Italic.ttf'), boldItalic: join(MAC, 'Times New Roman Bold Italic.ttf') };
  if (platform === 'win32') return [windowsFonts()];
  if (platform === 'darwin') return [mac, ...linux];
  return linux;
}

/** The first complete set of the four faces; `override` (tests, a user's own folder) is tried alone. */
export function findSerifFonts(override?: FontFiles): FontFiles {
  const sets = override ? [override] : candidateFontSets();
  const found = sets.find((s) => VARIANTS.every((v) => existsSync(s[v])));
  if (found) return found;
  const missing = VARIANTS.map((v) => sets[0][v]).filter((p) => !existsSync(p));
  throw new UserError(
    `Không tìm thấy phông chữ Times New Roman (trên Linux: Liberation Serif) để in giấy khen: thiếu tệp ${missing.join(', ')}. ` +
      'Hãy cài phông chữ Times New Roman (đủ 4 kiểu: thường, đậm, nghiêng, đậm nghiêng) rồi thử lại.',
  );
}

export interface LoadedFonts {
  files: FontFiles;
  /** The files' bytes: each PDF parses its own faces from them (see core/certificates/pdf.ts). */
  bytes: Record<FontVariant, Buffer>;
  /** The faces the fit rule measures with. */
  faces: Record<FontVariant, fontkit.Font>;
  metrics: FontMetrics;
}

function readBytes(path: string): Buffer {
  try {
    return readFileSync(path);
  } catch (error) {
    throw Object.assign(new UserError(`Không đọc được tệp phông chữ ${path}. Hãy kiểm tra quyền đọc tệp hoặc cài lại phông Times New Roman.`), { cause: error });
  }
}

function openFace(path: string, bytes: Buffer): fontkit.Font {
  let face: fontkit.Font | fontkit.FontCollection;
  try {
    face = fontkit.create(bytes);
  } catch (error) {
    throw Object.assign(new UserError(`Tệp phông chữ ${path} không đọc được (hỏng hoặc không phải phông TrueType). Hãy cài lại phông Times New Roman.`), { cause: error });
  }
  if (!('layout' in face)) throw new UserError(`Tệp phông chữ ${path} là một bộ nhiều phông; hãy chọn tệp .ttf của Times New Roman.`);
  return face;
}

let loaded: { key: string; fonts: LoadedFonts } | null = null;

/**
 * The faces of `files`, read once per process (≈ 1,5 MB of TrueType; the widths measured stay cached
 * too): the app's handlers and a worker running batch after batch share them.
 */
export function sharedFonts(files: FontFiles): LoadedFonts {
  const key = JSON.stringify(files);
  if (loaded?.key !== key) loaded = { key, fonts: loadFonts(files) };
  return loaded.fonts;
}

/** Reads the four faces and measures with them; widths are cached per text (names repeat across a batch). */
export function loadFonts(files: FontFiles): LoadedFonts {
  const bytes = Object.fromEntries(VARIANTS.map((v) => [v, readBytes(files[v])])) as Record<FontVariant, Buffer>;
  const faces = Object.fromEntries(VARIANTS.map((v) => [v, openFace(files[v], bytes[v])])) as Record<FontVariant, fontkit.Font>;
  const caches = Object.fromEntries(VARIANTS.map((v) => [v, new Map<string, number>()])) as Record<FontVariant, Map<string, number>>;
  const piece = (text: string, variant: FontVariant): number => {
    const cache = caches[variant];
    let w = cache.get(text);
    if (w === undefined) {
      w = faces[variant].layout(text).advanceWidth / units[variant];
      // A batch of thousands of distinct names would otherwise keep every word.
      if (cache.size > 50_000) cache.clear();
      cache.set(text, w);
    }
    return w;
  };
  // fontkit computes these getters from its tables on every read.
  const ascent = Object.fromEntries(VARIANTS.map((v) => [v, faces[v].ascent / faces[v].unitsPerEm])) as Record<FontVariant, number>;
  const descent = Object.fromEntries(VARIANTS.map((v) => [v, -faces[v].descent / faces[v].unitsPerEm])) as Record<FontVariant, number>;
  const units = Object.fromEntries(VARIANTS.map((v) => [v, faces[v].unitsPerEm])) as Record<FontVariant, number>;
  const metrics: FontMetrics = {
    // pdfkit's own measure (EmbeddedFont.layout): shaped a word at a time, each with the space after it.
    widthEm(text, variant) {
      let w = 0;
      let from = 0;
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 32 || c === 9) {
          w += piece(text.slice(from, i + 1), variant);
          from = i + 1;
        }
      }
      return from < text.length ? w + piece(text.slice(from), variant) : w;
    },
    ascentEm: (v) => ascent[v],
    descentEm: (v) => descent[v],
    hasGlyph: (cp, v) => faces[v].hasGlyphForCodePoint(cp),
  };
  return { files, bytes, faces, metrics };
}
