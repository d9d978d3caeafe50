// The certificates API through the router on a real database file: the seeded templates listed, a
// template saved and made the default, a box outside the paper refused naming the template and the box
// with nothing changed, the default kept, calibrations unique per printer and tray; the test page and
// the sample written into the data folder as PDFs and returned with their bytes; a template row broken by hand refused in Vietnamese;
// the editor's background image kept, copied with its template, refused when not a PNG/JPEG, and
// never printed (no image in the PDFs or the .docx).
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { TdktApp } from '../../../../core/app.ts';
import { CERTIFICATE_FOLDER } from '../../../../core/certificates/app.ts';
import { createPdf } from '../../../../core/certificates/pdf.ts';
import { databaseDigest, freshApp, refusal, tempDir } from '../../helpers.ts';
import { awardsFixture, throughCouncil } from '../awards/fixture.ts';
import { osFonts, pdfInfo, phoiTemplate } from './fixtures.ts';

describe('certificates API', () => {
  it('lists the seeded templates, the full design first as the default', async () => {
    const app = freshApp();
    const rows = await app.invoke('certificates.listTemplates', {});
    expect(rows.map((r) => [r.template.name, r.template.kind, r.isDefault])).toEqual([
      ['Giấy khen in trên giấy trắng A4 ngang', 'full', true],
      ['Phôi Giấy khen A4 ngang', 'phoi', false],
    ]);
    expect(await app.invoke('certificates.getTemplate', { id: rows[1].id })).toEqual(rows[1]);
    app.close();
  });

  it('saves a new A3 template, makes it the default and keeps exactly one default', async () => {
    const app = freshApp();
    const a3 = { ...phoiTemplate(), name: 'Phôi Bằng khen A3', title: 'BẰNG KHEN' as const, paper: { widthMm: 420, heightMm: 297 } };
    const saved = await app.invoke('certificates.saveTemplate', { template: a3, isDefault: true });
    expect(saved).toMatchObject({ isDefault: true, template: { name: 'Phôi Bằng khen A3', paper: { widthMm: 420, heightMm: 297 } } });
    const rows = await app.invoke('certificates.listTemplates', {});
    expect(rows.filter((r) => r.isDefault).map((r) => r.id)).toEqual([saved.id]);
    const moved = structuredClone(saved.template);
    moved.fields.name.box.x = 120;
    expect((await app.invoke('certificates.saveTemplate', { id: saved.id, template: moved })).template.fields.name.box.x).toBe(120);
    const actions = app.connection.raw.prepare("SELECT action FROM audit_log WHERE entity = 'certificate_template' ORDER BY id").pluck().all();
    expect(actions).toEqual(['create', 'save']);
    app.close();
  });

  it('refuses a box outside the paper, a name taken and removing the default, changing nothing', async () => {
    const app = freshApp();
    const before = databaseDigest(app.connection.raw);
    const t = phoiTemplate();
    t.fields.name.box.width = 250;
    const outside = await refusal(app, 'certificates.saveTemplate', { template: t });
    expect(outside.message).toContain('Mẫu "Phôi Giấy khen A4 ngang", ô "Họ và tên": hộp vượt ra ngoài khổ giấy 297 × 210 mm');
    expect(outside.fields?.['template.fields.name.box']).toBe('Mẫu "Phôi Giấy khen A4 ngang", ô "Họ và tên": hộp vượt ra ngoài khổ giấy 297 × 210 mm');
    const taken = await refusal(app, 'certificates.saveTemplate', { template: phoiTemplate() });
    expect(taken.fields?.['template.name']).toBe('Đã có mẫu giấy khen tên "Phôi Giấy khen A4 ngang"; hãy đặt tên khác.');
    const [full] = await app.invoke('certificates.listTemplates', {});
    expect((await refusal(app, 'certificates.removeTemplate', { id: full.id })).message).toBe(
      'Mẫu "Giấy khen in trên giấy trắng A4 ngang" đang là mẫu mặc định; hãy đặt một mẫu khác làm mặc định rồi mới xóa.',
    );
    expect((await refusal(app, 'certificates.saveTemplate', { id: full.id, template: full.template, isDefault: false })).fields?.isDefault).toContain('đang là mẫu mặc định');
    expect((await refusal(app, 'certificates.getTemplate', { id: 999 })).message).toBe('Không tìm thấy mẫu giấy khen có mã số 999.');
    expect(databaseDigest(app.connection.raw)).toBe(before);
    app.close();
  });

  it('keeps one calibration per printer and tray, within ± 20 mm', async () => {
    const app = freshApp();
    const cal = await app.invoke('certificates.saveCalibration', { printer: 'Canon LBP 2900', tray: 'Khay tay', offsetXMm: 1.5, offsetYMm: -2 });
    expect(cal).toMatchObject({ printer: 'Canon LBP 2900', tray: 'Khay tay', offsetXMm: 1.5, offsetYMm: -2, scale: 1 });
    await app.invoke('certificates.saveCalibration', { printer: 'Canon LBP 2900', offsetXMm: 0, offsetYMm: 0.5, scale: 0.995 });
    const twice = await refusal(app, 'certificates.saveCalibration', { printer: 'Canon LBP 2900', tray: 'Khay tay', offsetXMm: 0, offsetYMm: 0 });
    expect(twice.fields?.printer).toBe('Máy in "Canon LBP 2900", khay "Khay tay" đã có hiệu chỉnh; hãy sửa hiệu chỉnh đó.');
    expect((await refusal(app, 'certificates.saveCalibration', { printer: 'HP', offsetXMm: 0, offsetYMm: -21 })).fields?.offsetYMm).toBe('Độ lệch dọc từ -20 mm');
    expect((await app.invoke('certificates.saveCalibration', { id: cal.id, printer: 'Canon LBP 2900', tray: 'Khay tay', offsetXMm: 2, offsetYMm: -2 })).offsetXMm).toBe(2);
    expect((await app.invoke('certificates.listCalibrations', {})).map((c) => c.tray)).toEqual(['', 'Khay tay']);
    expect(await app.invoke('certificates.removeCalibration', { id: cal.id })).toEqual({ removed: cal.id });
    expect(await app.invoke('certificates.listCalibrations', {})).toHaveLength(1);
    app.close();
  });

  it('writes the test page and the sample PDFs into the data folder', async () => {
    const app = freshApp();
    const [, phoi] = await app.invoke('certificates.listTemplates', {});
    const cal = await app.invoke('certificates.saveCalibration', { printer: 'Canon LBP 2900', offsetXMm: 1, offsetYMm: 1 });
    const page = await app.invoke('certificates.testPage', { templateId: phoi.id, calibrationId: cal.id });
    expect(page.path).toContain(`${CERTIFICATE_FOLDER}/trang-in-thu_mau-${phoi.id}_may-in-${cal.id}.pdf`);
    expect(page.path.startsWith(app.dataDir)).toBe(true);
    expect(pdfInfo(page.path)).toMatchObject({ pages: 1, widthPt: 841.89 });
    expect(readFileSync(page.path).length).toBe(page.bytes);
    // The browser host cannot read the data folder: the same bytes come back in the answer.
    expect(Buffer.from(page.contentBase64, 'base64').equals(readFileSync(page.path))).toBe(true);
    const sample = await app.invoke('certificates.sample', { templateId: phoi.id });
    expect(pdfInfo(sample.path).pages).toBe(3);
    expect(sample).toMatchObject({ pages: 3, warnings: [] });
    expect(Buffer.from(sample.contentBase64, 'base64').equals(readFileSync(sample.path))).toBe(true);
    const typed = await app.invoke('certificates.sample', { templateId: phoi.id, recipients: [{ name: 'Lê Văn Tám' }] });
    expect(typed.pages).toBe(1);
    expect(typed.warnings).toContain('Giấy khen thứ 1 (Lê Văn Tám), ô "Thành tích": chưa có nội dung.');
    expect((await refusal(app, 'certificates.testPage', { templateId: phoi.id, calibrationId: 77 })).message).toBe('Không tìm thấy hiệu chỉnh máy in có mã số 77.');
    app.close();
  });

  it('refuses a template row broken outside the app, naming it', async () => {
    const app = freshApp();
    const [full] = await app.invoke('certificates.listTemplates', {});
    const fields = structuredClone(full.template.fields);
    fields.signerName.box.y = 205;
    app.connection.raw.prepare('UPDATE certificate_templates SET fields = ? WHERE id = ?').run(JSON.stringify(fields), full.id);
    const e = await refusal(app, 'certificates.testPage', { templateId: full.id });
    expect(e.message).toBe('Mẫu giấy khen trong cơ sở dữ liệu không hợp lệ. Mẫu "Giấy khen in trên giấy trắng A4 ngang", ô "Họ tên người ký": hộp vượt ra ngoài khổ giấy 297 × 210 mm.');
    app.connection.raw.prepare("UPDATE certificate_templates SET fields = '{}' WHERE id = ?").run(full.id);
    expect((await refusal(app, 'certificates.getTemplate', { id: full.id })).message).toMatch(/^Mẫu giấy khen trong cơ sở dữ liệu không hợp lệ\. Mẫu "Giấy khen in trên giấy trắng A4 ngang", ô "Người khen thưởng": /u);
    app.close();
  });
});

