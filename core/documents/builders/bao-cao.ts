// Báo cáo sơ kết / tổng kết (Mẫu 1.4; "Số: …/BC-…") at an "as of" date, on the skeleton of DOMAIN.md
// §3.2. The figures are written by the app from the statistics (the seed's sentence, the split by
// level, the tables); the narrative sections around them are editable. Long tables go to landscape
// appendices.
import { groupKindLabel } from '../../api/labels.ts';
import type { CampaignStats, GroupStats } from '../../api/types.ts';
import { formatDateShort } from '../../text/dates.ts';
import { formatNumber, formatPercent, type PercentMode } from '../../text/numbers.ts';
import type { AppendixSpec } from '../appendix.ts';
import { buildDocument } from '../frame.ts';
import type { CampaignInfo, DocumentFrame, SectionTexts, WorkLine } from '../model.ts';
import { type Block, parseSectionText, roman } from '../outline.ts';
import { type SectionDef, khoan, lines, resolveTexts } from '../sections.ts';
import type { Column, DataTable, Row } from '../table.ts';
import { LEVEL_WORDS, count, figuresSentence, groupCountWords, levelSentence, lowerFirst, planCitation, scopeFromIssuer } from '../wording.ts';

export type ReportStage = 'so_ket' | 'tong_ket';

export interface BaoCaoInput {
  frame: DocumentFrame;
  stage: ReportStage;
  campaign: CampaignInfo;
  stats: CampaignStats;
  /** Every work of the campaign with its status at the "as of" date. */
  works: readonly WorkLine[];
  /** "toàn thành phố"; derived from the issuer's name when absent. */
  scope?: string;
  texts?: SectionTexts;
}

/** Tables with more rows than this leave the body for a landscape appendix. */
export const INLINE_ROWS = 12;

const STAGE_WORD: Record<ReportStage, string> = { so_ket: 'Sơ kết', tong_ket: 'Tổng kết' };

export function reportSummary(stage: ReportStage, c: CampaignInfo): string {
  return `${STAGE_WORD[stage]} ${lowerFirst(c.name.replace(/^(tổ chức|phát động)\s+/iu, ''))}`;
}

function pct(part: number, whole: number, mode: PercentMode): string {
  return formatPercent(part, whole, mode);
}

const GROUP_COLUMNS: Column[] = [
  { title: 'STT', weight: 5, align: 'center' },
  { title: 'Khối, cụm thi đua', weight: 30 },
  { title: 'Tổng số', weight: 9, align: 'right', group: 'Đơn vị' },
  { title: 'Có báo cáo', weight: 9, align: 'right', group: 'Đơn vị' },
  { title: 'Tỷ lệ', weight: 10, align: 'right', group: 'Đơn vị' },
  { title: 'Đăng ký', weight: 9, align: 'right', group: 'Công trình, phần việc' },
  { title: 'Hoàn thành', weight: 10, align: 'right', group: 'Công trình, phần việc' },
  { title: 'Tỷ lệ', weight: 10, align: 'right', group: 'Công trình, phần việc' },
];

/** By khối/cụm with a "Tổng cộng" row equal to the campaign's own totals. */
export function groupTable(stats: CampaignStats): DataTable {
  const mode = stats.percentMode;
  const row = (label: string, g: Pick<GroupStats, 'units' | 'reported' | 'works' | 'completed'>): string[] => [
    label,
    formatNumber(g.units),
    formatNumber(g.reported),
    pct(g.reported, g.units, mode),
    formatNumber(g.works),
    formatNumber(g.completed),
    pct(g.completed, g.works, mode),
  ];
  const rows: Row[] = stats.byGroup.map((g, i) => [String(i + 1), ...row(`${groupKindLabel[g.kind]} ${stripKind(g.name)}`, g)]);
  const sum = stats.byGroup.reduce(
    (s, g) => ({ units: s.units + g.units, reported: s.reported + g.reported, works: s.works + g.works, completed: s.completed + g.completed }),
    { units: 0, reported: 0, works: 0, completed: 0 },
  );
  const rest = {
    units: stats.units.registered - sum.units,
    reported: stats.units.reported - sum.reported,
    works: stats.works.registered - sum.works,
    completed: stats.works.completed - sum.completed,
  };
  // Units outside every khối/cụm still count in the totals: show them so the column adds up.
  if (rest.units > 0 && rest.reported >= 0 && rest.works >= 0 && rest.completed >= 0) {
    rows.push([String(rows.length + 1), ...row('Đơn vị không thuộc khối, cụm', rest)]);
  }
  const total = {
    units: stats.units.registered,
    reported: stats.units.reported,
    works: stats.works.registered,
    completed: stats.works.completed,
  };
  return { columns: GROUP_COLUMNS, rows, total: ['', ...row('Tổng cộng', total)], empty: 'Chưa có khối, cụm thi đua' };
}

