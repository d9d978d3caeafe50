// Biên bản họp Hội đồng Thi đua - Khen thưởng (Mẫu 1.9, DOMAIN.md §3.4; "Số: …/BB-…"): time, place,
// attendance (x/y members), chair and secretary, the proposals reviewed, the vote per nominee (STT,
// name, form, agree count, percent of those present, result), the totals and the end; signed by the
// Thư ký and the Chủ trì side by side.
import type { MeetingData } from '../../awards/meeting-data.ts';
import { nomineeLabel } from '../../awards/records.ts';
import { fieldError } from '../../api/envelope.ts';
import { formatDateShort, weekdayName } from '../../text/dates.ts';
import { countsByForm, formsPhrase } from '../award-wording.ts';
import { buildDocument } from '../frame.ts';
import type { DocumentFrame, SectionTexts } from '../model.ts';
import { type Block, parseSectionText } from '../outline.ts';
import { DEFAULT_MARGINS } from '../../api/margins.ts';
import { pageGeometry } from '../page.ts';
import { type SectionDef, resolveTexts } from '../sections.ts';
import { sideBySideSignatures } from '../signature.ts';
import type { DataTable, Row } from '../table.ts';
import { capitalizeFirst } from '../title.ts';
import { count } from '../wording.ts';

export interface BienBanInput {
  frame: DocumentFrame;
  meeting: MeetingData;
  /** "trong đợt thi đua …" or "năm 2021". */
  what: string;
  texts?: SectionTexts;
}

export function bienBanSections(input: Omit<BienBanInput, 'texts'>): SectionDef[] {
  const m = input.meeting;
  const absent = m.membersTotal - m.membersPresent;
  const passed = m.votes.filter((v) => v.passed);
  // The proposal's name carries its tờ trình's number ("Đề nghị số 07/TTr-UBND của …"); its date follows.
  const proposals = m.proposals.map((p, i) => {
    const day = p.submissionDate ? ` ngày ${formatDateShort(p.submissionDate)}` : '';
    return `- ${p.name}${day}: ${count(p.nominees)} tập thể, cá nhân${i === m.proposals.length - 1 ? '.' : ';'}`;
  });
  return [
    { key: 'trichYeu', label: 'Trích yếu', text: `Họp Hội đồng Thi đua - Khen thưởng xét khen thưởng ${input.what}` },
    { key: 'thoiGian', label: 'Thời gian', text: `${capitalizeFirst(weekdayName(m.date))}, ngày ${formatDateShort(m.date)}.` },
    { key: 'diaDiem', label: 'Địa điểm', text: m.place.trim() ? `${m.place.trim().replace(/\.$/u, '')}.` : '' },
    {
      key: 'thanhPhan',
      label: 'Thành phần',
      text: `Có mặt ${m.attendance} Hội đồng (${m.attendancePercent})${absent > 0 ? `; vắng ${count(absent)} thành viên` : ''}.`,
    },
    { key: 'chuTri', label: 'Chủ trì', text: m.chair.trim() },
    { key: 'thuKy', label: 'Thư ký', text: m.secretary.trim() },
    { key: 'noiDung', label: 'Nội dung (các đề nghị được xem xét)', text: ['Hội đồng xem xét đề nghị khen thưởng của các cơ quan, đơn vị:', ...proposals].join('\n') },
    {
      key: 'bieuQuyet',
      label: 'Cách biểu quyết (trước bảng kết quả)',
      text: `Hội đồng biểu quyết bằng phiếu kín; tập thể, cá nhân có tỷ lệ phiếu đồng ý từ ${m.threshold} trở lên so với tổng số thành viên có mặt được thông qua. Kết quả cụ thể như sau:`,
    },
    {
      key: 'ketQua',
      label: 'Kết quả (sau bảng)',
      text: passed.length
        ? `Hội đồng thống nhất đề nghị tặng ${formsPhrase(countsByForm(passed))}; ${count(m.counts.reviewed - passed.length)} tập thể, cá nhân không đạt.`
        : 'Không có tập thể, cá nhân nào đạt tỷ lệ phiếu đồng ý cần thiết.',
    },
    {
      key: 'ketThuc',
      label: 'Kết thúc',
      text: 'Cuộc họp kết thúc vào lúc … giờ … cùng ngày. Biên bản đã được thông qua trước các thành viên dự họp.',
    },
  ];
}

function votesTable(m: MeetingData): DataTable {
  const rows: Row[] = [];
  // A form's tập thể and cá nhân rows are two entries of one name: the name heads a row only when
  // the meeting reviewed forms of more than one name, and the sections lose the danh sách's numerals.
  const named = new Set(m.forms.map((f) => f.formName)).size > 1;
  for (const f of m.forms) {
    for (const s of f.sections) {
      const heading = s.heading.replace(/^[IVX]+\.\s*/u, '');
      rows.push({ heading: named ? `${f.formName}: ${heading}` : heading });
      s.lines.forEach((v, i) => {
        rows.push([
          String(i + 1),
          nomineeLabel(v),
          f.formName,
          v.agree === null ? '' : String(v.agree),
          v.percent,
          v.agree === null ? 'Chưa bỏ phiếu' : v.passed ? 'Đạt' : 'Không đạt',
        ]);
      });
    }
  }
  return {
    columns: [
      { title: 'STT', weight: 0.6, align: 'center' },
      { title: 'Tên tập thể, cá nhân', weight: 4 },
      { title: 'Hình thức', weight: 1.6 },
      { title: 'Số phiếu đồng ý', weight: 1.2, align: 'center' },
      { title: 'Tỷ lệ %', weight: 1.1, align: 'center' },
      { title: 'Kết quả', weight: 1.2, align: 'center' },
    ],
    rows,
    empty: 'Chưa có tập thể, cá nhân nào được đề nghị.',
  };
}

export async function buildBienBan(input: BienBanInput): Promise<Buffer> {
  const t = resolveTexts(bienBanSections(input), input.texts);
  // The two who sign must be named: a biên bản without them is not one.
  if (!t.chuTri.trim()) throw fieldError('chair', `Biên bản họp Hội đồng ngày ${formatDateShort(input.meeting.date)}: chưa có người chủ trì (ô "Chủ trì" của cuộc họp).`);
  if (!t.thuKy.trim()) throw fieldError('secretary', `Biên bản họp Hội đồng ngày ${formatDateShort(input.meeting.date)}: chưa có thư ký (ô "Thư ký" của cuộc họp).`);
  const labelled = (label: string, text: string): Block[] => (text.trim() ? [{ kind: 'p', label, text: text.trim() }] : []);
  const body: Block[] = [
    ...labelled('Thời gian:', t.thoiGian),
    ...labelled('Địa điểm:', t.diaDiem),
    ...labelled('Thành phần:', t.thanhPhan),
    ...labelled('Chủ trì:', t.chuTri),
    ...labelled('Thư ký:', t.thuKy),
    ...parseSectionText(t.noiDung),
    ...parseSectionText(t.bieuQuyet),
    { kind: 'table', table: votesTable(input.meeting) },
    ...parseSectionText(t.ketQua),
    ...parseSectionText(t.ketThuc),
  ];
  const { textWidth } = pageGeometry(input.frame.margins ?? DEFAULT_MARGINS, 'portrait');
  return buildDocument(input.frame, {
    kindName: 'Biên bản',
    summary: t.trichYeu,
    body,
    refKindName: 'Biên bản',
    closing: sideBySideSignatures({ title: 'Thư ký', name: t.thuKy }, { title: 'Chủ trì', name: t.chuTri }, textWidth),
  });
}
