import { describe, expect, it } from 'vitest';
import { DEMO_AS_OF } from '../../../../core/demo/thu-duc.ts';
import { figuresSentence, groupCountWords, scopeFromIssuer } from '../../../../core/documents/wording.ts';
import { demoApp, freshApp } from '../../helpers.ts';

const SEED =
  'Tính đến ngày 12/4/2021, toàn thành phố có 25 khối và 04 cụm thi đua với 254 đơn vị đăng ký 703 công trình. ' +
  'Đã có 118/254 cơ quan, đơn vị có báo cáo kết quả, đạt 46,46%; có 136/703 công trình đã hoàn thành, đạt 19,35%.';

describe('the figures sentence', () => {
  // The dashboard wrote its own ("Tính đến ngày 12/4/2021 đã có 25 khối … công trình đăng ký đã hoàn
  // thành"); it now calls this one with the agency's scope, as the báo cáo does.
  it('reads as the seed article from what the dashboard has: the figures and the agency', async () => {
    const app = await demoApp();
    const stats = await app.invoke('stats.campaign', { asOf: DEMO_AS_OF });
    const agency = await app.invoke('settings.getAgency', {});
    expect(figuresSentence(stats, scopeFromIssuer(agency?.name ?? ''))).toBe(SEED);
    const truncated = await app.invoke('stats.campaign', { asOf: DEMO_AS_OF, truncate: true });
    expect(figuresSentence(truncated, scopeFromIssuer(agency?.name ?? ''))).toBe(SEED.replace('46,46%', '46,45%').replace('19,35%', '19,34%'));
    app.close();
  });

  it('counts the units that registered works, apart from the units that only take part', async () => {
    const app = freshApp();
    const unit = (code: string, name: string) => app.invoke('org.saveUnit', { code, name, kind: 'phuong_xa' });
    const a = await unit('P01', 'Phường Linh Trung');
    const b = await unit('P02', 'Phường Linh Xuân');
    const c = await app.invoke('campaigns.save', {
      name: 'Đợt thi đua', form: 'chuyen_de', startDate: '2021-03-12', endDate: '2021-05-19', unitIds: [a.id, b.id],
    });
    await app.invoke('works.save', { campaignId: c.id, unitId: a.id, title: 'Trồng cây xanh', level: 'co_so', registeredOn: '2021-03-15' });
    const stats = await app.invoke('stats.campaign', { campaignId: c.id, asOf: '2021-04-12' });
    expect([stats.units.registered, stats.works.units]).toEqual([2, 1]);
    expect(figuresSentence(stats, 'toàn phường')).toBe(
      'Tính đến ngày 12/4/2021, toàn phường có 02 đơn vị tham gia, trong đó 01 đơn vị đăng ký 01 công trình. ' +
        'Đã có 0/2 cơ quan, đơn vị có báo cáo kết quả, đạt 0,00%; có 0/1 công trình đã hoàn thành, đạt 0,00%.',
    );
    app.close();
  });

  it('names the body’s own territory, or "toàn đơn vị" before the agency is filled in', () => {
    expect(scopeFromIssuer('')).toBe('toàn đơn vị');
    expect(scopeFromIssuer('Ủy ban nhân dân phường Linh Xuân')).toBe('toàn phường');
  });
});

describe('the count of khối and cụm', () => {
  it('writes khối first, pads counts below 10 and leaves out a kind with none', () => {
    expect(groupCountWords({ khoi: 25, cum: 4 })).toBe('25 khối và 04 cụm');
    expect(groupCountWords({ khoi: 0, cum: 4 })).toBe('04 cụm');
    expect(groupCountWords({ khoi: 1, cum: 0 })).toBe('01 khối');
    expect(groupCountWords({ khoi: 0, cum: 0 })).toBe('');
  });
});