/** "Khối Cơ quan Đảng" stays as is; a bare name gets its kind word only once. */
function stripKind(name: string): string {
  return name.replace(/^(khối|cụm)\s+/iu, '');
}

function fieldTable(stats: CampaignStats): DataTable {
  const mode = stats.percentMode;
  return {
    columns: [
      { title: 'STT', weight: 6, align: 'center' },
      { title: 'Lĩnh vực', weight: 46 },
      { title: 'Đăng ký', weight: 14, align: 'right' },
      { title: 'Hoàn thành', weight: 16, align: 'right' },
      { title: 'Tỷ lệ', weight: 14, align: 'right' },
    ],
    rows: stats.byField.map((f, i) => [
      String(i + 1),
      f.field || 'Chưa xác định lĩnh vực',
      formatNumber(f.works),
      formatNumber(f.completed),
      pct(f.completed, f.works, mode),
    ]),
  };
}

function notReportedTable(stats: CampaignStats): DataTable {
  return {
    columns: [
      { title: 'STT', weight: 5, align: 'center' },
      { title: 'Khối, cụm thi đua', weight: 28 },
      { title: 'Cơ quan, đơn vị', weight: 40 },
      { title: 'Số công trình đăng ký', weight: 12, align: 'right' },
      { title: 'Ghi chú', weight: 15 },
    ],
    rows: stats.notReported.map((u, i) => [String(i + 1), u.group ?? '', u.name, formatNumber(u.works), '']),
    empty: 'Tất cả cơ quan, đơn vị đã báo cáo',
  };
}

const LEVEL_ORDER = ['thanh_pho', 'co_so'] as const;

const STATUS_WORDS = { da_dang_ky: 'Chưa triển khai', dang_thuc_hien: 'Đang thực hiện', khong_hoan_thanh: 'Không hoàn thành' } as const;

/** Not finished at the "as of" date and not cancelled: what the units still owe. */
export function isOutstanding(w: WorkLine): boolean {
  return w.status !== 'hoan_thanh' && w.status !== 'huy';
}

/**
 * Works grouped by level under heading rows "I. CẤP THÀNH PHỐ (n công trình)". Every list names the
 * work, its unit and its khối/cụm; `widths` are their shares beside the table's own `columns`.
 */
function worksByLevel(
  works: readonly WorkLine[],
  widths: { title: number; unit: number; group: number },
  columns: Column[],
  cells: (w: WorkLine) => string[],
): DataTable {
  const rows: Row[] = [];
  let h = 0;
  for (const level of LEVEL_ORDER) {
    const list = works.filter((w) => w.level === level);
    if (!list.length) continue;
    h++;
    rows.push({ heading: `${h === 1 ? 'I' : 'II'}. ${LEVEL_WORDS[level].toLocaleUpperCase('vi')} (${count(list.length)} công trình)` });
    list.forEach((w, i) => {
      rows.push([String(i + 1), w.title, w.unitName, w.group ?? '', ...cells(w)]);
    });
  }
  return {
    columns: [
      { title: 'STT', weight: 5, align: 'center' },
      { title: 'Tên công trình, phần việc', weight: widths.title },
      { title: 'Cơ quan, đơn vị', weight: widths.unit },
      { title: 'Khối, cụm', weight: widths.group },
      ...columns,
    ],
    rows,
    empty: 'Không có công trình',
  };
}

function completedTable(works: readonly WorkLine[]): DataTable {
  return worksByLevel(
    works,
    { title: 45, unit: 25, group: 15 },
    [{ title: 'Ngày hoàn thành', weight: 10, align: 'center' }],
    (w) => [w.completedOn ? formatDateShort(w.completedOn) : ''],
  );
}

function outstandingTable(works: readonly WorkLine[], asOf: string): DataTable {
  return worksByLevel(
    works,
    { title: 40, unit: 22, group: 13 },
    [
      { title: 'Thời hạn', weight: 9, align: 'center' },
      { title: 'Tình trạng', weight: 11, align: 'center' },
    ],
    (w) => [
      w.dueDate ? formatDateShort(w.dueDate) : '',
      w.status === 'khong_hoan_thanh'
        ? STATUS_WORDS.khong_hoan_thanh
        : w.dueDate && w.dueDate < asOf
          ? 'Quá hạn'
          : (STATUS_WORDS[w.status as keyof typeof STATUS_WORDS] ?? ''),
    ],
  );
}

