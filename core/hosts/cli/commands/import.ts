// import / undo-import: the import pipeline from the command line, through the same API as the page.
// PATH is a .tdkt packet (campaign, report or proposal), an .xlsx form, or an ImportInput as .json.
import { resolve } from 'node:path';
import type { ImportCounts, ImportPreview } from '../../../api/types.ts';
import { CliError, type Command, openExisting, parse, printJson, requireDb } from '../io.ts';

const KIND_LABEL: Record<keyof ImportCounts, string> = {
  campaign: 'Đợt thi đua', groups: 'Khối/cụm', units: 'Đơn vị', registrations: 'Đăng ký tham gia', works: 'Công trình', reports: 'Báo cáo',
  people: 'Cá nhân', proposals: 'Đề nghị khen thưởng', nominees: 'Người, tập thể được đề nghị', attachments: 'Tệp đính kèm',
};

function countsText(counts: ImportCounts): string {
  return Object.entries(counts)
    .filter(([, c]) => Object.values(c).some((n) => n > 0))
    .map(([k, c]) => `  ${KIND_LABEL[k as keyof ImportCounts]}: mới ${c.new}, thay đổi ${c.changed}, không đổi ${c.unchanged}, có thể trùng ${c.duplicate}, mâu thuẫn ${c.conflict}, lỗi ${c.error}\n`)
    .join('');
}

function previewText(p: ImportPreview): string {
  const errors = p.rows.filter((r) => r.action === 'error').map((r) => `  ${r.place}: ${r.message}\n`);
  return `${p.file}\n${countsText(p.counts)}${errors.length ? `Lỗi:\n${errors.join('')}` : ''}${p.alreadyImported ? `${p.alreadyImported.message}\n` : ''}`;
}

export const importCommand: Command = {
  summary: 'Nhập dữ liệu (xem trước với --dry-run); --conflicts ours|theirs giải quyết mọi mâu thuẫn',
  usage: 'import --db FILE PATH(.tdkt|.xlsx|.json) [--dry-run] [--conflicts ours|theirs] [--json]',
  async run(argv) {
    const { values, positionals } = parse(
      argv,
      { db: { type: 'string' }, 'dry-run': { type: 'boolean' }, conflicts: { type: 'string' }, json: { type: 'boolean' } },
      true,
    );
    const dbPath = requireDb(values.db);
    if (positionals.length !== 1) throw new CliError('Cần đúng một tệp để nhập: import --db FILE PATH.json');
    const take = values.conflicts;
    if (take !== undefined && take !== 'ours' && take !== 'theirs') throw new CliError('--conflicts nhận "ours" (giữ của mình) hoặc "theirs" (lấy của họ).');
    const answer: 'ours' | 'theirs' | undefined = take;
    const app = openExisting(dbPath);
    try {
      const preview = await app.invoke('exchange.preview', { path: resolve(positionals[0]) });
      if (values['dry-run']) {
        if (values.json) return printJson(preview);
        process.stdout.write(previewText(preview));
        return;
      }
      const resolutions = answer
        ? preview.rows.flatMap((r) => r.diff.filter((d) => d.changedBy === 'both').map((d) => ({ row: r.key, field: d.field, take: answer })))
        : [];
      const applied = await app.invoke('exchange.apply', { stagingId: preview.stagingId, resolutions });
      if (values.json) return printJson(applied);
      process.stdout.write(`${applied.message}\n${countsText(applied.counts)}`);
    } finally {
      app.close();
    }
  },
};

export const undoImport: Command = {
  summary: 'Hoàn tác lần nhập dữ liệu cuối',
  usage: 'undo-import --db FILE [--json]',
  async run(argv) {
    const { values } = parse(argv, { db: { type: 'string' }, json: { type: 'boolean' } });
    const app = openExisting(requireDb(values.db));
    try {
      const undone = await app.invoke('exchange.undoLast', {});
      if (values.json) return printJson(undone);
      process.stdout.write(`${undone.message}\n`);
    } finally {
      app.close();
    }
  },
};
