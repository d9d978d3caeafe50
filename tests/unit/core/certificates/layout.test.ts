// The one layout both writers draw: anchors place a line where the box says (a centred name stays
// centred whatever its length), the calibration moves and scales everything about the paper's origin
// after the fit, hidden and empty fields are not laid out, and a full design gets its Quốc hiệu,
// Tiêu ngữ with its rule under it, the title and the border.
import { describe, expect, it } from 'vitest';
import { createLayout, layoutCertificate } from '../../../../core/certificates/layout.ts';
import { NO_CALIBRATION } from '../../../../core/certificates/template.ts';
import { fullTemplate, osFonts, phoiTemplate, RECIPIENTS } from './fixtures.ts';

const m = () => osFonts().metrics;

describe('certificate layout', () => {
  it('centres a centred line in its box, and puts left and right lines on their edges', () => {
    const t = phoiTemplate();
    t.fields.positionUnit.anchor = 'right';
    for (const r of RECIPIENTS) {
      const page = layoutCertificate(t, r, NO_CALIBRATION, m());
      const name = page.texts.find((x) => x.key === 'name')!;
      for (const line of name.lines) expect(line.xMm + line.widthMm / 2).toBeCloseTo(t.fields.name.box.x + t.fields.name.box.width / 2, 6);
      const cls = page.texts.find((x) => x.key === 'recipientClass')!;
      expect(cls.lines[0].xMm).toBe(t.fields.recipientClass.box.x);
      const pos = page.texts.find((x) => x.key === 'positionUnit')!;
      expect(pos.lines[0].xMm + pos.lines[0].widthMm).toBeCloseTo(t.fields.positionUnit.box.x + t.fields.positionUnit.box.width, 6);
      // Lines sit inside the box's height, centred in it.
      const b = t.fields.name.box;
      expect(name.lines[0].baselineMm).toBeGreaterThan(b.y);
      expect(name.lines.at(-1)!.baselineMm).toBeLessThan(b.y + b.height);
    }
  });

  it('applies the calibration after the fit: offset and scale about the paper origin', () => {
    const t = phoiTemplate();
    const plain = layoutCertificate(t, RECIPIENTS[2], NO_CALIBRATION, m());
    const cal = { printer: 'Canon', tray: '', offsetXMm: 1.5, offsetYMm: -2, scale: 1.02 };
    const moved = layoutCertificate(t, RECIPIENTS[2], cal, m());
    expect(moved.widthMm).toBe(297);
    plain.texts.forEach((p, i) => {
      const q = moved.texts[i];
      expect(q.key).toBe(p.key);
      expect(q.lines.map((l) => l.text)).toEqual(p.lines.map((l) => l.text));
      expect(q.box.x).toBeCloseTo(p.box.x * 1.02 + 1.5, 9);
      expect(q.box.y).toBeCloseTo(p.box.y * 1.02 - 2, 9);
      expect(q.sizePt).toBeCloseTo(p.sizePt * 1.02, 9);
      q.lines.forEach((l, j) => {
        expect(l.xMm).toBeCloseTo(p.lines[j].xMm * 1.02 + 1.5, 9);
        expect(l.baselineMm).toBeCloseTo(p.lines[j].baselineMm * 1.02 - 2, 9);
      });
    });
  });

  it('lays out nothing for a hidden field or an empty value, and "TẶNG" whatever the recipient', () => {
    const t = phoiTemplate();
    t.fields.registryNumber.shown = false;
    const page = layoutCertificate(t, { ...RECIPIENTS[0], positionUnit: '' }, NO_CALIBRATION, m());
    const keys = page.texts.map((x) => x.key);
    expect(keys).not.toContain('registryNumber');
    expect(keys).not.toContain('positionUnit');
    expect(page.texts.find((x) => x.key === 'verb')?.lines.map((l) => l.text)).toEqual(['TẶNG']);
    expect(page.rects).toEqual([]);
  });

  it('draws a full design: Quốc hiệu, Tiêu ngữ with a rule as wide as it, the title, two borders', () => {
    const t = fullTemplate();
    const page = layoutCertificate(t, RECIPIENTS[0], NO_CALIBRATION, m());
    const decor = page.texts.filter((x) => x.key === null);
    expect(decor.map((x) => x.lines[0].text)).toEqual(['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'GIẤY KHEN']);
    const tieuNgu = decor[1].lines[0];
    expect(page.rules).toHaveLength(1);
    expect(page.rules[0].x1).toBeCloseTo(tieuNgu.xMm, 9);
    expect(page.rules[0].x2).toBeCloseTo(tieuNgu.xMm + tieuNgu.widthMm, 9);
    expect(page.rules[0].y1).toBeGreaterThan(tieuNgu.baselineMm);
    expect(page.rects.map((r) => r.box.x)).toEqual([7, 10]);
    // Every field of the seeded design sits below the title.
    const title = decor[2];
    for (const x of page.texts.filter((x) => x.key !== null)) expect(x.box.y).toBeGreaterThan(title.lines[0].baselineMm);
  });

  it('fits a text seen before only once in a batch, handing back the same laid-out text', () => {
    const lay = createLayout(phoiTemplate(), NO_CALIBRATION, m());
    const a = lay(RECIPIENTS[0]);
    const b = lay(RECIPIENTS[1]);
    const ach = (p: typeof a) => p.texts.find((x) => x.key === 'achievement');
    expect(ach(b)).toBe(ach(a));
    expect(b.texts.find((x) => x.key === 'name')).not.toBe(a.texts.find((x) => x.key === 'name'));
  });
});
