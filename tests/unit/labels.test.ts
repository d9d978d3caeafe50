// One name per document for the register, the search column, the CLI and the Văn bản page; and the
// margins the Cơ quan form offers as "Mặc định" must be ones core accepts.
import { describe, expect, it } from 'vitest';
import { documentLabel } from '../../core/api/labels.ts';
import { DEFAULT_MARGINS, MARGIN_RANGES } from '../../core/api/margins.ts';
import { checkMargins } from '../../core/documents/page.ts';

describe('document labels', () => {
  it('names the stage of a báo cáo and a giấy mời, and nothing else', () => {
    expect(documentLabel('ke_hoach', null)).toBe('Kế hoạch');
    expect(documentLabel('bao_cao', 'so_ket')).toBe('Báo cáo sơ kết');
    expect(documentLabel('bao_cao', 'tong_ket')).toBe('Báo cáo tổng kết');
    expect(documentLabel('bao_cao', null)).toBe('Báo cáo');
    expect(documentLabel('cong_van_don_doc', null)).toBe('Công văn đôn đốc');
    expect(documentLabel('giay_moi', 'so_ket')).toBe('Giấy mời hội nghị sơ kết');
    expect(documentLabel('giay_moi', 'tong_ket')).toBe('Giấy mời hội nghị tổng kết');
  });
});

describe('margins offered to the form', () => {
  it('keeps the defaults inside NĐ 30\'s ranges: 20/20/30/15 mm', () => {
    expect(DEFAULT_MARGINS).toEqual({ top: 20, bottom: 20, left: 30, right: 15 });
    expect(checkMargins(DEFAULT_MARGINS)).toEqual(DEFAULT_MARGINS);
    expect(MARGIN_RANGES.left).toMatchObject({ min: 30, max: 35, label: 'Lề trái' });
  });
});
