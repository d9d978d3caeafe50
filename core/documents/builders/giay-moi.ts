// Giấy mời (Mẫu 1.7; "Số: …/GM-…") to the hội nghị sơ kết / tổng kết: "… trân trọng kính mời:",
// the invited, "Tới dự:", chủ trì, thời gian (with the weekday), địa điểm.
import { UserError } from '../../api/envelope.ts';
import { formatDateShort, isIsoDate, weekdayName } from '../../text/dates.ts';
import { buildDocument } from '../frame.ts';
import type { CampaignInfo, DocumentFrame, SectionTexts } from '../model.ts';
import { type Block, parseSectionText } from '../outline.ts';
import { type SectionDef, lines, resolveTexts } from '../sections.ts';
import type { ReportStage } from './bao-cao.ts';
import { lowerFirst, timeText } from '../wording.ts';

export interface Meeting {
  /** ISO date and "HH:MM". */
  date: string;
  time: string;
  place: string;
  /** "Đồng chí Nguyễn Kỳ Phùng - Phó Chủ tịch Ủy ban nhân dân thành phố". */
  chair: string;
  /** Thành phần, one per line. */
  participants: readonly string[];
}

export interface GiayMoiInput {
  frame: DocumentFrame;
  stage: ReportStage;
  campaign: CampaignInfo;
  meeting: Meeting;
  texts?: SectionTexts;
}

const EVENT: Record<ReportStage, string> = { so_ket: 'Hội nghị sơ kết', tong_ket: 'Hội nghị tổng kết' };

export function checkMeeting(m: Meeting): void {
  const fields: Record<string, string> = {};
  if (!isIsoDate(m.date)) fields['meeting.date'] = 'Nhập ngày họp';
  if (!m.time.trim()) fields['meeting.time'] = 'Nhập giờ họp';
  const first = Object.values(fields)[0];
  if (first) {
    throw new UserError(`Giấy mời cần ngày và giờ hội nghị: ${Object.values(fields).join(', ').toLocaleLowerCase('vi')}.`, {
      fields,
    });
  }
}

/** The place may be typed once in the "Địa điểm" section instead of coming with the request. */
function checkPlace(text: string): void {
  if (!text.trim()) {
    throw new UserError('Giấy mời chưa có địa điểm hội nghị. Nhập "Địa điểm" trong nội dung giấy mời (trang Văn bản), hoặc --place khi dùng dòng lệnh.', {
      fields: { 'meeting.place': 'Nhập địa điểm' },
    });
  }
}

export function giayMoiSections(input: Omit<GiayMoiInput, 'texts'>): SectionDef[] {
  const { meeting: m, campaign: c } = input;
  checkMeeting(m);
  const event = `${EVENT[input.stage]} ${lowerFirst(c.name)}`;
  return [
    { key: 'trichYeu', label: 'Trích yếu', text: `Dự ${event}` },
    { key: 'thanhPhan', label: 'Thành phần được mời (mỗi dòng một thành phần)', text: m.participants.join('\n') },
    { key: 'toiDu', label: 'Tới dự', text: `${event}.` },
    { key: 'chuTri', label: 'Chủ trì', text: m.chair.trim() ? `${m.chair.trim().replace(/\.$/u, '')}.` : '' },
    {
      key: 'thoiGian',
      label: 'Thời gian',
      text: `${timeText(m.time)}, ${weekdayName(m.date)}, ngày ${formatDateShort(m.date)}.`,
    },
    { key: 'diaDiem', label: 'Địa điểm', text: m.place.trim() ? `${m.place.trim().replace(/\.$/u, '')}.` : '' },
    {
      key: 'ghiChu',
      label: 'Đề nghị (cuối giấy mời)',
      text: 'Rất mong quý đại biểu tham dự đúng thời gian.',
    },
  ];
}

export async function buildGiayMoi(input: GiayMoiInput): Promise<Buffer> {
  const t = resolveTexts(giayMoiSections(input), input.texts);
  checkPlace(t.diaDiem);
  const invited = lines(t.thanhPhan).map((l) => l.replace(/^[-+]\s*/u, '').replace(/[;.,]$/u, ''));
  const dashes: Block[] = invited.map((l, i) => ({ kind: 'dash', text: `- ${l}${i === invited.length - 1 ? '.' : ';'}` }));
  const labelled = (label: string, text: string): Block[] => (text.trim() ? [{ kind: 'p', label, text: text.trim() }] : []);
  const body: Block[] = [
    { kind: 'p', text: `${input.frame.issuer.name.trim()} trân trọng kính mời:` },
    ...dashes,
    ...labelled('Tới dự:', t.toiDu),
    ...labelled('Chủ trì:', t.chuTri),
    ...labelled('Thời gian:', t.thoiGian),
    ...labelled('Địa điểm:', t.diaDiem),
    ...parseSectionText(t.ghiChu),
  ];
  return buildDocument(input.frame, {
    kindName: 'Giấy mời',
    summary: t.trichYeu,
    body,
    refKindName: 'Giấy mời',
  });
}
