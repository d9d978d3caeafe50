// The whole way from proposal to the sổ khen thưởng on a real database file: proposals, a council
// meeting with votes, a decision issued with its number from the document register, and the register's
// số sổ per (year, form) — continuing across the decisions of a year, restarting the next — kept on a
// reprint, kept and marked on a revocation, never deleted; money at the base salary of each date; and an
// issue that fails half-way writes nothing and uses no number.
import { describe, expect, it } from 'vitest';
import { refusal } from '../../helpers.ts';
import { type AwardsFixture, awardsFixture } from './fixture.ts';

const ACHIEVEMENT = 'Đã có thành tích xuất sắc trong đợt thi đua chào mừng 100 ngày thành lập thành phố';

/** One proposal per ward, a meeting passing all but the one given 6 of 8, and the draft decision. */
async function throughCouncil(f: AwardsFixture, opts: { date?: string; campaign?: boolean } = {}) {
  const { app, units } = f;
  const date = opts.date ?? '2021-04-20';
  const campaignId = opts.campaign === false ? null : f.campaignId;
  const year = Number(date.slice(0, 4));
  const p1 = await app.invoke('proposals.create', { unitId: units.P01, campaignId, year, submissionNumber: '12/TTr-UBND', submissionDate: date });
  await app.invoke('proposals.addNominee', { proposalId: p1.id, kind: 'don_vi', unitId: units.P01, formCode: 'giay_khen_tap_the', achievement: 'Dẫn đầu khối' });
  await app.invoke('proposals.addNominee', {
    proposalId: p1.id,
    kind: 'tap_the',
    unitId: units.P01,
    name: 'Tổ dân phố 5',
    formCode: 'giay_khen_tap_the',
    achievement: 'Trồng 500 cây xanh',
  });
  for (const [name, gender] of [
    ['Trần Văn An', 'nam'],
    ['Đặng Thị Bình', 'nu'],
    ['Dương Minh Bình', 'nam'],
  ] as const) {
    await app.invoke('proposals.addNominee', { proposalId: p1.id, kind: 'ca_nhan', personId: f.person(name, 'P01', gender), formCode: 'giay_khen_ca_nhan', achievement: 'Hoàn thành xuất sắc' });
  }
  const p2 = await app.invoke('proposals.create', { unitId: units.P02, campaignId, year, submissionDate: date });
  const failing = f.person('Lê Văn Cường', 'P02', 'nam');
  await app.invoke('proposals.addNominee', { proposalId: p2.id, kind: 'ca_nhan', personId: f.person('Nguyễn Thị Dung', 'P02', 'nu'), formCode: 'giay_khen_ca_nhan', achievement: 'Tích cực' });
  const withFailing = await app.invoke('proposals.addNominee', { proposalId: p2.id, kind: 'ca_nhan', personId: failing, formCode: 'giay_khen_ca_nhan', achievement: 'Tích cực' });
  const meeting = await app.invoke('meetings.create', {
    campaignId,
    date,
    place: 'Hội trường UBND thành phố',
    membersTotal: 9,
    membersPresent: 8,
    chair: 'Nguyễn Kỳ Phùng',
    secretary: 'Lê Thị Thu',
    proposalIds: [p1.id, p2.id],
  });
  const nominees = [...(await app.invoke('proposals.get', { id: p1.id })).nomineeList, ...withFailing.nomineeList];
  const failingId = nominees.find((n) => n.personId === failing)!.id;
  const voted = await app.invoke('meetings.setVotes', {
    meetingId: meeting.id,
    votes: nominees.map((n) => ({ nomineeId: n.id, agree: n.id === failingId ? 6 : 7 })),
  });
  const decision = await app.invoke('decisions.create', {
    meetingId: meeting.id,
    formCode: 'giay_khen_ca_nhan',
    date,
    signerId: f.signerId,
    achievement: ACHIEVEMENT,
  });
  return { p1, p2, meeting: voted, decision, failingId };
}

