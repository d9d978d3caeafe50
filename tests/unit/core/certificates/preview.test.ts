// The editor's preview laid out by core: the three recipients chosen by measured width (not by count of
// characters), each field's lines, size and fit flag as the fit rule chose them, an overflow carrying
// the preflight's message, and the very positions the PDF then draws (pdftotext -bbox, ± 0,5 mm).
import { describe, expect, it } from 'vitest';
import { createLayout } from '../../../../core/certificates/layout.ts';
import { createPdf } from '../../../../core/certificates/pdf.ts';
import { layoutPreview, previewRecipients } from '../../../../core/certificates/preview.ts';
import { NO_CALIBRATION } from '../../../../core/certificates/template.ts';
import { upperVi } from '../../../../core/text/upper.ts';
import { tempDir } from '../../helpers.ts';
import { findLine, fullTemplate, osFonts, pdfWords, phoiTemplate, RECIPIENTS } from './fixtures.ts';

describe('layoutPreview', () => {
  it('picks the chosen recipient, the widest name and the widest achievement, each once', () => {
    const t = phoiTemplate();
    const { metrics } = osFonts();
    const picks = previewRecipients(t, metrics, RECIPIENTS, 1);
    expect(picks.map((p) => [p.role, p.recipient.name])).toEqual([
      ['chosen', 'Đỗ Văn Út'],
      ['longestName', 'Ban Chỉ huy Quân sự phường Hiệp Bình Chánh'],
      // The same recipient also has the longest achievement: shown once.
    ]);
    // Measured: "MMMMMMMMMM" is fewer letters than "iiiiiiiiiiiiiii" but wider.
    const two = [{ ...RECIPIENTS[0], name: 'iiiiiiiiiiiiiii' }, { ...RECIPIENTS[1], name: 'MMMMMMMMMM' }];
    expect(previewRecipients(t, metrics, two).find((p) => p.role === 'longestName')?.recipient.name).toBe('MMMMMMMMMM');
  });

  it('gives each field its lines, chosen size and fit flag, and flags an overflow with the preflight message', () => {
    const t = phoiTemplate();
    t.fields.name.box.height = 6;
    t.fields.name.minSizePt = 20;
    const [page] = layoutPreview(t, osFonts().metrics, [{ role: 'chosen', recipient: RECIPIENTS[2] }]);
    const name = page.texts.find((x) => x.key === 'name')!;
    expect(name).toMatchObject({ fits: false, overflow: 'height', sizePt: 20, bold: true, italic: false });
    expect(name.lines.map((l) => l.text).join(' ')).toBe(upperVi(RECIPIENTS[2].name));
    expect(page.issues).toContainEqual({
      field: 'name',
      level: 'warn',
      message: 'Giấy khen thứ 1 (Ban Chỉ huy Quân sự phường Hiệp Bình Chánh), ô "Họ và tên": dài hơn hộp kể cả ở cỡ chữ nhỏ nhất 20 pt; hãy nới hộp, giảm cỡ chữ nhỏ nhất hoặc rút gọn nội dung.',
    });
    const achievement = page.texts.find((x) => x.key === 'achievement')!;
    expect(achievement.fits).toBe(true);
    expect(achievement.lines.length).toBeGreaterThan(1);
    expect(achievement.sizePt).toBeLessThanOrEqual(14);
    // A phôi has no drawn design: only the fields.
    expect(page.texts.every((x) => x.key !== null)).toBe(true);
    expect(page.rects).toEqual([]);
  });

  it('puts every line where the PDF draws it', () => {
    const t = fullTemplate();
    t.fields.name.box = { x: 40, y: 80, width: 150, height: 20 };
    const fonts = osFonts();
    const pages = layoutPreview(t, fonts.metrics, previewRecipients(t, fonts.metrics, RECIPIENTS));
    const pdf = createPdf(fonts, 'preview');
    const layout = createLayout(t, NO_CALIBRATION, fonts.metrics);
    for (const p of pages) pdf.page(layout(p.recipient));
    return pdf.end().then((bytes) => {
      const words = pdfWords(bytes, tempDir());
      let checked = 0;
      pages.forEach((p, i) => {
        for (const text of p.texts) {
          for (const line of text.lines) {
            const found = findLine(words, i + 1, line.text);
            expect(Math.abs(found.xMin - line.xMm), line.text).toBeLessThanOrEqual(0.5);
            expect(Math.abs(found.xMax - (line.xMm + line.widthMm)), line.text).toBeLessThanOrEqual(0.5);
            // pdftotext's box runs from the ascender to the descender: the baseline lies inside it.
            expect(found.yMin).toBeLessThan(line.baselineMm);
            expect(found.yMax).toBeGreaterThan(line.baselineMm);
            checked++;
          }
        }
      });
      expect(checked).toBeGreaterThan(30);
    });
  });
});
