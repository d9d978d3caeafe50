// Nơi nhận never names the document's own side: the issuer (by name or ký hiệu) or the drafting unit.
import { describe, expect, it } from 'vitest';
import { checkRecipients, defaultRecipients, isSelf, type Recipient } from '../../../../core/documents/recipients.ts';

const LIST: Recipient[] = [
  { name: 'Sở Nội vụ (Ban Thi đua - Khen thưởng)', abbreviation: 'SNV', kinds: ['ke_hoach', 'bao_cao'] },
  { name: 'Phòng Nội vụ', abbreviation: 'NV', kinds: ['bao_cao'] },
  { name: 'Thường trực Hội đồng Thi đua - Khen thưởng', abbreviation: 'HĐTĐKT', kinds: ['ke_hoach', 'bao_cao'] },
  { name: 'Như thành phần mời', abbreviation: '', kinds: ['giay_moi'] },
];
const UBND = { issuerName: 'Ủy ban nhân dân thành phố Thủ Đức', issuerAbbreviation: 'UBND', draftingUnit: 'VP' };
const COUNCIL = { issuerName: 'Hội đồng Thi đua - Khen thưởng', issuerAbbreviation: 'HĐTĐKT', draftingUnit: 'NV' };

describe('recipients', () => {
  it('takes the entries of the kind, in order, less the issuer and the drafter', () => {
    expect(defaultRecipients(LIST, 'bao_cao', UBND)).toEqual([
      'Sở Nội vụ (Ban Thi đua - Khen thưởng)',
      'Phòng Nội vụ',
      'Thường trực Hội đồng Thi đua - Khen thưởng',
    ]);
    // The Hội đồng's report drafted by the Phòng Nội vụ goes to neither.
    expect(defaultRecipients(LIST, 'bao_cao', COUNCIL)).toEqual(['Sở Nội vụ (Ban Thi đua - Khen thưởng)']);
    expect(defaultRecipients(LIST, 'giay_moi', COUNCIL)).toEqual(['Như thành phần mời']);
  });

  it('knows the issuer by name without a ký hiệu, and not by a shared word', () => {
    expect(isSelf({ name: 'Thường trực Ủy ban nhân dân thành phố Thủ Đức' }, UBND)).toBe(true);
    expect(isSelf({ name: 'Chủ tịch và các Phó Chủ tịch Ủy ban nhân dân' }, UBND)).toBe(false);
    expect(isSelf({ name: 'Phòng Nội vụ', abbreviation: 'nv' }, COUNCIL)).toBe(true);
  });

  it('refuses a typed line that is the document itself, naming the section', () => {
    expect(checkRecipients(['Sở Nội vụ (Ban Thi đua - Khen thưởng)', 'Như trên'], LIST, COUNCIL)).toHaveLength(2);
    expect(() => checkRecipients(['- Phòng Nội vụ;'], LIST, COUNCIL)).toThrow(/Nơi nhận "Phòng Nội vụ" là chính/u);
    try {
      checkRecipients(['Thường trực Hội đồng Thi đua - Khen thưởng'], LIST, COUNCIL);
      expect.unreachable();
    } catch (e) {
      expect((e as { fields: Record<string, string> }).fields).toHaveProperty('noiNhan');
    }
  });
});
