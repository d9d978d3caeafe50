// The .docx read back: one frame per shown field at the template's millimetres plus the printer's
// offset (± 0,1 mm), the fit rule's lines and size, one page per certificate (page breaks counted, and
// LibreOffice's render counted), the paper's size with margins 0, Times New Roman named in every run,
// and no character XML 1.0 forbids whatever the recipient held. The renders are left as PNGs to look at.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { createDocx, FONT_NAME } from '../../../../core/certificates/docx.ts';
import { createLayout } from '../../../../core/certificates/layout.ts';
import { type Calibration, type CertificateRecipient, type CertificateTemplate, FIELD_KEYS, NO_CALIBRATION } from '../../../../core/certificates/template.ts';
import { tempDir } from '../../helpers.ts';
import { fullTemplate, libreOfficePdf, osFonts, pdfInfo, phoiTemplate, pngs, RECIPIENTS } from './fixtures.ts';

const NOW = new Date('2021-05-12T03:00:00Z');
const TWIP_MM = 25.4 / 1440;

function docxOf(t: CertificateTemplate, c: Calibration, recipients: readonly CertificateRecipient[] = RECIPIENTS): Buffer {
  const lay = createLayout(t, c, osFonts().metrics);
  const d = createDocx('Giấy khen', NOW);
  for (const r of recipients) d.page(lay(r));
  return d.end();
}

const body = (docx: Uint8Array) => strFromU8(unzipSync(docx)['word/document.xml']);

interface Frame {
  x: number;
  y: number;
  w: number;
  h: number;
  text: string;
}

/** Frames per page, in mm; the rule under Tiêu ngữ (an empty frame) is left out. */
function framesByPage(xml: string): Frame[][] {
  return xml.split('<w:br w:type="page"/>').map((page) =>
    [...page.matchAll(/<w:p><w:pPr><w:framePr w:w="(-?\d+)" w:h="(-?\d+)" w:hRule="exact" w:hAnchor="page" w:vAnchor="page" w:x="(-?\d+)" w:y="(-?\d+)"[^>]*\/>.*?<\/w:p>/gu)]
      .map((m) => ({ w: Number(m[1]) * TWIP_MM, h: Number(m[2]) * TWIP_MM, x: Number(m[3]) * TWIP_MM, y: Number(m[4]) * TWIP_MM, text: [...m[0].matchAll(/<w:t xml:space="preserve">([^<]*)<\/w:t>/gu)].map((t) => t[1]).join('\n') }))
      .filter((f) => f.text !== ''),
  );
}

describe('certificate .docx', () => {
  it('puts each shown field in a frame at the template mm plus the offset (± 0,1 mm), one page per certificate', () => {
    const t = phoiTemplate();
    t.fields.recipientClass.shown = false;
    const cal = { printer: 'Canon LBP 2900', tray: 'Khay tay', offsetXMm: 1.5, offsetYMm: -2.3, scale: 1 };
    const xml = body(docxOf(t, cal));
    const pages = framesByPage(xml);
    expect(pages).toHaveLength(RECIPIENTS.length);
    const shown = FIELD_KEYS.filter((k) => t.fields[k].shown);
    for (const frames of pages) {
      expect(frames).toHaveLength(shown.length);
      frames.forEach((f, i) => {
        const b = t.fields[shown[i]].box;
        expect(Math.abs(f.x - (b.x + cal.offsetXMm))).toBeLessThanOrEqual(0.1);
        expect(Math.abs(f.y - (b.y + cal.offsetYMm))).toBeLessThanOrEqual(0.1);
        expect(Math.abs(f.w - b.width)).toBeLessThanOrEqual(0.1);
        expect(Math.abs(f.h - b.height)).toBeLessThanOrEqual(0.1);
      });
    }
    expect(pages[2][shown.indexOf('name')].text).toBe('BAN CHỈ HUY QUÂN SỰ PHƯỜNG HIỆP BÌNH CHÁNH');
    expect(pages[0][shown.indexOf('signerTitle')].text).toBe('KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH');
    expect(pages[0][shown.indexOf('decisionNumber')].text).toBe('Số: 1234/QĐ-UBND');
  });

  it('writes the fit rule’s lines and size, the paper size with margins 0, and Times New Roman in every run', () => {
    const t = phoiTemplate();
    const xml = body(docxOf(t, NO_CALIBRATION));
    const lay = createLayout(t, NO_CALIBRATION, osFonts().metrics)(RECIPIENTS[2]);
    const ach = lay.texts.find((x) => x.key === 'achievement')!;
    expect(ach.lines.length).toBeGreaterThan(1);
    expect(xml).toContain(ach.lines.map((l) => `<w:t xml:space="preserve">${l.text}</w:t>`).join('<w:br/>'));
    expect(xml).toContain(`<w:sz w:val="${ach.sizePt * 2}"/>`);
    expect(xml).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"\/><w:pgMar w:top="0" w:right="0" w:bottom="0" w:left="0" w:header="0" w:footer="0" w:gutter="0"\/>/u);
    const runs = [...xml.matchAll(/<w:r><w:rPr>(.*?)<\/w:rPr>/gu)];
    expect(runs.length).toBeGreaterThan(0);
    for (const r of runs) expect(r[1]).toContain(`<w:rFonts w:ascii="${FONT_NAME}" w:hAnsi="${FONT_NAME}" w:cs="${FONT_NAME}" w:eastAsia="${FONT_NAME}"/>`);
  });

  it('never writes a character XML 1.0 forbids, and escapes markup', () => {
    const hostile = { ...RECIPIENTS[0], name: 'Lê\uFFFE Văn\u0001 <Tí> & "Tèo"', positionUnit: 'Tổ\u000B dân phố\uD800 5' };
    const xml = body(docxOf(phoiTemplate(), NO_CALIBRATION, [hostile]));
    // biome-ignore lint/suspicious/noControlCharactersInRegex: looking for them is the point
    expect(xml).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udfff]/u);
    expect(xml).toContain('LÊ VĂN &lt;TÍ&gt; &amp; &quot;TÈO&quot;');
  });

  it('renders in LibreOffice with one page per certificate, full design and phôi (PNGs kept to look at)', () => {
    const dir = tempDir('tdkt-cert-docx-');
    for (const [name, t] of [['full', fullTemplate()], ['phoi', phoiTemplate()]] as const) {
      const path = join(dir, `${name}.docx`);
      writeFileSync(path, docxOf(t, NO_CALIBRATION));
      const pdf = libreOfficePdf(path, dir);
      const info = pdfInfo(pdf);
      expect(info.pages).toBe(RECIPIENTS.length);
      expect(info.widthPt).toBeCloseTo(841.9, 0);
      expect(info.heightPt).toBeCloseTo(595.3, 0);
      pngs(pdf, join(dir, name), RECIPIENTS.length);
    }
    process.stderr.write(`certificate renders: ${dir}\n`);
  }, 180_000);
});
