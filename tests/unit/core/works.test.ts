import { describe, expect, it } from 'vitest';
import { freshApp, refusal, unitAndCampaign as setup } from '../helpers.ts';


describe('campaigns', () => {
  it('stores phases, milestones, fields and participants', async () => {
    const app = freshApp();
    const { campaign, unit } = await setup(app);
    expect(campaign.phases).toEqual([{ name: 'Giai đoạn 1', startDate: '2021-03-12', endDate: '2021-04-10' }]);
    expect(campaign.milestones[0]).toMatchObject({ kind: 'so_ket', date: '2021-04-16' });
    expect(campaign.fields).toEqual(['Trồng cây xanh', 'Cải cách hành chính']);
    expect(campaign.unitIds).toEqual([unit.id]);
    const list = await app.invoke('campaigns.list', {});
    expect(list[0]).toMatchObject({ planNumber: '19/KH-UBND', units: 1, works: 0 });
    app.close();
  });

  it('refuses a phase outside the period and an end before the start', async () => {
    const app = freshApp();
    const base = { name: 'Đợt A', form: 'thuong_xuyen' as const, startDate: '2021-03-12', endDate: '2021-05-19' };
    const e1 = await refusal(app, 'campaigns.save', { ...base, endDate: '2021-03-01' });
    expect(e1.fields?.endDate).toMatch(/sau ngày bắt đầu/);
    const e2 = await refusal(app, 'campaigns.save', { ...base, phases: [{ name: 'GĐ 2', startDate: '2021-05-01', endDate: '2021-06-30' }] });
    expect(e2.fields?.['phases.0.startDate']).toMatch(/phải nằm trong thời gian đợt thi đua \(12\/3\/2021 – 19\/5\/2021\)/);
    const e3 = await refusal(app, 'campaigns.save', { ...base, startDate: '2021-02-30' });
    expect(e3.fields?.startDate).toMatch(/Ngày không hợp lệ/);
    expect(await app.invoke('campaigns.list', {})).toHaveLength(0);
    app.close();
  });
});

