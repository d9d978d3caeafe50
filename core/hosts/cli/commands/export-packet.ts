// `export-packet --db FILE --campaign ID [--unit CODE] [--kind proposal] --out PATH`: the same packet as
// the Trao đổi dữ liệu page, written whole to PATH (temporary file, rename). On the secretariat's PC a
// campaign packet (for one unit with --unit); on a unit's PC that unit's report packet, or with
// --kind proposal its proposals with their papers.
import { resolve } from 'node:path';
import { writeFileAtomic } from '../../../files/write.ts';
import { formatNumber } from '../../../text/numbers.ts';
import { CliError, type Command, openExisting, optionalId, parse, requireDb } from '../io.ts';

export const exportPacket: Command = {
  summary: 'Xuất gói dữ liệu .tdkt của đợt thi đua (cho một đơn vị với --unit)',
  usage: 'export-packet --db FILE --campaign ID [--unit CODE] [--kind report|proposal] --out FILE.tdkt',
  async run(argv) {
    const { values } = parse(argv, { db: { type: 'string' }, campaign: { type: 'string' }, unit: { type: 'string' }, kind: { type: 'string' }, out: { type: 'string' } });
    const dbPath = requireDb(values.db);
    const campaignId = optionalId(values.campaign, '--campaign');
    if (campaignId === undefined) throw new CliError('Thiếu --campaign ID (mã đợt thi đua, xem: npm run cli -- list campaigns).');
    const kind = values.kind;
    if (kind !== undefined && kind !== 'campaign' && kind !== 'report' && kind !== 'proposal') {
      throw new CliError('--kind nhận "campaign" (gói đợt thi đua), "report" (báo cáo) hoặc "proposal" (đề nghị khen thưởng).');
    }
    if (!values.out) throw new CliError('Thiếu --out FILE.tdkt (tệp gói dữ liệu sẽ tạo).');
    if (!values.out.toLowerCase().endsWith('.tdkt')) throw new CliError('Tệp --out phải có đuôi .tdkt.');
    const out = resolve(values.out);
    const app = openExisting(dbPath);
    try {
      const packet = await app.invoke('exchange.exportPacket', {
        campaignId,
        ...(values.unit !== undefined ? { unitCode: values.unit } : {}),
        ...(kind !== undefined ? { kind } : {}),
      });
      const bytes = Buffer.from(packet.contentBase64, 'base64');
      writeFileAtomic(out, bytes);
      process.stdout.write(`Đã xuất gói dữ liệu (${formatNumber(bytes.length)} byte): ${out}\n`);
    } finally {
      app.close();
    }
  },
};
