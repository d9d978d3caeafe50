// The certificates capability behind the API: templates and printer calibrations kept in their own
// tables (migration 0015), every template validated by the schema on the way in and on the way out (a
// row edited by hand, or by an older app, is refused naming the template rather than printed wrong),
// the editor's background image of a blank (never read by anything that prints), and the two PDFs the
// editor needs: the calibration test page and a preview of sample recipients.
// Batches of a decision's certificates run through renderBatch (core/certificates/batch.ts) as a job.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Selectable } from 'kysely';
import type { CertificateTemplatesTable, PrinterCalibrationsTable } from '../../db/schema.ts';
import { fieldError, notFound, UserError } from '../api/envelope.ts';
import { SEED_FULL_TEMPLATE, SEED_PHOI_TEMPLATE } from '../../db/migrations/0015_certificate_templates.ts';
import { BACKGROUND_MAX_BYTES } from '../api/contract.ts';
import type { CalibrationRow, CertificateBackground, CertificateFile, CertificateTemplateRow } from '../api/types.ts';
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
import { type Calibration, type CertificateTemplate, NO_CALIBRATION, parseTemplate, templateSchema } from './template.ts';
import { renderTestPage } from './test-page.ts';

/** Test pages and previews: a folder of their own inside the documents folder, outside its register and backups. */
export const CERTIFICATE_FOLDER = 'giay-khen';

/** The OS serif faces, read once per process. */
function systemFonts(): LoadedFonts {
  return sharedFonts(findSerifFonts());
}

type TemplateRecord = Selectable<CertificateTemplatesTable> & { has_background: number };

/** A stored row as a template, checked by the same schema as a save. */
export function templateOf(r: Selectable<CertificateTemplatesTable>): CertificateTemplate {
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
  return { id: r.id, isDefault: r.is_default === 1, template: templateOf(r), hasBackground: r.has_background === 1, createdAt: r.created_at, updatedAt: r.updated_at };
}

/** The templates with whether each has a background image, never the image itself. */
function templates(db: Context['conn']['db']) {
  return db
    .selectFrom('certificate_templates as t')
    .selectAll('t')
    .select((eb) => eb.exists(eb.selectFrom('certificate_backgrounds as b').select('b.template_id').whereRef('b.template_id', '=', 't.id')).$castTo<number>().as('has_background'));
}

function toCalibrationRow(r: Selectable<PrinterCalibrationsTable>): CalibrationRow {
  return { id: r.id, printer: r.printer, tray: r.tray, offsetXMm: r.offset_x_mm, offsetYMm: r.offset_y_mm, scale: r.scale, createdAt: r.created_at, updatedAt: r.updated_at };
}

async function templateRecord(ctx: Context, id: number): Promise<TemplateRecord> {
  const r = await templates(ctx.conn.db).where('t.id', '=', id).executeTakeFirst();
  if (!r) throw notFound(`mẫu giấy khen có mã số ${id}`);
  return r;
}

