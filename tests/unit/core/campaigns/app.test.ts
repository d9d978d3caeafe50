// A campaign created by mistake can be deleted while nothing was recorded in it; one with works,
// reports or documents says what holds it. Units that stopped working join no campaign (issue 8).
// The campaign keeps the upper level's plan it carries out: saved cleaned, read back, cleared, and a
// text longer than the field refused next to it.
import { describe, expect, it } from 'vitest';
import { freshApp, refusal, tableCounts, unitAndCampaign } from '../../helpers.ts';
import { awardsFixture, throughCouncil } from '../awards/fixture.ts';

describe('deleting a campaign', () => {
  it('deletes an empty one with its phases, milestones, fields and participants, audited', async () => {
    const app = freshApp();
    const { campaign } = await unitAndCampaign(app);
    const before = tableCounts(app.connection.raw);
    expect([before.campaign_phases, before.campaign_milestones, before.campaign_fields, before.registrations]).toEqual([1, 1, 2, 1]);
    expect(await app.invoke('campaigns.remove', { id: campaign.id })).toEqual({ removed: campaign.id });
    const after = tableCounts(app.connection.raw);
    expect([after.campaigns, after.campaign_phases, after.campaign_milestones, after.campaign_fields, after.registrations]).toEqual([0, 0, 0, 0, 0]);
    expect(after.units).toBe(1);
    const logged = app.connection.raw.prepare("SELECT entity_id, detail FROM audit_log WHERE action = 'delete' AND entity = 'campaign'").all();
    expect(logged).toEqual([{ entity_id: campaign.id, detail: JSON.stringify({ name: campaign.name }) }]);
    expect((await refusal(app, 'campaigns.remove', { id: campaign.id })).code).toBe('not_found');
    app.close();
  });

  it('refuses one that holds works or reports, saying what, and changes nothing', async () => {
    const app = freshApp();
    const { unit, campaign } = await unitAndCampaign(app);
    await app.invoke('works.save', { campaignId: campaign.id, unitId: unit.id, title: 'Trồng cây xanh', level: 'co_so' });
    await app.invoke('reports.add', { campaignId: campaign.id, unitId: unit.id, reportDate: '2021-04-10' });
    const before = tableCounts(app.connection.raw);
    const e = await refusal(app, 'campaigns.remove', { id: campaign.id });
    expect(e.code).toBe('conflict');
    expect(e.message).toBe(`Không xóa được đợt thi đua "${campaign.name}": đã có 1 công trình, phần việc, 1 báo cáo của đơn vị.`);
    const { audit_log: _a, ...rest } = tableCounts(app.connection.raw);
    const { audit_log: _b, ...was } = before;
    expect(rest).toEqual(was);
    app.close();
  });

  it('refuses one whose document text was written', async () => {
    const app = freshApp();
    const { campaign } = await unitAndCampaign(app);
    // As documents.saveSections leaves it (that needs the agency's details, beside the point here).
    app.connection.raw
      .prepare("INSERT INTO document_sections (campaign_id, kind, key, text, updated_at) VALUES (?, 'ke_hoach', 'moDau', 'Mở đầu đã soạn.', 'x')")
      .run(campaign.id);
    const e = await refusal(app, 'campaigns.remove', { id: campaign.id });
    expect(e.message).toMatch(/đã có 1 đoạn văn bản đã soạn\.$/u);
    expect(await app.invoke('campaigns.list', {})).toHaveLength(1);
    app.close();
  });

  it('refuses one held by proposals, a council meeting and a decision, naming them in Vietnamese', async () => {
    const f = await awardsFixture();
    await throughCouncil(f);
    const before = tableCounts(f.raw);
    const e = await refusal(f.app, 'campaigns.remove', { id: f.campaignId });
    expect(e.code).toBe('conflict');
    expect(e.message).toBe(
      'Không xóa được đợt thi đua "Đợt thi đua chào mừng 100 ngày thành lập thành phố": đã có 2 đề nghị khen thưởng, 1 cuộc họp Hội đồng, 1 quyết định khen thưởng.',
    );
    expect(tableCounts(f.raw)).toEqual(before);
    f.app.close();
  });
});

describe('participants', () => {
  it('refuses adding a unit that stopped working, and keeps one that stopped after joining', async () => {
    const app = freshApp();
    const { unit, campaign } = await unitAndCampaign(app);
    const closed = await app.invoke('org.saveUnit', { code: 'P02', name: 'Phường Đông Hòa', kind: 'phuong_xa' });
    await app.invoke('org.setUnitActive', { id: closed.id, active: false });
    const { id, ...rest } = campaign;
    const e = await refusal(app, 'campaigns.save', { ...rest, id, unitIds: [unit.id, closed.id] });
    expect(e.fields?.unitIds).toBe('Đơn vị "Phường Đông Hòa" đã ngừng hoạt động: không thể thêm vào đợt thi đua.');
    await app.invoke('org.setUnitActive', { id: unit.id, active: false });
    const kept = await app.invoke('campaigns.save', { ...rest, id, unitIds: [unit.id] });
    expect(kept.unitIds).toEqual([unit.id]);
    app.close();
  });
});

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
