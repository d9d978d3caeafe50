// The in-memory copy behind works.search must never answer from stale text: a work registered, a
// work renamed and a unit renamed through the app must each show in the very next keystroke's answer.
import { describe, expect, it } from 'vitest';
import { freshApp } from '../../helpers.ts';

async function setup() {
  const app = freshApp();
  const unit = await app.invoke('org.saveUnit', { code: 'P01', name: 'Phường Linh Trung', kind: 'phuong_xa' });
  const campaign = await app.invoke('campaigns.save', {
    name: 'Đợt thi đua', form: 'chuyen_de', startDate: '2021-03-12', endDate: '2021-05-19', planNumber: '19/KH-UBND',
    planDate: '2021-03-12', fields: ['Trồng cây xanh'], phases: [], milestones: [], unitIds: [unit.id],
  });
  const work = (title: string, id?: number) =>
    app.invoke('works.save', {
      id, campaignId: campaign.id, unitId: unit.id, level: 'co_so', registeredOn: '2021-03-15', title, field: 'Trồng cây xanh', target: '1', dueDate: null,
    });
  return { app, unit, campaignId: campaign.id, work };
}

describe('works.search from memory', () => {
  it('sees every change made through the app at the next keystroke', async () => {
    const { app, unit, campaignId, work } = await setup();
    // In no particular order: the page filters its rows by the set.
    const search = async (query: string) => (await app.invoke('works.search', { campaignId, query })).sort((a, b) => a - b);
    const first = await work('Trồng 100 cây xanh');
    expect(await search('cay')).toEqual([first.id]);
    const second = await work('Số hóa hồ sơ');
    expect(await search('ho so')).toEqual([second.id]);
    await work('Số hóa hồ sơ lưu trữ', second.id);
    expect(await search('luu tru')).toEqual([second.id]);
    expect(await search('linh')).toEqual([first.id, second.id]);
    await app.invoke('org.saveUnit', { id: unit.id, code: 'P01', name: 'Phường Đông Hòa', kind: 'phuong_xa' });
    expect(await search('linh')).toEqual([]);
    expect(await search('dong hoa')).toEqual([first.id, second.id]);
    // No word at all: every work, as the list shows them.
    expect(await search('   ')).toEqual([first.id, second.id]);
    // The list's own query filter reads the same matching.
    expect((await app.invoke('works.list', { campaignId, query: 'dong hoa 100' })).map((w) => w.id)).toEqual([first.id]);
    app.close();
  });

  it('reads abbreviations both ways, in the work and in its unit', async () => {
    const { app, unit, campaignId, work } = await setup();
    const search = async (query: string) => (await app.invoke('works.search', { campaignId, query })).sort((a, b) => a - b);
    const trees = await work('Trồng cây xanh trước trụ sở UBND');
    const files = await work('Số hóa hồ sơ');
    // The unit is "Phường Linh Trung": the ward typed as "p." or in full.
    expect(await search('p. linh trung so hoa')).toEqual([files.id]);
    expect(await search('cay xanh uy ban nhan dan')).toEqual([trees.id]);
    await app.invoke('org.saveUnit', { id: unit.id, code: 'P01', name: 'UBND phường Linh Trung', kind: 'phuong_xa' });
    expect(await search('uy ban linh trung')).toEqual([trees.id, files.id]);
    expect(await search('ubnd so hoa')).toEqual([files.id]);
    expect((await app.invoke('works.list', { campaignId, query: 'uy ban so hoa' })).map((w) => w.id)).toEqual([files.id]);
    app.close();
  });
});
