import { type Command, createFresh, oldDataFolderNote, parse, requireDb } from '../io.ts';

export const init: Command = {
  summary: 'Tạo cơ sở dữ liệu trống (đã cập nhật lược đồ)',
  usage: 'init --db FILE [--force]',
  async run(argv) {
    const { values } = parse(argv, { db: { type: 'string' }, force: { type: 'boolean' } });
    const dbPath = requireDb(values.db);
    const { oldDataFolder } = await createFresh(dbPath, values.force ?? false);
    process.stdout.write(`Đã tạo cơ sở dữ liệu: ${dbPath}\n${oldDataFolderNote(oldDataFolder)}`);
  },
};
