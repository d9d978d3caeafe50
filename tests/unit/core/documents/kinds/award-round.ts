// A round of awards on a real database for the award documents' tests: two proposals (Phường Bình
// Thọ: a collective and four people whose names test the order — Đ after D, tên before họ; Phường Linh
// Trung: the ward itself and one person the council turns down), a council meeting with its votes, and
// the draft decision awarding Giấy khen to those it passed.
import { openDocx, paragraphs } from '../../../documents-xml.ts';
import { type AwardsFixture, awardsFixture, councilAndDecision } from '../../awards/fixture.ts';

/** The people of Phường Bình Thọ, as entered (not in danh sách order). */
export const PEOPLE = ['Vũ Thị Đào', 'Đỗ Văn Dũng', 'Nguyễn Thị Dung', 'Âu Minh Chiến'] as const;

export interface AwardRound {
  f: AwardsFixture;
  proposalId: number;
  meetingId: number;
  decisionId: number;
  /** The person the council turned down. */
  failingId: number;
}

export async function awardRound(opts: { now?: string; date?: string; money?: boolean } = {}): Promise<AwardRound> {
  const date = opts.date ?? '2026-03-02';
  const f = await awardsFixture(opts.now ?? `${date}T03:00:00.000Z`);
  const { app, units } = f;
  const year = Number(date.slice(0, 4));
  // The ward's Chủ tịch, who signs its tờ trình đề nghị.
  f.person('Phạm Văn Hùng', 'P03', 'nam', 'Chủ tịch Ủy ban nhân dân phường');
  const p1 = await app.invoke('proposals.create', { unitId: units.P03, campaignId: f.campaignId, year, submissionNumber: '07/TTr-UBND', submissionDate: date });
  await app.invoke('proposals.addNominee', { proposalId: p1.id, kind: 'tap_the', unitId: units.P03, name: 'Tổ dân phố 2', formCode: 'giay_khen_tap_the', achievement: 'Trồng 500 cây xanh' });
  for (const name of PEOPLE) {
    await app.invoke('proposals.addNominee', {
      proposalId: p1.id,
      kind: 'ca_nhan',
      personId: f.person(name, 'P03', name.includes('Thị') ? 'nu' : 'nam', 'Công chức Văn phòng - Thống kê'),
      formCode: 'giay_khen_ca_nhan',
      achievement: 'Hoàn thành xuất sắc nhiệm vụ',
    });
  }
  const p2 = await app.invoke('proposals.create', { unitId: units.P01, campaignId: f.campaignId, year, submissionDate: date });
  await app.invoke('proposals.addNominee', { proposalId: p2.id, kind: 'don_vi', unitId: units.P01, formCode: 'giay_khen_tap_the', achievement: 'Dẫn đầu khối' });
  const failing = f.person('Lê Văn Cường', 'P01', 'nam');
  const last = await app.invoke('proposals.addNominee', { proposalId: p2.id, kind: 'ca_nhan', personId: failing, formCode: 'giay_khen_ca_nhan', achievement: 'Tích cực' });
  const nominees = [...(await app.invoke('proposals.get', { id: p1.id })).nomineeList, ...last.nomineeList];
  const { meeting, decision, failingId } = await councilAndDecision(f, {
    campaignId: f.campaignId,
    date,
    proposalIds: [p1.id, p2.id],
    nominees,
    failing,
    money: opts.money ?? true,
  });
  return { f, proposalId: p1.id, meetingId: meeting.id, decisionId: decision.id, failingId };
}

/** Every paragraph's text of a .docx sent back by the router, tables included, in reading order. */
export function texts(contentBase64: string): string[] {
  return paragraphs(openDocx(Buffer.from(contentBase64, 'base64')).document).map((p) => p.text);
}
