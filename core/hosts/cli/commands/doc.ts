// `doc <ke-hoach|bao-cao|cong-van-don-doc|giay-moi> --db FILE --out FILE.docx`: one document of a
// campaign, numbered in the register like the UI's, written whole to --out (temporary file, rename).
import { resolve } from 'node:path';
import { documentLabel } from '../../../api/labels.ts';
import { formatDateShort } from '../../../text/dates.ts';
import { writeFileAtomic } from '../../../files/write.ts';
import { CliError, type Command, openExisting, optionalDate, optionalId, parse, requireDb } from '../io.ts';

const KINDS = {
  'ke-hoach': 'ke_hoach',
  'bao-cao': 'bao_cao',
  'cong-van-don-doc': 'cong_van_don_doc',
  'giay-moi': 'giay_moi',
} as const;

export const doc: Command = {
  summary: 'Tạo văn bản (kế hoạch, báo cáo, công văn đôn đốc, giấy mời) theo Nghị định 30/2020',
  usage:
    'doc <ke-hoach|bao-cao|cong-van-don-doc|giay-moi> --db FILE [--campaign ID] [--as-of YYYY-MM-DD] --out FILE.docx ' +
    '[--date YYYY-MM-DD] [--number N | --blank-number] [--new] [--tong-ket | --so-ket] [--deadline YYYY-MM-DD] ' +
    '[--place TEXT] [--time HH:MM] [--meeting-date YYYY-MM-DD] [--chair TEXT]',
  async run(argv) {
    const { values, positionals } = parse(
      argv,
      {
        db: { type: 'string' },
        campaign: { type: 'string' },
        'as-of': { type: 'string' },
        out: { type: 'string' },
        date: { type: 'string' },
        number: { type: 'string' },
        'blank-number': { type: 'boolean' },
        new: { type: 'boolean' },
        'tong-ket': { type: 'boolean' },
        'so-ket': { type: 'boolean' },
        deadline: { type: 'string' },
        place: { type: 'string' },
        time: { type: 'string' },
        'meeting-date': { type: 'string' },
        chair: { type: 'string' },
      },
      true,
    );
    const name = positionals[0];
    if (!name || !(name in KINDS) || positionals.length > 1) {
      throw new CliError(`Chọn một loại văn bản: ${Object.keys(KINDS).join(', ')}.`);
    }
    const kind = KINDS[name as keyof typeof KINDS];
    const dbPath = requireDb(values.db);
    if (!values.out) throw new CliError('Thiếu --out FILE.docx (tệp văn bản sẽ tạo).');
    if (!values.out.toLowerCase().endsWith('.docx')) throw new CliError('Tệp --out phải có đuôi .docx.');
    if (values['tong-ket'] && values['so-ket']) throw new CliError('Chỉ chọn một trong --so-ket và --tong-ket.');
    const out = resolve(values.out);
    const meeting =
      values.place || values.time || values['meeting-date'] || values.chair
        ? {
            place: values.place,
            time: values.time,
            date: optionalDate(values['meeting-date']),
            chair: values.chair,
          }
        : undefined;

    const app = openExisting(dbPath);
    try {
      const r = await app.invoke('documents.generate', {
        kind,
        campaignId: optionalId(values.campaign, '--campaign'),
        asOf: optionalDate(values['as-of']),
        date: optionalDate(values.date),
        number: optionalId(values.number, '--number'),
        blankNumber: values['blank-number'] || undefined,
        newNumber: values.new || undefined,
        stage: values['tong-ket'] ? 'tong_ket' : values['so-ket'] ? 'so_ket' : undefined,
        deadline: optionalDate(values.deadline),
        meeting,
      });
      const bytes = Buffer.from(r.contentBase64, 'base64');
      writeFileAtomic(out, bytes);
      process.stdout.write(
        `Đã tạo ${documentLabel(r.kind, r.stage)} số ${r.number === null ? '(để trống cho văn thư)' : r.numberText} ngày ${formatDateShort(r.date)}: ${out}\n` +
          `  ${bytes.length.toLocaleString('vi-VN')} byte, sha256 ${r.fileHash}; bản lưu: ${r.path}\n`,
      );
    } finally {
      app.close();
    }
  },
};
