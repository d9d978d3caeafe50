// The campaign keeps the upper level's plan it carries out: saved cleaned, read back, cleared, and a
// text longer than the field refused next to it.
import { describe, expect, it } from 'vitest';
import { freshApp, refusal, unitAndCampaign } from '../../helpers.ts';

const UPPER = 'Kế hoạch số 245/KH-UBND ngày 10/7/2025 của Ủy ban nhân dân Thành phố Hồ Chí Minh';

describe('a campaign\'s upper-level plan', () => {
  it('is empty until typed, then saved cleaned and read back', async () => {
    const app = freshApp();
    const { campaign } = await unitAndCampaign(app);
    expect(campaign.upperPlan).toBe('');
    const { id: _id, ...rest } = campaign;
    // Typed with a decomposed "ế" and doubled spaces, as pasted from a PDF.
    const saved = await app.invoke('campaigns.save', { ...rest, id: campaign.id, upperPlan: `  ${UPPER.normalize('NFD').replace(' số', '  số')} ` });
    expect(saved.upperPlan).toBe(UPPER);
    expect((await app.invoke('campaigns.get', { id: campaign.id })).upperPlan).toBe(UPPER);
    expect((await app.invoke('campaigns.save', { ...rest, id: campaign.id, upperPlan: '' })).upperPlan).toBe('');
    app.close();
  });

  it('refuses a text longer than 500 characters next to the field', async () => {
    const app = freshApp();
    const { campaign } = await unitAndCampaign(app);
    const { id: _id, ...rest } = campaign;
    const err = await refusal(app, 'campaigns.save', { ...rest, id: campaign.id, upperPlan: 'x'.repeat(501) });
    expect(err.fields).toEqual({ upperPlan: 'Tối đa 500 ký tự' });
    expect((await app.invoke('campaigns.get', { id: campaign.id })).upperPlan).toBe('');
    app.close();
  });
});
