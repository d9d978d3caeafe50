// `doc <kind> --db FILE --out FILE.docx` (the kinds' command-line names: core/documents/kinds.ts): one document of a
// campaign, or of a proposal, meeting or decision (--proposal / --meeting / --decision ID, as the kind's
// row says), as a dự thảo (number left blank), recorded in the register like the UI's; with --issue it
// is then issued with the next number of its register, with --number N with the văn thư's number (a
// quyết định's issue issues its decision). The file written whole to --out (temporary file, rename) is
// the last one made: the issued one when issued.
import { resolve } from 'node:path';
import { documentLabel } from '../../../api/labels.ts';
import { DOCUMENT_KIND_IDS, KIND_BY_CLI_NAME, kindInfo } from '../../../documents/kinds.ts';
import { formatDateShort } from '../../../text/dates.ts';
import { writeFileAtomic } from '../../../files/write.ts';
import { CliError, type Command, openExisting, optionalDate, optionalId, parse, requireDb } from '../io.ts';

const NAMES = [...KIND_BY_CLI_NAME.keys()].join('|');
const WHAT = DOCUMENT_KIND_IDS.map((k) => {
  const info = kindInfo(k);
  return (info.choiceLabel ?? info.label).toLocaleLowerCase('vi');
}).join(', ');

/** The issuer whose ký hiệu was typed ("HĐTĐKT"); the agency itself is the issuer with no id. */
async function issuerByAbbreviation(app: ReturnType<typeof openExisting>, typed: string): Promise<number | undefined> {
  const { issuers } = await app.invoke('agency.issuing', {});
  const key = typed.trim().toLocaleUpperCase('vi');
  const found = issuers.find((i) => i.abbreviation.toLocaleUpperCase('vi') === key);
  if (!found) {
    throw new CliError(`Không có cơ quan ban hành ký hiệu "${typed}". Có: ${issuers.map((i) => i.abbreviation).join(', ')} (xem trang Cơ quan, mục "Cơ quan ban hành").`);
  }
  return found.id ?? undefined;
}

export const doc: Command = {
  summary: `Tạo dự thảo văn bản (${WHAT}) theo Nghị định 30/2020; --issue: ban hành`,
  usage:
    `doc <${NAMES}> --db FILE [--campaign ID | --proposal ID | --meeting ID | --decision ID] [--as-of YYYY-MM-DD] --out FILE.docx ` +
    '[--date YYYY-MM-DD] [--issue | --number N] [--new-version] [--tong-ket | --so-ket] [--deadline YYYY-MM-DD] ' +
    '[--place TEXT] [--time HH:MM] [--meeting-date YYYY-MM-DD] [--chair TEXT] [--issuer KÝ_HIỆU] [--signer ID]',
  async run(argv) {
    const { values, positionals } = parse(
      argv,
      {
        db: { type: 'string' },
        campaign: { type: 'string' },
        proposal: { type: 'string' },
        meeting: { type: 'string' },
        decision: { type: 'string' },
        'as-of': { type: 'string' },
        out: { type: 'string' },
        date: { type: 'string' },
        issue: { type: 'boolean' },
        number: { type: 'string' },
        'new-version': { type: 'boolean' },
        'tong-ket': { type: 'boolean' },
        'so-ket': { type: 'boolean' },
        deadline: { type: 'string' },
        place: { type: 'string' },
        time: { type: 'string' },
        'meeting-date': { type: 'string' },
        chair: { type: 'string' },
        issuer: { type: 'string' },
        signer: { type: 'string' },
      },
      true,
    );
    const kind = KIND_BY_CLI_NAME.get(positionals[0] ?? '');
    if (!kind || positionals.length > 1) {
      throw new CliError(`Chọn một loại văn bản: ${[...KIND_BY_CLI_NAME.keys()].join(', ')}.`);
    }
    const dbPath = requireDb(values.db);
    if (!values.out) throw new CliError('Thiếu --out FILE.docx (tệp văn bản sẽ tạo).');
    if (!values.out.toLowerCase().endsWith('.docx')) throw new CliError('Tệp --out phải có đuôi .docx.');
    if (values['tong-ket'] && values['so-ket']) throw new CliError('Chỉ chọn một trong --so-ket và --tong-ket.');
    if (values.issue && values.number !== undefined) throw new CliError('Chỉ chọn một trong --issue (tự cấp số) và --number N (số do văn thư cấp).');
    const number = optionalId(values.number, '--number');
    const date = optionalDate(values.date);
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
      const issuerId = values.issuer === undefined ? undefined : await issuerByAbbreviation(app, values.issuer);
      const draft = await app
        .invoke('documents.generate', {
          kind,
          campaignId: optionalId(values.campaign, '--campaign'),
          proposalId: optionalId(values.proposal, '--proposal'),
          meetingId: optionalId(values.meeting, '--meeting'),
          decisionId: optionalId(values.decision, '--decision'),
          asOf: optionalDate(values['as-of']),
          date,
          newVersion: values['new-version'] || undefined,
          stage: values['tong-ket'] ? 'tong_ket' : values['so-ket'] ? 'so_ket' : undefined,
          deadline: optionalDate(values.deadline),
          meeting,
          issuerId,
          signerId: optionalId(values.signer, '--signer'),
        })
        .catch((error: unknown) => {
          // The question the UI asks in a dialog is answered here by an option.
          if ((error as { apiError?: { code?: string } }).apiError?.code === 'confirm') {
            throw new CliError(`${(error as Error).message} Nếu đồng ý, chạy lại lệnh với --new-version.`);
          }
          throw error;
        });
      const r = values.issue || number !== undefined ? await app.invoke('documents.issue', { id: draft.id, number, date }) : draft;
      // Warnings do not refuse (a giấy mời sent late, a deadline on a holiday): said, then written.
      for (const w of r.warnings) process.stderr.write(`Lưu ý: ${w}\n`);
      const bytes = Buffer.from(r.contentBase64, 'base64');
      writeFileAtomic(out, bytes);
      const what = documentLabel(r.kind, r.stage);
      process.stdout.write(
        `${r.status === 'da_ban_hanh' ? `Đã ban hành ${what} số ${r.numberText}` : `Đã tạo dự thảo ${what} (chưa có số)`} ngày ${formatDateShort(r.date)}: ${out}\n` +
          `  ${bytes.length.toLocaleString('vi-VN')} byte, sha256 ${r.fileHash}; bản lưu: ${r.path}\n`,
      );
    } finally {
      app.close();
    }
  },
};
