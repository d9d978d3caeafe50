// The certificates capability behind the API: templates and printer calibrations kept in their own
// tables (migration 0015), every template validated by the schema on the way in and on the way out (a
// row edited by hand, or by an older app, is refused naming the template rather than printed wrong),
// and the two PDFs the editor needs now: the calibration test page and a preview of sample recipients.
// Batches of a decision's certificates run through renderBatch (core/certificates/batch.ts) as a job.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Selectable } from 'kysely';
import type { CertificateTemplatesTable, PrinterCalibrationsTable } from '../../db/schema.ts';
import { fieldError, notFound, UserError } from '../api/envelope.ts';
import type { CalibrationRow, CertificateFile, CertificateTemplateRow } from '../api/types.ts';
import { audit } from '../audit.ts';
import type { Context } from '../context.ts';
import { dataSubfolder } from '../files/data-folder.ts';
import { writeFileAtomic } from '../files/write.ts';
import type { Handler } from '../router.ts';
import { findSerifFonts, type LoadedFonts, sharedFonts } from './fonts.ts';
import { createLayout } from './layout.ts';
import { createPdf } from './pdf.ts';
import { preflightPages } from './preflight.ts';
import { SAMPLE_RECIPIENTS } from './samples.ts';
import { type Calibration, type CertificateTemplate, NO_CALIBRATION, parseTemplate } from './template.ts';
import { renderTestPage } from './test-page.ts';

/** Test pages and previews: a folder of their own inside the documents folder, outside its register and backups. */
export const CERTIFICATE_FOLDER = 'giay-khen';

/** The OS serif faces, read once per process. */
function systemFonts(): LoadedFonts {
  return sharedFonts(findSerifFonts());
}

type TemplateRecord = Selectable<CertificateTemplatesTable>;

/** A stored row as a template, checked by the same schema as a save. */
export function templateOf(r: TemplateRecord): CertificateTemplate {
  let fields: unknown;
  try {
    fields = JSON.parse(r.fields);
  } catch {
    throw new UserError(`Mẫu giấy khen "${r.name}" trong cơ sở dữ liệu bị hỏng (phần các ô không đọc được). Hãy lưu lại mẫu này trong trang Mẫu giấy khen.`);
  }
  const parsed = parseTemplate({ name: r.name, kind: r.kind, title: r.title, paper: { widthMm: r.width_mm, heightMm: r.height_mm }, fields });
  if (!parsed.ok) throw new UserError(`Mẫu giấy khen trong cơ sở dữ liệu không hợp lệ. ${parsed.message}.`);
  return parsed.template;
}

function toTemplateRow(r: TemplateRecord): CertificateTemplateRow {
  return { id: r.id, isDefault: r.is_default === 1, template: templateOf(r), createdAt: r.created_at, updatedAt: r.updated_at };
}

function toCalibrationRow(r: Selectable<PrinterCalibrationsTable>): CalibrationRow {
  return { id: r.id, printer: r.printer, tray: r.tray, offsetXMm: r.offset_x_mm, offsetYMm: r.offset_y_mm, scale: r.scale, createdAt: r.created_at, updatedAt: r.updated_at };
}

async function templateRecord(ctx: Context, id: number): Promise<TemplateRecord> {
  const r = await ctx.conn.db.selectFrom('certificate_templates').selectAll().where('id', '=', id).executeTakeFirst();
  if (!r) throw notFound(`mẫu giấy khen có mã số ${id}`);
  return r;
}

/** A template by id; without one, the default (the agency's full design on plain paper unless changed). */
export async function loadTemplate(ctx: Context, id?: number): Promise<{ id: number; template: CertificateTemplate }> {
  if (id !== undefined) {
    const r = await templateRecord(ctx, id);
    return { id: r.id, template: templateOf(r) };
  }
  const r = await ctx.conn.db.selectFrom('certificate_templates').selectAll().orderBy('is_default', 'desc').orderBy('id').executeTakeFirst();
  if (!r) throw notFound('mẫu giấy khen nào (hãy tạo một mẫu trong trang Mẫu giấy khen)');
  return { id: r.id, template: templateOf(r) };
}

