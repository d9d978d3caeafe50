// The calibration sheet read back: one page of the template's paper size; the template, printer, tray
// and offsets printed; the millimetre rulers numbered; each shown box named at its calibrated place
// (pdftotext finds the label where the calibration puts the box, ± 0,5 mm) and a hidden box absent.
// The PNG is left to look at.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderTestPage } from '../../../../core/certificates/test-page.ts';
import { tempDir } from '../../helpers.ts';
import { osFonts, pdfInfo, pdfWords, phoiTemplate, pngs } from './fixtures.ts';

describe('calibration test page', () => {
  it('prints the boxes where the calibration puts them, with rulers and the settings in a corner', async () => {
    const dir = tempDir('tdkt-cert-test-page-');
    const t = phoiTemplate();
    t.fields.recipientClass.shown = false;
    const cal = { printer: 'Canon LBP 2900', tray: 'Khay tay', offsetXMm: 1.5, offsetYMm: -2, scale: 1 };
    const pdf = await renderTestPage(t, cal, osFonts());
    const path = join(dir, 'trang-in-thu.pdf');
    writeFileSync(path, pdf);
    expect(pdfInfo(path)).toEqual({ pages: 1, widthPt: 841.89, heightPt: 595.276 });
    const words = pdfWords(pdf, dir);
    const text = words.map((w) => w.text).join(' ');
    expect(text).toContain('Trang in thử — mẫu "Phôi Giấy khen A4 ngang" (297 × 210 mm)');
    expect(text).toContain('Máy in: Canon LBP 2900, khay Khay tay');
    expect(text).toContain('Lệch ngang +1,5 mm, lệch dọc −2 mm, tỷ lệ 1');
    for (const n of ['10', '100', '290']) expect(words.some((w) => w.text === n)).toBe(true);
    // The label of the name box ("Họ và tên (60; 94)") starts 1,5 pt inside the calibrated box.
    const label = words.find((w, i) => w.text === 'Họ' && words[i + 1]?.text === 'và' && words[i + 2]?.text === 'tên')!;
    expect(Math.abs(label.xMin - (t.fields.name.box.x + 1.5 + 0.53))).toBeLessThanOrEqual(0.5);
    expect(Math.abs(label.yMin - (t.fields.name.box.y - 2 + 0.53))).toBeLessThanOrEqual(0.5);
    expect(text).not.toContain('Ông/Bà/Tập thể');
    pngs(path, join(dir, 'trang-in-thu'), 1);
    process.stderr.write(`test page render: ${dir}\n`);
  });

  it('says so when no printer is chosen', async () => {
    const dir = tempDir();
    const words = pdfWords(await renderTestPage(phoiTemplate(), { printer: '', tray: '', offsetXMm: 0, offsetYMm: 0, scale: 1 }, osFonts()), dir);
    expect(words.map((w) => w.text).join(' ')).toContain('Máy in: chưa chọn (không hiệu chỉnh)');
  });
});
