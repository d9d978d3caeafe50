import { describe, expect, it } from 'vitest';
import {
  cleanMultiline,
  cleanText,
  comparePersonNames,
  compareVi,
  fold,
  formatDateLong,
  formatDateShort,
  formatNumber,
  formatPercent,
  formatPlaceDate,
  matchesFolded,
  pad2,
  parseIsoDate,
  splitName,
  stripUnsafeChars,
  upperVi,
} from '../../core/text/index.ts';

describe('folding for search', () => {
  it('drops every diacritic and folds đ/Đ', () => {
    expect(fold('Phường Linh Trung')).toBe('phuong linh trung');
    expect(fold('Đặng Thị Rành')).toBe('dang thi ranh');
    expect(fold('ĐẶNG  ƯỚC')).toBe('dang uoc');
  });
  it('folds NFD input the same as NFC', () => {
    const nfd = 'Đặng Phường'.normalize('NFD');
    expect(fold(nfd)).toBe(fold('Đặng Phường'));
  });
  it('matches every typed word in any order', () => {
    expect(matchesFolded(fold('Ủy ban nhân dân phường Linh Trung'), 'linh trung')).toBe(true);
    expect(matchesFolded(fold('Ủy ban nhân dân phường Linh Trung'), 'trung linh')).toBe(true);
    expect(matchesFolded(fold('Ủy ban nhân dân phường Linh Xuân'), 'linh trung')).toBe(false);
  });
});

describe('text entering the app', () => {
  it('is NFC with single spaces', () => {
    const nfd = '  Phường   Linh\tTrung '.normalize('NFD');
    const out = cleanText(nfd);
    expect(out).toBe('Phường Linh Trung');
    expect(out).toBe(out.normalize('NFC'));
  });
  it('uses the modern tone placement but leaves "quý" alone', () => {
    expect(cleanText('Uỷ ban hoà bình, khoẻ, thuỷ')).toBe('Ủy ban hòa bình, khỏe, thủy');
    expect(cleanText('quý Hoàng khuyển')).toBe('quý Hoàng khuyển');
  });
  it('drops what XML forbids or Word drops: controls, noncharacters of every plane, lone surrogates', () => {
    const nasty = [
      '\u0000', '\u0007', '\u001f', '\u007f', '\u0080', '\u009f', '\ufdd0', '\ufdef', '\ufffe', '\uffff',
      '\u{1fffe}', '\u{2ffff}', '\u{10fffe}', '\u{10ffff}', '\ud800', '\udfff',
    ];
    for (const c of nasty) expect(stripUnsafeChars(`a${c}b`), `U+${c.codePointAt(0)?.toString(16)}`).toBe('ab');
    // Kept: tab, line feed, a paired surrogate (an emoji), the last characters before each forbidden range.
    expect(stripUnsafeChars('a\tb\nc😀\ufdcf\ufdf0\ufffd\u{1fffd}\u{20000}')).toBe('a\tb\nc😀\ufdcf\ufdf0\ufffd\u{1fffd}\u{20000}');
  });
  it('turns a pasted line break of any kind into a space in one-line text', () => {
    expect(cleanText('Phường\u000bLinh\fTrung\u2028Thủ\u2029Đức\r\nTP\rHCM\u0085VN')).toBe('Phường Linh Trung Thủ Đức TP HCM VN');
    expect(cleanText('\ufeffỦy\ufffe ban\u0007 nhân\ud800 dân')).toBe('Ủy ban nhân dân');
  });
  it('turns a pasted line break of any kind into a line feed in multi-line text', () => {
    expect(cleanMultiline('Dòng 1\u000bDòng 2\fDòng 3\u2028Dòng 4\u2029Dòng 5\r\nDòng 6\rDòng 7')).toBe(
      'Dòng 1\nDòng 2\nDòng 3\nDòng 4\nDòng 5\nDòng 6\nDòng 7',
    );
    expect(cleanMultiline('Kết\u0007 quả\ufffe:\ud800\n\u0001- tốt')).toBe('Kết quả:\n- tốt');
  });
  it('upper-cases with Vietnamese marks kept', () => {
    expect(upperVi('ủy ban nhân dân thành phố thủ đức')).toBe('ỦY BAN NHÂN DÂN THÀNH PHỐ THỦ ĐỨC');
  });
});

