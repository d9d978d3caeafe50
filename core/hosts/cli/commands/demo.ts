import { type Command, createFresh, oldDataFolderNote, parse, requireDb } from '../io.ts';

export const demo: Command = {
  summary: 'Tạo cơ sở dữ liệu mẫu TP Thủ Đức 2021 (254 đơn vị, 703 công trình)',
  usage: 'demo --db FILE [--force]',
  async run(argv) {
    const { values } = parse(argv, { db: { type: 'string' }, force: { type: 'boolean' } });
    const dbPath = requireDb(values.db);
    let campaignId = 0;
    const { oldDataFolder } = await createFresh(dbPath, values.force ?? false, async (app) => {
      ({ campaignId } = await app.invoke('demo.load', {}));
    });
    process.stdout.write(`Đã tạo dữ liệu mẫu (đợt thi đua số ${campaignId}): ${dbPath}\n${oldDataFolderNote(oldDataFolder)}`);
  },
};
