// The calibration sheet (issue 9, DOMAIN §4.4): printed on plain paper of the template's size and held
// over a blank against the light. Every shown box is outlined with its name, a crosshair marks the
// point its text is anchored to (left edge, centre or right edge, at mid-height, where the fit rule
// centres the lines), and millimetre rulers run along the top and left edges. Everything goes through
// the calibration, as a certificate would: reading the blank's printed line against the ruler gives
// the correction to type in. The template, the printer and its offsets are printed in the top right.
import { formatNumber } from '../text/numbers.ts';
import type { LoadedFonts } from './fonts.ts';
import { calibrateBox } from './layout.ts';
import { createPdf, pt } from './pdf.ts';
import { type Calibration, type CertificateTemplate, FIELD_KEYS, FIELD_LABELS, formatMm } from './template.ts';

const BOX_COLOUR = '#0050B4';
const CROSS_COLOUR = '#C00000';
const RULER_COLOUR = '#000000';
const CROSS_MM = 4;

function signed(mm: number): string {
  return `${mm > 0 ? '+' : mm < 0 ? '−' : ''}${formatMm(Math.abs(mm))} mm`;
}

/** The corner note: which template, which printer and tray, which correction this sheet shows. */
export function testPageNote(t: CertificateTemplate, c: Calibration): string[] {
  const printer = c.printer ? `Máy in: ${c.printer}${c.tray ? `, khay ${c.tray}` : ''}` : 'Máy in: chưa chọn (không hiệu chỉnh)';
  return [
    `Trang in thử — mẫu "${t.name}" (${formatMm(t.paper.widthMm)} × ${formatMm(t.paper.heightMm)} mm)`,
    printer,
    `Lệch ngang ${signed(c.offsetXMm)}, lệch dọc ${signed(c.offsetYMm)}, tỷ lệ ${formatNumber(c.scale, 3)}`,
    'In đúng 100 % (không co giãn), đặt lên phôi và soi dưới đèn.',
  ];
}

export async function renderTestPage(t: CertificateTemplate, c: Calibration, fonts: LoadedFonts): Promise<Uint8Array> {
  const pdf = createPdf(fonts, `Trang in thử — ${t.name}`);
  const { doc } = pdf;
  const { widthMm: w, heightMm: h } = t.paper;
  pdf.addPage(w, h);
  const X = (x: number) => pt(x * c.scale + c.offsetXMm);
  const Y = (y: number) => pt(y * c.scale + c.offsetYMm);
  const regular = fonts.faces.regular.postscriptName;

  // Rulers: a tick every millimetre, longer every 5 and 10, numbered every 10. The ticks stand where
  // the template's millimetre prints (calibrated), along the sheet's real edge, so a negative offset
  // does not push the ruler off the paper.
  doc.strokeColor(RULER_COLOUR).fillColor(RULER_COLOUR).font(regular).fontSize(6);
  const tick = (n: number) => (n % 10 === 0 ? 5 : n % 5 === 0 ? 3.5 : 2);
  for (let x = 0; x <= w; x++) {
    doc.lineWidth(x % 10 === 0 ? 0.5 : 0.25).moveTo(X(x), 0).lineTo(X(x), pt(tick(x))).stroke();
    if (x % 10 === 0 && x > 0) doc.text(String(x), X(x) + 1, pt(5.2), { lineBreak: false, baseline: 'top' });
  }
  for (let y = 0; y <= h; y++) {
    doc.lineWidth(y % 10 === 0 ? 0.5 : 0.25).moveTo(0, Y(y)).lineTo(pt(tick(y)), Y(y)).stroke();
    if (y % 10 === 0 && y > 0) doc.text(String(y), pt(5.6), Y(y) - 2, { lineBreak: false, baseline: 'top' });
  }

  for (const key of FIELD_KEYS) {
    const f = t.fields[key];
    if (!f.shown) continue;
    const b = calibrateBox(f.box, c);
    doc.lineWidth(0.5).strokeColor(BOX_COLOUR).rect(pt(b.x), pt(b.y), pt(b.width), pt(b.height)).stroke();
    doc.fillColor(BOX_COLOUR).fontSize(6).text(`${FIELD_LABELS[key]} (${formatMm(f.box.x)}; ${formatMm(f.box.y)})`, pt(b.x) + 1.5, pt(b.y) + 1.5, { lineBreak: false, baseline: 'top' });
    const ax = f.anchor === 'left' ? f.box.x : f.anchor === 'right' ? f.box.x + f.box.width : f.box.x + f.box.width / 2;
    const ay = f.box.y + f.box.height / 2;
    doc.lineWidth(0.4).strokeColor(CROSS_COLOUR);
    doc.moveTo(X(ax - CROSS_MM), Y(ay)).lineTo(X(ax + CROSS_MM), Y(ay)).stroke();
    doc.moveTo(X(ax), Y(ay - CROSS_MM)).lineTo(X(ax), Y(ay + CROSS_MM)).stroke();
    doc.circle(X(ax), Y(ay), pt(1.2 * c.scale)).stroke();
  }

  doc.fillColor(RULER_COLOUR).fontSize(8);
  const note = testPageNote(t, c);
  // Top right: the one corner no seeded box and no blank's own print uses.
  note.forEach((line, i) => {
    doc.text(line, X(w - 10) - doc.widthOfString(line), Y(14 + i * 3.6), { lineBreak: false, baseline: 'alphabetic' });
  });
  return pdf.end();
}
