// `excel-form --db FILE --campaign ID [--unit CODE | --per-unit] --out FILE`: the registration and
// progress form of a campaign, for every unit in one workbook, for one unit, or one workbook per unit
// zipped (--per-unit, --out FILE.zip). The file is written whole (temporary file, rename).
import { resolve } from 'node:path';
import { writeFileAtomic } from '../../../files/write.ts';
import { CliError, type Command, openExisting, optionalId, parse, requireDb } from '../io.ts';

export const excelForm: Command = {
  summary: 'Xuất biểu mẫu Excel đăng ký và báo cáo tiến độ công trình của đợt thi đua',
  usage: 'excel-form --db FILE --campaign ID [--unit MÃ_ĐƠN_VỊ | --per-unit] --out FILE.xlsx|FILE.zip',
  async run(argv) {
    const { values } = parse(argv, {
      db: { type: 'string' },
      campaign: { type: 'string' },
      unit: { type: 'string' },
      'per-unit': { type: 'boolean' },
      out: { type: 'string' },
    });
    const dbPath = requireDb(values.db);
    const campaignId = optionalId(values.campaign, '--campaign');
    if (campaignId === undefined) throw new CliError('Thiếu --campaign ID (mã số đợt thi đua).');
    if (!values.out) throw new CliError('Thiếu --out FILE.xlsx (tệp biểu mẫu sẽ tạo).');
    if (values.unit !== undefined && values['per-unit']) throw new CliError('Chỉ chọn một trong --unit MÃ_ĐƠN_VỊ và --per-unit.');
    const ext = values['per-unit'] ? '.zip' : '.xlsx';
    if (!values.out.toLowerCase().endsWith(ext)) throw new CliError(`Tệp --out phải có đuôi ${ext}.`);
    const out = resolve(values.out);
    const app = openExisting(dbPath);
    try {
      let unitId: number | undefined;
      if (values.unit !== undefined) {
        const code = values.unit.trim();
        unitId = app.connection.raw.prepare<[string], number>('SELECT id FROM units WHERE code = ?').pluck().get(code);
        if (unitId === undefined) throw new CliError(`Không có đơn vị mã "${code}".`);
      }
      const file = await app.invoke('exchange.excelForm', { campaignId, unitId, perUnit: values['per-unit'] || undefined });
      const bytes = Buffer.from(file.contentBase64, 'base64');
      writeFileAtomic(out, bytes);
      process.stdout.write(`Đã ghi ${out} (${bytes.length} byte).\n`);
    } finally {
      app.close();
    }
  },
};
