// `certificates test-page --db FILE [--template NAME] [--printer NAME [--tray NAME]] --out FILE.pdf`: the
// calibration sheet of a template through a printer's calibration, the same PDF the app makes, written
// whole to --out. Without --template the default template (the full design on plain paper unless the
// user chose another); without --printer no correction. The batch form (--decision) comes with the
// award register.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { writeFileAtomic } from '../../../files/write.ts';
import { CliError, type Command, openExisting, parse, requireDb } from '../io.ts';

type App = ReturnType<typeof openExisting>;

const same = (a: string, b: string) => a.trim().toLocaleLowerCase('vi').normalize('NFC') === b.trim().toLocaleLowerCase('vi').normalize('NFC');

async function templateId(app: App, name: string | undefined): Promise<number> {
  const rows = await app.invoke('certificates.listTemplates', {});
  const found = name === undefined ? rows.find((r) => r.isDefault) ?? rows[0] : rows.find((r) => same(r.template.name, name));
  if (!found) {
    const names = rows.map((r) => `"${r.template.name}"`).join(', ');
    throw new CliError(name === undefined ? 'Chưa có mẫu giấy khen nào.' : `Không có mẫu giấy khen tên "${name}". Có: ${names || '(chưa có mẫu nào)'}.`);
  }
  return found.id;
}

async function calibrationId(app: App, printer: string | undefined, tray: string | undefined): Promise<number | undefined> {
  if (printer === undefined) {
    if (tray !== undefined) throw new CliError('--tray đi kèm --printer (tên máy in).');
    return undefined;
  }
  const rows = (await app.invoke('certificates.listCalibrations', {})).filter((c) => same(c.printer, printer));
  const known = async () => [...new Set((await app.invoke('certificates.listCalibrations', {})).map((c) => `"${c.printer}"`))].join(', ') || '(chưa có máy in nào)';
  if (rows.length === 0) throw new CliError(`Chưa có hiệu chỉnh cho máy in "${printer}". Có: ${await known()}.`);
  if (tray !== undefined) {
    const found = rows.find((c) => same(c.tray, tray));
    if (!found) throw new CliError(`Máy in "${printer}" không có hiệu chỉnh cho khay "${tray}". Có: ${rows.map((c) => `"${c.tray || 'mặc định'}"`).join(', ')}.`);
    return found.id;
  }
  if (rows.length > 1) throw new CliError(`Máy in "${printer}" có hiệu chỉnh cho nhiều khay: ${rows.map((c) => `"${c.tray || 'mặc định'}"`).join(', ')}. Chọn một bằng --tray.`);
  return rows[0].id;
}

const testPage: Command = {
  summary: 'Trang in thử để hiệu chỉnh máy in theo phôi',
  usage: 'certificates test-page --db FILE [--template TÊN_MẪU] [--printer TÊN_MÁY_IN [--tray KHAY]] --out FILE.pdf',
  async run(argv) {
    const { values } = parse(argv, { db: { type: 'string' }, template: { type: 'string' }, printer: { type: 'string' }, tray: { type: 'string' }, out: { type: 'string' } });
    const dbPath = requireDb(values.db);
    if (!values.out) throw new CliError('Thiếu --out FILE.pdf (tệp trang in thử sẽ tạo).');
    if (!values.out.toLowerCase().endsWith('.pdf')) throw new CliError('Tệp --out phải có đuôi .pdf.');
    const out = resolve(values.out);
    const app = openExisting(dbPath);
    try {
      const file = await app.invoke('certificates.testPage', {
        templateId: await templateId(app, values.template),
        calibrationId: await calibrationId(app, values.printer, values.tray),
      });
      writeFileAtomic(out, readFileSync(file.path));
      process.stdout.write(`Đã tạo trang in thử: ${out}\n  In đúng 100 % (không co giãn), đặt lên phôi và soi dưới đèn.\n`);
    } finally {
      app.close();
    }
  },
};

const SUBCOMMANDS: Record<string, Command> = { 'test-page': testPage };

export const certificates: Command = {
  summary: 'Giấy khen: trang in thử để hiệu chỉnh máy in',
  usage: testPage.usage,
  async run(argv) {
    const [sub, ...rest] = argv;
    const command = sub === undefined ? undefined : SUBCOMMANDS[sub];
    if (!command) throw new CliError(`Chọn một việc: ${Object.keys(SUBCOMMANDS).join(', ')} (ví dụ: certificates test-page --db FILE --out in-thu.pdf).`);
    await command.run(rest);
  },
};
