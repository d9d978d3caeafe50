// The documents through the router on a real database: the demo campaign gives the seed's figures;
// numbers come from the register per (issuer, type, year), are kept on regeneration, can be given by
// hand or left blank; every document is registered with its hash and written whole; edited sections
// are stored with the campaign and only when they differ; refusals are Vietnamese and leave no file.
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Args } from '../../core/api/contract.ts';
import { TdktApp } from '../../core/app.ts';
import { DATA_SUBFOLDERS, dataFolderFor } from '../../core/files/data-folder.ts';
import { demoApp, freshApp, refusal, ROOT, tempDir } from './helpers.ts';
import { bodyTexts, openDocx, paragraphs } from './documents-xml.ts';

const SEED =
  'Tính đến ngày 12/4/2021, toàn thành phố có 25 khối và 04 cụm thi đua với 254 đơn vị đăng ký 703 công trình. ' +
  'Đã có 118/254 cơ quan, đơn vị có báo cáo kết quả, đạt 46,46%; có 136/703 công trình đã hoàn thành, đạt 19,35%.';

const texts = (b64: string) => paragraphs(openDocx(Buffer.from(b64, 'base64')).document).map((p) => p.text);
const folderOf = (app: TdktApp) => join(app.dataDir, DATA_SUBFOLDERS.documents);
const filesIn = (dir: string) => (existsSync(dir) ? readdirSync(dir) : []);

const BLANK = /^Số: \u00a0+\/BC-UBND$/u;
/** The registers the campaign documents number in: the demo's award round holds the QĐ one (its decision 01/QĐ-UBND). */
const NOT_QD_COUNTERS = "SELECT count(*) FROM doc_counters WHERE doc_type != 'QĐ'";

/** A draft made and issued at once, as the tests of what an issued document says need. */
async function issued(app: TdktApp, request: Args<'documents.generate'>, issue: Omit<Args<'documents.issue'>, 'id'> = { date: request.date }) {
  const draft = await app.invoke('documents.generate', request);
  return app.invoke('documents.issue', { id: draft.id, ...issue });
}

describe('drafts on the demo campaign', () => {
  it('writes the báo cáo as a dự thảo: the seed sentence, the number left blank, registered with its hash', async () => {
    const app = await demoApp();
    const r = await app.invoke('documents.generate', { kind: 'bao_cao', stage: 'so_ket', asOf: '2021-04-12', date: '2021-04-14' });
    expect(r).toMatchObject({ kind: 'bao_cao', stage: 'so_ket', status: 'du_thao', version: 1, supersedes: null, issuedAt: null, number: null, symbol: 'BC-UBND', date: '2021-04-14', asOf: '2021-04-12' });
    expect(r.fileName).toBe('bao-cao-so-ket_du-thao_2021-04-14.docx');
    expect(r.summary).toBe('Sơ kết đợt hoạt động cao điểm thi đua chào mừng 100 ngày thành lập thành phố Thủ Đức');
    const all = texts(r.contentBase64);
    expect(all).toContain(SEED);
    expect(all.filter((t) => BLANK.test(t))).toHaveLength(1);
    expect(all).toContain('Thủ Đức, ngày 14 tháng 4 năm 2021');
    const file = readFileSync(r.path);
    expect(createHash('sha256').update(file).digest('hex')).toBe(r.fileHash);
    expect(file.length).toBe(r.bytes);
    expect(filesIn(folderOf(app))).toEqual([r.fileName]);
    expect((await app.invoke('documents.get', { id: r.id })).contentBase64).toBe(file.toString('base64'));
    // No number is taken by a draft.
    expect(app.connection.raw.prepare(NOT_QD_COUNTERS).pluck().get()).toBe(0);
    app.close();
  });

  it('regenerates a draft in place: same row and version, the old file replaced', async () => {
    const app = await demoApp();
    const a = await app.invoke('documents.generate', { kind: 'bao_cao', stage: 'so_ket', asOf: '2021-04-12', date: '2021-04-14' });
    const again = await app.invoke('documents.generate', { kind: 'bao_cao', stage: 'so_ket', asOf: '2021-04-13', date: '2021-04-15' });
    expect([again.id, again.version, again.status, again.asOf]).toEqual([a.id, 1, 'du_thao', '2021-04-13']);
    expect(filesIn(folderOf(app))).toEqual([again.fileName]);
    expect(await app.invoke('documents.list', {})).toHaveLength(1);
    app.close();
  });

  it('previews the draft without taking a number or writing a file', async () => {
    const app = await demoApp();
    const p = await app.invoke('documents.preview', { kind: 'cong_van_don_doc', asOf: '2021-04-12', date: '2021-04-13' });
    expect(p.numberText).toBe(`${'\u00a0'.repeat(7)}/UBND-NV`);
    expect(texts(p.contentBase64)).toContain('Kính gửi: Thủ trưởng các cơ quan, đơn vị có tên tại danh sách kèm theo.');
    expect(await app.invoke('documents.list', {})).toEqual([]);
    expect(filesIn(folderOf(app))).toEqual([]);
    app.close();
  });
});

