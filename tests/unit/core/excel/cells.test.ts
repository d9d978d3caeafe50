import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cellValue, cleanCellText, excelDate, numberFormat, shownLength } from '../../../../core/excel/cells.ts';
import { cleanText } from '../../../../core/text/normalize.ts';

// Letters, marks and characters each rule of cleanText is about: decomposed tones, old-style "oà",
// controls, every kind of white space and line break, noncharacters, an astral letter and a lone surrogate.
const PIECES = [
  'a', 'o', 'u', 'y', 'e', 'q', 'Đ', 'ư', 'ơ', 'à', 'á', 'ả', 'ã', 'ạ', 'ỳ', 'ý', 'ẻ', 'Ủ', 'ằ', '1', '=', '+', '-', '@', ',',
  ' ', '  ', '\t', '\n', '\r', '\u000b', '\u00a0', '\u2028', '\u0085', '\u0000', '\u001f', '\u007f', '\ufffe', '\uffff', '\ufdd0',
  '\u0300', '\u0301', '\u0309', '\u0303', '\u0323', '\u0306', '𝐀', '\ud800', '\u200b', '\ufeff',
];

describe('cleanCellText', () => {
  it('gives what cleanText gives, for any mix of the characters its rules are about', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        expect(cleanCellText(text)).toBe(cleanText(text));
      }),
      { numRuns: 20_000 },
    );
  });

  it('gives what cleanText gives on real names, NFD and old-style tones', () => {
    for (const text of ['Phường Linh Trung', 'Ủy ban nhân dân', 'Hoà Bình', 'thuỷ lợi', 'quý', ' Thủ  Đức ', 'Thủ Đức'.normalize('NFD')]) {
      expect(cleanCellText(text)).toBe(cleanText(text));
    }
  });
});

describe('cellValue', () => {
  it('keeps numbers as numbers, ISO dates as UTC days and text cleaned', () => {
    expect(cellValue('integer', 12)).toBe(12);
    expect(cellValue('number', Number.NaN)).toBeNull();
    expect(cellValue('percent', 0.4646)).toBe(0.4646);
    expect(cellValue('date', '2021-03-12')).toEqual(new Date(Date.UTC(2021, 2, 12)));
    expect(cellValue('date', '2021-02-30')).toBe('2021-02-30');
    expect(cellValue('date', null)).toBeNull();
    expect(cellValue('text', '  Hoà  Bình ')).toBe('Hòa Bình');
    expect(cellValue('text', '')).toBeNull();
    expect(cellValue('text', 7)).toBe('7');
  });

  it('keeps text that looks like a formula as the same text', () => {
    for (const text of ['=1+1', '+1', '-2', '@SUM(A1)']) expect(cellValue('text', text)).toBe(text);
  });
});

describe('formats and measures', () => {
  it('shows Vietnamese numbers, percents and d/m/yyyy days', () => {
    expect(numberFormat('text')).toBe('@');
    expect(numberFormat('integer')).toBe('[$-42A]#,##0');
    expect(numberFormat('number', 1)).toBe('[$-42A]#,##0.0');
    expect(numberFormat('percent')).toBe('[$-42A]0.00%');
    expect(numberFormat('date')).toBe('[$-42A]d/m/yyyy');
    expect(excelDate('2021-13-01')).toBeNull();
  });

  it('measures what the cell shows', () => {
    expect(shownLength('integer', 1234567)).toBe('1.234.567'.length);
    expect(shownLength('percent', 0.4646)).toBe('46,46%'.length);
    expect(shownLength('percent', 1)).toBe('100,00%'.length);
    expect(shownLength('number', 1234.5)).toBe('1.234,50'.length);
    expect(shownLength('number', -0.25, 1)).toBe('-0,3'.length);
    expect(shownLength('number', 12, 0)).toBe('12'.length);
    expect(shownLength('date', new Date(Date.UTC(2021, 11, 31)))).toBe('31/12/2021'.length);
    expect(shownLength('text', 'Đơn vị')).toBe(6);
    expect(shownLength('text', null)).toBe(0);
  });
});
