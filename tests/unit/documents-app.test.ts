// The documents through the router on a real database: the demo campaign gives the seed's figures;
// numbers come from the register per (issuer, type, year), are kept on regeneration, can be given by
// hand or left blank; every document is registered with its hash and written whole; edited sections
// are stored with the campaign and only when they differ; refusals are Vietnamese and leave no file.
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
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

describe('documents on the demo campaign', () => {
  it('writes the báo cáo with the seed sentence, registers it with its hash and keeps the file', async () => {
    const app = await demoApp();
    const r = await app.invoke('documents.generate', { kind: 'bao_cao', asOf: '2021-04-12', date: '2021-04-14' });
    expect(r).toMatchObject({ kind: 'bao_cao', stage: 'so_ket', number: 1, symbol: 'BC-UBND', numberText: '01/BC-UBND', date: '2021-04-14', asOf: '2021-04-12' });
    expect(r.summary).toBe('Sơ kết đợt hoạt động cao điểm thi đua chào mừng 100 ngày thành lập thành phố Thủ Đức');
    const all = texts(r.contentBase64);
    expect(all).toContain(SEED);
    expect(all).toContain('Số: 01/BC-UBND');
    expect(all).toContain('Thủ Đức, ngày 14 tháng 4 năm 2021');
    const file = readFileSync(r.path);
    expect(createHash('sha256').update(file).digest('hex')).toBe(r.fileHash);
    expect(file.length).toBe(r.bytes);
    expect(filesIn(folderOf(app))).toEqual([r.fileName]);
    const got = await app.invoke('documents.get', { id: r.id });
    expect(got.contentBase64).toBe(file.toString('base64'));
    app.close();
  });

  it('numbers each (issuer, type, year) from 01, keeps the number on regeneration, and gives a new one on request', async () => {
    const app = await demoApp();
    const a = await app.invoke('documents.generate', { kind: 'bao_cao', asOf: '2021-04-12', date: '2021-04-14' });
    const again = await app.invoke('documents.generate', { kind: 'bao_cao', asOf: '2021-04-13', date: '2021-04-15' });
    expect([again.id, again.number]).toEqual([a.id, 1]);
    expect(again.asOf).toBe('2021-04-13');
    // The old file gave way to the new one.
    expect(filesIn(folderOf(app))).toEqual([again.fileName]);
    const b = await app.invoke('documents.generate', { kind: 'bao_cao', asOf: '2021-04-12', date: '2021-04-16', newNumber: true });
    expect(b.numberText).toBe('02/BC-UBND');
    const gm = await app.invoke('documents.generate', { kind: 'giay_moi', date: '2021-04-14', meeting: { place: 'Hội trường' } });
    expect(gm.numberText).toBe('01/GM-UBND');
    const cv = await app.invoke('documents.generate', { kind: 'cong_van_don_doc', asOf: '2021-04-12', date: '2021-04-13' });
    expect(cv.numberText).toBe('01/UBND-NV');
    // A new year starts again at 01.
    const next = await app.invoke('documents.generate', { kind: 'bao_cao', asOf: '2021-04-12', date: '2022-01-05', newNumber: true });
    expect(next.numberText).toBe('01/BC-UBND');
    expect(texts(next.contentBase64)).toContain('Thủ Đức, ngày 05 tháng 01 năm 2022');
    app.close();
  });

  it('takes the văn thư number by hand unless already used in the year, and can leave it blank', async () => {
    const app = await demoApp();
    const manual = await app.invoke('documents.generate', { kind: 'bao_cao', asOf: '2021-04-12', date: '2021-04-14', number: 45 });
    expect(manual.numberText).toBe('45/BC-UBND');
    const err = await refusal(app, 'documents.generate', { kind: 'bao_cao', asOf: '2021-04-12', date: '2021-05-14', number: 45, newNumber: true });
    expect(err.message).toMatch(/45\/BC-UBND đã được dùng trong năm 2021/u);
    expect(err.code).toBe('conflict');
    // The sequence continues after the hand-given number.
    const auto = await app.invoke('documents.generate', { kind: 'bao_cao', asOf: '2021-04-12', date: '2021-05-14', newNumber: true });
    expect(auto.numberText).toBe('46/BC-UBND');
    const blank = await app.invoke('documents.generate', { kind: 'bao_cao', asOf: '2021-04-12', date: '2021-05-15', blankNumber: true, newNumber: true });
    expect(blank.number).toBeNull();
    expect(texts(blank.contentBase64).some((t) => /^Số: \u00a0+\/BC-UBND$/u.test(t))).toBe(true);
    expect(blank.fileName).toContain('chua-so');
    app.close();
  });

  it('keeps a separate sequence for the Hội đồng', async () => {
    const app = await demoApp();
    await app.invoke('documents.generate', { kind: 'bao_cao', asOf: '2021-04-12', date: '2021-04-14' });
    const { issuers } = await app.invoke('agency.issuing', {});
    const council = issuers.find((i) => i.abbreviation === 'HĐTĐKT')!;
    const r = await app.invoke('documents.generate', { kind: 'bao_cao', asOf: '2021-04-12', date: '2021-04-15', issuerId: council.id! });
    expect(r.numberText).toBe('01/BC-HĐTĐKT');
    const all = texts(r.contentBase64);
    expect(all).toEqual(expect.arrayContaining(['ỦY BAN NHÂN DÂN TP THỦ ĐỨC', 'HỘI ĐỒNG THI ĐUA -', 'KHEN THƯỞNG']));
    expect(all).toEqual(expect.arrayContaining(['TM. HỘI ĐỒNG', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH THƯỜNG TRỰC']));
    expect((await app.invoke('documents.list', {})).map((d) => d.numberText).sort()).toEqual(['01/BC-HĐTĐKT', '01/BC-UBND']);
    app.close();
  });

  it('numbers the kế hoạch with the plan number the campaign already has, on the plan date', async () => {
    const app = await demoApp();
    const r = await app.invoke('documents.generate', { kind: 'ke_hoach' });
    expect([r.numberText, r.date]).toEqual(['19/KH-UBND', '2021-03-12']);
    const all = texts(r.contentBase64);
    expect(all).toContain('(Kèm theo Kế hoạch số 19/KH-UBND ngày 12 tháng 3 năm 2021 của Ủy ban nhân dân thành phố Thủ Đức)');
    const next = await app.invoke('documents.generate', { kind: 'ke_hoach', newNumber: true, date: '2021-06-01' });
    expect(next.numberText).toBe('20/KH-UBND');
    app.close();
  });

  it('previews without taking a number or writing a file', async () => {
    const app = await demoApp();
    const p = await app.invoke('documents.preview', { kind: 'cong_van_don_doc', asOf: '2021-04-12', date: '2021-04-13' });
    expect(p.numberText).toBe('01/UBND-NV');
    expect(texts(p.contentBase64)).toContain('Kính gửi: Thủ trưởng các cơ quan, đơn vị có tên tại danh sách kèm theo.');
    expect(await app.invoke('documents.list', {})).toEqual([]);
    expect(filesIn(folderOf(app))).toEqual([]);
    app.close();
  });

  it('lists and searches the register', async () => {
    const app = await demoApp();
    await app.invoke('documents.generate', { kind: 'bao_cao', asOf: '2021-04-12', date: '2021-04-14' });
    await app.invoke('documents.generate', { kind: 'cong_van_don_doc', asOf: '2021-04-12', date: '2021-04-13' });
    expect(await app.invoke('documents.list', { campaignId: 1 })).toHaveLength(2);
    const found = await app.invoke('documents.list', { query: 'don doc' });
    expect(found.map((d) => d.kind)).toEqual(['cong_van_don_doc']);
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
    const req = { kind: 'bao_cao' as const, asOf: '2021-04-12' };
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
    expect(r.numberText).toBe('01/UBND-TĐKT');
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
    const bc = await app.invoke('documents.preview', { kind: 'bao_cao', asOf: '2021-04-12' });
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
    const err = await refusal(app, 'documents.generate', { kind: 'bao_cao' });
    expect(err.message).toMatch(/Vào Cơ quan, điền "Tên cơ quan"/u);
    expect(filesIn(folderOf(app))).toEqual([]);
    app.close();
  });

  it('without a plan number, says where to fill it in; without a signer or abbreviation, too', async () => {
    const app = await demoApp();
    app.connection.raw.prepare("UPDATE campaigns SET plan_number = ''").run();
    expect((await refusal(app, 'documents.generate', { kind: 'bao_cao' })).message).toMatch(/"Số, ký hiệu"/u);
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
    expect((await refusal(app, 'documents.generate', { kind: 'quyet_dinh' })).message).toMatch(/Chọn loại văn bản/u);
    expect((await refusal(app, 'documents.generate', { kind: 'bao_cao', number: 0 })).message).toMatch(/Số văn bản từ 1/u);
    expect((await refusal(app, 'documents.get', { id: 999 })).code).toBe('not_found');
    app.close();
  });
});

describe('the files of the register', () => {
  it('a write that fails consumes no number and leaves no row and no temporary file', async () => {
    const app = await demoApp();
    const dir = folderOf(app);
    // The file name the báo cáo will get is taken by a folder with a file in it: the rename fails for real.
    const blocker = join(dir, 'bao-cao-so-ket_01-BC-UBND_2021-04-14.docx');
    mkdirSync(blocker, { recursive: true });
    writeFileSync(join(blocker, 'cua-nguoi-dung.txt'), 'x');
    const e = await refusal(app, 'documents.generate', { kind: 'bao_cao', asOf: '2021-04-12', date: '2021-04-14' });
    expect(e.message).toMatch(/^Không ghi được tệp "bao-cao-so-ket_01-BC-UBND_2021-04-14\.docx": đã có một thư mục cùng tên/u);
    expect(await app.invoke('documents.list', {})).toEqual([]);
    expect(app.connection.raw.prepare('SELECT count(*) AS n FROM doc_counters').get()).toEqual({ n: 0 });
    expect(filesIn(dir)).toEqual(['bao-cao-so-ket_01-BC-UBND_2021-04-14.docx']);
    rmSync(blocker, { recursive: true });
    const r = await app.invoke('documents.generate', { kind: 'bao_cao', asOf: '2021-04-12', date: '2021-04-14' });
    expect(r.numberText).toBe('01/BC-UBND');
    app.close();
  });

  it('two databases in one folder each serve their own file; a file replaced by hand is reported, not served', async () => {
    const folder = tempDir();
    const open = (name: string) => new TdktApp({ dbPath: join(folder, name), now: () => new Date('2021-04-20T03:00:00.000Z') });
    const a = open('tdkt.sqlite');
    const b = open('phuong-linh-xuan.sqlite');
    await a.invoke('demo.load', {});
    await b.invoke('demo.load', {});
    await b.invoke('documents.saveSections', { kind: 'bao_cao', texts: { trichYeu: 'Báo cáo của phường Linh Xuân' } });
    const ra = await a.invoke('documents.generate', { kind: 'bao_cao', asOf: '2021-04-12', date: '2021-04-14' });
    const rb = await b.invoke('documents.generate', { kind: 'bao_cao', asOf: '2021-04-12', date: '2021-04-14' });
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
    // Regenerating writes the file again and serves it.
    const again = await a.invoke('documents.generate', { kind: 'bao_cao', asOf: '2021-04-12', date: '2021-04-14' });
    expect((await a.invoke('documents.get', { id: again.id })).contentBase64).toBe(again.contentBase64);
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

  it('writes each document to --out, and exits non-zero with a Vietnamese message on bad input', () => {
    expect(cli('demo', '--db', db).code).toBe(0);
    const out = join(dir, 'bao-cao.docx');
    const r = cli('doc', 'bao-cao', '--db', db, '--as-of', '2021-04-12', '--date', '2021-04-14', '--out', out);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Đã tạo Báo cáo sơ kết số 01\/BC-UBND ngày 14\/4\/2021/u);
    expect(bodyTexts(openDocx(readFileSync(out)).document)).toContain(SEED);
    for (const [kind, extra] of [['ke-hoach', []], ['cong-van-don-doc', ['--as-of', '2021-04-12']], ['giay-moi', ['--place', 'Hội trường']]] as const) {
      const file = join(dir, `${kind}.docx`);
      const c = cli('doc', kind, '--db', db, '--out', file, ...extra);
      expect(c.code, c.err).toBe(0);
      expect(readFileSync(file).subarray(0, 2).toString()).toBe('PK');
    }
    const tk = cli('doc', 'bao-cao', '--db', db, '--tong-ket', '--as-of', '2021-04-30', '--date', '2021-05-15', '--out', join(dir, 'tk.docx'));
    expect(tk.out).toMatch(/Báo cáo tổng kết số 02\/BC-UBND/u);

    const bad = cli('doc', 'giay-moi', '--db', db, '--out', join(dir, 'gm2.docx'), '--new');
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(/^Lỗi: Giấy mời chưa có địa điểm hội nghị/u);
    expect(existsSync(join(dir, 'gm2.docx'))).toBe(false);
    expect(cli('doc', 'quyet-dinh', '--db', db, '--out', join(dir, 'x.docx')).err).toMatch(/Chọn một loại văn bản/u);
    expect(cli('doc', 'bao-cao', '--db', db).err).toMatch(/Thiếu --out/u);
    expect(cli('doc', 'bao-cao', '--db', db, '--out', join(dir, 'x.docx'), '--as-of', '12/4/2021').err).toMatch(/Ngày không hợp lệ/u);
    // Nothing half-written anywhere.
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect(readdirSync(join(dataFolderFor(db), DATA_SUBFOLDERS.documents)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});