/** A template by id; without one, the default (the agency's full design on plain paper unless changed). */
export async function loadTemplate(ctx: Context, id?: number): Promise<{ id: number; template: CertificateTemplate }> {
  if (id !== undefined) {
    const r = await templateRecord(ctx, id);
    return { id: r.id, template: templateOf(r) };
  }
  const r = await templates(ctx.conn.db).orderBy('t.is_default', 'desc').orderBy('t.id').executeTakeFirst();
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
  const rows = await templates(ctx.conn.db).orderBy('t.is_default', 'desc').orderBy('t.name').execute();
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

const duplicateTemplate: Handler<'certificates.duplicateTemplate'> = async (ctx, a) => {
  const at = ctx.now().toISOString();
  const id = await ctx.conn.db.transaction().execute(async (trx) => {
    const source = await trx.selectFrom('certificate_templates').selectAll().where('id', '=', a.id).executeTakeFirst();
    if (!source) throw notFound(`mẫu giấy khen có mã số ${a.id}`);
    const same = await trx.selectFrom('certificate_templates').select('id').where('name', '=', a.name).executeTakeFirst();
    if (same) throw fieldError('name', `Đã có mẫu giấy khen tên "${a.name}"; hãy đặt tên khác.`);
    // Checked as a save would be: a copy of a row broken by hand is refused, not multiplied.
    const template = templateOf(source);
    const res = await trx
      .insertInto('certificate_templates')
      .values({ name: a.name, kind: template.kind, title: template.title, width_mm: template.paper.widthMm, height_mm: template.paper.heightMm, fields: JSON.stringify(template.fields), is_default: 0, created_at: at, updated_at: at })
      .executeTakeFirstOrThrow();
    const newId = Number(res.insertId);
    await trx
      .insertInto('certificate_backgrounds')
      .columns(['template_id', 'mime', 'image', 'created_at', 'updated_at'])
      .expression((eb) => eb.selectFrom('certificate_backgrounds').select([eb.val(newId).as('template_id'), 'mime', 'image', eb.val(at).as('created_at'), eb.val(at).as('updated_at')]).where('template_id', '=', a.id))
      .execute();
    await audit(trx, ctx.now(), 'create', 'certificate_template', newId, { name: a.name, copyOf: a.id });
    return newId;
  });
  return toTemplateRow(await templateRecord(ctx, id));
};

const starters: Handler<'certificates.starters'> = () => [SEED_FULL_TEMPLATE, SEED_PHOI_TEMPLATE].map((seed) => templateSchema.parse(structuredClone(seed)));

/** What the first bytes say the file is: a renamed .gif or .pdf is not taken for a photo. */
function imageMime(bytes: Buffer): CertificateBackground['mime'] | null {
  if (bytes.length > 8 && bytes.subarray(0, 8).equals(PNG_SIGNATURE)) return 'image/png';
  if (bytes.length > 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  return null;
}
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

const getBackground: Handler<'certificates.getBackground'> = async (ctx, a) => {
  await templateRecord(ctx, a.id);
  const r = await ctx.conn.db.selectFrom('certificate_backgrounds').select(['mime', 'image']).where('template_id', '=', a.id).executeTakeFirst();
  return r ? { mime: r.mime, contentBase64: r.image.toString('base64'), bytes: r.image.length } : null;
};

const setBackground: Handler<'certificates.setBackground'> = async (ctx, a) => {
  const bytes = Buffer.from(a.contentBase64, 'base64');
  const mime = imageMime(bytes);
  if (!mime) throw fieldError('contentBase64', `Tệp "${a.fileName}" không phải ảnh PNG hoặc JPEG; hãy chọn ảnh chụp hoặc ảnh quét của phôi.`);
  if (bytes.length > BACKGROUND_MAX_BYTES) throw fieldError('contentBase64', `Ảnh "${a.fileName}" lớn hơn ${BACKGROUND_MAX_BYTES / 1024 / 1024} MB; hãy chụp hoặc quét với độ phân giải thấp hơn.`);
  const at = ctx.now().toISOString();
  await ctx.conn.db.transaction().execute(async (trx) => {
    const t = await trx.selectFrom('certificate_templates').select('name').where('id', '=', a.templateId).executeTakeFirst();
    if (!t) throw notFound(`mẫu giấy khen có mã số ${a.templateId}`);
    await trx
      .insertInto('certificate_backgrounds')
      .values({ template_id: a.templateId, mime, image: bytes, created_at: at, updated_at: at })
      .onConflict((oc) => oc.column('template_id').doUpdateSet({ mime, image: bytes, updated_at: at }))
      .execute();
    await audit(trx, ctx.now(), 'save', 'certificate_background', a.templateId, { name: t.name, fileName: a.fileName, mime, bytes: bytes.length });
  });
  return toTemplateRow(await templateRecord(ctx, a.templateId));
};

const removeBackground: Handler<'certificates.removeBackground'> = async (ctx, a) => {
  await ctx.conn.db.transaction().execute(async (trx) => {
    const t = await trx.selectFrom('certificate_templates').select('name').where('id', '=', a.id).executeTakeFirst();
    if (!t) throw notFound(`mẫu giấy khen có mã số ${a.id}`);
    const res = await trx.deleteFrom('certificate_backgrounds').where('template_id', '=', a.id).executeTakeFirst();
    if (res.numDeletedRows > 0n) await audit(trx, ctx.now(), 'delete', 'certificate_background', a.id, { name: t.name });
  });
  return toTemplateRow(await templateRecord(ctx, a.id));
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
  'certificates.duplicateTemplate': duplicateTemplate,
  'certificates.starters': starters,
  'certificates.getBackground': getBackground,
  'certificates.setBackground': setBackground,
  'certificates.removeBackground': removeBackground,
  'certificates.listCalibrations': listCalibrations,
  'certificates.saveCalibration': saveCalibration,
  'certificates.removeCalibration': removeCalibration,
  'certificates.testPage': testPage,
  'certificates.sample': sample,
};
