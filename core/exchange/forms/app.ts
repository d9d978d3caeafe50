// The Excel forms through the API: the registration form of a campaign (all units in one workbook, one
// unit's, or a zip of one workbook per unit; at once, or as a job with its progress bar), the units
// workbook, reading an .xlsx back to a summary of what it brings, and the errored rows sent back to fix.
// The only writes here are the versions of the rows a workbook hands out (form-versions.ts); the import
// pipeline applies what a reader returns.
import { UserError } from '../../api/envelope.ts';
import type { ExcelReadSummary, FormFile } from '../../api/types.ts';
import type { Context } from '../../context.ts';
import type { Handler } from '../../router.ts';
import { dataSubfolder } from '../../files/data-folder.ts';
import { writeJobFiles } from '../../jobs/files.ts';
import { startJob } from '../../jobs/runner.ts';
import { registrationFormsTask } from '../../jobs/tasks/registration-forms.ts';
import { todayIso } from '../../text/dates.ts';
import type { ImportInput } from '../inputs.ts';
import { erroredRowsWorkbook } from './errored-rows.ts';
import { rememberFormVersions, rememberUnitsVersions } from './form-versions.ts';
import { readWorkbook } from './read-workbook.ts';
import type { FormLookup } from './registration-read.ts';
import { registrationFormsInput } from './registration-forms.ts';
import { unitsWorkbookData } from './units-data.ts';
import { writeUnitsWorkbook } from './units-write.ts';

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/u;

const asFile = (fileName: string, bytes: Uint8Array): FormFile => ({ fileName, contentBase64: Buffer.from(bytes).toString('base64') });

/** The bytes of a file passed through the wall. */
export function decodeFile(fileName: string, contentBase64: string): Uint8Array {
  const content = contentBase64.replace(/\s+/gu, '');
  if (!BASE64.test(content)) throw new UserError(`Nội dung tệp "${fileName}" bị hỏng (không phải base64).`, { fields: { contentBase64: 'Nội dung tệp bị hỏng' } });
  return Buffer.from(content, 'base64');
}

/** The reader's view of the database: campaigns by uuid (with their fields) and unit codes. */
export function formLookup(ctx: Context, campaignId?: number): FormLookup {
  const raw = ctx.conn.raw;
  const byUuid = raw.prepare<[string], { id: number; uuid: string; name: string }>('SELECT id, uuid, name FROM campaigns WHERE uuid = ?');
  const fields = raw.prepare<[number], string>('SELECT name FROM campaign_fields WHERE campaign_id = ? ORDER BY seq, id').pluck();
  const unit = raw.prepare<[string], number>('SELECT 1 FROM units WHERE code = ?').pluck();
  const workFields = raw.prepare<[string], { uuid: string; field: string }>(
    'SELECT w.uuid, w.field FROM works w JOIN campaigns c ON c.id = w.campaign_id WHERE c.uuid = ?',
  );
  // A form repeats a few unit codes over thousands of rows: each is looked up once.
  const units = new Map<string, boolean>();
  let expectedCampaign: FormLookup['expectedCampaign'];
  if (campaignId !== undefined) {
    expectedCampaign = raw.prepare<[number], { uuid: string; name: string }>('SELECT uuid, name FROM campaigns WHERE id = ?').get(campaignId);
    if (!expectedCampaign) throw new UserError(`Không tìm thấy đợt thi đua có mã số ${campaignId}.`, { code: 'not_found' });
  }
  return {
    campaignByUuid(uuid) {
      const c = byUuid.get(uuid);
      return c ? { uuid: c.uuid, name: c.name, fields: fields.all(c.id) } : null;
    },
    expectedCampaign,
    hasUnit(code) {
      let known = units.get(code);
      if (known === undefined) {
        known = unit.get(code) !== undefined;
        units.set(code, known);
      }
      return known;
    },
    storedFields: (campaignUuid) => new Map(workFields.all(campaignUuid).map((w) => [w.uuid, w.field])),
  };
}

export async function readExcelFile(ctx: Context, a: { fileName: string; contentBase64: string; campaignId?: number }) {
  return readWorkbook(decodeFile(a.fileName, a.contentBase64), a.fileName, formLookup(ctx, a.campaignId), todayIso(ctx.now()));
}

export function summarize(input: ImportInput, clamped: number): ExcelReadSummary {
  const place = (p: ImportInput['errors'][number]['place']) => ({ sheet: p.sheet ?? '', row: p.row ?? 0 });
  return {
    what: input.source.what as ExcelReadSummary['what'],
    file: input.source.file,
    sha256: input.source.sha256,
    campaignUuid: input.campaignUuid ?? null,
    counts: { units: input.units.length, groups: input.groups.length, works: input.works.length, errors: input.errors.length, notes: input.notes.length },
    errors: input.errors.map((e) => ({ ...place(e.place), column: e.column ?? '', message: e.message })),
    notes: input.notes.map((n) => ({ ...place(n.place), message: n.message })),
    clamped,
  };
}

const NEVER = new AbortController().signal;

// The CLI's and the tests' answer in one call: the job's own task, run here rather than in the worker.
const excelForm: Handler<'exchange.excelForm'> = async (ctx, a) => {
  const input = registrationFormsInput(ctx.conn.raw, a, ctx.now());
  const { files } = await registrationFormsTask.run(input, () => {}, NEVER);
  rememberFormVersions(ctx.conn.raw, input);
  return asFile(files[0].name, files[0].bytes);
};

// The page's: the database read here, the workbooks written in the jobs worker, the file left in the
// data folder for jobs.file.
const startExcelForm: Handler<'exchange.startExcelForm'> = (ctx, a) => {
  const input = registrationFormsInput(ctx.conn.raw, a, ctx.now());
  const jobId = startJob(ctx, {
    kind: 'bieu_mau_dang_ky',
    task: 'registrationForms',
    input,
    total: input.forms.length,
    wording: { verb: 'tạo', noun: 'biểu mẫu' },
    finish: (c, output) => {
      rememberFormVersions(c.conn.raw, input);
      return writeJobFiles(dataSubfolder(c.dataDir, 'exchange'), output.files);
    },
  });
  return { jobId };
};

export const formHandlers = {
  'exchange.excelForm': excelForm,
  'exchange.startExcelForm': startExcelForm,
  'exchange.unitsWorkbook': async (ctx) => {
    const book = await writeUnitsWorkbook(unitsWorkbookData(ctx.conn.raw), ctx.now());
    rememberUnitsVersions(ctx.conn.raw);
    return asFile(book.fileName, book.bytes);
  },
  'exchange.readExcel': async (ctx, a) => {
    const { input, clamped } = await readExcelFile(ctx, a);
    return summarize(input, clamped);
  },
  'exchange.erroredRows': async (ctx, a) => {
    const bytes = decodeFile(a.fileName, a.contentBase64);
    const { input } = await readWorkbook(bytes, a.fileName, formLookup(ctx, a.campaignId), todayIso(ctx.now()));
    if (input.errors.length === 0) throw new UserError(`Tệp "${a.fileName}" không có dòng nào bị lỗi.`);
    const book = await erroredRowsWorkbook(bytes, a.fileName, input.errors);
    return asFile(book.fileName, book.bytes);
  },
} satisfies { [M in 'exchange.excelForm' | 'exchange.startExcelForm' | 'exchange.unitsWorkbook' | 'exchange.readExcel' | 'exchange.erroredRows']: Handler<M> };
