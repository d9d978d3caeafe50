// Đợt thi đua to Excel: the list campaigns.list gives, dates as dates, counts as numbers.
import { describe, expect, it } from 'vitest';
import { freshApp, unitAndCampaign } from '../../../helpers.ts';
import { readWorkbook, rowValues, sheetOf } from '../read-back.ts';

describe('campaigns export', () => {
  it('writes each campaign with its plan, period and counts', async () => {
    const app = freshApp();
    const { unit, campaign } = await unitAndCampaign(app);
    await app.invoke('works.save', { campaignId: campaign.id, unitId: unit.id, title: 'Trồng 100 cây xanh', level: 'co_so' });
    const file = await app.invoke('excel.export', { list: 'campaigns' });
    const sheet = sheetOf(await readWorkbook(Buffer.from(file.contentBase64, 'base64')), 'Phong trào');
    expect(rowValues(sheet, 2)).toEqual([
      'STT', 'Tên đợt, phong trào thi đua', 'Hình thức', 'Từ ngày', 'Đến ngày', 'Số kế hoạch', 'Ngày kế hoạch', 'Số đơn vị tham gia', 'Số công trình',
    ]);
    const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
    expect(rowValues(sheet, 3)).toEqual([1, campaign.name, 'Chuyên đề', day('2021-03-12'), day('2021-05-19'), '19/KH-UBND', day('2021-03-12'), 1, 1]);
    app.close();
  });
});
