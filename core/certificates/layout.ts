// The one layout of a certificate page, which the PDF and the .docx writers both draw: every line of
// every shown field with its size, its left edge and its baseline in millimetres from the paper's
// top-left corner, and (for a full design) the border, Quốc hiệu, Tiêu ngữ with its rule, and the
// title. The printer's calibration is applied here and only here, after the fit rule has run on the
// template's own millimetres: offset and scale about the paper's origin, x' = x·scale + offsetX.
import { upperVi } from '../text/upper.ts';
import { type FitResult, type FontMetrics, type FontVariant, fitText, LINE_HEIGHT, variantOf } from './fit.ts';
import { type Anchor, type Box, type Calibration, type CertificateRecipient, type CertificateTemplate, FIELD_KEYS, type FieldKey, fieldText } from './template.ts';

const PT_MM = 25.4 / 72;
export const BLACK = '#000000';
/** The red of Quốc hiệu-style titles and borders on plain-paper designs. */
export const RED = '#C00000';

export interface LaidLine {
  text: string;
  xMm: number;
  baselineMm: number;
  widthMm: number;
}

export interface LaidText {
  /** The template field, or null for the full design's own lines (Quốc hiệu, title…). */
  key: FieldKey | null;
  /** The box on the page, calibrated. */
  box: Box;
  anchor: Anchor;
  variant: FontVariant;
  sizePt: number;
  colour: string;
  lineHeightMm: number;
  /** From the box's top to the first line's top: the lines are centred in the box's height. */
  padTopMm: number;
  lines: LaidLine[];
  fit: FitResult;
}

export interface LaidRule {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  widthPt: number;
  colour: string;
}

export interface LaidRect {
  box: Box;
  widthPt: number;
  colour: string;
}

export interface LaidPage {
  widthMm: number;
  heightMm: number;
  texts: LaidText[];
  rules: LaidRule[];
  rects: LaidRect[];
}

interface TextSpec {
  box: Box;
  anchor: Anchor;
  variant: FontVariant;
  sizePt: number;
  minSizePt: number;
  colour: string;
}

/**
 * Fits one text in its box, in the template's own millimetres, and positions its lines on the page
 * through calibration `c` (applied after the fit, so a printer's scale never changes a line break).
 */
function layText(key: FieldKey | null, text: string, spec: TextSpec, metrics: FontMetrics, c: Calibration): LaidText {
  const { box, variant } = spec;
  const fit = fitText(text, variant, metrics, box.width, box.height, spec.sizePt, spec.minSizePt, spec.anchor === 'centre');
  const s = c.scale;
  const sizeMm = fit.sizePt * PT_MM;
  const lineHeightMm = fit.sizePt * LINE_HEIGHT * PT_MM;
  const padTopMm = (box.height - fit.lines.length * lineHeightMm) / 2;
  const ascent = metrics.ascentEm(variant);
  const descent = metrics.descentEm(variant);
  // Inside its line pitch the glyphs' ascender-to-descender band sits in the middle.
  const baselineInLine = (lineHeightMm - (ascent + descent) * sizeMm) / 2 + ascent * sizeMm;
  const lines = fit.lines.map((line, i) => {
    const widthMm = fit.widthsEm[i] * sizeMm;
    const xMm = spec.anchor === 'left' ? box.x : spec.anchor === 'right' ? box.x + box.width - widthMm : box.x + (box.width - widthMm) / 2;
    const baselineMm = box.y + padTopMm + i * lineHeightMm + baselineInLine;
    return { text: line, xMm: xMm * s + c.offsetXMm, baselineMm: baselineMm * s + c.offsetYMm, widthMm: widthMm * s };
  });
  return { key, box: calibrateBox(box, c), anchor: spec.anchor, variant, sizePt: fit.sizePt * s, colour: spec.colour, lineHeightMm: lineHeightMm * s, padTopMm: padTopMm * s, lines, fit };
}

/**
 * Border, Quốc hiệu, Tiêu ngữ and its rule, and the title of a plain-paper design, proportioned to
 * the paper (laid out for A4 landscape and scaled by the smaller ratio for any other size).
 */
