// The agency's abbreviation is refused where it is typed, by the rule the documents use: "UBND TP" used
// to be saved, and then no document could be made. A refusal names the field and writes nothing.
import { describe, expect, it } from 'vitest';
import { freshApp, refusal } from '../../helpers.ts';

const AGENCY = { parentBody: '', name: 'Ủy ban nhân dân thành phố Thủ Đức', locality: 'Thủ Đức', abbreviation: 'UBND' };

describe('the agency profile', () => {
  it('refuses an abbreviation no ký hiệu can hold, naming the field, and saves nothing', async () => {
    const app = freshApp();
    for (const bad of ['UBND TP', 'UBND/TP', 'UBND-', '']) {
      const err = await refusal(app, 'settings.saveAgency', { ...AGENCY, abbreviation: bad });
      expect(err.fields, bad).toHaveProperty('abbreviation');
      expect(err.message, bad).not.toMatch(/[A-Za-z]+Error|constraint/u);
    }
    expect(await app.invoke('settings.getAgency', {})).toBeNull();
    expect(await app.invoke('settings.saveAgency', { ...AGENCY, abbreviation: 'UBND-TĐ' })).toMatchObject({ abbreviation: 'UBND-TĐ' });
    app.close();
  });

  it("refuses the Hội đồng's abbreviation: two issuers would share one number sequence", async () => {
    const app = freshApp();
    const err = await refusal(app, 'settings.saveAgency', { ...AGENCY, abbreviation: 'hđtđkt' });
    expect(err).toMatchObject({ code: 'conflict', fields: { abbreviation: 'Chữ viết tắt đã dùng' } });
    expect(err.message).toMatch(/Hội đồng Thi đua - Khen thưởng/u);
    app.close();
  });
});
