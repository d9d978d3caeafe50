import { describe, expect, it } from 'vitest';
import {
  detectLegacy,
  encodingOfFont,
  fromLegacy,
  fromTcvn3,
  fromVni,
  toTcvn3,
  toVni,
  VIETNAMESE_LETTERS,
} from '../../../../core/text/legacy-encodings.ts';

// Text as Excel holds it when it was typed in a .VnTime or VNI-Times font: the Latin-1 characters of
// the legacy bytes. These are the national motto and everyday lines as they circulate in old files.
const TCVN3_SAMPLES: [string, string][] = [
  ['Céng hoµ x· héi chñ nghÜa ViÖt Nam', 'Cộng hoà xã hội chủ nghĩa Việt Nam'],
  ['§éc lËp - Tù do - H¹nh phóc', 'Độc lập - Tự do - Hạnh phúc'],
  ['Uû ban nh©n d©n ph­êng Linh Trung', 'Uỷ ban nhân dân phường Linh Trung'],
  ['Trång c©y xanh', 'Trồng cây xanh'],
  ['Thi ®ua khen th­ëng', 'Thi đua khen thưởng'],
];
const VNI_SAMPLES: [string, string][] = [
  ['Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam', 'Cộng hòa xã hội chủ nghĩa Việt Nam'],
  ['Ñoäc laäp - Töï do - Haïnh phuùc', 'Độc lập - Tự do - Hạnh phúc'],
  ['Xin chaøo caùc baïn', 'Xin chào các bạn'],
  ['Thi ñua khen thöôûng', 'Thi đua khen thưởng'],
  ['ÑOÄI TÌNH NGUYEÄN', 'ĐỘI TÌNH NGUYỆN'],
];

describe('TCVN3 and VNI tables', () => {
  it('carry every Vietnamese letter both ways', () => {
    expect(VIETNAMESE_LETTERS).toHaveLength(134);
    for (const letter of VIETNAMESE_LETTERS) {
      expect(fromVni(toVni(letter)), letter).toBe(letter);
      const isCapital = letter !== letter.toLocaleLowerCase('vi');
      expect(fromTcvn3(toTcvn3(letter), isCapital), letter).toBe(letter);
    }
    // Each letter has its own code (TCVN3's toned capitals share the lower-case code: the H font draws them).
    const lower = VIETNAMESE_LETTERS.slice(0, 67);
    expect(new Set(lower.map(toTcvn3)).size).toBe(67);
    expect(new Set(VIETNAMESE_LETTERS.map(toVni)).size).toBe(134);
  });

  it('encode the published samples the way old files hold them', () => {
    for (const [tcvn3, unicode] of TCVN3_SAMPLES) expect(toTcvn3(unicode)).toBe(tcvn3);
    for (const [vni, unicode] of VNI_SAMPLES) expect(toVni(unicode)).toBe(vni);
  });

  it('decode real TCVN3 and VNI lines to Unicode NFC', () => {
    for (const [tcvn3, unicode] of TCVN3_SAMPLES) expect(fromTcvn3(tcvn3)).toBe(unicode);
    for (const [vni, unicode] of VNI_SAMPLES) expect(fromVni(vni)).toBe(unicode);
    expect(fromTcvn3('c«ng tr×nh', true)).toBe('CÔNG TRÌNH');
  });
});

describe('detectLegacy', () => {
  it('finds TCVN3 and VNI from the characters alone', () => {
    for (const [tcvn3, unicode] of TCVN3_SAMPLES) {
      const found = detectLegacy(tcvn3);
      expect(found, tcvn3).toEqual({ encoding: 'tcvn3', capitals: false });
      expect(fromLegacy(tcvn3, found!)).toBe(unicode);
    }
    for (const [vni, unicode] of VNI_SAMPLES) {
      const found = detectLegacy(vni);
      expect(found, vni).toEqual({ encoding: 'vni', capitals: false });
      expect(fromLegacy(vni, found!)).toBe(unicode);
    }
  });

  it('leaves Unicode, ASCII and quoted text alone', () => {
    for (const text of [
      'Cộng hòa xã hội chủ nghĩa Việt Nam',
      'Hoà bình', // old tone placement: o before à
      'Trường THCS Lê Quý Đôn',
      'Phan Thanh Giản',
      'PX01',
      'Tổ «Xanh» của phường',
      'Café',
      '“Ngày hội”',
      '',
    ]) {
      expect(detectLegacy(text), text).toBeNull();
    }
  });

  it('trusts the cell font first', () => {
    expect(encodingOfFont('.VnTime')).toEqual({ encoding: 'tcvn3', capitals: false });
    expect(encodingOfFont('.VnTimeH')).toEqual({ encoding: 'tcvn3', capitals: true });
    expect(encodingOfFont('VNI-Times')).toEqual({ encoding: 'vni', capitals: false });
    expect(encodingOfFont('Times New Roman')).toBeNull();
    // "Hép" (hộp) looks like Unicode ("é") but a .VnTime cell says otherwise.
    expect(detectLegacy('Hép')).toBeNull();
    expect(fromLegacy('Hép', detectLegacy('Hép', '.VnTime')!)).toBe('Hộp');
    expect(fromLegacy('tr­êng', detectLegacy('tr­êng', '.VnTimeH')!)).toBe('TRƯỜNG');
    // Unicode typed into a cell formatted .VnTime is still Unicode.
    expect(detectLegacy('Trường', '.VnTime')).toBeNull();
    expect(detectLegacy('ABC', 'VNI-Times')).toBeNull();
  });
});