describe('ban hành', () => {
  it('gives the draft the next number and the date of issue, rebuilt from what the draft was made from', async () => {
    const app = await demoApp();
    const draft = await app.invoke('documents.generate', { kind: 'bao_cao', stage: 'so_ket', asOf: '2021-04-12', date: '2021-04-14' });
    // Edits saved after the draft are for the next document, not for the one being issued.
    await app.invoke('documents.saveSections', { kind: 'bao_cao', stage: 'so_ket', texts: { uuDiem: 'Sửa sau khi đã trình ký.' } });
    expect(await app.invoke('documents.nextNumber', { id: draft.id })).toEqual({ number: 1, numberText: '01/BC-UBND', date: '2021-04-20' });
    const r = await app.invoke('documents.issue', { id: draft.id, date: '2021-04-15' });
    expect(r).toMatchObject({ id: draft.id, status: 'da_ban_hanh', number: 1, numberText: '01/BC-UBND', date: '2021-04-15', asOf: '2021-04-12', version: 1, issuedAt: '2021-04-20T03:00:00.000Z' });
    expect(r.fileName).toBe('bao-cao-so-ket_01-BC-UBND_2021-04-15.docx');
    const all = texts(r.contentBase64);
    expect(all).toContain('Số: 01/BC-UBND');
    expect(all).toContain('Thủ Đức, ngày 15 tháng 4 năm 2021');
    expect(all).toContain(SEED);
    expect(all.join('\n')).not.toContain('Sửa sau khi đã trình ký.');
    // The issued file takes the draft's place; the register, the file and the counter agree.
    expect(filesIn(folderOf(app))).toEqual([r.fileName]);
    expect(createHash('sha256').update(readFileSync(r.path)).digest('hex')).toBe(r.fileHash);
    expect((await app.invoke('documents.get', { id: r.id })).contentBase64).toBe(r.contentBase64);
    expect(app.connection.raw.prepare("SELECT last_number FROM doc_counters WHERE doc_type != 'QĐ'").pluck().all()).toEqual([1]);
    const audit = app.connection.raw.prepare("SELECT action FROM audit_log WHERE entity = 'issued_document' ORDER BY id").pluck().all();
    expect(audit).toEqual(['draft', 'issue']);
    app.close();
  });

  it('locks an issued document: generating again asks, a new version supersedes it and the issued one stays', async () => {
    const app = await demoApp();
    const first = await issued(app, { kind: 'bao_cao', stage: 'so_ket', asOf: '2021-04-12', date: '2021-04-14' }, { date: '2021-04-14' });
    const before = await app.invoke('documents.list', {});
    const asked = await refusal(app, 'documents.generate', { kind: 'bao_cao', stage: 'so_ket', asOf: '2021-04-13', date: '2021-04-16' });
    expect(asked.code).toBe('confirm');
    expect(asked.message).toBe(
      'Báo cáo sơ kết số 01/BC-UBND ngày 14/4/2021 đã ban hành nên không sửa được. ' +
        'Tạo dự thảo mới (lần 2) thay cho văn bản này? Văn bản số 01/BC-UBND vẫn được giữ trong sổ văn bản.',
    );
    expect(await app.invoke('documents.list', {})).toEqual(before);
    expect(filesIn(folderOf(app))).toEqual([first.fileName]);

    const v2 = await app.invoke('documents.generate', { kind: 'bao_cao', stage: 'so_ket', asOf: '2021-04-13', date: '2021-04-16', newVersion: true });
    expect(v2).toMatchObject({ status: 'du_thao', version: 2, supersedes: first.id, number: null });
    expect(v2.fileName).toBe('bao-cao-so-ket_du-thao-v2_2021-04-16.docx');
    // The new draft is regenerated in place like any draft; the issued file is still served as issued.
    const v2again = await app.invoke('documents.generate', { kind: 'bao_cao', stage: 'so_ket', asOf: '2021-04-13', date: '2021-04-17' });
    expect([v2again.id, v2again.version]).toEqual([v2.id, 2]);
    expect((await app.invoke('documents.get', { id: first.id })).contentBase64).toBe(first.contentBase64);
    const second = await app.invoke('documents.issue', { id: v2.id, date: '2021-04-17' });
    expect(second.numberText).toBe('02/BC-UBND');
    expect((await app.invoke('documents.list', {})).map((d) => [d.numberText, d.status, d.version])).toEqual([
      ['02/BC-UBND', 'da_ban_hanh', 2],
      ['01/BC-UBND', 'da_ban_hanh', 1],
    ]);
    // Issuing twice is refused, saying when it was issued.
    const twice = await refusal(app, 'documents.issue', { id: first.id });
    expect([twice.code, twice.message]).toEqual(['conflict', 'Báo cáo sơ kết số 01/BC-UBND đã ban hành ngày 14/4/2021; không ban hành lại được.']);
    app.close();
  });

  it('numbers each (issuer, type, year) from 01, the year being the issue date\'s', async () => {
    const app = await demoApp();
    expect((await issued(app, { kind: 'bao_cao', stage: 'so_ket', asOf: '2021-04-12', date: '2021-04-14' })).numberText).toBe('01/BC-UBND');
    expect((await issued(app, { kind: 'giay_moi', date: '2021-04-14', meeting: { place: 'Hội trường' } })).numberText).toBe('01/GM-UBND');
    expect((await issued(app, { kind: 'cong_van_don_doc', asOf: '2021-04-12', date: '2021-04-13' })).numberText).toBe('01/UBND-NV');
    // Drafted in December, signed in January: the new year's register, from 01.
    const next = await issued(app, { kind: 'bao_cao', stage: 'so_ket', asOf: '2021-04-12', date: '2021-12-30', newVersion: true }, { date: '2022-01-05' });
    expect(next.numberText).toBe('01/BC-UBND');
    expect(texts(next.contentBase64)).toContain('Thủ Đức, ngày 05 tháng 01 năm 2022');
    app.close();
  });

  it('takes the văn thư number unless already used in the year; a refusal leaves the draft a draft', async () => {
    const app = await demoApp();
    const manual = await issued(app, { kind: 'bao_cao', stage: 'so_ket', asOf: '2021-04-12', date: '2021-04-14' }, { number: 45, date: '2021-04-14' });
    expect(manual.numberText).toBe('45/BC-UBND');
    const draft = await app.invoke('documents.generate', { kind: 'bao_cao', stage: 'so_ket', asOf: '2021-04-12', date: '2021-05-14', newVersion: true });
    const err = await refusal(app, 'documents.issue', { id: draft.id, number: 45, date: '2021-05-14' });
    expect(err.message).toMatch(/45\/BC-UBND đã được dùng trong năm 2021/u);
    expect([err.code, err.fields]).toEqual(['conflict', { number: 'Số đã dùng trong năm' }]);
    expect((await app.invoke('documents.get', { id: draft.id })).status).toBe('du_thao');
    expect(filesIn(folderOf(app)).sort()).toEqual([draft.fileName, manual.fileName].sort());
    // The sequence continues after the hand-given number.
    expect((await app.invoke('documents.nextNumber', { id: draft.id, date: '2021-05-14' })).numberText).toBe('46/BC-UBND');
    expect((await app.invoke('documents.issue', { id: draft.id, date: '2021-05-14' })).numberText).toBe('46/BC-UBND');
    app.close();
  });

  it('keeps a separate sequence for the Hội đồng', async () => {
    const app = await demoApp();
    await issued(app, { kind: 'bao_cao', stage: 'so_ket', asOf: '2021-04-12', date: '2021-04-14' });
    const { issuers } = await app.invoke('agency.issuing', {});
    const council = issuers.find((i) => i.abbreviation === 'HĐTĐKT')!;
    const r = await issued(app, { kind: 'bao_cao', stage: 'so_ket', asOf: '2021-04-12', date: '2021-04-15', issuerId: council.id!, newVersion: true });
    expect(r.numberText).toBe('01/BC-HĐTĐKT');
    const all = texts(r.contentBase64);
    expect(all).toEqual(expect.arrayContaining(['ỦY BAN NHÂN DÂN TP THỦ ĐỨC', 'HỘI ĐỒNG THI ĐUA -', 'KHEN THƯỞNG']));
    expect(all).toEqual(expect.arrayContaining(['TM. HỘI ĐỒNG', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH THƯỜNG TRỰC']));
    expect((await app.invoke('documents.list', {})).map((d) => d.numberText).sort()).toEqual(['01/BC-HĐTĐKT', '01/BC-UBND']);
    app.close();
  });

  it('issues the kế hoạch with the plan number and date the campaign already records', async () => {
    const app = await demoApp();
    const r = await issued(app, { kind: 'ke_hoach' });
    expect([r.numberText, r.date]).toEqual(['19/KH-UBND', '2021-03-12']);
    expect(texts(r.contentBase64)).toContain('(Kèm theo Kế hoạch số 19/KH-UBND ngày 12 tháng 3 năm 2021 của Ủy ban nhân dân thành phố Thủ Đức)');
    const next = await issued(app, { kind: 'ke_hoach', newVersion: true, date: '2021-06-01' }, { date: '2021-06-01' });
    expect(next.numberText).toBe('20/KH-UBND');
    app.close();
  });

  it('refuses, in Vietnamese and changing nothing, a draft whose stored request cannot be read', async () => {
    const app = await demoApp();
    const draft = await app.invoke('documents.generate', { kind: 'bao_cao', stage: 'so_ket', asOf: '2021-04-12', date: '2021-04-14' });
    app.connection.raw.prepare("UPDATE issued_documents SET request_json = '{\"kind\":\"quyet_dinh\"' WHERE id = ?").run(draft.id);
    const e = await refusal(app, 'documents.issue', { id: draft.id });
    expect(e.message).toBe('Không đọc được nội dung của dự thảo Báo cáo sơ kết ngày 14/4/2021. Hãy tạo lại dự thảo rồi ban hành.');
    expect((await app.invoke('documents.get', { id: draft.id })).status).toBe('du_thao');
    expect(app.connection.raw.prepare(NOT_QD_COUNTERS).pluck().get()).toBe(0);
    app.close();
  });

  it('sets the campaign\'s plan number when its kế hoạch is issued, not when drafted', async () => {
    const app = await demoApp();
    app.connection.raw.prepare("UPDATE campaigns SET plan_number = '', plan_date = NULL").run();
    const draft = await app.invoke('documents.generate', { kind: 'ke_hoach', date: '2021-03-10' });
    expect((await app.invoke('campaigns.get', { id: 1 })).planNumber).toBe('');
    await app.invoke('documents.issue', { id: draft.id, date: '2021-03-11' });
    expect(await app.invoke('campaigns.get', { id: 1 })).toMatchObject({ planNumber: '01/KH-UBND', planDate: '2021-03-11' });
    app.close();
  });

  it('lists and searches the register, drafts and issued', async () => {
    const app = await demoApp();
    await issued(app, { kind: 'bao_cao', stage: 'so_ket', asOf: '2021-04-12', date: '2021-04-14' });
    await app.invoke('documents.generate', { kind: 'cong_van_don_doc', asOf: '2021-04-12', date: '2021-04-13' });
    expect((await app.invoke('documents.list', { campaignId: 1 })).map((d) => [d.kind, d.status])).toEqual([
      ['bao_cao', 'da_ban_hanh'],
      ['cong_van_don_doc', 'du_thao'],
    ]);
    expect((await app.invoke('documents.list', { query: 'don doc' })).map((d) => d.kind)).toEqual(['cong_van_don_doc']);
    expect((await app.invoke('documents.list', { query: 'du thao' })).map((d) => d.kind)).toEqual(['cong_van_don_doc']);
    expect((await app.invoke('documents.list', { query: '01/BC' })).map((d) => d.kind)).toEqual(['bao_cao']);
    app.close();
  });
});

describe('page margins from the settings', () => {
  it('uses margins saved inside the decree\'s ranges and refuses others, naming the field', async () => {
    const app = await demoApp();
    const saved = await app.invoke('settings.save', { margins: { top: 25, bottom: 20, left: 35, right: 15 } });
    expect(saved.margins).toEqual({ top: 25, bottom: 20, left: 35, right: 15 });
    const r = await app.invoke('documents.preview', { kind: 'giay_moi', asOf: '2021-04-12', date: '2021-04-14', meeting: { place: 'Hội trường UBND thành phố', time: '08:00', date: '2021-04-16' } });
    const pgMar = /<w:pgMar [^>]*>/u.exec(openDocx(Buffer.from(r.contentBase64, 'base64')).document)![0];
    // 25 mm = 1417 twips, 35 mm = 1984 twips.
    expect(pgMar).toMatch(/w:top="1417"/u);
    expect(pgMar).toMatch(/w:left="1984"/u);
    const e = await refusal(app, 'settings.save', { margins: { top: 10, bottom: 20, left: 30, right: 15 } });
    expect(e.fields?.['margins.top']).toMatch(/Lề trên phải từ 20 đến 25 mm/u);
    expect((await app.invoke('settings.get', {})).margins.top).toBe(25);
    app.close();
  });
});

describe('edited sections', () => {
  it('stores only what differs from the app text, per campaign and document, and uses it', async () => {
    const app = await demoApp();
    const req = { kind: 'bao_cao' as const, stage: 'so_ket' as const, asOf: '2021-04-12' };
    const before = await app.invoke('documents.getSections', req);
    expect(before.map((s) => s.key)).toContain('uuDiem');
    expect(before.every((s) => !s.edited)).toBe(true);
    const same = Object.fromEntries(before.map((s) => [s.key, s.text]));
    const saved = await app.invoke('documents.saveSections', { ...req, texts: { ...same, uuDiem: 'Các đơn vị đã chủ động, sáng tạo.' } });
    expect(saved.filter((s) => s.edited).map((s) => s.key)).toEqual(['uuDiem']);
    const rows = app.connection.raw.prepare('SELECT key FROM document_sections').pluck().all();
    expect(rows).toEqual(['uuDiem']);
    const r = await app.invoke('documents.generate', { ...req, date: '2021-04-14' });
    expect(bodyTexts(openDocx(Buffer.from(r.contentBase64, 'base64')).document)).toContain('Các đơn vị đã chủ động, sáng tạo.');
    // Restoring the app text removes the edit.
    await app.invoke('documents.saveSections', { ...req, texts: { uuDiem: before.find((s) => s.key === 'uuDiem')!.defaultText } });
    expect(app.connection.raw.prepare('SELECT count(*) FROM document_sections').pluck().get()).toBe(0);
    expect(await refusal(app, 'documents.saveSections', { ...req, texts: { khongCo: 'x' } })).toMatchObject({ message: expect.stringMatching(/không có mục "khongCo"/u) });
    app.close();
  });

  it('uses the recipients and drafting unit sections in Nơi nhận, Lưu and the công văn ký hiệu', async () => {
    const app = await demoApp();
    const r = await app.invoke('documents.generate', {
      kind: 'cong_van_don_doc',
      asOf: '2021-04-12',
      date: '2021-04-13',
      texts: { noiNhan: 'Như trên\nChủ tịch UBND thành phố', donViSoanThao: 'TĐKT' },
    });
    expect(r.symbol).toBe('UBND-TĐKT');
    const all = texts(r.contentBase64);
    expect(all).toEqual(expect.arrayContaining(['- Như trên;', '- Chủ tịch UBND thành phố;', '- Lưu: VT, TĐKT.']));
    app.close();
  });

  it('follows the data where untouched: a renamed unit appears renamed', async () => {
    const app = await demoApp();
    const pending = (await app.invoke('stats.campaign', { asOf: '2021-04-12' })).notReported[0];
    const unit = await app.invoke('org.getUnit', { id: pending.id });
    await app.invoke('org.saveUnit', { id: unit.id, code: unit.code, name: 'Đơn vị Đổi Tên Mới', shortName: unit.shortName, kind: unit.kind, parentId: unit.parentId });
    const cv = await app.invoke('documents.preview', { kind: 'cong_van_don_doc', asOf: '2021-04-12' });
    const bc = await app.invoke('documents.preview', { kind: 'bao_cao', stage: 'so_ket', asOf: '2021-04-12' });
    for (const d of [cv, bc]) {
      const xml = openDocx(Buffer.from(d.contentBase64, 'base64')).document;
      expect(xml).toContain('Đơn vị Đổi Tên Mới');
      expect(xml).not.toContain(`>${pending.name}<`);
    }
    app.close();
  });
});

describe('bad input', () => {
  it('without an agency profile, says what to fill in and where, and writes nothing', async () => {
    const app = freshApp();
    await app.invoke('campaigns.save', { name: 'Đợt thi đua', form: 'chuyen_de', startDate: '2021-03-01', endDate: '2021-04-30' });
    const err = await refusal(app, 'documents.generate', { kind: 'bao_cao', stage: 'so_ket' });
    expect(err.message).toMatch(/Vào Cơ quan, điền "Tên cơ quan"/u);
    expect(filesIn(folderOf(app))).toEqual([]);
    app.close();
  });

  it('without a plan number, says where to fill it in; without a signer or abbreviation, too', async () => {
    const app = await demoApp();
    app.connection.raw.prepare("UPDATE campaigns SET plan_number = ''").run();
    expect((await refusal(app, 'documents.generate', { kind: 'bao_cao', stage: 'so_ket' })).message).toMatch(/"Số, ký hiệu"/u);
    app.connection.raw.prepare('DELETE FROM signers').run();
    expect((await refusal(app, 'documents.generate', { kind: 'giay_moi', meeting: { place: 'X' } })).message).toMatch(/Thêm người ký/u);
    await app.invoke('agency.saveSigner', { authority: 'KT. Chủ tịch', title: 'Phó Chủ tịch', name: 'Nguyễn Kỳ Phùng' });
    app.connection.raw.prepare("UPDATE agency SET abbreviation = ''").run();
    expect((await refusal(app, 'documents.generate', { kind: 'giay_moi', meeting: { place: 'X' } })).message).toMatch(/Viết tắt \(ký hiệu văn bản\)/u);
    expect(filesIn(folderOf(app)).filter((f) => !f.endsWith('.docx'))).toEqual([]);
    expect(await app.invoke('documents.list', {})).toEqual([]);
    app.close();
  });

  it('validates the request at the wall', async () => {
    const app = await demoApp();
    expect((await refusal(app, 'documents.generate', { kind: 'thong_bao' })).message).toMatch(/Chọn loại văn bản/u);
    expect((await refusal(app, 'documents.issue', { id: 1, number: 0 })).message).toMatch(/Số văn bản từ 1/u);
    expect((await refusal(app, 'documents.generate', { kind: 'bao_cao', stage: 'so_ket', number: 7 })).message).toMatch(/number/u);
    expect((await refusal(app, 'documents.get', { id: 999 })).code).toBe('not_found');
    expect((await refusal(app, 'documents.issue', { id: 999 })).code).toBe('not_found');
    app.close();
  });
});

describe('the files of the register', () => {
  it('a draft whose write fails leaves no row and no temporary file', async () => {
    const app = await demoApp();
    const dir = folderOf(app);
    // The file name the draft will get is taken by a folder with a file in it: the rename fails for real.
    const blocker = join(dir, 'bao-cao-so-ket_du-thao_2021-04-14.docx');
    mkdirSync(blocker, { recursive: true });
    writeFileSync(join(blocker, 'cua-nguoi-dung.txt'), 'x');
    const e = await refusal(app, 'documents.generate', { kind: 'bao_cao', stage: 'so_ket', asOf: '2021-04-12', date: '2021-04-14' });
    expect(e.message).toMatch(/^Không ghi được tệp "bao-cao-so-ket_du-thao_2021-04-14\.docx": đã có một thư mục cùng tên/u);
    expect(await app.invoke('documents.list', {})).toEqual([]);
    expect(filesIn(dir)).toEqual(['bao-cao-so-ket_du-thao_2021-04-14.docx']);
    rmSync(blocker, { recursive: true });
    expect((await app.invoke('documents.generate', { kind: 'bao_cao', stage: 'so_ket', asOf: '2021-04-12', date: '2021-04-14' })).status).toBe('du_thao');
    app.close();
  });

  it('an issue whose write fails consumes no number and leaves the draft as it was', async () => {
    const app = await demoApp();
    const dir = folderOf(app);
    const draft = await app.invoke('documents.generate', { kind: 'bao_cao', stage: 'so_ket', asOf: '2021-04-12', date: '2021-04-14' });
    const blocker = join(dir, 'bao-cao-so-ket_01-BC-UBND_2021-04-14.docx');
    mkdirSync(blocker, { recursive: true });
    writeFileSync(join(blocker, 'cua-nguoi-dung.txt'), 'x');
    const e = await refusal(app, 'documents.issue', { id: draft.id, date: '2021-04-14' });
    expect(e.message).toMatch(/^Không ghi được tệp "bao-cao-so-ket_01-BC-UBND_2021-04-14\.docx"/u);
    const still = await app.invoke('documents.get', { id: draft.id });
    expect([still.status, still.number, still.fileHash]).toEqual(['du_thao', null, draft.fileHash]);
    expect(app.connection.raw.prepare(NOT_QD_COUNTERS).pluck().get()).toBe(0);
    expect(filesIn(dir).sort()).toEqual([blocker.slice(dir.length + 1), draft.fileName].sort());
    rmSync(blocker, { recursive: true });
    expect((await app.invoke('documents.issue', { id: draft.id, date: '2021-04-14' })).numberText).toBe('01/BC-UBND');
    app.close();
  });

  it('a draft file changed by hand is reported as the draft it was', async () => {
    const app = await demoApp();
    const draft = await app.invoke('documents.generate', { kind: 'bao_cao', stage: 'so_ket', asOf: '2021-04-12', date: '2021-04-14' });
    writeFileSync(draft.path, 'sửa tay');
    const e = await refusal(app, 'documents.get', { id: draft.id });
    expect([e.code, e.message]).toEqual([
      'conflict',
      `Tệp "${draft.fileName}" đã bị thay đổi hoặc không còn như khi tạo dự thảo Báo cáo sơ kết ngày 14/4/2021. ` +
        'Không mở tệp này: hãy tạo lại văn bản hoặc khôi phục thư mục văn bản từ một bản sao lưu.',
    ]);
    app.close();
  });

  it('two campaigns\' drafts of one kind and date each keep their own file', async () => {
    const app = await demoApp();
    const other = await app.invoke('campaigns.save', { name: 'Đợt thi đua thứ hai', form: 'chuyen_de', startDate: '2021-03-01', endDate: '2021-04-30', planNumber: '20/KH-UBND', planDate: '2021-03-01', unitIds: [1, 2] });
    const a = await app.invoke('documents.generate', { kind: 'ke_hoach', date: '2021-04-14' });
    const b = await app.invoke('documents.generate', { kind: 'ke_hoach', campaignId: other.id, date: '2021-04-14' });
    expect([a.fileName, b.fileName]).toEqual(['ke-hoach_du-thao_2021-04-14.docx', 'ke-hoach_du-thao_2021-04-14-2.docx']);
    expect((await app.invoke('documents.get', { id: a.id })).contentBase64).toBe(a.contentBase64);
    expect((await app.invoke('documents.get', { id: b.id })).contentBase64).toBe(b.contentBase64);
    app.close();
  });

  it('two databases in one folder each serve their own file; a file replaced by hand is reported, not served', async () => {
    const folder = tempDir();
    const open = (name: string) => new TdktApp({ dbPath: join(folder, name), now: () => new Date('2021-04-20T03:00:00.000Z') });
    const a = open('tdkt.sqlite');
    const b = open('phuong-linh-xuan.sqlite');
    await a.invoke('demo.load', {});
    await b.invoke('demo.load', {});
    await b.invoke('documents.saveSections', { kind: 'bao_cao', stage: 'so_ket', texts: { trichYeu: 'Báo cáo của phường Linh Xuân' } });
    const ra = await issued(a, { kind: 'bao_cao', stage: 'so_ket', asOf: '2021-04-12', date: '2021-04-14' });
    const rb = await issued(b, { kind: 'bao_cao', stage: 'so_ket', asOf: '2021-04-12', date: '2021-04-14' });
    // Same register number, same file name, different folders and contents.
    expect(rb.fileName).toBe(ra.fileName);
    expect(rb.path).not.toBe(ra.path);
    expect(rb.fileHash).not.toBe(ra.fileHash);
    expect((await a.invoke('documents.get', { id: ra.id })).contentBase64).toBe(readFileSync(ra.path).toString('base64'));
    expect((await b.invoke('documents.get', { id: rb.id })).contentBase64).toBe(readFileSync(rb.path).toString('base64'));

    // Someone copies b's file over a's by hand: a refuses to serve it and says why.
    copyFileSync(rb.path, ra.path);
    const changed = await refusal(a, 'documents.get', { id: ra.id });
    expect(changed.code).toBe('conflict');
    expect(changed.message).toBe(
      `Tệp "${ra.fileName}" đã bị thay đổi hoặc không còn như khi ban hành văn bản số 01/BC-UBND ngày 14/4/2021. ` +
        'Không mở tệp này: hãy tạo lại văn bản hoặc khôi phục thư mục văn bản từ một bản sao lưu.',
    );
    rmSync(ra.path);
    expect((await refusal(a, 'documents.get', { id: ra.id })).message).toMatch(/\(không tìm thấy tệp trong thư mục dữ liệu\)/u);
    // A new version is written and served; the lost issued file stays reported.
    const again = await a.invoke('documents.generate', { kind: 'bao_cao', stage: 'so_ket', asOf: '2021-04-12', date: '2021-04-14', newVersion: true });
    expect((await a.invoke('documents.get', { id: again.id })).contentBase64).toBe(again.contentBase64);
    expect((await refusal(a, 'documents.get', { id: ra.id })).code).toBe('conflict');
    a.close();
    b.close();
  });
});

describe('npm run cli -- doc', () => {
  const cli = (...args: string[]) => {
    const r = spawnSync(process.execPath, [join(ROOT, 'core/hosts/cli/main.ts'), ...args], { encoding: 'utf8', cwd: ROOT });
    return { code: r.status, out: r.stdout, err: r.stderr };
  };
  const dir = tempDir();
  const db = join(dir, 'demo.sqlite');

  it('writes a dự thảo to --out, issues it with --issue or --number, and exits non-zero with a Vietnamese message on bad input', () => {
    expect(cli('demo', '--db', db).code).toBe(0);
    const draftOut = join(dir, 'bao-cao-du-thao.docx');
    const d = cli('doc', 'bao-cao', '--so-ket', '--db', db, '--as-of', '2021-04-12', '--date', '2021-04-14', '--out', draftOut);
    expect(d.err).toBe('');
    expect(d.code).toBe(0);
    expect(d.out).toMatch(/^Đã tạo dự thảo Báo cáo sơ kết \(chưa có số\) ngày 14\/4\/2021/u);
    expect(paragraphs(openDocx(readFileSync(draftOut)).document).some((p) => BLANK.test(p.text))).toBe(true);
    const out = join(dir, 'bao-cao.docx');
    const r = cli('doc', 'bao-cao', '--so-ket', '--db', db, '--as-of', '2021-04-12', '--date', '2021-04-14', '--issue', '--out', out);
    expect(r.err).toBe('');
    expect(r.out).toMatch(/^Đã ban hành Báo cáo sơ kết số 01\/BC-UBND ngày 14\/4\/2021/u);
    expect(bodyTexts(openDocx(readFileSync(out)).document)).toContain(SEED);
    expect(texts(readFileSync(out).toString('base64'))).toContain('Số: 01/BC-UBND');
    // Issued is locked: the same command asks for --new-version, then makes and issues version 2.
    const locked = cli('doc', 'bao-cao', '--so-ket', '--db', db, '--date', '2021-04-16', '--out', join(dir, 'bc2.docx'));
    expect(locked.code).toBe(1);
    expect(locked.err).toMatch(/^Lỗi: Báo cáo sơ kết số 01\/BC-UBND ngày 14\/4\/2021 đã ban hành .* Nếu đồng ý, chạy lại lệnh với --new-version\.\n$/u);
    expect(existsSync(join(dir, 'bc2.docx'))).toBe(false);
    const v2 = cli('doc', 'bao-cao', '--so-ket', '--db', db, '--date', '2021-04-16', '--new-version', '--number', '7', '--out', join(dir, 'bc2.docx'));
    expect(v2.out).toMatch(/^Đã ban hành Báo cáo sơ kết số 07\/BC-UBND ngày 16\/4\/2021/u);
    for (const [kind, extra] of [['ke-hoach', []], ['cong-van-don-doc', ['--as-of', '2021-04-12']], ['giay-moi', ['--place', 'Hội trường']]] as const) {
      const file = join(dir, `${kind}.docx`);
      const c = cli('doc', kind, '--db', db, '--out', file, ...extra);
      expect(c.code, c.err).toBe(0);
      expect(readFileSync(file).subarray(0, 2).toString()).toBe('PK');
    }
    const tk = cli('doc', 'bao-cao', '--db', db, '--tong-ket', '--as-of', '2021-04-30', '--date', '2021-05-15', '--issue', '--out', join(dir, 'tk.docx'));
    expect(tk.out).toMatch(/Báo cáo tổng kết số 08\/BC-UBND/u);

    const bad = cli('doc', 'giay-moi', '--db', db, '--out', join(dir, 'gm2.docx'), '--new-version');
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(/^Lỗi: Giấy mời chưa có địa điểm hội nghị/u);
    expect(existsSync(join(dir, 'gm2.docx'))).toBe(false);
    expect(cli('doc', 'bao-cao', '--so-ket', '--db', db, '--issue', '--number', '3', '--out', join(dir, 'x.docx')).err).toMatch(/Chỉ chọn một trong --issue/u);
    expect(cli('doc', 'bao-cao', '--so-ket', '--db', db, '--blank-number', '--out', join(dir, 'x.docx')).err).toMatch(/không có tham số "--blank-number"/u);
    expect(cli('doc', 'thong-bao', '--db', db, '--out', join(dir, 'x.docx')).err).toMatch(/Chọn một loại văn bản/u);
    expect(cli('doc', 'bao-cao', '--so-ket', '--db', db).err).toMatch(/Thiếu --out/u);
    expect(cli('doc', 'bao-cao', '--so-ket', '--db', db, '--out', join(dir, 'x.docx'), '--as-of', '12/4/2021').err).toMatch(/Ngày không hợp lệ/u);
    // The Hội đồng issues under its own ký hiệu; an unknown one is named with those there are.
    const hd = cli('doc', 'bao-cao', '--tong-ket', '--db', db, '--as-of', '2021-04-30', '--date', '2021-05-15', '--issuer', 'hđtđkt', '--new-version', '--issue', '--out', join(dir, 'hd.docx'));
    expect(hd.out).toMatch(/^Đã ban hành Báo cáo tổng kết số 01\/BC-HĐTĐKT/u);
    const noIssuer = cli('doc', 'bao-cao', '--so-ket', '--db', db, '--issuer', 'BCĐ', '--out', join(dir, 'x.docx'));
    expect([noIssuer.code, noIssuer.err]).toEqual([1, 'Lỗi: Không có cơ quan ban hành ký hiệu "BCĐ". Có: UBND, HĐTĐKT (xem trang Cơ quan, mục "Cơ quan ban hành").\n']);
    // A warning is said on stderr and the file is still written.
    const late = cli('doc', 'giay-moi', '--so-ket', '--db', db, '--place', 'Hội trường', '--date', '2021-04-15', '--new-version', '--out', join(dir, 'gm-late.docx'));
    expect(late.code, late.err).toBe(0);
    expect(late.err).toMatch(/^Lưu ý: Giấy mời đề ngày 15\/4\/2021, chỉ cách ngày họp 16\/4\/2021/u);
    expect(existsSync(join(dir, 'gm-late.docx'))).toBe(true);
    // Nothing half-written anywhere.
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect(readdirSync(join(dataFolderFor(db), DATA_SUBFOLDERS.documents)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});
