// `certificates test-page --db FILE [--template NAME] [--printer NAME [--tray NAME]] --out FILE.pdf`: the
// calibration sheet of a template through a printer's calibration, the same PDF the app makes, written
// whole to --out. Without --template the default template (the full design on plain paper unless the
// user chose another); without --printer no correction.
// `certificates --db FILE --decision ID [--template NAME] [--printer NAME] [--pdf] --out FILE`: the
// Giấy khen of an issued decision, made by the same job as in the app with its progress on stderr.
import { readFileSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import { writeFileAtomic } from '../../../files/write.ts';
import { waitForJob } from '../progress.ts';
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

/** "gk.pdf" for one file; "gk-phan-1.pdf", "gk-phan-2.pdf"… when the batch was split. */
function outPaths(out: string, count: number): string[] {
  if (count === 1) return [out];
  const ext = extname(out);
  return Array.from({ length: count }, (_, i) => `${out.slice(0, out.length - ext.length)}-phan-${i + 1}${ext}`);
}

const batch: Command = {
  summary: 'In giấy khen của một quyết định đã ban hành',
  usage: 'certificates --db FILE --decision ID [--template TÊN_MẪU] [--printer TÊN_MÁY_IN [--tray KHAY]] [--pdf] --out FILE.docx|FILE.pdf',
  async run(argv) {
    const { values } = parse(argv, {
      db: { type: 'string' },
      decision: { type: 'string' },
      template: { type: 'string' },
      printer: { type: 'string' },
      tray: { type: 'string' },
      pdf: { type: 'boolean' },
      out: { type: 'string' },
    });
    const dbPath = requireDb(values.db);
    const decisionId = Number(values.decision);
    if (!values.decision || !Number.isInteger(decisionId) || decisionId < 1) throw new CliError('Thiếu --decision ID (mã số quyết định đã ban hành; xem: list decisions).');
    const format = values.pdf ? 'pdf' : 'docx';
    if (!values.out) throw new CliError(`Thiếu --out FILE.${format} (tệp giấy khen sẽ tạo).`);
    if (!values.out.toLowerCase().endsWith(`.${format}`)) throw new CliError(`Tệp --out phải có đuôi .${format}${values.pdf ? '' : ' (thêm --pdf để in ra PDF)'}.`);
    const out = resolve(values.out);
    const app = openExisting(dbPath);
    try {
      const { jobId } = await app.invoke('certificates.print', {
        decisionId,
        templateId: await templateId(app, values.template),
        calibrationId: await calibrationId(app, values.printer, values.tray),
        format,
      });
      const job = await waitForJob(app, jobId);
      const targets = outPaths(out, job.files.length);
      for (const [i, f] of job.files.entries()) writeFileAtomic(targets[i], readFileSync(f.path));
      process.stdout.write(`Đã tạo ${job.done} giấy khen: ${targets.join(', ')}\n`);
    } finally {
      app.close();
    }
  },
};

const SUBCOMMANDS: Record<string, Command> = { 'test-page': testPage };

export const certificates: Command = {
  summary: 'Giấy khen: in theo quyết định, trang in thử để hiệu chỉnh máy in',
  usage: `${batch.usage}\n       ${testPage.usage}`,
  async run(argv) {
    const [sub, ...rest] = argv;
    if (sub?.startsWith('--')) return batch.run(argv);
    const command = sub === undefined ? undefined : SUBCOMMANDS[sub];
    if (!command) {
      throw new CliError(
        `Chọn một việc: in theo quyết định (certificates --db FILE --decision ID --out FILE.docx) hoặc ${Object.keys(SUBCOMMANDS).join(', ')} (ví dụ: certificates test-page --db FILE --out in-thu.pdf).`,
      );
    }
    await command.run(rest);
  },
};