describe('proposal → meeting → decision → register', () => {
  it('issues with the register number, and writes số sổ 1..n per form in danh sách order', async () => {
    const f = await awardsFixture();
    // The document register already holds QĐ 24 of 2021 from UBND: the decision takes 25.
    f.raw.prepare("INSERT INTO doc_counters (issuer, doc_type, year, last_number, updated_at) VALUES ('UBND', 'QĐ', 2021, 24, 'x')").run();
    const { meeting, decision, failingId } = await throughCouncil(f);
    expect(meeting.votes.find((v) => v.nomineeId === failingId)).toMatchObject({ agree: 6, percent: '75,00%', passed: false });
    expect(meeting.votes.filter((v) => v.passed)).toHaveLength(6);
    expect(meeting.votes.find((v) => v.passed)?.percent).toBe('87,50%');
    // The draft awards by default who the council passed, for both Giấy khen rows (tập thể and cá nhân).
    expect(decision.lineList.map((l) => l.nomineeId)).not.toContain(failingId);
    expect(decision.lineList).toHaveLength(6);
    expect(decision.numberText).toBe(`${'\u00a0'.repeat(7)}/QĐ-UBND`);

    const issued = await f.app.invoke('decisions.issue', { id: decision.id });
    expect(issued).toMatchObject({ status: 'da_ban_hanh', number: 25, numberText: '25/QĐ-UBND' });
    const lines = issued.awards;
    expect(lines.map((l) => [l.formCode, l.bookNumber, l.salutation, l.name])).toEqual([
      // By unit (no khối/cụm yet: by name, An Khánh first), by tên inside a unit.
      ['giay_khen_ca_nhan', 1, 'Bà', 'Nguyễn Thị Dung'],
      ['giay_khen_ca_nhan', 2, 'Ông', 'Trần Văn An'],
      ['giay_khen_ca_nhan', 3, 'Ông', 'Dương Minh Bình'],
      ['giay_khen_ca_nhan', 4, 'Bà', 'Đặng Thị Bình'],
      ['giay_khen_tap_the', 1, 'Tập thể', 'Phường Linh Trung'],
      ['giay_khen_tap_the', 2, 'Tập thể', 'Tổ dân phố 5'],
    ]);
    // 2021: base salary 1.490.000 đ (NĐ 38/2019); Giấy khen 0,3 × and 0,6 ×.
    expect(lines.filter((l) => l.formCode === 'giay_khen_ca_nhan').map((l) => l.amount)).toEqual([447_000, 447_000, 447_000, 447_000]);
    expect(lines.filter((l) => l.formCode === 'giay_khen_tap_the').map((l) => l.amount)).toEqual([894_000, 894_000]);
    expect(lines.every((l) => l.decisionNumber === '25/QĐ-UBND' && l.achievement === ACHIEVEMENT)).toBe(true);
    // The register's sequence moved on: the next QĐ of UBND in 2021 is 26.
    expect(f.raw.prepare("SELECT last_number FROM doc_counters WHERE issuer = 'UBND' AND doc_type = 'QĐ' AND year = 2021").pluck().get()).toBe(25);
    expect(await refusal(f.app, 'decisions.update', { id: decision.id, date: '2021-04-21' })).toMatchObject({ code: 'conflict' });
    expect((await refusal(f.app, 'decisions.issue', { id: decision.id })).message).toMatch(/Quyết định số 25\/QĐ-UBND đã ban hành/u);
    f.app.close();
  });

  it('continues số sổ across the decisions of a year and restarts the next year', async () => {
    const f = await awardsFixture();
    const first = await throughCouncil(f);
    await f.app.invoke('decisions.issue', { id: first.decision.id });
    const second = await throughCouncil(f, { date: '2021-06-01', campaign: false });
    const issued2 = await f.app.invoke('decisions.issue', { id: second.decision.id });
    expect(issued2.number).toBe(2);
    expect(issued2.awards.filter((l) => l.formCode === 'giay_khen_ca_nhan').map((l) => l.bookNumber)).toEqual([5, 6, 7, 8]);
    expect(issued2.awards.filter((l) => l.formCode === 'giay_khen_tap_the').map((l) => l.bookNumber)).toEqual([3, 4]);
    const third = await throughCouncil(f, { date: '2022-01-10', campaign: false });
    const issued3 = await f.app.invoke('decisions.issue', { id: third.decision.id });
    expect(issued3).toMatchObject({ number: 1, numberText: '01/QĐ-UBND' });
    expect(issued3.awards.filter((l) => l.formCode === 'giay_khen_ca_nhan').map((l) => [l.bookYear, l.bookNumber])).toEqual([
      [2022, 1],
      [2022, 2],
      [2022, 3],
      [2022, 4],
    ]);
    expect((await f.app.invoke('awards.list', { year: 2021, formCode: 'giay_khen_tap_the' })).map((l) => l.bookNumber)).toEqual([1, 2, 3, 4]);
    f.app.close();
  });

  it('counts money at the base salary of 2026 (2.340.000 đ) under that period’s forms', async () => {
    const f = await awardsFixture('2026-03-02T03:00:00.000Z');
    const { decision } = await throughCouncil(f, { date: '2026-03-02', campaign: false });
    const issued = await f.app.invoke('decisions.issue', { id: decision.id });
    expect(issued.awards.filter((l) => l.formCode === 'giay_khen_ca_nhan').map((l) => l.amount)).toEqual([702_000, 702_000, 702_000, 702_000]);
    expect(issued.awards.filter((l) => l.formCode === 'giay_khen_tap_the').map((l) => l.amount)).toEqual([1_404_000, 1_404_000]);
    const formRows = f.raw.prepare<[number], string>('SELECT f.legal_basis FROM awards a JOIN award_forms f ON f.id = a.form_id WHERE a.decision_id = ?').pluck().all(decision.id);
    expect(new Set(formRows)).toEqual(new Set(['Nghị định số 152/2025/NĐ-CP']));
    f.app.close();
  });

  it('writes no money when the decision carries none', async () => {
    const f = await awardsFixture();
    const { decision, meeting } = await throughCouncil(f);
    await f.app.invoke('decisions.update', { id: decision.id, meetingId: meeting.id, formCode: 'giay_khen_ca_nhan', date: '2021-04-20', signerId: f.signerId, money: false });
    const issued = await f.app.invoke('decisions.issue', { id: decision.id });
    expect(issued.awards.map((l) => l.amount)).toEqual([0, 0, 0, 0, 0, 0]);
    f.app.close();
  });

  it('keeps số sổ on a reprint and logs each print', async () => {
    const f = await awardsFixture();
    const { decision } = await throughCouncil(f);
    const lines = (await f.app.invoke('decisions.issue', { id: decision.id })).awards;
    const ids = lines.map((l) => l.id);
    const first = await f.app.invoke('awards.recordPrint', { ids, template: 'Giấy khen A4', printer: 'HP LaserJet', paper: 'phoi' });
    expect(first.every((p) => !p.reprint)).toBe(true);
    const again = await f.app.invoke('awards.recordPrint', { ids: [ids[1]], template: 'Giấy khen A4', printer: 'HP LaserJet', paper: 'phoi' });
    expect(again).toMatchObject([{ awardId: ids[1], reprint: true }]);
    const after = await f.app.invoke('awards.list', { decisionId: decision.id });
    expect(after.map((l) => l.bookNumber)).toEqual(lines.map((l) => l.bookNumber));
    expect(after.find((l) => l.id === ids[1])?.prints).toBe(2);
    const spoiled = await f.app.invoke('awards.spoil', { awardId: ids[1], reason: 'Kẹt giấy khi in', count: 1 });
    expect(spoiled).toMatchObject({ awardId: ids[1], reason: 'Kẹt giấy khi in', count: 1 });
    f.app.close();
  });

  it('keeps a revoked line, marked, and refuses to print it or revoke it twice', async () => {
    const f = await awardsFixture('2021-05-02T03:00:00.000Z');
    const { decision } = await throughCouncil(f);
    const lines = (await f.app.invoke('decisions.issue', { id: decision.id })).awards;
    const revoked = await f.app.invoke('awards.revoke', { id: lines[0].id, reason: 'Kê khai thành tích không trung thực' });
    expect(revoked).toMatchObject({ id: lines[0].id, bookNumber: 1, revokedReason: 'Kê khai thành tích không trung thực' });
    expect(revoked.revokedAt).toBe('2021-05-02T03:00:00.000Z');
    expect(await f.app.invoke('awards.list', { decisionId: decision.id })).toHaveLength(lines.length);
    expect((await refusal(f.app, 'awards.revoke', { id: lines[0].id, reason: 'Lần nữa' })).message).toMatch(/đã thu hồi ngày 02\/5\/2021/u);
    expect((await refusal(f.app, 'awards.recordPrint', { ids: [lines[0].id], paper: 'phoi' })).message).toMatch(/Số sổ 1\/2021 \(Giấy khen\) của Bà Nguyễn Thị Dung đã thu hồi/u);
    f.app.close();
  });

  it('refuses a DELETE of the register by anyone (the trigger)', async () => {
    const f = await awardsFixture();
    const { decision } = await throughCouncil(f);
    await f.app.invoke('decisions.issue', { id: decision.id });
    expect(() => f.raw.prepare('DELETE FROM awards').run()).toThrow(/never deleted/);
    expect(() => f.raw.prepare('DELETE FROM decisions WHERE id = ?').run(decision.id)).toThrow(/never deleted/);
    expect(f.raw.prepare('SELECT count(*) FROM awards').pluck().get()).toBe(6);
    f.app.close();
  });

  it('issues all or nothing: a failing second line leaves no line, no number, no issued decision', async () => {
    const f = await awardsFixture();
    const { decision } = await throughCouncil(f);
    const before = {
      awards: f.raw.prepare('SELECT count(*) FROM awards').pluck().get(),
      counters: f.raw.prepare('SELECT count(*) FROM doc_counters').pluck().get(),
      audit: f.raw.prepare("SELECT count(*) FROM audit_log WHERE action = 'issue'").pluck().get(),
    };
    // A real SQLite failure on the second insert of the register, as a full disk would give.
    f.raw.exec(`CREATE TEMP TRIGGER fail_second BEFORE INSERT ON awards
      WHEN (SELECT count(*) FROM awards WHERE decision_id = NEW.decision_id) >= 1
      BEGIN SELECT RAISE(ABORT, 'disk full'); END`);
    const error = await refusal(f.app, 'decisions.issue', { id: decision.id });
    expect(error.message).not.toMatch(/disk full|SQLITE|constraint/iu);
    expect(f.raw.prepare('SELECT status, number FROM decisions WHERE id = ?').get(decision.id)).toEqual({ status: 'du_thao', number: null });
    expect({
      awards: f.raw.prepare('SELECT count(*) FROM awards').pluck().get(),
      counters: f.raw.prepare('SELECT count(*) FROM doc_counters').pluck().get(),
      audit: f.raw.prepare("SELECT count(*) FROM audit_log WHERE action = 'issue'").pluck().get(),
    }).toEqual(before);
    f.raw.exec('DROP TRIGGER fail_second');
    const issued = await f.app.invoke('decisions.issue', { id: decision.id });
    expect(issued.number).toBe(1);
    expect(issued.awards).toHaveLength(6);
    f.app.close();
  });
});