describe('registered works', () => {
  it('keeps every status change as a dated history', async () => {
    const app = freshApp();
    const { unit, campaign } = await setup(app);
    const w = await app.invoke('works.save', {
      campaignId: campaign.id, unitId: unit.id, title: 'Trồng 200 cây xanh tại khu phố 3', field: 'Trồng cây xanh',
      level: 'co_so', target: '200 cây', dueDate: '2021-04-30', owner: 'Trưởng khu phố', registeredOn: '2021-03-15',
    });
    expect(w.status).toBe('da_dang_ky');
    await app.invoke('works.setStatus', { id: w.id, status: 'dang_thuc_hien', date: '2021-03-20' });
    const early = await refusal(app, 'works.setStatus', { id: w.id, status: 'hoan_thanh', date: '2021-03-18' });
    expect(early.fields?.date).toMatch(/không được trước 20\/3\/2021/);
    const done = await app.invoke('works.setStatus', { id: w.id, status: 'hoan_thanh', date: '2021-04-02', note: 'Đã nghiệm thu' });
    expect(done.completedOn).toBe('2021-04-02');
    expect(done.updates.map((u) => [u.date, u.status])).toEqual([
      ['2021-03-15', 'da_dang_ky'],
      ['2021-03-20', 'dang_thuc_hien'],
      ['2021-04-02', 'hoan_thanh'],
    ]);
    const again = await refusal(app, 'works.setStatus', { id: w.id, status: 'huy', date: '2021-04-05' });
    expect(again.fields?.status).toMatch(/Không thể chuyển từ "Hoàn thành" sang "Hủy"/);
    app.close();
  });

  it('flags registrations a reviewer should look at, and filters by flag', async () => {
    const app = freshApp();
    const { unit, campaign } = await setup(app);
    const base = { campaignId: campaign.id, unitId: unit.id, level: 'co_so' as const, registeredOn: '2021-03-15' };
    await app.invoke('works.save', { ...base, title: 'Trồng 100 cây xanh', field: 'Trồng cây xanh', target: '100 cây', dueDate: '2021-04-30' });
    await app.invoke('works.save', { ...base, title: 'Thực hiện tốt nhiệm vụ', field: 'Khác', target: '', dueDate: null });
    await app.invoke('works.save', { ...base, title: 'Số hóa hồ sơ', field: 'Cải cách hành chính', target: '500 hồ sơ', dueDate: '2021-07-01' });
    await app.invoke('works.save', { ...base, title: 'TRỒNG 100 CÂY XANH', field: 'Trồng cây xanh', target: '100 cây', dueDate: '2021-05-01' });
    const all = await app.invoke('works.list', { campaignId: campaign.id });
    const flags = Object.fromEntries(all.map((w) => [w.title, w.flags]));
    expect(flags['Thực hiện tốt nhiệm vụ']).toEqual(['no_target', 'no_due_date', 'field_not_in_plan']);
    expect(flags['Số hóa hồ sơ']).toEqual(['outside_period']);
    expect(flags['Trồng 100 cây xanh']).toEqual(['duplicate']);
    expect(flags['TRỒNG 100 CÂY XANH']).toEqual(['duplicate']);
    expect((await app.invoke('works.list', { campaignId: campaign.id, flag: 'no_target' })).map((w) => w.title)).toEqual(['Thực hiện tốt nhiệm vụ']);
    expect((await app.invoke('works.list', { campaignId: campaign.id, query: 'so hoa' })).map((w) => w.title)).toEqual(['Số hóa hồ sơ']);
    const ids = await app.invoke('works.search', { campaignId: campaign.id, query: 'TRỒNG cay' });
    expect(ids.sort()).toEqual(all.filter((w) => w.title.toLowerCase().startsWith('trồng')).map((w) => w.id).sort());
    // The unit's name matches too: "linh trung" finds every work of Phường Linh Trung.
    expect(await app.invoke('works.search', { campaignId: campaign.id, query: 'linh trung' })).toHaveLength(4);
    app.close();
  });

  it('carries unfinished works into a new campaign, keeping the link', async () => {
    const app = freshApp();
    const { unit, campaign } = await setup(app);
    const base = { campaignId: campaign.id, unitId: unit.id, level: 'thanh_pho' as const, registeredOn: '2021-03-15' };
    const open = await app.invoke('works.save', { ...base, title: 'Mở rộng hẻm 12', target: '200 m', dueDate: '2021-05-10' });
    const finished = await app.invoke('works.save', { ...base, title: 'Trồng cây', target: '50 cây', dueDate: '2021-04-10' });
    await app.invoke('works.setStatus', { id: finished.id, status: 'hoan_thanh', date: '2021-04-01' });
    const next = await app.invoke('campaigns.save', { name: 'Đợt thi đua 500 ngày', form: 'chuyen_de', startDate: '2021-06-01', endDate: '2022-10-01' });
    const refused = await refusal(app, 'works.carryOver', { toCampaignId: next.id, workIds: [finished.id] });
    expect(refused.message).toMatch(/Chỉ chuyển tiếp công trình chưa hoàn thành/);
    const { created } = await app.invoke('works.carryOver', { toCampaignId: next.id, workIds: [open.id] });
    expect(created).toHaveLength(1);
    const carried = await app.invoke('works.get', { id: created[0] });
    expect(carried).toMatchObject({ campaignId: next.id, carriedFrom: open.id, title: 'Mở rộng hẻm 12', status: 'da_dang_ky', registeredOn: '2021-06-01', dueDate: null });
    const source = await app.invoke('works.get', { id: open.id });
    expect(source.carriedTo).toEqual([{ id: created[0], campaignId: next.id, campaignName: 'Đợt thi đua 500 ngày' }]);
    expect((await app.invoke('campaigns.get', { id: next.id })).unitIds).toEqual([unit.id]);
    const twice = await refusal(app, 'works.carryOver', { toCampaignId: next.id, workIds: [open.id] });
    expect(twice.fields?.workIds).toMatch(/đã được chuyển tiếp/);
    app.close();
  });

  it('records unit reports and refuses units outside the campaign', async () => {
    const app = freshApp();
    const { unit, campaign } = await setup(app);
    const other = await app.invoke('org.saveUnit', { code: 'X', name: 'Phòng Y tế', kind: 'co_quan' });
    const r = await app.invoke('reports.add', { campaignId: campaign.id, unitId: unit.id, reportDate: '2021-04-10', content: 'Đã hoàn thành 2/3 công trình' });
    expect(r).toMatchObject({ unitName: 'Phường Linh Trung', reportDate: '2021-04-10' });
    const e = await refusal(app, 'reports.add', { campaignId: campaign.id, unitId: other.id, reportDate: '2021-04-10' });
    expect(e.fields?.unitId).toMatch(/chưa tham gia/);
    expect(await app.invoke('reports.list', { campaignId: campaign.id })).toHaveLength(1);
    app.close();
  });
});
