// The fit rule on the real serif faces: measured width decides (not a count of words), a long text wraps
// at spaces inside the box, then shrinks in 0,5 pt steps to the minimum, then is flagged; the name is
// upper-cased the Vietnamese way.
import { describe, expect, it } from 'vitest';
import { fitText, LINE_HEIGHT } from '../../../../core/certificates/fit.ts';
import { printedText } from '../../../../core/certificates/layout.ts';
import { fullTemplate, osFonts, RECIPIENTS } from './fixtures.ts';

const PT_MM = 25.4 / 72;
const m = () => osFonts().metrics;
const widthMm = (text: string, size: number) => m().widthEm(text, 'regular') * size * PT_MM;

describe('fit rule', () => {
  it('keeps a text that fits on one line at its size', () => {
    const r = fitText('Chuyên viên Phòng Nội vụ', 'regular', m(), 200, 10, 14, 10);
    expect(r).toMatchObject({ sizePt: 14, lines: ['Chuyên viên Phòng Nội vụ'], fits: true, overflow: 'none' });
    expect(r.widthsEm[0]).toBe(m().widthEm('Chuyên viên Phòng Nội vụ', 'regular'));
  });

  it('wraps at spaces by measured width: every line fits and none could take the next word', () => {
    const text = RECIPIENTS[2].achievement;
    const r = fitText(text, 'regular', m(), 150, 40, 14, 10);
    expect(r.fits).toBe(true);
    expect(r.sizePt).toBe(14);
    expect(r.lines.length).toBeGreaterThan(2);
    expect(r.lines.join(' ')).toBe(text);
    r.lines.forEach((line, i) => {
      // The width the wrap summed word by word is the line's own measure.
      expect(r.widthsEm[i]).toBeCloseTo(m().widthEm(line, 'regular'), 12);
      expect(widthMm(line, 14)).toBeLessThanOrEqual(150);
      const next = r.lines[i + 1]?.split(' ')[0];
      if (next) expect(widthMm(`${line} ${next}`, 14)).toBeGreaterThan(150);
    });
  });

  it('breaks by width, not by a number of words: narrow and wide words of the same count wrap differently', () => {
    const narrow = fitText(Array(12).fill('ít').join(' '), 'regular', m(), 60, 50, 14, 14);
    const wide = fitText(Array(12).fill('MƯỜNG').join(' '), 'regular', m(), 60, 50, 14, 14);
    expect(narrow.lines).toHaveLength(1);
    expect(wide.lines.length).toBeGreaterThan(3);
  });

  it('evens out a centred text’s lines without adding one: no word left alone on the last line', () => {
    const name = 'BAN CHỈ HUY QUÂN SỰ PHƯỜNG HIỆP BÌNH CHÁNH';
    const greedy = fitText(name, 'bold', m(), 177, 20, 22, 22);
    const even = fitText(name, 'bold', m(), 177, 20, 22, 22, true);
    expect(greedy.lines).toEqual(['BAN CHỈ HUY QUÂN SỰ PHƯỜNG HIỆP BÌNH', 'CHÁNH']);
    expect(even.lines).toEqual(['BAN CHỈ HUY QUÂN SỰ', 'PHƯỜNG HIỆP BÌNH CHÁNH']);
    expect(even).toMatchObject({ fits: true, sizePt: 22 });
  });

  it('shrinks in 0,5 pt steps when the wrapped lines are taller than the box, and stops at the first size that fits', () => {
    const text = RECIPIENTS[2].achievement;
    const r = fitText(text, 'regular', m(), 237, 12, 14, 9);
    expect(r.fits).toBe(true);
    expect(r.sizePt).toBeLessThan(14);
    expect(r.sizePt).toBeGreaterThanOrEqual(9);
    expect(Number.isInteger(r.sizePt * 2)).toBe(true);
    expect(r.lines.length * r.sizePt * LINE_HEIGHT * PT_MM).toBeLessThanOrEqual(12);
    // Half a point larger did not fit.
    const bigger = r.sizePt + 0.5;
    const at = fitText(text, 'regular', m(), 237, 12, bigger, bigger);
    expect(at.fits).toBe(false);
  });

  it('flags what does not fit even at the minimum, laid out at the minimum', () => {
    const tall = fitText(RECIPIENTS[2].achievement, 'regular', m(), 100, 10, 14, 12);
    expect(tall).toMatchObject({ fits: false, overflow: 'height', sizePt: 12 });
    const wide = fitText('Nghiêngnghiêngnghiêngnghiêng', 'bold', m(), 30, 50, 14, 12);
    expect(wide).toMatchObject({ fits: false, overflow: 'width', sizePt: 12 });
  });

  it('keeps the lines the user asked for ("KT. CHỦ TỊCH" above "PHÓ CHỦ TỊCH")', () => {
    const t = fullTemplate();
    const s = printedText(t, 'signerTitle', RECIPIENTS[0]);
    expect(s).toBe('KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH');
    expect(fitText(s, 'bold', m(), 120, 15, 13, 11).lines).toEqual(['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH']);
  });

  it('upper-cases names with their marks (đ → Đ, ư → Ư, ơ → Ơ)', () => {
    const t = fullTemplate();
    expect(printedText(t, 'name', { ...RECIPIENTS[0], name: 'Đỗ Thị Ưng Ơn' })).toBe('ĐỖ THỊ ƯNG ƠN');
    expect(printedText(t, 'positionUnit', RECIPIENTS[0])).toBe('Chuyên viên Phòng Nội vụ');
  });
});
