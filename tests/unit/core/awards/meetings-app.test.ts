// Council meetings through the router on a real database: the threshold from the settings, votes with
// their percent and result, the biên bản's data; and the refusals — a vote above the members present,
// present above total, a vote for a nominee the meeting does not review, a meeting a decision was
// issued from — each naming the meeting and the field, writing nothing.
import { describe, expect, it } from 'vitest';
import { meetingData } from '../../../../core/awards/meeting-data.ts';
import { databaseDigest, refusal } from '../../helpers.ts';
import { awardsFixture } from './fixture.ts';

async function reviewed() {
  const f = await awardsFixture();
  const p = await f.app.invoke('proposals.create', { unitId: f.units.P01, campaignId: f.campaignId, year: 2021, submissionNumber: '12/TTr-UBND' });
  await f.app.invoke('proposals.addNominee', { proposalId: p.id, kind: 'don_vi', unitId: f.units.P01, formCode: 'giay_khen_tap_the', achievement: 'Dẫn đầu' });
  await f.app.invoke('proposals.addNominee', { proposalId: p.id, kind: 'ca_nhan', personId: f.person('Đặng Thị Hoa', 'P01', 'nu'), formCode: 'giay_khen_ca_nhan', achievement: 'Xuất sắc' });
  const withAll = await f.app.invoke('proposals.addNominee', { proposalId: p.id, kind: 'ca_nhan', personId: f.person('Dương Văn Hòa', 'P01', 'nam'), formCode: 'giay_khen_ca_nhan', achievement: 'Xuất sắc' });
  const outside = await f.app.invoke('proposals.create', { unitId: f.units.P02, campaignId: f.campaignId, year: 2021 });
  const outsider = await f.app.invoke('proposals.addNominee', { proposalId: outside.id, kind: 'don_vi', unitId: f.units.P02, formCode: 'giay_khen_tap_the' });
  const meeting = await f.app.invoke('meetings.create', {
    campaignId: f.campaignId,
    date: '2021-04-18',
    place: 'Phòng họp số 2',
    membersTotal: 9,
    membersPresent: 8,
    chair: 'Nguyễn Kỳ Phùng',
    secretary: 'Lê Thị Thu',
    proposalIds: [p.id],
  });
  return { f, p, nominees: withAll.nomineeList, meeting, outsiderId: outsider.nomineeList[0].id };
}