export async function loadCalibration(ctx: Context, id?: number): Promise<Calibration> {
  if (id === undefined) return NO_CALIBRATION;
  const r = await ctx.conn.db.selectFrom('printer_calibrations').selectAll().where('id', '=', id).executeTakeFirst();
  if (!r) throw notFound(`hiệu chỉnh máy in có mã số ${id}`);
  return toCalibrationRow(r);
}

function writeCertificateFile(ctx: Context, fileName: string, bytes: Uint8Array, pages: number, warnings: string[]): CertificateFile {
  const dir = join(dataSubfolder(ctx.dataDir, 'documents'), CERTIFICATE_FOLDER);
  mkdirSync(dir, { recursive: true });
  const path = join(dir, fileName);
  writeFileAtomic(path, bytes);
  return { fileName, path, bytes: bytes.length, pages, warnings, contentBase64: Buffer.from(bytes).toString('base64') };
}

const listTemplates: Handler<'certificates.listTemplates'> = async (ctx) => {
  const rows = await ctx.conn.db.selectFrom('certificate_templates').selectAll().orderBy('is_default', 'desc').orderBy('name').execute();
  return rows.map(toTemplateRow);
};

const getTemplate: Handler<'certificates.getTemplate'> = async (ctx, a) => toTemplateRow(await templateRecord(ctx, a.id));

const saveTemplate: Handler<'certificates.saveTemplate'> = async (ctx, a) => {
  const at = ctx.now().toISOString();
  const t = a.template;
  const id = await ctx.conn.db.transaction().execute(async (trx) => {
    const same = await trx.selectFrom('certificate_templates').select('id').where('name', '=', t.name).executeTakeFirst();
    if (same && same.id !== a.id) throw fieldError('template.name', `Đã có mẫu giấy khen tên "${t.name}"; hãy đặt tên khác.`);
    const values = { name: t.name, kind: t.kind, title: t.title, width_mm: t.paper.widthMm, height_mm: t.paper.heightMm, fields: JSON.stringify(t.fields), updated_at: at };
    let savedId: number;
    if (a.id === undefined) {
      const res = await trx.insertInto('certificate_templates').values({ ...values, is_default: 0, created_at: at }).executeTakeFirstOrThrow();
      savedId = Number(res.insertId);
    } else {
      const current = await trx.selectFrom('certificate_templates').select('is_default').where('id', '=', a.id).executeTakeFirst();
      if (!current) throw notFound(`mẫu giấy khen có mã số ${a.id}`);
      if (current.is_default === 1 && a.isDefault === false) {
        throw fieldError('isDefault', `Mẫu "${t.name}" đang là mẫu mặc định; hãy đặt một mẫu khác làm mặc định trước.`);
      }
      await trx.updateTable('certificate_templates').set(values).where('id', '=', a.id).execute();
      savedId = a.id;
    }
    if (a.isDefault) {
      await trx.updateTable('certificate_templates').set({ is_default: 0 }).where('is_default', '=', 1).where('id', '<>', savedId).execute();
      await trx.updateTable('certificate_templates').set({ is_default: 1 }).where('id', '=', savedId).execute();
    }
    await audit(trx, ctx.now(), a.id === undefined ? 'create' : 'save', 'certificate_template', savedId, { name: t.name, isDefault: a.isDefault });
    return savedId;
  });
  return toTemplateRow(await templateRecord(ctx, id));
};

const removeTemplate: Handler<'certificates.removeTemplate'> = async (ctx, a) => {
  await ctx.conn.db.transaction().execute(async (trx) => {
    const row = await trx.selectFrom('certificate_templates').select(['name', 'is_default']).where('id', '=', a.id).executeTakeFirst();
    if (!row) throw notFound(`mẫu giấy khen có mã số ${a.id}`);
    if (row.is_default === 1) throw new UserError(`Mẫu "${row.name}" đang là mẫu mặc định; hãy đặt một mẫu khác làm mặc định rồi mới xóa.`);
    await trx.deleteFrom('certificate_templates').where('id', '=', a.id).execute();
    await audit(trx, ctx.now(), 'delete', 'certificate_template', a.id, { name: row.name });
  });
  return { removed: a.id };
};

const listCalibrations: Handler<'certificates.listCalibrations'> = async (ctx) => {
  const rows = await ctx.conn.db.selectFrom('printer_calibrations').selectAll().orderBy('printer').orderBy('tray').execute();
  return rows.map(toCalibrationRow);
};