describe('decisions.issue refusals', () => {
  it('refuses a missing signer, a missing form, nobody accepted, a number taken', async () => {
    const f = await awardsFixture();
    const { decision, meeting, failingId } = await throughCouncil(f);
    const base = { id: decision.id, meetingId: meeting.id, date: '2021-04-20', formCode: 'giay_khen_ca_nhan', signerId: f.signerId };
    await f.app.invoke('decisions.update', { ...base, signerId: null });
    const noSigner = await refusal(f.app, 'decisions.issue', { id: decision.id });
    expect(noSigner.message).toBe(`Dự thảo quyết định mã số ${decision.id}: chưa chọn người ký.`);
    expect(noSigner.fields).toHaveProperty('signerId');
    await f.app.invoke('decisions.update', { ...base, formCode: '' });
    expect(await refusal(f.app, 'decisions.issue', { id: decision.id })).toMatchObject({
      message: `Dự thảo quyết định mã số ${decision.id}: chưa chọn hình thức khen thưởng.`,
      fields: { formCode: expect.any(String) },
    });
    await f.app.invoke('decisions.update', { ...base, nomineeIds: [failingId] });
    expect((await refusal(f.app, 'decisions.issue', { id: decision.id })).message).toMatch(/không có ai được Hội đồng thông qua/u);
    await f.app.invoke('decisions.update', { ...base, nomineeIds: [decision.lineList[0].nomineeId, failingId] });
    expect((await refusal(f.app, 'decisions.issue', { id: decision.id })).message).toMatch(/Ông Lê Văn Cường \(Phường An Khánh\) chưa được Hội đồng thông qua \(75,00% phiếu đồng ý\)/u);
    await f.app.invoke('decisions.update', { ...base, nomineeIds: decision.lineList.map((l) => l.nomineeId) });
    // A number the document register already used for a QĐ of 2021 is refused, naming the decision.
    f.raw
      .prepare(
        `INSERT INTO issued_documents (uuid, kind, status, issuer, doc_type, year, number, symbol, doc_date, summary, file_name, file_hash, bytes, search, request_json, issued_at, created_at, updated_at)
         VALUES ('doc-7', 'ke_hoach', 'da_ban_hanh', 'UBND', 'QĐ', 2021, 7, 'QĐ-UBND', '2021-04-01', '', 'qd7.docx', '', 0, '', '{}', 'x', 'x', 'x')`,
      )
      .run();
    const taken = await refusal(f.app, 'decisions.issue', { id: decision.id, number: 7 });
    expect(taken).toMatchObject({ code: 'conflict', fields: { number: expect.any(String) } });
    expect(taken.message).toMatch(new RegExp(`^Dự thảo quyết định mã số ${decision.id}: Số 07/QĐ-UBND đã được dùng trong năm 2021`, 'u'));
    expect(f.raw.prepare('SELECT count(*) FROM awards').pluck().get()).toBe(0);
    // Free, the văn thư's number is taken as given; the automatic one then goes past it.
    expect((await f.app.invoke('decisions.issue', { id: decision.id, number: 9 })).numberText).toBe('09/QĐ-UBND');
    f.app.close();
  });
});
