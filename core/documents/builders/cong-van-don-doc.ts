// Công văn đôn đốc (Mẫu 1.5; "Số: …/UBND-NV", no tên loại, "V/v …" under the number): asks the units
// that have not reported to do so by a deadline, with the list of those units and the works each one
// registered — the follow-up the seed's secretariat wrote by hand. Its figures stay «placeholders» in
// the editable text, filled at build time, so a rewritten text follows the "as of" date and deadline.
import { UserError } from '../../api/envelope.ts';
import type { CampaignStats } from '../../api/types.ts';
import { formatDateShort, isIsoDate } from '../../text/dates.ts';
import { buildDocument } from '../frame.ts';
import type { CampaignInfo, DocumentFrame, SectionTexts } from '../model.ts';
import { parseSectionText } from '../outline.ts';
import { type Figures, type SectionDef, figure, fillFigures, lines, resolveTexts } from '../sections.ts';
import type { DataTable } from '../table.ts';
import { STAT_FIGURES, count, lowerFirst, planCitation, scopeFromIssuer, statsFigures } from '../wording.ts';

export interface PendingUnit {
  name: string;
  group: string | null;
  /** Titles of the works the unit registered. */
  works: readonly string[];
}

export interface CongVanDonDocInput {
  frame: DocumentFrame;
  campaign: CampaignInfo;
  stats: CampaignStats;
  /** Units that have not reported by the "as of" date, with their registered works. */
  pending: readonly PendingUnit[];
  /** ISO date by which the units must report. */
  deadline: string;
  /** Who receives the reports, e.g. "Phòng Nội vụ (Cơ quan Thường trực Hội đồng Thi đua - Khen thưởng)". */
  receiver?: string;
  scope?: string;
  texts?: SectionTexts;
}

/** Up to this many units are named in "Kính gửi:"; more are addressed through the attached list. */
export const KINH_GUI_MAX = 5;

/** The deadline's name as a figure of the công văn, beside STAT_FIGURES. */
export const DEADLINE_FIGURE = 'hạn báo cáo';

export function congVanFigures(input: Pick<CongVanDonDocInput, 'stats' | 'deadline'>): Figures {
  return { ...statsFigures(input.stats), [DEADLINE_FIGURE]: formatDateShort(input.deadline) };
}

/** A reminder goes to the units that have not reported; with none (or none taking part) there is nobody to remind. */
function requirePending(input: Pick<CongVanDonDocInput, 'stats' | 'pending' | 'campaign'>): void {
  if (input.pending.length > 0) return;
  const { stats } = input;
  const when = formatDateShort(stats.asOf);
  const message =
    stats.units.registered === 0
      ? `Đợt thi đua "${input.campaign.name}" chưa có cơ quan, đơn vị nào tham gia tính đến ngày ${when}: không có đơn vị để đôn đốc.`
      : `Tính đến ngày ${when}, cả ${count(stats.units.registered)} cơ quan, đơn vị tham gia đã báo cáo: không có đơn vị nào cần đôn đốc. Chọn "Tính đến ngày" khác nếu cần.`;
  throw new UserError(message, { fields: { asOf: 'Không có đơn vị chưa báo cáo tính đến ngày này' } });
}

export function congVanSections(input: Omit<CongVanDonDocInput, 'texts'>): SectionDef[] {
  const { campaign: c } = input;
  if (!isIsoDate(input.deadline)) {
    throw new UserError('Nhập hạn gửi báo cáo (ngày) cho công văn đôn đốc.', { fields: { deadline: 'Nhập hạn báo cáo' } });
  }
  requirePending(input);
  const issuer = input.frame.issuer.name.trim();
  const plan = planCitation(c, c.name, issuer);
  const scope = input.scope ?? scopeFromIssuer(issuer);
  const receiver = input.receiver?.trim() || 'Cơ quan Thường trực Hội đồng Thi đua - Khen thưởng';
  const F = STAT_FIGURES;
  const kinhGui =
    input.pending.length <= KINH_GUI_MAX
      ? input.pending.map((p) => p.name)
      : ['Thủ trưởng các cơ quan, đơn vị có tên tại danh sách kèm theo'];

  return [
    { key: 'vv', label: 'Trích yếu (V/v)', text: `đôn đốc báo cáo kết quả thực hiện ${lowerFirst(c.name)}` },
    { key: 'kinhGui', label: 'Kính gửi (mỗi dòng một nơi)', text: kinhGui.join('\n') },
    {
      key: 'noiDung',
      label: 'Nội dung',
      text: [
        `Thực hiện ${plan} về ${lowerFirst(c.name)}; tính đến ngày ${figure(F.asOf)}, ${scope} đã có ` +
          `${figure(F.reported)}/${figure(F.units)} cơ quan, đơn vị báo cáo kết quả, đạt ${figure(F.reportedPercent)}; ` +
          `còn ${figure(F.notReported)} cơ quan, đơn vị chưa báo cáo (danh sách kèm theo).`,
        `Để kịp thời tổng hợp, đánh giá kết quả phong trào, ${issuer} đề nghị Thủ trưởng các cơ quan, đơn vị có tên tại danh sách kèm theo khẩn trương rà soát, báo cáo kết quả thực hiện các công trình, phần việc đã đăng ký, gửi về ${receiver} trước ngày ${figure(DEADLINE_FIGURE)}.`,
        `Đề nghị Thủ trưởng các cơ quan, đơn vị quan tâm, thực hiện.`,
      ].join('\n'),
    },
  ];
}

export function pendingTable(pending: readonly PendingUnit[]): DataTable {
  return {
    columns: [
      { title: 'STT', weight: 8, align: 'center' },
      { title: 'Cơ quan, đơn vị', weight: 26 },
      { title: 'Khối, cụm thi đua', weight: 18 },
      { title: 'Công trình, phần việc đã đăng ký', weight: 50 },
    ],
    rows: pending.map((p, i) => [
      String(i + 1),
      p.name,
      p.group ?? '',
      p.works.length ? p.works.map((w, j) => `${j + 1}. ${w}`) : ['(Chưa đăng ký công trình)'],
    ]),
    empty: 'Tất cả cơ quan, đơn vị đã báo cáo',
  };
}

/** The sections as this build prints them: the user's edits over the app's text, with the figures filled in. */
export function congVanTexts(input: CongVanDonDocInput): Record<string, string> {
  const defs = congVanSections(input);
  return fillFigures(defs, resolveTexts(defs, input.texts), congVanFigures(input));
}

export async function buildCongVanDonDoc(input: CongVanDonDocInput): Promise<Buffer> {
  const t = congVanTexts(input);
  return buildDocument(input.frame, {
    summary: t.vv,
    kinhGui: lines(t.kinhGui),
    body: parseSectionText(t.noiDung),
    appendices: [
      {
        numbered: false,
        title: 'Danh sách cơ quan, đơn vị chưa báo cáo kết quả',
        orientation: 'portrait',
        blocks: [{ kind: 'table', table: pendingTable(input.pending) }],
      },
    ],
    refKindName: 'Công văn',
  });
}
