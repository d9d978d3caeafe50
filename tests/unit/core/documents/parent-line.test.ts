// The header rule (§1.3): an Ủy ban nhân dân issuing in its own name prints no cơ quan chủ quản line,
// whatever the profile holds; a Phòng or the Hội đồng prints the body it sits under.
import { describe, expect, it } from 'vitest';
import { parentBodyLine } from '../../../../core/documents/parent-line.ts';

const HCM = 'Ủy ban nhân dân Thành phố Hồ Chí Minh';

describe('parentBodyLine', () => {
  it('leaves the parent out for an Ủy ban nhân dân, however it is written', () => {
    expect(parentBodyLine({ name: 'Ủy ban nhân dân thành phố Thủ Đức', parentBody: HCM })).toBe('');
    expect(parentBodyLine({ name: 'ỦY BAN NHÂN DÂN PHƯỜNG LINH TRUNG', parentBody: 'Ủy ban nhân dân TP Thủ Đức' })).toBe('');
    expect(parentBodyLine({ name: 'UBND phường Linh Trung', parentBody: 'UBND TP Thủ Đức' })).toBe('');
  });

  it('keeps it for the bodies under one', () => {
    expect(parentBodyLine({ name: 'Phòng Nội vụ', parentBody: ' Ủy ban nhân dân TP Thủ Đức ' })).toBe('Ủy ban nhân dân TP Thủ Đức');
    expect(parentBodyLine({ name: 'Hội đồng Thi đua - Khen thưởng', parentBody: 'Ủy ban nhân dân TP Thủ Đức' })).toBe('Ủy ban nhân dân TP Thủ Đức');
    expect(parentBodyLine({ name: 'Sở Nội vụ', parentBody: '' })).toBe('');
  });
});
