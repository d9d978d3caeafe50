// Kế hoạch tổ chức / phát động thi đua (Mẫu 1.4; "Số: …/KH-…"), on the skeleton of DOMAIN.md §3.1:
// the opening "Căn cứ …/Thực hiện …" from the legal bases in force on the plan's date and the upper
// level's plan; I. mục đích, yêu cầu; II. nội dung, chỉ tiêu (đối tượng: the units chosen for the
// campaign, since a plan is written before anyone registers); III. hình thức, tiêu chuẩn khen thưởng;
// IV. tổ chức thực hiện, one khoản per office of the agency; the registration and report forms as
// appendices.
import { UserError } from '../../api/envelope.ts';
import { defaultAwardForms } from '../../library/award-forms.ts';
import { formatDateShort } from '../../text/dates.ts';
import type { AppendixSpec } from '../appendix.ts';
import { buildDocument } from '../frame.ts';
import type { CampaignInfo, DocumentFrame, GroupInfo, SectionTexts } from '../model.ts';
import type { Block } from '../outline.ts';
import { type SectionDef, khoan, lines, resolveTexts } from '../sections.ts';
import { parseSectionText } from '../outline.ts';
import { cm } from '../units.ts';
import { count, groupCountWords, lowerFirst } from '../wording.ts';

export interface KeHoachInput {
  frame: DocumentFrame;
  campaign: CampaignInfo;
  /** Khối and cụm taking part. */
  groups: readonly GroupInfo[];
  /** Units taking part: the ones chosen for the campaign, registered a work or not. */
  unitCount: number;
  /** "Căn cứ …" lines in force on the plan's date, in order (core/library). */
  bases: readonly string[];
  /** The bodies section IV assigns duties to; the first is the standing office. */
  offices: readonly { name: string; duty: string }[];
  texts?: SectionTexts;
}

function milestone(c: CampaignInfo, kind: CampaignInfo['milestones'][number]['kind']): string[] {
  return c.milestones
    .filter((m) => m.kind === kind)
    .map((m) => m.date)
    .sort();
}

/** "Tổ chức đợt thi đua …" unless the name already says what the plan does. */
export function planSummary(c: CampaignInfo): string {
  const name = c.name.trim();
  return /^(tổ chức|phát động|triển khai)\s/iu.test(name) ? name : `Tổ chức ${lowerFirst(name)}`;
}

/** "Thực hiện Kế hoạch số …" from the campaign's upper-level plan, unless the user already wrote the verb. */
function carriesOut(upperPlan: string): string {
  const t = upperPlan.trim().replace(/[;.,]+$/u, '');
  if (!t) return '';
  return /^(thực hiện|căn cứ)\s/iu.test(t) ? t.charAt(0).toLocaleUpperCase('vi') + t.slice(1) : `Thực hiện ${t}`;
}

/** The opening bases as body paragraphs: ";" after each, "." after the last when nothing follows. */
function openingBlocks(bases: readonly string[], followed: boolean): Block[] {
  const items = bases.map((b) => b.trim().replace(/[;.,]+$/u, '')).filter(Boolean);
  return items.map((b, i) => ({ kind: 'p', text: `${b}${i === items.length - 1 && !followed ? '.' : ';'}` }));
}

function groupsSentence(groups: readonly GroupInfo[], unitCount: number): string {
  const counts = { khoi: 0, cum: 0 };
  for (const g of groups) counts[g.kind] += 1;
  const words = groupCountWords(counts);
  const where = words ? ` thuộc ${words} thi đua` : '';
  return `Các cơ quan, đơn vị${where} (${count(unitCount)} cơ quan, đơn vị); cán bộ, công chức, viên chức và người lao động trong các cơ quan, đơn vị.`;
}

