// Kế hoạch tổ chức / phát động thi đua (Mẫu 1.4; "Số: …/KH-…"), on the skeleton of DOMAIN.md §3.1:
// I. mục đích, yêu cầu; II. nội dung, chỉ tiêu; III. hình thức, tiêu chuẩn khen thưởng; IV. tổ chức
// thực hiện; with the registration and report forms as appendices.
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
  /** Units taking part. */
  unitCount: number;
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

function groupsSentence(groups: readonly GroupInfo[], unitCount: number): string {
  const counts = { khoi: 0, cum: 0 };
  for (const g of groups) counts[g.kind] += 1;
  const words = groupCountWords(counts);
  const where = words ? ` thuộc ${words} thi đua` : '';
  return `Các cơ quan, đơn vị${where} (${count(unitCount)} cơ quan, đơn vị); cán bộ, công chức, viên chức và người lao động trong các cơ quan, đơn vị.`;
}

export function keHoachSections(input: Omit<KeHoachInput, 'texts'>): SectionDef[] {
  const c = input.campaign;
  const issuer = input.frame.issuer.name.trim();
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
    { key: 'canCu', label: 'Căn cứ ban hành (mỗi dòng một căn cứ)', text: '' },
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
        `Bản đăng ký gửi về Cơ quan Thường trực Hội đồng Thi đua - Khen thưởng${due}.`,
    },
    {
      key: 'khenThuong',
      label: 'III. Hình thức, tiêu chuẩn khen thưởng',
      text: [
        soKet ? `Sơ kết đợt thi đua vào ngày ${formatDateShort(soKet)}.` : '',
        tongKet ? `Tổng kết, khen thưởng vào ngày ${formatDateShort(tongKet)}.` : '',
        'Trên cơ sở kết quả thực hiện các công trình, phần việc đã đăng ký, Hội đồng Thi đua - Khen thưởng xem xét, đề nghị khen thưởng các tập thể, cá nhân có thành tích tiêu biểu, xuất sắc theo quy định của Luật Thi đua, khen thưởng và các văn bản hướng dẫn hiện hành.',
      ]
        .filter(Boolean)
        .join('\n'),
    },
    {
      key: 'toChuc',
      label: 'IV. Tổ chức thực hiện (dòng bắt đầu bằng ## là tiêu đề khoản)',
      text: [
        '## Cơ quan Thường trực Hội đồng Thi đua - Khen thưởng',
        'Tham mưu triển khai Kế hoạch; hướng dẫn, theo dõi, đôn đốc các cơ quan, đơn vị thực hiện; tổng hợp kết quả, tham mưu sơ kết, tổng kết và khen thưởng.',
        '## Các khối, cụm thi đua',
        'Trưởng khối, cụm chủ trì tổ chức ký kết giao ước thi đua, theo dõi, đôn đốc các thành viên thực hiện và tổng hợp kết quả của khối, cụm.',
        '## Các cơ quan, đơn vị',
        `Xây dựng kế hoạch thực hiện, đăng ký công trình, phần việc thi đua${due}; báo cáo kết quả thực hiện${reportDates} (theo mẫu tại Phụ lục II kèm theo).`,
      ].join('\n'),
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
  const body: Block[] = [
    ...parseSectionText(t.moDau),
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
    bases: lines(t.canCu),
    body,
    appendices: keHoachAppendices(),
    refKindName: 'Kế hoạch',
  });
}
