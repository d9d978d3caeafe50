// The abbreviations officials type, read both ways, and nothing found that the words do not say.
import { describe, expect, it } from 'vitest';
import { fold, matchesFolded, queryClauses } from '../../../../core/text/index.ts';

const finds = (name: string, query: string) => matchesFolded(fold(name), query);

describe('a typed abbreviation finds the full name', () => {
  it.each([
    ['Ủy ban nhân dân phường Linh Trung', 'ubnd linh trung'],
    ['Ủy ban nhân dân phường Linh Trung', 'UBND P. Linh Trung'],
    ['Trường Trung học cơ sở Linh Trung', 'thcs linh trung'],
    ['Trường Trung học phổ thông Thủ Đức', 'THPT thu duc'],
    ['Trường Tiểu học Linh Trung', 'th linh trung'],
    ['Trường Mầm non Ánh Dương', 'mn anh duong'],
    ['Trường Mẫu giáo Hoa Sen', 'MG hoa sen'],
    ['Văn phòng Hội đồng nhân dân và Ủy ban nhân dân', 'vp hđnd'],
    ['Ủy ban Mặt trận Tổ quốc Việt Nam thành phố', 'ub mttq'],
    ['Ủy ban Mặt trận Tổ quốc Việt Nam thành phố', 'ubmttq'],
    ['Ban Quản lý Khu Công nghệ cao', 'bql cong nghe cao'],
    ['Công an phường Linh Trung', 'CA linh trung'],
    ['Bệnh viện thành phố Thủ Đức', 'bv tp thu duc'],
    ['Công ty Trách nhiệm hữu hạn Cơ khí Linh Trung', 'cty tnhh co khi'],
    ['Phòng Giáo dục và Đào tạo', 'phong GD&ĐT'],
  ])('%s ← "%s"', (name, query) => {
    expect(finds(name, query)).toBe(true);
  });
});

describe('typed full words find the abbreviated name', () => {
  it.each([
    ['UBND phường Linh Trung', 'uy ban linh trung'],
    ['UBND phường Linh Trung', 'ủy ban nhân dân phường linh trung'],
    ['UBND P.Linh Trung', 'phuong linh trung'],
    ['Trường THCS Linh Trung', 'trung học cơ sở linh trung'],
    ['Trường TH-THCS Linh Trung', 'tieu hoc linh trung'],
    ['CA phường Linh Trung', 'cong an linh trung'],
    ['UBND TP Hồ Chí Minh', 'thanh pho ho chi minh'],
    ['BQL chợ Thủ Đức', 'ban quan ly cho'],
    ['UBMTTQ phường Linh Trung', 'uy ban mat tran linh trung'],
  ])('%s ← "%s"', (name, query) => {
    expect(finds(name, query)).toBe(true);
  });
});

describe('nothing the words do not say', () => {
  it('an abbreviation standing in for full words is a word, not a piece of one', () => {
    // "th" is inside "thcs" and "thanh": neither is a tiểu học.
    expect(finds('Trường THCS Linh Trung', 'tieu hoc linh trung')).toBe(false);
    expect(finds('Phường Thạnh Mỹ Lợi', 'cong an thanh my loi')).toBe(false);
    expect(finds('Trường TH Linh Trung', 'tieu hoc linh trung')).toBe(true);
  });
  it('every other word still has to occur', () => {
    expect(finds('Ủy ban nhân dân phường Linh Xuân', 'ubnd linh trung')).toBe(false);
    expect(finds('Trường Trung học phổ thông Linh Trung', 'thcs linh trung')).toBe(false);
    expect(finds('UBND phường Linh Trung', 'uy ban linh xuan')).toBe(false);
  });
  it('words without an abbreviation match as they always did: anywhere, in any order', () => {
    expect(finds('Ủy ban nhân dân phường Linh Trung', 'trung linh')).toBe(true);
    expect(finds('Trường Trung học cơ sở Linh Chiểu', 'linh trung')).toBe(true);
    expect(queryClauses('linh trung')).toEqual([[[{ text: 'linh', word: false }]], [[{ text: 'trung', word: false }]]]);
  });
  it('nothing typed matches everything', () => {
    expect(queryClauses('')).toEqual([]);
    expect(matchesFolded('ubnd phuong linh trung', '   ')).toBe(true);
  });
});
