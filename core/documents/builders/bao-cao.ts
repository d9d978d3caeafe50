// Báo cáo sơ kết / tổng kết (Mẫu 1.4; "Số: …/BC-…") at an "as of" date, on the skeleton of DOMAIN.md
// §3.2. The figures are written by the app from the statistics (the seed's sentence, the split by
// level, the tables); the narrative sections around them are editable and carry the app's figures as
// «placeholders», so they follow the "as of" date even once rewritten. Which lists the report carries
// is the user's choice; long tables go to landscape appendices.
import { DEFAULT_REPORT_APPENDICES } from '../../api/contract.ts';
import { UserError } from '../../api/envelope.ts';
import { groupKindLabel, type WorkFlag } from '../../api/labels.ts';
import type { CampaignStats, GroupStats, ReportAppendices } from '../../api/types.ts';
import { formatDateShort } from '../../text/dates.ts';
import { fold } from '../../text/fold.ts';
import { formatNumber, formatPercent, type PercentMode } from '../../text/numbers.ts';
import type { AppendixSpec } from '../appendix.ts';
import { buildDocument } from '../frame.ts';
import type { CampaignInfo, DocumentFrame, SectionTexts, WorkLine } from '../model.ts';
import { type Block, parseSectionText, roman } from '../outline.ts';
import { type Figures, type SectionDef, figure, fillFigures, khoan, lines, resolveTexts } from '../sections.ts';
import type { Column, DataTable, Row } from '../table.ts';
import {
  LEVEL_WORDS,
  STAT_FIGURES,
  count,
  figuresSentence,
  groupCountWords,
  levelSentence,
  lowerFirst,
  planCitation,
  scopeFromIssuer,
  statsFigures,
} from '../wording.ts';

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
  /** Which lists the report carries; what is left out takes DEFAULT_REPORT_APPENDICES. */
  appendices?: Partial<ReportAppendices>;
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

/** Past its due date at the "as of" date and not finished: the rule of the stats' overdue count. */
export function isOverdue(w: WorkLine, asOf: string): boolean {
  return isOutstanding(w) && w.dueDate !== null && w.dueDate < asOf;
}

/** One row per unit that still owes works: what it registered, finished, still owes, and how many are late. */
function outstandingByUnitTable(works: readonly WorkLine[], asOf: string): DataTable {
  const units = new Map<string, { group: string; name: string; works: number; done: number; open: number; late: number }>();
  for (const w of works) {
    const key = w.unitId === undefined ? `${w.group ?? ''}\u0000${w.unitName}` : String(w.unitId);
    const u = units.get(key) ?? { group: w.group ?? '', name: w.unitName, works: 0, done: 0, open: 0, late: 0 };
    u.works++;
    if (w.status === 'hoan_thanh') u.done++;
    if (isOutstanding(w)) u.open++;
    if (isOverdue(w, asOf)) u.late++;
    units.set(key, u);
  }
  const owing = [...units.values()].filter((u) => u.open > 0);
  const sum = (k: 'works' | 'done' | 'open' | 'late') => formatNumber(owing.reduce((s, u) => s + u[k], 0));
  return {
    columns: [
      { title: 'STT', weight: 5, align: 'center' },
      { title: 'Khối, cụm thi đua', weight: 30 },
      { title: 'Cơ quan, đơn vị', weight: 29 },
      { title: 'Đăng ký', weight: 9, align: 'right', group: 'Công trình, phần việc' },
      { title: 'Hoàn thành', weight: 9, align: 'right', group: 'Công trình, phần việc' },
      { title: 'Chưa hoàn thành', weight: 9, align: 'right', group: 'Công trình, phần việc' },
      { title: 'Quá hạn', weight: 9, align: 'right', group: 'Công trình, phần việc' },
    ],
    rows: owing.map((u, i) => [String(i + 1), u.group, u.name, formatNumber(u.works), formatNumber(u.done), formatNumber(u.open), formatNumber(u.late)]),
    total: ['', '', 'Tổng cộng', sum('works'), sum('done'), sum('open'), sum('late')],
    empty: 'Không có công trình chưa hoàn thành',
  };
}

/**
 * The works the user marked "tiêu biểu", city level first, each once: a work registered twice by its
 * unit under the same title is one work to the reader.
 */