export function baoCaoSections(input: Omit<BaoCaoInput, 'texts'>): SectionDef[] {
  const { stats, campaign: c, stage } = input;
  const issuer = input.frame.issuer.name.trim();
  const plan = planCitation(c, c.name, issuer);
  const stageWord = STAGE_WORD[stage].toLocaleLowerCase('vi');
  const outstanding = input.works.filter(isOutstanding).length;
  const notReported = stats.units.registered - stats.units.reported;
  const groupWords = groupCountWords(stats.groups);

  const featured = input.works
    .filter((w) => w.status === 'hoan_thanh')
    .sort((a, b) => (a.level === b.level ? 0 : a.level === 'thanh_pho' ? -1 : 1))
    .slice(0, 5)
    .map((w) => `- ${w.title} (${w.unitName})${w.completedOn ? `, hoàn thành ngày ${formatDateShort(w.completedOn)}` : ''};`);
  if (featured.length) featured[featured.length - 1] = featured[featured.length - 1].replace(/;$/u, '.');

  return [
    { key: 'trichYeu', label: 'Trích yếu', text: `${reportSummary(stage, c)}` },
    { key: 'kinhGui', label: 'Kính gửi (nếu báo cáo cấp trên; mỗi dòng một nơi)', text: '' },
    {
      key: 'moDau',
      label: 'Đoạn mở đầu',
      text: `Thực hiện ${plan} về ${lowerFirst(c.name)}, ${issuer} báo cáo ${stageWord} như sau:`,
    },
    {
      key: 'trienKhai',
      label: 'I. Công tác triển khai, tổ chức thực hiện',
      text:
        `Ngay sau khi Kế hoạch được ban hành, các cơ quan, đơn vị${groupWords ? ` thuộc ${groupWords} thi đua` : ''} đã tổ chức quán triệt, triển khai và phát động thi đua sát với tình hình thực tế, có chỉ tiêu cụ thể gắn với việc thực hiện nhiệm vụ chính trị trọng tâm của cơ quan, đơn vị mình.\n` +
        'Công tác tuyên truyền về phong trào thi đua được thực hiện bằng nhiều hình thức phù hợp.',
    },
    { key: 'ketQuaKhac', label: 'II. Kết quả khác (sau các số liệu)', text: '' },
    {
      key: 'tieuBieu',
      label: 'II. Công trình, phần việc tiêu biểu',
      text: featured.join('\n'),
    },
    {
      key: 'uuDiem',
      label: 'III.1. Ưu điểm',
      text: 'Phong trào thi đua được triển khai sâu rộng; các tập thể, cá nhân đã đồng tâm, hiệp lực, ra sức thi đua, sáng tạo để đạt những thành tích tiêu biểu.',
    },
    {
      key: 'hanChe',
      label: 'III.2. Hạn chế, tồn tại và nguyên nhân',
      text: [
        notReported > 0
          ? `Còn ${formatNumber(notReported)}/${formatNumber(stats.units.registered)} cơ quan, đơn vị chưa báo cáo kết quả thực hiện.`
          : '',
        stats.works.overdue > 0
          ? `Có ${count(stats.works.overdue)} công trình, phần việc đã quá thời hạn đăng ký nhưng chưa hoàn thành.`
          : '',
        'Một số đơn vị đăng ký nội dung thi đua chưa sát với yêu cầu của Kế hoạch, còn mang tính hình thức.',
      ]
        .filter(Boolean)
        .join('\n'),
    },
    { key: 'baiHoc', label: 'III.3. Bài học kinh nghiệm', text: '' },
    {
      key: 'phuongHuong',
      label: 'IV. Phương hướng, nhiệm vụ',
      text:
        (outstanding > 0
          ? `Các cơ quan, đơn vị tiếp tục tập trung thực hiện ${count(outstanding)} công trình, phần việc chưa hoàn thành, bảo đảm đúng tiến độ và chất lượng đã đăng ký.\n`
          : '') +
        'Rà soát lại các công trình, phần việc đã đăng ký để bảo đảm theo yêu cầu của Kế hoạch; báo cáo kết quả đúng thời hạn.',
    },
    { key: 'deXuat', label: 'V. Đề xuất, kiến nghị', text: '' },
  ];
}

