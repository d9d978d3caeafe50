// What the quyết định and its danh sách are built from: issuer, signer, number, form, sections with
// their counts in the chosen unit order, per-line money and totals — for a draft (live nominees, the
// council's passed only) and for the issued decision (the register as issued, unchanged by later edits).
import { describe, expect, it } from 'vitest';
import { decisionData } from '../../../../core/awards/decision-data.ts';
import { awardsFixture } from './fixture.ts';

async function drafted() {
  const f = await awardsFixture();
  const { app, units } = f;
  const p1 = await app.invoke('proposals.create', { unitId: units.P01, campaignId: f.campaignId, year: 2021 });
  const p2 = await app.invoke('proposals.create', { unitId: units.P02, campaignId: f.campaignId, year: 2021 });
  const add = (proposalId: number, args: Record<string, unknown>) => app.invoke('proposals.addNominee', { proposalId, achievement: 'Xuất sắc', ...args } as never);
  await add(p1.id, { kind: 'tap_the', unitId: units.P01, name: 'Tổ dân phố 5', formCode: 'giay_khen_tap_the' });
  await add(p1.id, { kind: 'ca_nhan', personId: f.person('Đặng Văn Bình', 'P01', 'nam', 'Công chức Văn phòng - Thống kê'), formCode: 'giay_khen_ca_nhan' });
  await add(p1.id, { kind: 'ca_nhan', personId: f.person('Dương Văn Bình', 'P01', 'nam'), formCode: 'giay_khen_ca_nhan' });
  await add(p2.id, { kind: 'ca_nhan', personId: f.person('Lê Minh Bình', 'P02', 'nam'), formCode: 'giay_khen_ca_nhan' });
  const last = await add(p2.id, { kind: 'ca_nhan', personId: f.person('Trần Văn Út', 'P02', 'nam'), formCode: 'giay_khen_ca_nhan' });
  const m = await app.invoke('meetings.create', { date: '2021-04-18', membersTotal: 9, membersPresent: 9, proposalIds: [p1.id, p2.id] });
  const all = [...(await app.invoke('proposals.get', { id: p1.id })).nomineeList, ...last.nomineeList];
  const out = all.find((n) => n.name === 'Trần Văn Út')!.id;
  await app.invoke('meetings.setVotes', { meetingId: m.id, votes: all.map((n) => ({ nomineeId: n.id, agree: n.id === out ? 3 : 9 })) });
  const d = await app.invoke('decisions.create', {
    meetingId: m.id,
    formCode: 'giay_khen_tap_the',
    date: '2021-04-20',
    signerId: f.signerId,
    achievement: 'Đã có thành tích xuất sắc',
    unitOrder: [units.P02, units.P01],
    nomineeIds: all.map((n) => n.id),
  });
  return { f, d };
}

describe('decisionData', () => {
  it('gives a draft its blank number, the passed nominees in the chosen unit order, and the money', async () => {
    const { f, d } = await drafted();
    const data = decisionData(f.raw, d.id);
    expect(data).toMatchObject({
      status: 'du_thao',
      issuer: { abbreviation: 'UBND', name: 'Ủy ban nhân dân thành phố Thủ Đức', parentBody: 'Ủy ban nhân dân Thành phố Hồ Chí Minh' },
      signer: { authority: ['KT. Chủ tịch'], title: 'Phó Chủ tịch', name: 'Nguyễn Kỳ Phùng' },
      number: null,
      numberText: `${'\u00a0'.repeat(7)}/QĐ-UBND`,
      form: { code: 'giay_khen_tap_the', name: 'Giấy khen', certificateTitle: 'GIẤY KHEN', legalBasis: 'Nghị định số 91/2017/NĐ-CP' },
      baseSalary: 1_490_000,
      counts: { tapThe: 1, caNhan: 3, hoGiaDinh: 0 },
    });
    expect(data.sections.map((s) => s.heading)).toEqual(['I. TẬP THỂ (01 tập thể)', 'II. CÁ NHÂN (03 cá nhân)']);
    expect(data.sections[0].lines.map((l) => l.title)).toEqual(['Tổ dân phố 5, Phường Linh Trung']);
    // An Khánh first as chosen, then Linh Trung; Dương before Đặng; Út (3 of 9) is left out.
    expect(data.sections[1].lines.map((l) => [l.name, l.detail, l.amount])).toEqual([
      ['Lê Minh Bình', 'Chuyên viên, Phường An Khánh', 447_000],
      ['Dương Văn Bình', 'Chuyên viên, Phường Linh Trung', 447_000],
      ['Đặng Văn Bình', 'Công chức Văn phòng - Thống kê, Phường Linh Trung', 447_000],
    ]);
    expect(data.payments).toEqual([
      { formCode: 'giay_khen_tap_the', formName: 'Giấy khen', count: 1, each: 894_000, total: 894_000 },
      { formCode: 'giay_khen_ca_nhan', formName: 'Giấy khen', count: 3, each: 447_000, total: 1_341_000 },
    ]);
    expect(data.totalAmount).toBe(2_235_000);
    f.app.close();
  });

  it('reads an issued decision from the register as issued, with its số sổ, unchanged by later edits', async () => {
    const { f, d } = await drafted();
    await f.app.invoke('decisions.update', {
      id: d.id,
      meetingId: d.meetingId,
      formCode: 'giay_khen_tap_the',
      date: '2021-04-20',
      signerId: f.signerId,
      achievement: 'Đã có thành tích xuất sắc',
      unitOrder: [f.units.P02, f.units.P01],
      nomineeIds: d.lineList.filter((l) => l.accepted).map((l) => l.nomineeId),
    });
    await f.app.invoke('decisions.issue', { id: d.id, number: 41 });
    // Later: the signer renamed, the person renamed, a khối formed — the issued danh sách stays.
    await f.app.invoke('agency.saveSigner', { id: f.signerId, authority: 'KT. Chủ tịch', title: 'Phó Chủ tịch', name: 'Người Khác' });
    f.raw.prepare("UPDATE people SET full_name = 'Lê Minh Bính', given_name = 'Bính'").run();
    await f.app.invoke('settings.saveAgency', { parentBody: 'Ủy ban nhân dân tỉnh Khác', name: 'Ủy ban nhân dân phường Mới', locality: 'Mới', abbreviation: 'UBND' });
    const data = decisionData(f.raw, d.id);
    expect(data).toMatchObject({
      status: 'da_ban_hanh',
      number: 41,
      numberText: '41/QĐ-UBND',
      issuer: { name: 'Ủy ban nhân dân thành phố Thủ Đức', parentBody: 'Ủy ban nhân dân Thành phố Hồ Chí Minh' },
      signer: { name: 'Nguyễn Kỳ Phùng' },
      totalAmount: 2_235_000,
    });
    expect(data.sections[1].lines.map((l) => [l.name, l.bookNumber])).toEqual([
      ['Lê Minh Bình', 1],
      ['Dương Văn Bình', 2],
      ['Đặng Văn Bình', 3],
    ]);
    expect(data.sections[0].lines.map((l) => [l.title, l.bookNumber, l.amount])).toEqual([['Tổ dân phố 5, Phường Linh Trung', 1, 894_000]]);
    f.app.close();
  });
});
