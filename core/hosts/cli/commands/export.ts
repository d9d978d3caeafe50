// `export <list> --db FILE [filters] --out FILE.xlsx`: a list of the app to Excel, the same file as the
// "Xuất Excel" button of its page (excel.export), written whole to --out (temporary file, rename).
import { resolve } from 'node:path';
import type { Args, ExcelList } from '../../../api/contract.ts';
import { writeFileAtomic } from '../../../files/write.ts';
import { CliError, type Command, openExisting, optionalDate, optionalId, parse, requireDb } from '../io.ts';

const LISTS: Record<ExcelList, string> = {
  units: 'đơn vị',
  groups: 'khối, cụm và thành viên',
  campaigns: 'đợt thi đua',
  works: 'công trình, phần việc',
  flagged: 'công trình cần xem lại',
  unreported: 'đơn vị chưa báo cáo',
  overdue: 'công trình quá hạn',
  dashboard: 'các bảng của trang Tổng quan',
  documents: 'sổ văn bản',
  awards: 'sổ khen thưởng',
};

const OPTIONS = {
  db: { type: 'string' },
  out: { type: 'string' },
  campaign: { type: 'string' },
  unit: { type: 'string' },
  status: { type: 'string' },
  flag: { type: 'string' },
  query: { type: 'string' },
  'include-inactive': { type: 'boolean' },
  kind: { type: 'string' },
  'as-of': { type: 'string' },
  truncate: { type: 'boolean' },
  decision: { type: 'string' },
  year: { type: 'string' },
  form: { type: 'string' },
} as const;

type Option = Exclude<keyof typeof OPTIONS, 'db' | 'out'>;

const WORK_FILTERS: Option[] = ['campaign', 'unit', 'status', 'flag', 'query'];
const FIGURES: Option[] = ['campaign', 'as-of', 'truncate'];

/** The filters each list takes, as its page offers them. */
const FILTERS: Record<ExcelList, Option[]> = {
  units: ['query', 'include-inactive'],
  groups: ['kind'],
  campaigns: [],
  works: WORK_FILTERS,
  flagged: WORK_FILTERS,
  unreported: FIGURES,
  overdue: FIGURES,
  dashboard: FIGURES,
  documents: ['campaign', 'query'],
  awards: ['decision', 'year', 'form', 'query'],
};

function isList(name: string | undefined): name is ExcelList {
  return name !== undefined && Object.hasOwn(LISTS, name);
}

export const exportList: Command = {
  summary: 'Xuất một danh sách ra Excel (như nút "Xuất Excel" của trang)',
  usage:
    `export <${Object.keys(LISTS).join('|')}> --db FILE --out FILE.xlsx [--campaign ID] [--unit MÃ] [--status MÃ] ` +
    '[--flag MÃ] [--query TEXT] [--include-inactive] [--kind khoi|cum] [--as-of YYYY-MM-DD] [--truncate] [--decision ID] [--year YYYY] [--form MÃ]',
  async run(argv) {
    const { values, positionals } = parse(argv, OPTIONS, true);
    const list = positionals[0];
    if (!isList(list) || positionals.length > 1) {
      throw new CliError(`Chọn một danh sách: ${Object.entries(LISTS).map(([k, v]) => `${k} (${v})`).join(', ')}.`);
    }
    const dbPath = requireDb(values.db);
    if (!values.out) throw new CliError('Thiếu --out FILE.xlsx (tệp Excel sẽ tạo).');
    if (!values.out.toLowerCase().endsWith('.xlsx')) throw new CliError('Tệp --out phải có đuôi .xlsx.');
    const given = (Object.keys(values) as (keyof typeof OPTIONS)[]).filter((k) => k !== 'db' && k !== 'out') as Option[];
    const unused = given.filter((k) => !FILTERS[list].includes(k));
    if (unused.length) {
      const takes = FILTERS[list].length ? `chỉ nhận ${FILTERS[list].map((k) => `--${k}`).join(', ')}` : 'không nhận tham số lọc nào';
      throw new CliError(`Danh sách ${list} ${takes} (có ${unused.map((k) => `--${k}`).join(', ')}).`);
    }
    if (values.year !== undefined && !/^\d{4}$/u.test(values.year)) throw new CliError(`--year phải là năm có 4 chữ số (đang là "${values.year}").`);
    const out = resolve(values.out);

    const app = openExisting(dbPath);
    try {
      let campaignId = optionalId(values.campaign, '--campaign');
      // The works of a list belong to a campaign: the latest one, as the app opens on it, unless named.
      if ((list === 'works' || list === 'flagged') && campaignId === undefined) campaignId = (await app.invoke('stats.campaign', {})).campaign.id;
      let unitId: number | undefined;
      if (values.unit !== undefined) {
        const code = values.unit.trim().toLocaleUpperCase('vi');
        const unit = (await app.invoke('org.listUnits', { includeInactive: true })).find((u) => u.code.toLocaleUpperCase('vi') === code);
        if (!unit) throw new CliError(`Không có đơn vị mã "${values.unit}".`);
        unitId = unit.id;
      }
      // Only the filters given are passed: each list's schema refuses what it does not know.
      const args = Object.fromEntries(
        Object.entries({
          list,
          campaignId,
          unitId,
          status: values.status,
          flag: values.flag,
          query: values.query,
          includeInactive: values['include-inactive'],
          kind: values.kind,
          asOf: optionalDate(values['as-of']),
          truncate: values.truncate,
          decisionId: optionalId(values.decision, '--decision'),
          year: values.year === undefined ? undefined : Number(values.year),
          formCode: values.form,
        }).filter(([, v]) => v !== undefined),
      ) as Args<'excel.export'>;
      const file = await app.invoke('excel.export', args);
      const bytes = Buffer.from(file.contentBase64, 'base64');
      writeFileAtomic(out, bytes);
      process.stdout.write(`Đã xuất ${file.rows.toLocaleString('vi-VN')} dòng (${LISTS[list]}) ra ${out}\n`);
    } finally {
      app.close();
    }
  },
};