export async function buildBaoCao(input: BaoCaoInput): Promise<Buffer> {
  const { stats } = input;
  const t = resolveTexts(baoCaoSections(input), input.texts);
  const scope = input.scope ?? scopeFromIssuer(input.frame.issuer.name);
  const completed = input.works.filter((w) => w.status === 'hoan_thanh');
  const outstanding = input.works.filter(isOutstanding);

  const groupT = stats.byGroup.length ? groupTable(stats) : null;
  const notReportedT = stats.notReported.length ? notReportedTable(stats) : null;
  const completedT = completed.length ? completedTable(completed) : null;
  const outstandingT = outstanding.length ? outstandingTable(outstanding, stats.asOf) : null;

  // Decide first which tables leave the body, so that the references can name "Phụ lục I, II…".
  const candidates: [DataTable | null, string][] = [
    [groupT, 'Tổng hợp kết quả theo khối, cụm thi đua'],
    [notReportedT, 'Danh sách cơ quan, đơn vị chưa báo cáo kết quả'],
    [completedT, 'Danh sách công trình, phần việc đã hoàn thành'],
    [outstandingT, 'Danh sách công trình, phần việc chưa hoàn thành'],
  ];
  const moved = candidates.filter(([table]) => table && table.rows.length > INLINE_ROWS) as [DataTable, string][];
  const appendices: AppendixSpec[] = moved.map(([table, title]) => ({
    numbered: true,
    title,
    orientation: 'landscape',
    blocks: [{ kind: 'table', table }],
  }));
  const place = (table: DataTable | null): Block[] => {
    if (!table) return [];
    const i = moved.findIndex(([t]) => t === table);
    if (i < 0) return [{ kind: 'table', table }];
    const name = moved.length > 1 ? `Phụ lục ${roman(i + 1)}` : 'Phụ lục';
    return [{ kind: 'p', text: `(Chi tiết tại ${name} kèm theo)`, italics: true }];
  };

  const figures: Block[] = [{ kind: 'p', text: figuresSentence(stats, scope) }];
  const level = levelSentence(stats);
  if (level) figures.push({ kind: 'p', text: level });

  const groupBlocks = place(groupT);
  const fieldBlocks: Block[] = stats.byField.length > 1 ? [{ kind: 'table', table: fieldTable(stats) }] : [];
  const notReportedBlocks: Block[] = notReportedT
    ? [
        { kind: 'p', text: `Có ${count(stats.notReported.length)} cơ quan, đơn vị chưa báo cáo kết quả thực hiện.` },
        ...place(notReportedT),
      ]
    : [];
  const completedBlocks = place(completedT);
  const outstandingBlocks: Block[] = outstandingT
    ? [
        {
          kind: 'p',
          text: `Còn ${count(outstanding.length)} công trình, phần việc chưa hoàn thành, trong đó ${count(stats.works.overdue)} công trình đã quá thời hạn.`,
        },
        ...place(outstandingT),
      ]
    : [];

  const body: Block[] = [
    ...parseSectionText(t.moDau),
    { kind: 'h1', text: 'Công tác triển khai, tổ chức thực hiện' },
    ...parseSectionText(t.trienKhai),
    { kind: 'h1', text: 'Kết quả thực hiện' },
    ...khoan('Kết quả đăng ký, báo cáo và hoàn thành công trình, phần việc', figures),
    ...khoan('Kết quả theo khối, cụm thi đua', groupBlocks),
    ...khoan('Kết quả theo lĩnh vực', fieldBlocks),
    ...khoan('Cơ quan, đơn vị chưa báo cáo', notReportedBlocks),
    ...khoan('Công trình, phần việc đã hoàn thành', completedBlocks),
    ...khoan('Công trình, phần việc chưa hoàn thành', outstandingBlocks),
    ...khoan('Công trình, phần việc tiêu biểu', t.tieuBieu),
    ...khoan('Kết quả khác', t.ketQuaKhac),
    { kind: 'h1', text: 'Đánh giá chung' },
    ...khoan('Ưu điểm', t.uuDiem),
    ...khoan('Hạn chế, tồn tại và nguyên nhân', t.hanChe),
    ...khoan('Bài học kinh nghiệm', t.baiHoc),
    { kind: 'h1', text: 'Phương hướng, nhiệm vụ' },
    ...parseSectionText(t.phuongHuong),
    ...(t.deXuat.trim() ? [{ kind: 'h1' as const, text: 'Đề xuất, kiến nghị' }, ...parseSectionText(t.deXuat)] : []),
  ];

  return buildDocument(input.frame, {
    kindName: 'Báo cáo',
    summary: t.trichYeu,
    kinhGui: lines(t.kinhGui),
    body,
    appendices,
    refKindName: 'Báo cáo',
  });
}
