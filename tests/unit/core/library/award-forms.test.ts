// Section III's first text: the Giấy khen of the Chủ tịch of the UBND that issues the plan or stands
// above its issuer, the standards, the quotas, and the sơ kết / tổng kết dates of the campaign.
import { describe, expect, it } from 'vitest';
import { defaultAwardForms, giayKhenAuthority } from '../../../../core/library/award-forms.ts';

describe('the default award forms of a kế hoạch', () => {
  it('has the Giấy khen signed by the Chủ tịch of the UBND, also when the Hội đồng issues the plan', () => {
    expect(giayKhenAuthority({ name: 'Ủy ban nhân dân phường Linh Trung', parentBody: '' })).toBe('Chủ tịch Ủy ban nhân dân phường Linh Trung');
    expect(giayKhenAuthority({ name: 'Hội đồng Thi đua - Khen thưởng', parentBody: 'Ủy ban nhân dân thành phố Thủ Đức' })).toBe(
      'Chủ tịch Ủy ban nhân dân thành phố Thủ Đức',
    );
    expect(giayKhenAuthority({ name: 'Sở Nội vụ', parentBody: '' })).toBe('Thủ trưởng Sở Nội vụ');
  });

  it('names the forms, standards, quotas and dates as khoản the user can edit', () => {
    const text = defaultAwardForms({
      issuer: { name: 'Ủy ban nhân dân phường Linh Trung', parentBody: '' },
      standingOffice: 'Văn phòng HĐND và UBND phường',
      soKet: '2025-09-15',
      tongKet: '2025-11-05',
    });
    const lines = text.split('\n');
    expect(lines.filter((l) => l.startsWith('## '))).toEqual([
      '## Hình thức khen thưởng',
      '## Tiêu chuẩn khen thưởng',
      '## Số lượng khen thưởng',
      '## Thời gian sơ kết, tổng kết',
    ]);
    expect(lines).toContain('Tặng Giấy khen của Chủ tịch Ủy ban nhân dân phường Linh Trung cho các tập thể, cá nhân có thành tích xuất sắc trong đợt thi đua.');
    expect(lines).toContain('Sơ kết đợt thi đua vào ngày 15/9/2025.');
    expect(lines).toContain('Tổng kết, khen thưởng vào ngày 05/11/2025.');
    expect(lines.filter((l) => l.startsWith('- Đối với '))).toHaveLength(2);
    expect(text).toContain('gửi về Văn phòng HĐND và UBND phường');
    // Without the milestones the dates are left out, not written empty.
    expect(defaultAwardForms({ issuer: { name: 'Ủy ban nhân dân phường Linh Trung', parentBody: '' }, standingOffice: 'X' })).not.toMatch(/vào ngày/u);
  });
});