function fullDesign(t: CertificateTemplate, metrics: FontMetrics, c: Calibration): Pick<LaidPage, 'texts' | 'rules' | 'rects'> {
  const { widthMm: w, heightMm: h } = t.paper;
  const k = Math.min(w / 297, h / 210);
  const band = (y: number, height: number, sizePt: number, colour = BLACK): TextSpec => ({
    box: { x: 0, y: y * k, width: w, height: height * k },
    anchor: 'centre',
    variant: 'bold',
    sizePt: sizePt * k,
    minSizePt: sizePt * k,
    colour,
  });
  // Everything through the calibration, as the fields are: the design moves with them.
  const quocHieu = layText(null, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', band(15, 7, 13), metrics, c);
  const tieuNgu = layText(null, 'Độc lập - Tự do - Hạnh phúc', band(21.5, 7, 14), metrics, c);
  const title = layText(null, t.title, band(33, 18, 40, RED), metrics, c);
  const line = tieuNgu.lines[0];
  const ruleY = line.baselineMm + 1.8 * k * c.scale;
  const inset = (d: number): Box => calibrateBox({ x: d * k, y: d * k, width: w - 2 * d * k, height: h - 2 * d * k }, c);
  return {
    texts: [quocHieu, tieuNgu, title],
    rules: [{ x1: line.xMm, y1: ruleY, x2: line.xMm + line.widthMm, y2: ruleY, widthPt: 0.75, colour: BLACK }],
    rects: [
      { box: inset(7), widthPt: 2.5 * k, colour: RED },
      { box: inset(10), widthPt: 0.75 * k, colour: RED },
    ],
  };
}

/** Where the printer really puts a box the template asks for. */
export function calibrateBox(b: Box, c: Calibration): Box {
  return { x: b.x * c.scale + c.offsetXMm, y: b.y * c.scale + c.offsetYMm, width: b.width * c.scale, height: b.height * c.scale };
}

/** The text of one field as it prints: upper-cased the Vietnamese way when the field says so. */
export function printedText(t: CertificateTemplate, key: FieldKey, r: CertificateRecipient): string {
  const spec = t.fields[key];
  const s = fieldText(key, spec, r);
  return spec.upper ? upperVi(s) : s;
}

/** A field's laid-out texts kept for the batch: the issuer, achievement and signer repeat on every page. */
const CACHE_LIMIT = 5_000;

/**
 * The layout of template `t` through `calibration`: a function from a recipient to the page of every
 * shown, non-empty field, fitted, plus the full design's own parts. The design is laid out once and a
 * field's text already seen is not fitted again, so a batch pays only for what differs between
 * recipients (the name, the số sổ); a repeated text returns the very same LaidText object, which lets
 * a writer keep what it built from it.
 */
export function createLayout(t: CertificateTemplate, calibration: Calibration, metrics: FontMetrics): (r: CertificateRecipient) => LaidPage {
  const c = calibration;
  const { texts: decor, rules, rects } = t.kind === 'full' ? fullDesign(t, metrics, c) : { texts: [], rules: [], rects: [] };
  const shown = FIELD_KEYS.filter((key) => t.fields[key].shown).map((key) => {
    const spec = t.fields[key];
    const textSpec: TextSpec = { box: spec.box, anchor: spec.anchor, variant: variantOf(spec.bold, spec.italic), sizePt: spec.sizePt, minSizePt: spec.minSizePt, colour: BLACK };
    return { key, textSpec, cache: new Map<string, LaidText>() };
  });
  return (r) => {
    const texts = [...decor];
    for (const f of shown) {
      // Keyed by the text before upper-casing: toLocaleUpperCase is paid once per distinct text.
      const raw = fieldText(f.key, t.fields[f.key], r);
      if (!raw) continue;
      let laid = f.cache.get(raw);
      if (laid === undefined) {
        laid = layText(f.key, t.fields[f.key].upper ? upperVi(raw) : raw, f.textSpec, metrics, c);
        if (f.cache.size >= CACHE_LIMIT) f.cache.clear();
        f.cache.set(raw, laid);
      }
      texts.push(laid);
    }
    return { widthMm: t.paper.widthMm, heightMm: t.paper.heightMm, texts, rules, rects };
  };
}

/** One certificate on its own (the preview, the preflight of one recipient). */
export function layoutCertificate(t: CertificateTemplate, r: CertificateRecipient, calibration: Calibration, metrics: FontMetrics): LaidPage {
  return createLayout(t, calibration, metrics)(r);
}
