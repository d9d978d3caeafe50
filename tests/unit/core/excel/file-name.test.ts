import { describe, expect, it } from 'vitest';
import { xlsxFileName } from '../../../../core/excel/file-name.ts';

describe('xlsxFileName', () => {
  it('takes the marks off and joins the words with "-"', () => {
    expect(xlsxFileName('Danh sách đơn vị')).toBe('Danh-sach-don-vi.xlsx');
    expect(xlsxFileName('Công trình', 'Đợt thi đua 100 ngày / 2021')).toBe('Cong-trinh-Dot-thi-dua-100-ngay-2021.xlsx');
    expect(xlsxFileName('Công trình'.normalize('NFD'))).toBe('Cong-trinh.xlsx');
  });

  it('never gives an empty or overlong name', () => {
    expect(xlsxFileName('***')).toBe('Danh-sach.xlsx');
    expect(xlsxFileName('a '.repeat(200)).length).toBeLessThanOrEqual(125);
  });
});
