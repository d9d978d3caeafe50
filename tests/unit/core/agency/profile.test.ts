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

  it('keeps the authority level its head has, a ward by default, and a save without it leaves it', async () => {
    const app = freshApp();
    expect(await app.invoke('settings.saveAgency', AGENCY)).toMatchObject({ authorityLevel: 'chu_tich_xa' });
    expect(await app.invoke('settings.saveAgency', { ...AGENCY, authorityLevel: 'thu_truong' })).toMatchObject({ authorityLevel: 'thu_truong' });
    expect(await app.invoke('settings.saveAgency', { ...AGENCY, name: 'UBND phường Linh Trung' })).toMatchObject({ authorityLevel: 'thu_truong' });
    const err = await refusal(app, 'settings.saveAgency', { ...AGENCY, authorityLevel: 'vua' });
    expect(err.fields?.authorityLevel).toBe('Chọn thẩm quyền khen thưởng trong danh sách');
    app.close();
  });
});
