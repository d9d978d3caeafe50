// A real database set up for the award tests: Thủ Đức's agency and signer, three wards in one khối, the
// 2021 campaign, and people inserted with their name parts (the people capability lands separately).
import type BetterSqlite3 from 'better-sqlite3';
import type { TdktApp } from '../../../../core/app.ts';
import { splitName } from '../../../../core/text/collate.ts';
import { freshApp } from '../../helpers.ts';

export interface AwardsFixture {
  app: TdktApp;
  raw: BetterSqlite3.Database;
  signerId: number;
  campaignId: number;
  /** Unit ids by code: P01 Linh Trung, P02 An Khánh, P03 Bình Thọ. */
  units: Record<'P01' | 'P02' | 'P03', number>;
  person(fullName: string, unit: 'P01' | 'P02' | 'P03', gender: 'nam' | 'nu', position?: string): number;
}

export async function awardsFixture(now = '2021-04-20T03:00:00.000Z'): Promise<AwardsFixture> {
  const app = freshApp(now);
  await app.invoke('settings.saveAgency', {
    parentBody: 'Ủy ban nhân dân Thành phố Hồ Chí Minh',
    name: 'Ủy ban nhân dân thành phố Thủ Đức',
    locality: 'Thủ Đức',
    abbreviation: 'UBND',
  });
  const signer = await app.invoke('agency.saveSigner', { authority: 'KT. Chủ tịch', title: 'Phó Chủ tịch', name: 'Nguyễn Kỳ Phùng' });
  const units = {
    P01: (await app.invoke('org.saveUnit', { code: 'P01', name: 'Phường Linh Trung', kind: 'phuong_xa' })).id,
    P02: (await app.invoke('org.saveUnit', { code: 'P02', name: 'Phường An Khánh', kind: 'phuong_xa' })).id,
    P03: (await app.invoke('org.saveUnit', { code: 'P03', name: 'Phường Bình Thọ', kind: 'phuong_xa' })).id,
  };
  const campaign = await app.invoke('campaigns.save', {
    name: 'Đợt thi đua chào mừng 100 ngày thành lập thành phố',
    form: 'chuyen_de',
    startDate: '2021-03-12',
    endDate: '2021-05-19',
    unitIds: Object.values(units),
  });
  const raw = app.connection.raw;
  let n = 0;
  const person = (fullName: string, unit: 'P01' | 'P02' | 'P03', gender: 'nam' | 'nu', position = 'Chuyên viên') => {
    const parts = splitName(fullName);
    n += 1;
    return Number(
      raw
        .prepare(
          `INSERT INTO people (uuid, full_name, family_name, middle_name, given_name, gender, position, unit_id, created_at, updated_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(`person-${n}`, fullName, parts.ho, parts.tenDem, parts.ten, gender, position, units[unit], now, now).lastInsertRowid,
    );
  };
  return { app, raw, signerId: signer.id, campaignId: campaign.id, units, person };
}

export const ACHIEVEMENT = 'Đã có thành tích xuất sắc trong đợt thi đua chào mừng 100 ngày thành lập thành phố';

/** One proposal per ward, a meeting passing all but the one given 6 of 8, and the draft decision. */
export async function throughCouncil(f: AwardsFixture, opts: { date?: string; campaign?: boolean } = {}) {
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
  const nominees = [...(await app.invoke('proposals.get', { id: p1.id })).nomineeList, ...withFailing.nomineeList];
  const { meeting, decision, failingId } = await councilAndDecision(f, { campaignId, date, proposalIds: [p1.id, p2.id], nominees, failing });
  return { p1, p2, meeting, decision, failingId };
}

/**
 * The council's part of a round: a meeting of 9 members, 8 present, reviewing the proposals; 7 votes for
 * every nominee but the failing person's 6 (87,50% and 75,00% against the 80% threshold); and the draft
 * decision awarding Giấy khen to those it passed.
 */
export async function councilAndDecision(
  f: AwardsFixture,
  r: { campaignId: number | null; date: string; proposalIds: number[]; nominees: { id: number; personId: number | null }[]; failing: number; money?: boolean },
) {
  const { app } = f;
  const created = await app.invoke('meetings.create', {
    campaignId: r.campaignId,
    date: r.date,
    place: 'Hội trường UBND thành phố',
    membersTotal: 9,
    membersPresent: 8,
    chair: 'Nguyễn Kỳ Phùng',
    secretary: 'Lê Thị Thu',
    proposalIds: r.proposalIds,
  });
  const failingId = r.nominees.find((n) => n.personId === r.failing)!.id;
  const meeting = await app.invoke('meetings.setVotes', {
    meetingId: created.id,
    votes: r.nominees.map((n) => ({ nomineeId: n.id, agree: n.id === failingId ? 6 : 7 })),
  });
  const decision = await app.invoke('decisions.create', {
    meetingId: created.id,
    formCode: 'giay_khen_ca_nhan',
    date: r.date,
    signerId: f.signerId,
    achievement: ACHIEVEMENT,
    ...(r.money === undefined ? {} : { money: r.money }),
  });
  return { meeting, decision, failingId };
}