const saveCalibration: Handler<'certificates.saveCalibration'> = async (ctx, a) => {
  const at = ctx.now().toISOString();
  const id = await ctx.conn.db.transaction().execute(async (trx) => {
    const same = await trx.selectFrom('printer_calibrations').select('id').where('printer', '=', a.printer).where('tray', '=', a.tray).executeTakeFirst();
    if (same && same.id !== a.id) {
      throw fieldError('printer', `Máy in "${a.printer}"${a.tray ? `, khay "${a.tray}"` : ''} đã có hiệu chỉnh; hãy sửa hiệu chỉnh đó.`);
    }
    const values = { printer: a.printer, tray: a.tray, offset_x_mm: a.offsetXMm, offset_y_mm: a.offsetYMm, scale: a.scale, updated_at: at };
    if (a.id === undefined) {
      const res = await trx.insertInto('printer_calibrations').values({ ...values, created_at: at }).executeTakeFirstOrThrow();
      const newId = Number(res.insertId);
      await audit(trx, ctx.now(), 'create', 'printer_calibration', newId, values);
      return newId;
    }
    const res = await trx.updateTable('printer_calibrations').set(values).where('id', '=', a.id).executeTakeFirst();
    if (res.numUpdatedRows === 0n) throw notFound(`hiệu chỉnh máy in có mã số ${a.id}`);
    await audit(trx, ctx.now(), 'save', 'printer_calibration', a.id, values);
    return a.id;
  });
  return toCalibrationRow(
    await ctx.conn.db.selectFrom('printer_calibrations').selectAll().where('id', '=', id).executeTakeFirstOrThrow(),
  );
};

const removeCalibration: Handler<'certificates.removeCalibration'> = async (ctx, a) => {
  await ctx.conn.db.transaction().execute(async (trx) => {
    const row = await trx.selectFrom('printer_calibrations').select(['printer', 'tray']).where('id', '=', a.id).executeTakeFirst();
    if (!row) throw notFound(`hiệu chỉnh máy in có mã số ${a.id}`);
    await trx.deleteFrom('printer_calibrations').where('id', '=', a.id).execute();
    await audit(trx, ctx.now(), 'delete', 'printer_calibration', a.id, row);
  });
  return { removed: a.id };
};

const suffix = (calibrationId?: number) => (calibrationId === undefined ? '' : `_may-in-${calibrationId}`);

const testPage: Handler<'certificates.testPage'> = async (ctx, a) => {
  const { id, template } = await loadTemplate(ctx, a.templateId);
  const calibration = await loadCalibration(ctx, a.calibrationId);
  const bytes = await renderTestPage(template, calibration, systemFonts());
  return writeCertificateFile(ctx, `trang-in-thu_mau-${id}${suffix(a.calibrationId)}.pdf`, bytes, 1, []);
};

const sample: Handler<'certificates.sample'> = async (ctx, a) => {
  const { id, template } = await loadTemplate(ctx, a.templateId);
  const calibration = await loadCalibration(ctx, a.calibrationId);
  const fonts = systemFonts();
  const recipients = a.recipients ?? SAMPLE_RECIPIENTS;
  const pages = recipients.map(createLayout(template, calibration, fonts.metrics));
  // A preview shows what would print, problems included: the preflight's lines go beside it.
  const report = preflightPages(template, fonts.metrics, pages, recipients);
  const pdf = createPdf(fonts, `Xem trước — ${template.name}`);
  for (const p of pages) pdf.page(p);
  return writeCertificateFile(ctx, `xem-truoc_mau-${id}${suffix(a.calibrationId)}.pdf`, await pdf.end(), pages.length, report.issues.map((i) => i.message));
};

export const certificateHandlers = {
  'certificates.listTemplates': listTemplates,
  'certificates.getTemplate': getTemplate,
  'certificates.saveTemplate': saveTemplate,
  'certificates.removeTemplate': removeTemplate,
  'certificates.listCalibrations': listCalibrations,
  'certificates.saveCalibration': saveCalibration,
  'certificates.removeCalibration': removeCalibration,
  'certificates.testPage': testPage,
  'certificates.sample': sample,
};
