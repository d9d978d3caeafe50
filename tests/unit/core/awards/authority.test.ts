// The levels of thẩm quyền as the catalogue stores them and the check a proposal's warning uses.
import { describe, expect, it } from 'vitest';
import { AUTHORITY_LEVELS, authorityLabel, authorityShortLabel, mayAward, parseLevels, storeLevels } from '../../../../core/awards/authority.ts';

describe('authority levels', () => {
  it('has a Vietnamese label for every level, the cấp huyện dated', () => {
    for (const level of AUTHORITY_LEVELS) {
      expect(authorityLabel[level]).toMatch(/^[A-ZĐ]/u);
      expect(authorityShortLabel[level].length).toBeLessThan(authorityLabel[level].length);
    }
    expect(authorityLabel.chu_tich_huyen).toBe('Chủ tịch UBND cấp huyện (đến 30/6/2025)');
  });

  it('reads and writes awarded_by in one order, dropping unknown words', () => {
    expect(parseLevels('thu_truong, chu_tich_xa,vua')).toEqual(['chu_tich_xa', 'thu_truong']);
    expect(parseLevels('')).toEqual([]);
    expect(storeLevels(['bo_truong', 'chu_tich_tinh', 'bo_truong'])).toBe('chu_tich_tinh,bo_truong');
  });

  it('says whether a head of a level may award a form itself', () => {
    const giayKhen = { awardedBy: parseLevels('chu_tich_xa,thu_truong,giam_doc_dn') };
    expect(mayAward(giayKhen, 'chu_tich_xa')).toBe(true);
    expect(mayAward(giayKhen, 'chu_tich_tinh')).toBe(false);
  });
});