export function keHoachSections(input: Omit<KeHoachInput, 'texts'>): SectionDef[] {
  const c = input.campaign;
  if (input.unitCount === 0) {
    throw new UserError(
      `Đợt thi đua "${c.name}" chưa có đơn vị tham gia, nên kế hoạch chưa ghi được đối tượng. Vào Đợt thi đua, bấm "Sửa" ở dòng của đợt, mở mục "Đơn vị tham gia", chọn các cơ quan, đơn vị tham gia rồi lập lại kế hoạch.`,
      { fields: { unitIds: 'Chọn các đơn vị tham gia đợt thi đua' } },
    );
  }
  if (input.offices.length === 0) {
    throw new UserError(
      'Chưa có cơ quan, đơn vị nào để giao nhiệm vụ ở mục "Tổ chức thực hiện". Vào Căn cứ pháp lý, ở bảng "Cơ quan, đơn vị thực hiện", thêm hoặc bật lại ít nhất một cơ quan.',
      { fields: { offices: 'Thêm cơ quan, đơn vị thực hiện' } },
    );
  }
  const issuer = input.frame.issuer.name.trim();
  // Named in full where registrations are first sent, by its short name ("Phòng Nội vụ") after that.
  const standingFull = input.offices[0].name.trim();
  const standing = standingFull.replace(/\s*\([^)]*\)$/u, '') || standingFull;
  const summary = planSummary(c);
  const deadline = milestone(c, 'han_dang_ky')[0];
  const reports = milestone(c, 'bao_cao');
  const soKet = milestone(c, 'so_ket')[0];
  const tongKet = milestone(c, 'tong_ket')[0];

  const phases = c.phases.map(
    (p, i) => `- Giai đoạn ${i + 1}${p.name ? ` “${p.name}”` : ''}: từ ngày ${formatDateShort(p.startDate)} đến ngày ${formatDateShort(p.endDate)};`,
  );
  if (phases.length) phases[phases.length - 1] = phases[phases.length - 1].replace(/;$/u, '.');

  const groupLines =
    input.groups.length <= 40
      ? input.groups.map((g) => `- ${g.name} (${count(g.units)} đơn vị);`)
      : [];
  if (groupLines.length) groupLines[groupLines.length - 1] = groupLines[groupLines.length - 1].replace(/;$/u, '.');

  const due = deadline ? ` trước ngày ${formatDateShort(deadline)}` : '';
  const reportDates =
    reports.length > 1
      ? ` vào các ngày ${reports.map(formatDateShort).join(', ')}`
      : reports.length === 1
        ? ` trước ngày ${formatDateShort(reports[0])}`
        : ' định kỳ';

  return [
    { key: 'trichYeu', label: 'Trích yếu', text: summary },
    {
      key: 'canCu',
      label: 'Căn cứ, thực hiện (mỗi dòng một căn cứ; lấy theo ngày văn bản từ trang Căn cứ pháp lý và kế hoạch cấp trên của đợt)',
      text: [...input.bases, carriesOut(c.upperPlan)].filter(Boolean).join('\n'),
    },
    {
      key: 'moDau',
      label: 'Đoạn mở đầu',
      text: `${issuer} ban hành Kế hoạch ${lowerFirst(summary)}, cụ thể như sau:`,
    },
    {
      key: 'mucDich',
      label: 'I.1. Mục đích',
      text:
        'Phát huy tinh thần yêu nước, ý chí tự lực, tự cường, tạo khí thế thi đua sôi nổi trong các cơ quan, đơn vị, góp phần hoàn thành thắng lợi nhiệm vụ chính trị được giao.\n' +
        'Qua phong trào thi đua, phát hiện, bồi dưỡng, biểu dương, khen thưởng và nhân rộng các tập thể, cá nhân điển hình tiên tiến.',
    },
    {
      key: 'yeuCau',
      label: 'I.2. Yêu cầu',
      text:
        'Phong trào thi đua được triển khai thiết thực, hiệu quả, tránh hình thức; nội dung thi đua gắn với nhiệm vụ chính trị trọng tâm của từng cơ quan, đơn vị.\n' +
        'Công trình, phần việc đăng ký phải cụ thể, có chỉ tiêu đo lường được và thời hạn hoàn thành; việc sơ kết, tổng kết, khen thưởng kịp thời, công khai, đúng người, đúng thành tích.',
    },
    { key: 'chuDe', label: 'II.1. Chủ đề, khẩu hiệu', text: c.theme.trim() ? `“${c.theme.trim().replace(/^["“]|["”]$/gu, '')}”.` : '' },
    {
      key: 'doiTuong',
      label: 'II.2. Đối tượng',
      text: [groupsSentence(input.groups, input.unitCount), ...groupLines].join('\n'),
    },
    {
      key: 'thoiGian',
      label: 'II.3. Thời gian',
      text: [
        `Từ ngày ${formatDateShort(c.startDate)} đến ngày ${formatDateShort(c.endDate)}${phases.length ? `, chia thành ${count(phases.length)} giai đoạn:` : '.'}`,
        ...phases,
      ].join('\n'),
    },
    {
      key: 'noiDung',
      label: 'II.4. Nội dung thi đua (dòng bắt đầu bằng ### được đánh a), b), c)…)',
      text: c.fields.map((f) => `### ${f.trim().replace(/[.;]$/u, '')}.`).join('\n'),
    },
    {
      key: 'congTrinh',
      label: 'II.5. Công trình, phần việc đăng ký',
      text:
        `Mỗi cơ quan, đơn vị đăng ký ít nhất 01 công trình, phần việc thi đua cụ thể, có chỉ tiêu đo lường được và thời hạn hoàn thành; phân rõ công trình cấp thành phố và công trình cấp cơ sở (theo mẫu tại Phụ lục I kèm theo).\n` +
        `Bản đăng ký gửi về ${standingFull}${due}.`,
    },
    {
      key: 'khenThuong',
      label: 'III. Hình thức, tiêu chuẩn khen thưởng (dòng bắt đầu bằng ## là tiêu đề khoản)',
      text: defaultAwardForms({ issuer: input.frame.issuer, standingOffice: standing, soKet, tongKet }),
    },
    {
      key: 'toChuc',
      label: 'IV. Tổ chức thực hiện (dòng bắt đầu bằng ## là tiêu đề khoản)',
      text: [
        ...input.offices.flatMap((o) => [`## ${o.name.trim()}`, o.duty.trim()]),
        '## Chế độ thông tin, báo cáo',
        `Các cơ quan, đơn vị gửi bản đăng ký công trình, phần việc thi đua (theo mẫu tại Phụ lục I) về ${standing}${due}; báo cáo kết quả thực hiện (theo mẫu tại Phụ lục II)${reportDates}.`,
        `Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị phản ánh về ${standing} để tổng hợp, báo cáo ${issuer} xem xét, chỉ đạo.`,
      ]
        .filter(Boolean)
        .join('\n'),
    },
  ];
}