// A real 2 × 2 red PNG (pdfkit and browsers decode it).
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAEElEQVR4nGP4z8AARAwQCgAf7gP9i18U1AAAAABJRU5ErkJggg==', 'base64');

async function jobFiles(app: TdktApp, jobId: string): Promise<string[]> {
  for (;;) {
    const job = await app.invoke('jobs.get', { id: jobId });
    if (job.state === 'xong') return job.files.map((f) => f.path);
    if (job.state !== 'dang_chay') throw new Error(`job ${job.state}: ${job.error?.message}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('certificate backgrounds, duplicates and starters', () => {
  it('keeps a PNG or JPEG per template, refuses anything else naming the file, and copies it with the template', async () => {
    const app = freshApp();
    const [, phoi] = await app.invoke('certificates.listTemplates', {});
    expect(phoi.hasBackground).toBe(false);
    expect(await app.invoke('certificates.getBackground', { id: phoi.id })).toBeNull();
    const before = databaseDigest(app.connection.raw);
    const gif = await refusal(app, 'certificates.setBackground', { templateId: phoi.id, fileName: 'phoi.gif', contentBase64: Buffer.from('GIF89a....').toString('base64') });
    expect(gif.fields?.contentBase64).toBe('Tệp "phoi.gif" không phải ảnh PNG hoặc JPEG; hãy chọn ảnh chụp hoặc ảnh quét của phôi.');
    expect(databaseDigest(app.connection.raw)).toBe(before);
    const set = await app.invoke('certificates.setBackground', { templateId: phoi.id, fileName: 'phoi.png', contentBase64: PNG.toString('base64') });
    expect(set.hasBackground).toBe(true);
    expect(await app.invoke('certificates.getBackground', { id: phoi.id })).toEqual({ mime: 'image/png', contentBase64: PNG.toString('base64'), bytes: PNG.length });
    const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46]);
    await app.invoke('certificates.setBackground', { templateId: phoi.id, fileName: 'scan.jpg', contentBase64: jpeg.toString('base64') });
    expect((await app.invoke('certificates.getBackground', { id: phoi.id }))?.mime).toBe('image/jpeg');

    const copy = await app.invoke('certificates.duplicateTemplate', { id: phoi.id, name: 'Phôi Giấy khen quận (bản sao)' });
    expect(copy).toMatchObject({ isDefault: false, hasBackground: true, template: { ...phoi.template, name: 'Phôi Giấy khen quận (bản sao)' } });
    expect((await app.invoke('certificates.getBackground', { id: copy.id }))?.bytes).toBe(jpeg.length);
    expect((await refusal(app, 'certificates.duplicateTemplate', { id: phoi.id, name: copy.template.name })).fields?.name).toBe(
      'Đã có mẫu giấy khen tên "Phôi Giấy khen quận (bản sao)"; hãy đặt tên khác.',
    );
    expect((await app.invoke('certificates.removeBackground', { id: copy.id })).hasBackground).toBe(false);
    expect((await app.invoke('certificates.getTemplate', { id: phoi.id })).hasBackground).toBe(true);
    await app.invoke('certificates.removeTemplate', { id: phoi.id });
    expect(app.connection.raw.prepare('SELECT count(*) FROM certificate_backgrounds').pluck().get()).toBe(0);
    app.close();
  });

  it('offers the full design and the phôi as starters, valid by the template schema', async () => {
    const app = freshApp();
    const starters = await app.invoke('certificates.starters', {});
    expect(starters.map((t) => [t.name, t.kind])).toEqual([
      ['Giấy khen in trên giấy trắng A4 ngang', 'full'],
      ['Phôi Giấy khen A4 ngang', 'phoi'],
    ]);
    app.close();
  });

  it('never prints the background: the PDFs and the .docx of a template with one hold no image', async () => {
    const f = await awardsFixture();
    const { decision } = await throughCouncil(f);
    await f.app.invoke('decisions.issue', { id: decision.id });
    const [, phoi] = await f.app.invoke('certificates.listTemplates', {});
    await f.app.invoke('certificates.setBackground', { templateId: phoi.id, fileName: 'phoi.png', contentBase64: PNG.toString('base64') });
    const dir = tempDir();
    const images = (pdf: Buffer) => {
      const path = join(dir, `${Math.random().toString(36).slice(2)}.pdf`);
      writeFileSync(path, pdf);
      // The header and its rule, then one line per image.
      return execFileSync('pdfimages', ['-list', path], { encoding: 'utf8' }).trim().split('\n').slice(2);
    };
    // The check sees an image when there is one: the same PNG drawn by pdfkit is listed.
    const control = createPdf(osFonts(), 'control');
    control.addPage(297, 210);
    control.doc.image(PNG, 0, 0, { width: 100 });
    expect(images(Buffer.from(await control.end()))).toHaveLength(1);
    const sample = await f.app.invoke('certificates.sample', { templateId: phoi.id });
    const test = await f.app.invoke('certificates.testPage', { templateId: phoi.id });
    expect(images(Buffer.from(sample.contentBase64, 'base64'))).toEqual([]);
    expect(images(Buffer.from(test.contentBase64, 'base64'))).toEqual([]);
    const [pdf] = await jobFiles(f.app, (await f.app.invoke('certificates.print', { decisionId: decision.id, templateId: phoi.id })).jobId);
    expect(images(readFileSync(pdf))).toEqual([]);
    const [docx] = await jobFiles(f.app, (await f.app.invoke('certificates.print', { decisionId: decision.id, templateId: phoi.id, format: 'docx' })).jobId);
    const parts = Object.keys(unzipSync(readFileSync(docx)));
    expect(parts).toContain('word/document.xml');
    expect(parts.filter((p) => p.startsWith('word/media/') || /\.(png|jpe?g)$/iu.test(p))).toEqual([]);
    expect(strFromU8(unzipSync(readFileSync(docx))['word/document.xml'])).not.toMatch(/<w:drawing|<pic:|r:embed/u);
    f.app.close();
  });
});