describe('meetings', () => {
  it('takes the settings threshold, counts percent of those present, and gives the biên bản its data', async () => {
    const { f, nominees, meeting } = await reviewed();
    expect(meeting).toMatchObject({ thresholdHundredths: 8000, threshold: '80,00%' });
    await f.app.invoke('settings.save', { councilThreshold: 66.67 });
    expect((await f.app.invoke('settings.get', {})).councilThreshold).toBe(66.67);
    const later = await f.app.invoke('meetings.create', { date: '2021-04-19', membersTotal: 9, membersPresent: 9 });
    expect(later.threshold).toBe('66,67%');
    // The first meeting keeps the figure it was held under.
    expect((await f.app.invoke('meetings.get', { id: meeting.id })).threshold).toBe('80,00%');

    const voted = await f.app.invoke('meetings.setVotes', {
      meetingId: meeting.id,
      votes: [
        { nomineeId: nominees[0].id, agree: 8 },
        { nomineeId: nominees[1].id, agree: 7 },
        { nomineeId: nominees[2].id, agree: 6 },
      ],
    });
    expect(voted.votes.map((v) => [v.name, v.agree, v.percent, v.passed])).toEqual([
      ['Phường Linh Trung', 8, '100,00%', true],
      // Hoa before Hòa: a tone is a secondary difference, none before huyền.
      ['Đặng Thị Hoa', 7, '87,50%', true],
      ['Dương Văn Hòa', 6, '75,00%', false],
    ]);
    const data = meetingData(f.raw, meeting.id);
    expect(data).toMatchObject({
      attendance: '8/9 thành viên',
      attendancePercent: '88,89%',
      threshold: '80,00%',
      chair: 'Nguyễn Kỳ Phùng',
      secretary: 'Lê Thị Thu',
      campaign: { id: f.campaignId },
      counts: { reviewed: 3, voted: 3, passed: 2 },
    });
    expect(data.proposals.map((p) => [p.name, p.nominees])).toEqual([['Đề nghị số 12/TTr-UBND của Phường Linh Trung', 3]]);
    expect(data.forms.map((x) => [x.formCode, x.reviewed, x.passed, x.sections[0].heading])).toEqual([
      ['giay_khen_tap_the', 1, 1, 'I. TẬP THỂ (01 tập thể)'],
      ['giay_khen_ca_nhan', 2, 1, 'I. CÁ NHÂN (02 cá nhân)'],
    ]);
    f.app.close();
  });

  it('refuses a vote above the members present, naming the meeting, the nominee and the field, writing nothing', async () => {
    const { f, nominees, meeting } = await reviewed();
    const before = databaseDigest(f.raw);
    const error = await refusal(f.app, 'meetings.setVotes', {
      meetingId: meeting.id,
      votes: [
        { nomineeId: nominees[0].id, agree: 8 },
        { nomineeId: nominees[1].id, agree: 9 },
      ],
    });
    expect(error).toEqual({
      code: 'invalid',
      message: 'Cuộc họp Hội đồng ngày 18/4/2021: số phiếu đồng ý cho Bà Đặng Thị Hoa (Phường Linh Trung) (9) nhiều hơn số thành viên có mặt (8).',
      fields: { 'votes.1.agree': 'Không được nhiều hơn 8 thành viên có mặt' },
    });
    expect(databaseDigest(f.raw)).toBe(before);
    f.app.close();
  });

  it('refuses a vote for a nominee outside the proposals reviewed, and present above total', async () => {
    const { f, meeting, outsiderId, p } = await reviewed();
    const before = databaseDigest(f.raw);
    expect(await refusal(f.app, 'meetings.setVotes', { meetingId: meeting.id, votes: [{ nomineeId: outsiderId, agree: 5 }] })).toMatchObject({
      message: `Cuộc họp Hội đồng ngày 18/4/2021: người, tập thể có mã số ${outsiderId} không thuộc các đề nghị cuộc họp này xem xét.`,
      fields: { 'votes.0.nomineeId': expect.any(String) },
    });
    expect(await refusal(f.app, 'meetings.create', { date: '2021-04-18', membersTotal: 9, membersPresent: 10 })).toMatchObject({
      message: 'Cuộc họp Hội đồng ngày 18/4/2021: số thành viên có mặt (10) nhiều hơn tổng số thành viên Hội đồng (9).',
      fields: { membersPresent: expect.any(String) },
    });
    expect((await refusal(f.app, 'meetings.create', { date: '2021-04-18', membersTotal: 9, membersPresent: 8, thresholdPercent: 120 })).fields).toHaveProperty(
      'thresholdPercent',
    );
    expect(databaseDigest(f.raw)).toBe(before);
    // Fewer present than a count already recorded: the count must be corrected first.
    await f.app.invoke('meetings.setVotes', { meetingId: meeting.id, votes: [{ nomineeId: (await f.app.invoke('proposals.get', { id: p.id })).nomineeList[0].id, agree: 8 }] });
    const fewer = await refusal(f.app, 'meetings.update', { id: meeting.id, date: '2021-04-18', membersTotal: 9, membersPresent: 7, proposalIds: [p.id] });
    expect(fewer.message).toMatch(/Tập thể Phường Linh Trung đã có 8 phiếu đồng ý, nhiều hơn 7 thành viên có mặt/u);
    f.app.close();
  });

  it('locks a meeting once a decision resting on it is issued', async () => {
    const { f, nominees, meeting, p } = await reviewed();
    await f.app.invoke('meetings.setVotes', { meetingId: meeting.id, votes: nominees.map((n) => ({ nomineeId: n.id, agree: 8 })) });
    const d = await f.app.invoke('decisions.create', { meetingId: meeting.id, formCode: 'giay_khen_ca_nhan', date: '2021-04-20', signerId: f.signerId });
    expect(d.campaignId).toBe(f.campaignId);
    await f.app.invoke('decisions.issue', { id: d.id });
    expect((await refusal(f.app, 'meetings.setVotes', { meetingId: meeting.id, votes: [{ nomineeId: nominees[0].id, agree: 1 }] })).message).toBe(
      'Cuộc họp Hội đồng ngày 18/4/2021 đã là căn cứ của Quyết định số 01/QĐ-UBND đã ban hành: không sửa được kết quả họp.',
    );
    expect((await refusal(f.app, 'meetings.update', { id: meeting.id, date: '2021-04-18', membersTotal: 9, membersPresent: 8, proposalIds: [p.id] })).code).toBe('conflict');
    f.app.close();
  });
});