describe('Vietnamese order', () => {
  it('puts Đ after D and before E, and ă/â after a', () => {
    const sorted = ['Em', 'Đào', 'Dũng', 'Ân', 'Ăn', 'An', 'Bình'].sort(compareVi);
    expect(sorted).toEqual(['An', 'Ăn', 'Ân', 'Bình', 'Dũng', 'Đào', 'Em']);
  });
  it('sorts people by tên, then tên đệm, then họ', () => {
    const names = ['Nguyễn Văn Bình', 'Lê Minh Bình', 'Trần Văn An', 'Nguyễn Thị Bình'];
    expect(names.sort(comparePersonNames)).toEqual(['Trần Văn An', 'Lê Minh Bình', 'Nguyễn Thị Bình', 'Nguyễn Văn Bình']);
  });
  it('splits names into họ, tên đệm, tên', () => {
    expect(splitName('Nguyễn Thị Minh Khai')).toEqual({ ho: 'Nguyễn', tenDem: 'Thị Minh', ten: 'Khai' });
    expect(splitName('Phùng')).toEqual({ ho: '', tenDem: '', ten: 'Phùng' });
  });
});

describe('dates (NĐ 30: zero before days < 10 and months 1–2)', () => {
  it.each([
    ['2021-01-05', 'ngày 05 tháng 01 năm 2021', '05/01/2021'],
    ['2021-03-12', 'ngày 12 tháng 3 năm 2021', '12/3/2021'],
    ['2020-07-03', 'ngày 03 tháng 7 năm 2020', '03/7/2020'],
    ['2021-02-28', 'ngày 28 tháng 02 năm 2021', '28/02/2021'],
    ['2021-12-31', 'ngày 31 tháng 12 năm 2021', '31/12/2021'],
    ['2024-10-09', 'ngày 09 tháng 10 năm 2024', '09/10/2024'],
  ])('%s', (iso, long, short) => {
    expect(formatDateLong(iso)).toBe(long);
    expect(formatDateShort(iso)).toBe(short);
  });
  it('writes the place-date line', () => {
    expect(formatPlaceDate('Thủ Đức', '2021-01-05')).toBe('Thủ Đức, ngày 05 tháng 01 năm 2021');
  });
  it('refuses impossible dates', () => {
    expect(parseIsoDate('2021-02-29')).toBeNull();
    expect(parseIsoDate('2021-13-01')).toBeNull();
    expect(parseIsoDate('12/3/2021')).toBeNull();
    expect(() => formatDateLong('2021-02-30')).toThrow(/Ngày không hợp lệ/);
  });
});

describe('numbers and percentages', () => {
  it('formats with a decimal comma and a thousands dot', () => {
    expect(formatNumber(1234.5, 1)).toBe('1.234,5');
    expect(formatNumber(2340000)).toBe('2.340.000');
  });
  it('rounds half-up from integer counts by default', () => {
    expect(formatPercent(118, 254)).toBe('46,46%');
    expect(formatPercent(136, 703)).toBe('19,35%');
    expect(formatPercent(1, 8)).toBe('12,50%');
    expect(formatPercent(1, 200)).toBe('0,50%');
    expect(formatPercent(1, 3)).toBe('33,33%');
    expect(formatPercent(2, 3)).toBe('66,67%');
    expect(formatPercent(0, 0)).toBe('0,00%');
    expect(formatPercent(703, 703)).toBe('100,00%');
  });
  it('truncates like the seed article when asked', () => {
    expect(formatPercent(118, 254, 'truncate')).toBe('46,45%');
    expect(formatPercent(136, 703, 'truncate')).toBe('19,34%');
    expect(formatPercent(2, 3, 'truncate')).toBe('66,66%');
  });
  it('pads counts below 10 in prose', () => {
    expect(pad2(4)).toBe('04');
    expect(pad2(25)).toBe('25');
    // A danh sách of 1.600 cá nhân prints its count as Điều 1 does, with the thousands dot.
    expect(pad2(1600)).toBe('1.600');
  });
});