const FORM_COLUMNS_REGISTER = [
  { title: 'STT', weight: 5, align: 'center' as const },
  { title: 'Tên công trình, phần việc', weight: 26 },
  { title: 'Lĩnh vực', weight: 12 },
  { title: 'Cấp (thành phố/ cơ sở)', weight: 10, align: 'center' as const },
  { title: 'Chỉ tiêu, kết quả cần đạt', weight: 20 },
  { title: 'Thời hạn hoàn thành', weight: 10, align: 'center' as const },
  { title: 'Người phụ trách', weight: 11 },
  { title: 'Ghi chú', weight: 8 },
];

const FORM_COLUMNS_REPORT = [
  { title: 'STT', weight: 5, align: 'center' as const },
  { title: 'Tên công trình, phần việc đã đăng ký', weight: 28 },
  { title: 'Cấp', weight: 9, align: 'center' as const },
  { title: 'Thời hạn', weight: 10, align: 'center' as const },
  { title: 'Tình trạng (hoàn thành/ đang thực hiện/ chưa thực hiện)', weight: 16, align: 'center' as const },
  { title: 'Ngày hoàn thành', weight: 10, align: 'center' as const },
  { title: 'Kết quả, minh chứng', weight: 22 },
];

function blankRows(n: number, columns: number): string[][] {
  return Array.from({ length: n }, (_, i) => [String(i + 1), ...Array.from({ length: columns - 1 }, () => '')]);
}

function formHead(): Block[] {
  return [
    { kind: 'p', text: `Tên cơ quan, đơn vị: ${'.'.repeat(120)}`, indent: false },
    { kind: 'p', text: `Thuộc khối, cụm thi đua: ${'.'.repeat(116)}`, indent: false },
  ];
}

function formFoot(): Block[] {
  return [
    { kind: 'p', text: 'THỦ TRƯỞNG CƠ QUAN, ĐƠN VỊ', bold: true, align: 'right', indent: false },
    { kind: 'p', text: '(Ký, ghi rõ họ tên và đóng dấu)', italics: true, align: 'right', indent: false },
  ];
}

export function keHoachAppendices(): AppendixSpec[] {
  return [
    {
      numbered: true,
      title: 'Mẫu đăng ký công trình, phần việc thi đua',
      orientation: 'landscape',
      blocks: [
        ...formHead(),
        { kind: 'table', table: { columns: FORM_COLUMNS_REGISTER, rows: blankRows(5, FORM_COLUMNS_REGISTER.length), minRowHeight: cm(1) } },
        ...formFoot(),
      ],
    },
    {
      numbered: true,
      title: 'Mẫu báo cáo kết quả thực hiện công trình, phần việc thi đua',
      orientation: 'landscape',
      blocks: [
        ...formHead(),
        { kind: 'table', table: { columns: FORM_COLUMNS_REPORT, rows: blankRows(5, FORM_COLUMNS_REPORT.length), minRowHeight: cm(1) } },
        ...formFoot(),
      ],
    },
  ];
}

export async function buildKeHoach(input: KeHoachInput): Promise<Buffer> {
  const t = resolveTexts(keHoachSections(input), input.texts);
  const moDau = parseSectionText(t.moDau);
  const body: Block[] = [
    ...openingBlocks(lines(t.canCu), moDau.length > 0),
    ...moDau,
    { kind: 'h1', text: 'Mục đích, yêu cầu' },
    ...khoan('Mục đích', t.mucDich),
    ...khoan('Yêu cầu', t.yeuCau),
    { kind: 'h1', text: 'Nội dung, chỉ tiêu thi đua' },
    ...khoan('Chủ đề, khẩu hiệu', t.chuDe),
    ...khoan('Đối tượng', t.doiTuong),
    ...khoan('Thời gian', t.thoiGian),
    ...khoan('Nội dung thi đua', t.noiDung),
    ...khoan('Công trình, phần việc đăng ký', t.congTrinh),
    { kind: 'h1', text: 'Hình thức, tiêu chuẩn khen thưởng' },
    ...parseSectionText(t.khenThuong),
    { kind: 'h1', text: 'Tổ chức thực hiện' },
    ...parseSectionText(t.toChuc),
  ];
  return buildDocument(input.frame, {
    kindName: 'Kế hoạch',
    summary: t.trichYeu,
    body,
    appendices: keHoachAppendices(),
    refKindName: 'Kế hoạch',
  });
}
