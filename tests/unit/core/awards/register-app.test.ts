// The sổ khen thưởng read and marked through the router: a search that ignores diacritics and đ, rows
// naming their decision and recipient; a spoiled blank with or without a line; and the refusals of the
// register's writes, each in Vietnamese and writing nothing.
import { describe, expect, it } from 'vitest';
import { databaseDigest, refusal } from '../../helpers.ts';
import { awardsFixture } from './fixture.ts';

async function issued() {
  const f = await awardsFixture();
  const p = await f.app.invoke('proposals.create', { unitId: f.units.P01, campaignId: f.campaignId, year: 2021 });
  for (const name of ['Đặng Thị Hoa', 'Nguyễn Văn Đức', 'Lê Văn Tám']) {
    await f.app.invoke('proposals.addNominee', { proposalId: p.id, kind: 'ca_nhan', personId: f.person(name, 'P01', name.includes('Thị') ? 'nu' : 'nam'), formCode: 'giay_khen_ca_nhan' });
  }
  const ids = (await f.app.invoke('proposals.get', { id: p.id })).nomineeList.map((n) => n.id);
  const d = await f.app.invoke('decisions.create', { campaignId: f.campaignId, formCode: 'giay_khen_ca_nhan', date: '2021-04-20', signerId: f.signerId, nomineeIds: ids });
  return { f, d: await f.app.invoke('decisions.issue', { id: d.id }) };
}

describe('awards.list', () => {
  it('finds lines whatever the diacritics, each naming its decision and recipient', async () => {
    const { f, d } = await issued();
    const found = await f.app.invoke('awards.list', { query: 'dang thi hoa' });
    expect(found).toEqual([
      expect.objectContaining({ decisionId: d.id, decisionNumber: '01/QĐ-UBND', decisionDate: '2021-04-20', salutation: 'Bà', name: 'Đặng Thị Hoa', unitName: 'Phường Linh Trung' }),
    ]);
    expect((await f.app.invoke('awards.list', { query: 'Đức' })).map((a) => a.name)).toEqual(['Nguyễn Văn Đức']);
    expect((await f.app.invoke('awards.list', { formCode: 'giay_khen_ca_nhan', year: 2021 })).map((a) => a.bookNumber)).toEqual([1, 2, 3]);
    expect(await f.app.invoke('awards.list', { year: 2022 })).toEqual([]);
    f.app.close();
  });
});

describe('register writes', () => {
  it('logs a spoiled blank of no line, and refuses an unknown line, a blank reason, no ids — writing nothing', async () => {
    const { f } = await issued();
    expect(await f.app.invoke('awards.spoil', { reason: 'Phôi bị nhòe mực', count: 3 })).toMatchObject({ awardId: null, count: 3 });
    const before = databaseDigest(f.raw);
    expect((await refusal(f.app, 'awards.spoil', { awardId: 999, reason: 'Kẹt giấy' })).message).toBe('Không tìm thấy dòng sổ khen thưởng có mã số 999.');
    expect((await refusal(f.app, 'awards.spoil', { reason: '   ' })).fields).toHaveProperty('reason');
    expect((await refusal(f.app, 'awards.revoke', { id: 1, reason: '' })).fields).toHaveProperty('reason');
    expect((await refusal(f.app, 'awards.recordPrint', { ids: [], paper: 'phoi' })).message).toMatch(/Chọn ít nhất một dòng sổ khen thưởng/u);
    expect((await refusal(f.app, 'awards.recordPrint', { ids: [1, 999], paper: 'giay_trang' })).fields).toEqual({
      'ids.1': 'Không có dòng sổ khen thưởng có mã số 999.',
    });
    expect(databaseDigest(f.raw)).toBe(before);
    f.app.close();
  });
});
