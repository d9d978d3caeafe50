// The rounding of documents is their own: the dashboard's "Cắt bỏ phần lẻ" (stats.campaign truncate,
// or the old saved percentMode it used to write) changes the view, never the next báo cáo; the Cơ
// quan page's documentPercentMode does, and one document may choose otherwise.
import { describe, expect, it } from 'vitest';
import type { TdktApp } from '../../../../core/app.ts';
import { openDocx, paragraphs } from '../../documents-xml.ts';
import { freshApp } from '../../helpers.ts';

/** 7 wards in one campaign, one work each, 1 of them reported: 1/7 = 14,2857…%. */
async function oneInSeven(app: TdktApp): Promise<number> {
  await app.invoke('settings.saveAgency', {
    parentBody: '',
    name: 'Ủy ban nhân dân thành phố Thủ Đức',
    locality: 'Thủ Đức',
    abbreviation: 'UBND',
  });
  await app.invoke('agency.saveSigner', { authority: '', title: 'Chủ tịch', name: 'Nguyễn Văn A' });
  const ids: number[] = [];
  for (let i = 1; i <= 7; i++) ids.push((await app.invoke('org.saveUnit', { code: `P0${i}`, name: `Phường ${i}`, kind: 'phuong_xa' })).id);
  const c = await app.invoke('campaigns.save', {
    name: 'Đợt thi đua chào mừng 100 ngày thành lập thành phố',
    form: 'chuyen_de',
    startDate: '2021-03-12',
    endDate: '2021-05-19',
    planNumber: '19/KH-UBND',
    planDate: '2021-03-12',
    unitIds: ids,
  });
  for (const unitId of ids) {
    await app.invoke('works.save', { campaignId: c.id, unitId, title: `Công trình của đơn vị ${unitId}`, level: 'co_so', registeredOn: '2021-03-15' });
  }
  await app.invoke('reports.add', { campaignId: c.id, unitId: ids[0], reportDate: '2021-04-10' });
  return c.id;
}

async function baoCaoText(app: TdktApp, campaignId: number, extra: { percentMode?: 'round' | 'truncate' } = {}): Promise<string> {
  const r = await app.invoke('documents.preview', { kind: 'bao_cao', stage: 'so_ket', campaignId, asOf: '2021-04-12', date: '2021-04-14', ...extra });
  return paragraphs(openDocx(Buffer.from(r.contentBase64, 'base64')).document)
    .map((p) => p.text)
    .join('\n');
}

describe('rounding of documents', () => {
  it('keeps 14,29% in the báo cáo whatever the dashboard switch shows', async () => {
    const app = freshApp();
    const campaignId = await oneInSeven(app);
    const view = await app.invoke('stats.campaign', { campaignId, asOf: '2021-04-12', truncate: true });
    expect(view.units.reportedPercent).toBe('14,28%');
    // What the switch used to save: the dashboard's own mode.
    await app.invoke('settings.save', { percentMode: 'truncate' });
    expect(await baoCaoText(app, campaignId)).toContain('1/7 cơ quan, đơn vị có báo cáo kết quả, đạt 14,29%');
    app.close();
  });

  it("follows the Cơ quan page's document setting, and a document's own choice over it", async () => {
    const app = freshApp();
    const campaignId = await oneInSeven(app);
    expect((await app.invoke('settings.get', {})).documentPercentMode).toBe('round');
    const saved = await app.invoke('settings.save', { documentPercentMode: 'truncate' });
    expect(saved).toMatchObject({ documentPercentMode: 'truncate', percentMode: 'round' });
    expect(await baoCaoText(app, campaignId)).toContain('đạt 14,28%');
    expect(await baoCaoText(app, campaignId, { percentMode: 'round' })).toContain('đạt 14,29%');
    // The dashboard still opens rounded: the two settings are apart.
    expect((await app.invoke('stats.campaign', { campaignId, asOf: '2021-04-12' })).units.reportedPercent).toBe('14,29%');
    app.close();
  });
});