export function featuredWorks(works: readonly WorkLine[]): WorkLine[] {
  const seen = new Set<string>();
  const out: WorkLine[] = [];
  for (const w of works) {
    if (!w.featured) continue;
    const key = `${w.unitId ?? w.unitName}\u0000${fold(w.title)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(w);
  }
  return out.sort((a, b) => LEVEL_ORDER.indexOf(a.level) - LEVEL_ORDER.indexOf(b.level));
}

const LEVEL_SHORT = { thanh_pho: 'Thành phố', co_so: 'Cơ sở' } as const;

/** DOMAIN.md §3.2: STT · Tên công trình · Đơn vị · Cấp · Ngày hoàn thành · Kết quả / giá trị. */
function featuredTable(works: readonly WorkLine[]): DataTable {
  return {
    columns: [
      { title: 'STT', weight: 7, align: 'center' },
      { title: 'Tên công trình, phần việc', weight: 31 },
      { title: 'Cơ quan, đơn vị', weight: 21 },
      { title: 'Cấp', weight: 10, align: 'center' },
      { title: 'Ngày hoàn thành', weight: 13, align: 'center' },
      { title: 'Kết quả, giá trị', weight: 18 },
    ],
    rows: works.map((w, i) => [
      String(i + 1),
      w.title,
      w.unitName,
      LEVEL_SHORT[w.level],
      w.completedOn ? formatDateShort(w.completedOn) : 'Đang thực hiện',
      w.target ?? '',
    ]),
  };
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

/** Names of the figures only the báo cáo has, beside STAT_FIGURES. */
export const REPORT_FIGURES = {
  featured: 'số công trình tiêu biểu',
  featuredUnits: 'đơn vị có công trình tiêu biểu',
  featuredUnitCount: 'số đơn vị có công trình tiêu biểu',
} as const;

/** Each review flag of core/works/rules.ts: the name of its count, and the hạn chế sentence it gives. */
const FLAG_FIGURES: Record<WorkFlag, { name: string; sentence: (n: string) => string }> = {
  no_target: {
    name: 'số công trình thiếu chỉ tiêu',
    sentence: (n) => `Có ${n} công trình, phần việc đăng ký không có chỉ tiêu đo được, khó đánh giá kết quả.`,
  },
  no_due_date: { name: 'số công trình thiếu thời hạn', sentence: (n) => `Có ${n} công trình, phần việc chưa xác định thời hạn hoàn thành.` },
  outside_period: {
    name: 'số công trình có thời hạn ngoài đợt',
    sentence: (n) => `Có ${n} công trình, phần việc có thời hạn hoàn thành nằm ngoài thời gian của đợt thi đua.`,
  },
  field_not_in_plan: {
    name: 'số công trình ngoài lĩnh vực kế hoạch',
    sentence: (n) => `Có ${n} công trình, phần việc đăng ký không thuộc các lĩnh vực của Kế hoạch.`,
  },
  duplicate: {
    name: 'số công trình trùng lặp',
    sentence: (n) => `Có ${n} công trình, phần việc trùng tên với công trình khác của cùng đơn vị.`,
  },
};

/** Flags that show registrations "chưa sát với yêu cầu của Kế hoạch" (the seed's hạn chế). */
const FORMAL_FLAGS: readonly WorkFlag[] = ['no_target', 'outside_period', 'field_not_in_plan'];

function flagCounts(works: readonly WorkLine[]): Record<WorkFlag, number> {
  const n = Object.fromEntries(Object.keys(FLAG_FIGURES).map((f) => [f, 0])) as Record<WorkFlag, number>;
  for (const w of works) for (const f of w.flags ?? []) n[f]++;
  return n;
}

/** Units of the featured works, once each, in the table's order. */
function featuredUnits(works: readonly WorkLine[]): string[] {
  return [...new Set(featuredWorks(works).map((w) => w.unitName))];
}

/** Every figure the báo cáo's sections may carry, at the input's "as of" date. */
export function baoCaoFigures(input: Pick<BaoCaoInput, 'stats' | 'works'>): Figures {
  const flags = flagCounts(input.works);
  const units = featuredUnits(input.works);
  return {
    ...statsFigures(input.stats),
    ...Object.fromEntries(Object.entries(FLAG_FIGURES).map(([f, d]) => [d.name, count(flags[f as WorkFlag])])),
    [REPORT_FIGURES.featured]: count(featuredWorks(input.works).length),
    [REPORT_FIGURES.featuredUnits]: units.join(', '),
    [REPORT_FIGURES.featuredUnitCount]: count(units.length),
  };
}

/** A báo cáo reports on registered works: with none there is nothing to report, only zeros. */
function requireWorks(stats: CampaignStats, campaignName: string): void {
  if (stats.works.registered > 0) return;
  throw new UserError(
    `Đợt thi đua "${campaignName}" chưa có công trình, phần việc nào được đăng ký tính đến ngày ${formatDateShort(stats.asOf)}: chưa lập được báo cáo. ` +
      'Đăng ký công trình ở trang Công trình, hoặc chọn "Tính đến ngày" muộn hơn.',
    { fields: { asOf: 'Chưa có công trình đăng ký tính đến ngày này' } },
  );
}

/** The hạn chế the data shows: units not reported, works overdue, and each review flag found. */
function hanCheText(stats: CampaignStats, flags: Record<WorkFlag, number>): string {
  const F = STAT_FIGURES;
  const out: string[] = [];
  if (stats.units.registered > stats.units.reported) {
    out.push(`Còn ${figure(F.notReported)}/${figure(F.units)} cơ quan, đơn vị chưa báo cáo kết quả thực hiện.`);
  }
  if (stats.works.overdue > 0) {
    out.push(`Có ${figure(F.overdue)} công trình, phần việc đã quá thời hạn đăng ký nhưng chưa hoàn thành.`);
  }
  for (const [f, d] of Object.entries(FLAG_FIGURES)) if (flags[f as WorkFlag] > 0) out.push(d.sentence(figure(d.name)));
  if (FORMAL_FLAGS.some((f) => flags[f] > 0)) {
    out.push('Qua đó cho thấy một số đơn vị đăng ký nội dung thi đua chưa sát với yêu cầu của Kế hoạch, còn mang tính hình thức.');
  }
  if (!out.length) {
    out.push('Qua rà soát, các cơ quan, đơn vị đã báo cáo đầy đủ; các công trình, phần việc đăng ký có chỉ tiêu, thời hạn cụ thể, đúng lĩnh vực của Kế hoạch.');
  }
  return out.join('\n');
}

const BAI_HOC = [
  '- Sự quan tâm, chỉ đạo sát sao của cấp ủy, chính quyền và sự phối hợp của các cơ quan, đơn vị là yếu tố quyết định kết quả phong trào;',
  '- Nội dung đăng ký thi đua phải cụ thể, có chỉ tiêu đo được, thời hạn rõ ràng và gắn với nhiệm vụ chính trị trọng tâm của cơ quan, đơn vị;',
  '- Thường xuyên kiểm tra, đôn đốc; thực hiện chế độ thông tin, báo cáo đầy đủ, đúng thời hạn; kịp thời biểu dương, khen thưởng và nhân rộng các điển hình tiên tiến.',
].join('\n');

/** V. Đề xuất, kiến nghị: the khen thưởng of the units whose works were marked tiêu biểu, then the general asks. */
function deXuatText(c: CampaignInfo, stage: ReportStage, issuer: string, hasFeatured: boolean): string {
  const R = REPORT_FIGURES;
  const stageWord = STAGE_WORD[stage].toLocaleLowerCase('vi');
  return [
    hasFeatured
      ? `Đề nghị Hội đồng Thi đua - Khen thưởng xem xét, đề nghị khen thưởng ${figure(R.featuredUnitCount)} tập thể có công trình, phần việc tiêu biểu: ${figure(R.featuredUnits)}.`
      : '',
    `Đề nghị Hội đồng Thi đua - Khen thưởng xem xét, khen thưởng các tập thể, cá nhân có thành tích xuất sắc qua ${stageWord} ${lowerFirst(c.name)} (danh sách đề nghị kèm theo Tờ trình).`,
    `Đề nghị các cơ quan, đơn vị tiếp tục quan tâm chỉ đạo, bố trí nguồn lực để hoàn thành các công trình, phần việc đã đăng ký; ${issuer} sẽ tiếp tục theo dõi, tổng hợp kết quả.`,
  ]
    .filter(Boolean)
    .join('\n');
}

export function baoCaoSections(input: Omit<BaoCaoInput, 'texts'>): SectionDef[] {
  const { stats, campaign: c, stage } = input;
  requireWorks(stats, c.name);
  const issuer = input.frame.issuer.name.trim();
  const plan = planCitation(c, c.name, issuer);
  const stageWord = STAGE_WORD[stage].toLocaleLowerCase('vi');
  const outstanding = input.works.filter(isOutstanding).length;
  const groupWords = groupCountWords(stats.groups);
  const hasFeatured = featuredWorks(input.works).length > 0;

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
      label: 'II. Công trình, phần việc tiêu biểu (đoạn sau bảng; bảng gồm các công trình được bật "Tiêu biểu" ở trang Công trình)',
      text: hasFeatured ? `Có ${figure(REPORT_FIGURES.featured)} công trình, phần việc tiêu biểu được lựa chọn, nêu gương để các cơ quan, đơn vị học tập, nhân rộng.` : '',
    },
    {
      key: 'uuDiem',
      label: 'III.1. Ưu điểm',
      text: 'Phong trào thi đua được triển khai sâu rộng; các tập thể, cá nhân đã đồng tâm, hiệp lực, ra sức thi đua, sáng tạo để đạt những thành tích tiêu biểu.',
    },
    { key: 'hanChe', label: 'III.2. Hạn chế, tồn tại và nguyên nhân', text: hanCheText(stats, flagCounts(input.works)) },
    { key: 'baiHoc', label: 'III.3. Bài học kinh nghiệm', text: BAI_HOC },
    {
      key: 'phuongHuong',
      label: 'IV. Phương hướng, nhiệm vụ',
      text:
        (outstanding > 0
          ? `Các cơ quan, đơn vị tiếp tục tập trung thực hiện ${figure(STAT_FIGURES.outstanding)} công trình, phần việc chưa hoàn thành, bảo đảm đúng tiến độ và chất lượng đã đăng ký.\n`
          : '') +
        'Rà soát lại các công trình, phần việc đã đăng ký để bảo đảm theo yêu cầu của Kế hoạch; báo cáo kết quả đúng thời hạn.',
    },
    { key: 'deXuat', label: 'V. Đề xuất, kiến nghị (khen thưởng)', text: deXuatText(c, stage, issuer, hasFeatured) },
  ];
}

/** The sections as this build prints them: the user's edits over the app's text, with the figures filled in. */
export function baoCaoTexts(input: BaoCaoInput): Record<string, string> {
  const defs = baoCaoSections(input);
  return fillFigures(defs, resolveTexts(defs, input.texts), baoCaoFigures(input));
}

export async function buildBaoCao(input: BaoCaoInput): Promise<Buffer> {
  const { stats } = input;
  const t = baoCaoTexts(input);
  const choice: ReportAppendices = { ...DEFAULT_REPORT_APPENDICES, ...input.appendices };
  const scope = input.scope ?? scopeFromIssuer(input.frame.issuer.name);
  const completed = input.works.filter((w) => w.status === 'hoan_thanh');
  const outstanding = input.works.filter(isOutstanding);
  const overdue = outstanding.filter((w) => isOverdue(w, stats.asOf));
  const featured = featuredWorks(input.works);

  const groupT = choice.groups && stats.byGroup.length ? groupTable(stats) : null;
  const notReportedT = choice.notReported && stats.notReported.length ? notReportedTable(stats) : null;
  const completedT = choice.completed && completed.length ? completedTable(completed) : null;
  const featuredT = featured.length ? featuredTable(featured) : null;
  const outstandingList: Record<ReportAppendices['outstanding'], [DataTable | null, string]> = {
    none: [null, ''],
    all: [outstanding.length ? outstandingTable(outstanding, stats.asOf) : null, 'Danh sách công trình, phần việc chưa hoàn thành'],
    overdue: [overdue.length ? outstandingTable(overdue, stats.asOf) : null, 'Danh sách công trình, phần việc quá thời hạn chưa hoàn thành'],
    by_unit: [
      outstanding.length ? outstandingByUnitTable(input.works, stats.asOf) : null,
      'Số công trình, phần việc chưa hoàn thành theo cơ quan, đơn vị',
    ],
  };
  const [outstandingT, outstandingTitle] = outstandingList[choice.outstanding];

  // Decide first which tables leave the body, so that the references can name "Phụ lục I, II…".
  const candidates: [DataTable | null, string][] = [
    [groupT, 'Tổng hợp kết quả theo khối, cụm thi đua'],
    [notReportedT, 'Danh sách cơ quan, đơn vị chưa báo cáo kết quả'],
    [completedT, 'Danh sách công trình, phần việc đã hoàn thành'],
    [outstandingT, outstandingTitle],
    [featuredT, 'Danh sách công trình, phần việc tiêu biểu'],
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
  const outstandingBlocks: Block[] = outstanding.length
    ? [
        {
          kind: 'p',
          text: `Còn ${count(outstanding.length)} công trình, phần việc chưa hoàn thành, trong đó ${count(stats.works.overdue)} công trình đã quá thời hạn.`,
        },
        ...place(outstandingT),
      ]
    : [];
  const featuredBlocks: Block[] = [...place(featuredT), ...parseSectionText(t.tieuBieu)];

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
    ...khoan('Công trình, phần việc tiêu biểu', featuredBlocks),
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
