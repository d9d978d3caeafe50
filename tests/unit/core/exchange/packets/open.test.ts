// The malformed corpus (tests/fixtures/exchange/packets, written by make.ts from one valid packet): each
// file is refused with its OWN Vietnamese message, naming the file, the entry and the record; the notes
// (NFD, TCVN3) open with their note; and opening all of them through the API leaves every table of a
// real database exactly as it was.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TdktApp } from '../../../../../core/app.ts';
import { openPacket } from '../../../../../core/exchange/packets/open.ts';
import { writePacket } from '../../../../../core/exchange/packets/write.ts';
import { CAMPAIGN_DATA, REPORT_DATA, REPORT_HEAD, REPORT_PAPER } from '../../../../fixtures/exchange/packets/make.ts';
import { databaseDigest, demoApp, freshApp, ROOT } from '../../../helpers.ts';

const CORPUS = join(ROOT, 'tests/fixtures/exchange/packets');

/** File → a fragment of the refusal that only that file's fault gives. */
const REFUSED: Record<string, string> = {
  'empty.tdkt': 'tệp rỗng, không có dữ liệu',
  'truncated.tdkt': 'tệp nén bị hỏng hoặc bị cắt dở',
  'not-a-zip.tdkt': 'không phải gói dữ liệu .tdkt (không phải tệp nén zip)',
  'renamed-docx.tdkt': 'tệp Word hoặc Excel (.docx, .xlsx) bị đổi đuôi',
  'zero-entries.tdkt': 'gói không chứa tệp nào',
  'zip-bomb.tdkt': 'tệp "data.json" khi giải nén lớn hơn 200 MB',
  'declared-bomb.tdkt': 'tệp "data.json" khi giải nén lớn hơn 200 MB',
  'lying-size.tdkt': 'tệp data.json có 100 byte, manifest.json ghi',
  'lying-stored-size.tdkt': 'tệp "data.json" có kích thước khác với kích thước ghi trong tệp nén',
  'too-many-entries.tdkt': 'gói có quá nhiều tệp (tối đa 1000)',
  'entry-dotdot.tdkt': 'tệp "attachments/../../evil.txt" trong gói có đường dẫn không an toàn: có ".."',
  'entry-absolute.tdkt': 'tệp "/etc/cron.d/evil" trong gói có đường dẫn không an toàn: là đường dẫn tuyệt đối',
  'entry-backslash.tdkt': 'có dấu gạch ngược',
  'entry-drive-letter.tdkt': 'tệp "C:/Windows/evil.dll" trong gói có đường dẫn không an toàn: có tên ổ đĩa',
  'duplicate-entry.tdkt': 'tệp "data.json" có hai lần trong gói',
  'unsupported-method.tdkt': 'được nén bằng cách không hỗ trợ (mã 12)',
  'no-manifest.tdkt': 'thiếu tệp manifest.json',
  'no-data.tdkt': 'thiếu tệp data.json',
  'manifest-not-json.tdkt': 'manifest.json không phải JSON hợp lệ',
  'wrong-format.tdkt': 'không phải gói dữ liệu TĐKT (manifest.json, trường format',
  'newer-version.tdkt': 'định dạng phiên bản 2, mới hơn phiên bản 1',
  'version-as-text.tdkt': 'manifest.json, trường version: phiên bản định dạng gói không hợp lệ',
  'unknown-kind.tdkt': 'manifest.json, trường kind: loại gói "backup" không có',
  'manifest-unknown-field.tdkt': 'manifest.json, trường password: trường này không có trong định dạng gói',
  'manifest-proto.tdkt': 'manifest.json: trường "__proto__" không được phép',
  'bad-sender-role.tdkt': 'manifest.json, bên gửi, trường role:',
  'wrong-checksum.tdkt': 'tệp data.json sai mã kiểm tra sha256',
  'wrong-byte-count.tdkt': 'tệp data.json có 4916 byte, manifest.json ghi 4917 byte',
  'unlisted-attachment.tdkt': 'tệp "attachments/bao-cao.pdf" có trong gói nhưng không được liệt kê trong manifest.json',
  'unlisted-foreign-file.tdkt': 'tệp "readme.txt" có trong gói nhưng không được liệt kê',
  'listed-foreign-file.tdkt': 'manifest.json, tệp thứ 2: gói không được chứa tệp "run.exe"',
  'listed-missing.tdkt': 'tệp "attachments/thieu.pdf" được liệt kê nhưng không có trong gói',
  'data-not-json.tdkt': 'data.json không phải JSON hợp lệ',
  'data-not-utf8.tdkt': 'data.json không phải văn bản UTF-8',
  'data-proto.tdkt': 'data.json, công trình thứ 2: trường "__proto__" không được phép',
  'data-constructor.tdkt': 'data.json, đơn vị thứ 2: trường "constructor" không được phép',
  'data-too-deep.tdkt': 'dữ liệu lồng nhau quá sâu',
  'unknown-field.tdkt': 'data.json, công trình thứ 1, trường password: trường này không có trong định dạng gói',
  'data-unknown-list.tdkt': 'data.json, trường decisions: trường này không có trong định dạng gói',
  'bad-status.tdkt': 'data.json, công trình thứ 3, trường status: Trạng thái không hợp lệ',
  'title-too-long.tdkt': 'data.json, công trình thứ 2, trường title: Tối đa 1000 ký tự',
  'date-out-of-range.tdkt': 'data.json, công trình thứ 1, trường dueDate: Ngày không hợp lệ: 2300-01-01 — năm 2300 nằm ngoài khoảng 1900–2100',
  'impossible-date.tdkt': 'data.json, đăng ký tham gia thứ 2, trường registeredOn: Ngày không hợp lệ: 2021-02-30 — tháng 02/2021 chỉ có 28 ngày',
  'timestamp-out-of-range.tdkt': 'data.json, báo cáo thứ 1, trường updatedAt: Thời điểm nằm ngoài khoảng 1900–2100',
  'duplicate-uuid.tdkt': 'data.json, công trình thứ 2: mã uuid 00000000-0000-4000-8000-000000000101 trùng với công trình thứ 1',
  'duplicate-unit-code.tdkt': 'data.json, đơn vị thứ 3: mã đơn vị "dv1" trùng với đơn vị thứ 1',
  'campaign-uuid-mismatch.tdkt': 'data.json, đợt thi đua: mã uuid khác với mã ghi trong manifest.json',
  'campaign-missing.tdkt': 'data.json thiếu thông tin đợt thi đua',
  'unknown-group.tdkt': 'data.json, đơn vị thứ 1, thành viên khối/cụm thứ 1: khối/cụm mã "KHOI-KHAC" không có trong gói',
  'unknown-unit.tdkt': 'data.json, công trình thứ 4: đơn vị mã "DV9" không có trong danh sách đơn vị của gói',
  'another-units-records.tdkt': 'data.json, công trình thứ 3: gói dữ liệu của đơn vị DV1 chứa công trình của đơn vị DV2',
  'report-from-secretariat.tdkt': 'manifest.json, bên gửi: gói báo cáo phải do một đơn vị gửi',
  'campaign-from-unit.tdkt': 'gói của đợt thi đua phải do cơ quan thường trực gửi',
  'proposal-from-secretariat.tdkt': 'manifest.json, bên gửi: gói đề nghị khen thưởng phải do một đơn vị gửi',
  'proposal-another-unit.tdkt': 'data.json, đề nghị khen thưởng thứ 1: gói dữ liệu của đơn vị DV1 chứa đề nghị khen thưởng của đơn vị DV2',
  'proposal-nominee-another-unit.tdkt': 'người/tập thể được đề nghị thứ 2: gói dữ liệu của đơn vị DV1 đề nghị khen thưởng cho người, tập thể của đơn vị DV2',
  'proposal-person-another-unit.tdkt': 'data.json, cá nhân thứ 1: gói dữ liệu của đơn vị DV1 chứa cá nhân "Nguyễn Thị Thanh Tâm" của đơn vị DV3',
  'proposal-nominee-unknown-person.tdkt': 'người/tập thể được đề nghị thứ 1: cá nhân mã 00000000-0000-4000-8000-000000000069 không có trong danh sách cá nhân của gói',
  'proposal-with-works.tdkt': 'data.json, công trình thứ 1: gói đề nghị khen thưởng không được chứa công trình',
  'report-with-proposals.tdkt': 'data.json, đề nghị khen thưởng thứ 1: chỉ gói đề nghị khen thưởng (kind "proposal") được chứa đề nghị khen thưởng',
  'attachment-wrong-checksum.tdkt': 'tệp attachments/5595398b74cf0e42f8eaf5f2908d8cf689a3cd1cd9ed6571… sai mã kiểm tra sha256 ghi trong manifest.json',
  'attachment-record-mismatch.tdkt': 'tệp đính kèm thứ 1: mã sha256 hoặc kích thước khác với manifest.json ghi cho tệp',
  'attachment-missing.tdkt': 'tệp đính kèm thứ 1: tệp "attachments/khong-co.pdf" không có trong gói',
};

/** File → the error its preview shows on a secretariat holding the campaign: it opens, the database refuses it. */
const PREVIEWED: Record<string, string> = {
  'nominee-unknown-form.tdkt': 'Hình thức khen thưởng "huan_chuong_lao_dong_hang_tu" không có trong danh mục khen thưởng.',
  'person-birth-year-ahead.tdkt': 'Cá nhân "Nguyễn Thị Thanh Tâm" không nhập được: Năm sinh phải từ 1900 đến 2021.',
};

/** File → the notes it opens with (every one of them, in order). */
const NOTED: Record<string, string[]> = {
  'valid-campaign.tdkt': [],
  'valid-report.tdkt': [],
  'valid-proposal.tdkt': [],
  'nfd-names.tdkt': [
    'data.json, cá nhân thứ 1, trường fullName: văn bản dạng Unicode tổ hợp (NFD) đã được chuyển sang dạng dựng sẵn (NFC).',
    'data.json, đề nghị khen thưởng thứ 1, người/tập thể được đề nghị thứ 2, trường name: văn bản dạng Unicode tổ hợp (NFD) đã được chuyển sang dạng dựng sẵn (NFC).',
  ],
  'nfd-text.tdkt': [
    'data.json, đơn vị thứ 2, trường name: văn bản dạng Unicode tổ hợp (NFD) đã được chuyển sang dạng dựng sẵn (NFC).',
    'data.json, công trình thứ 1, trường title: văn bản dạng Unicode tổ hợp (NFD) đã được chuyển sang dạng dựng sẵn (NFC).',
  ],
  'tcvn3-text.tdkt': [
    'data.json, báo cáo thứ 1, trường content: "Phßng V¨n hãa - Th«ng tin ®· hoµn thµnh" có vẻ được gõ bằng bảng mã TCVN3 (.VnTime), không phải Unicode: hãy kiểm tra lại ở bên gửi.',
  ],
};

const BOMBS = ['zip-bomb.tdkt', 'declared-bomb.tdkt'];
const read = (name: string) => readFileSync(join(CORPUS, name));

describe('the malformed packet corpus', () => {
  let app: TdktApp;
  let raw: BetterSqlite3.Database;
  let before: string;
  beforeAll(async () => {
    app = await demoApp();
    raw = app.connection.raw;
    before = databaseDigest(raw);
  });
  afterAll(() => app.close());

  it('holds at least 30 malformed files, every one of them in the table below', () => {
    const files = readdirSync(CORPUS).filter((f) => f.endsWith('.tdkt')).sort();
    expect(files).toEqual([...Object.keys(REFUSED), ...Object.keys(NOTED), ...Object.keys(PREVIEWED)].sort());
    expect(Object.keys(REFUSED).length).toBeGreaterThanOrEqual(30);
  });

  it.each(Object.entries(REFUSED))('refuses %s with its own message, through the API', async (name, fragment) => {
    const env = await app.call('exchange.readPacket', { fileName: name, contentBase64: read(name).toString('base64') });
    expect(env.ok).toBe(false);
    if (env.ok) return;
    expect(env.error.code).toBe('invalid');
    expect(env.error.message.startsWith(`Tệp "${name}": `)).toBe(true);
    expect(env.error.message).toContain(fragment);
    // The message is this file's own: no other file's fragment fits it (the two bombs share theirs).
    const fitting = Object.entries(REFUSED).filter(([, f]) => env.error.message.includes(f)).map(([n]) => n);
    expect(fitting).toEqual(BOMBS.includes(name) ? BOMBS : [name]);
  });

  it.each(Object.entries(NOTED))('opens %s with exactly its notes', (name, notes) => {
    const { input } = openPacket(name, read(name));
    expect(input.notes.map((n) => n.message)).toEqual(notes);
    expect(input.errors).toEqual([]);
  });

  it('stores NFD text as NFC', () => {
    const { input } = openPacket('nfd-text.tdkt', read('nfd-text.tdkt'));
    expect(input.works[0].title).toBe(CAMPAIGN_DATA.works[0].title);
    expect(input.works[0].title).toBe(input.works[0].title.normalize('NFC'));
    expect(input.units[1].name).toBe('Phường Linh Chiểu');
  });

  it("refuses a unit's report packet that carries khối/cụm or another unit's registration", () => {
    const withGroups = writePacket(REPORT_HEAD, { ...REPORT_DATA, groups: CAMPAIGN_DATA.groups }).bytes;
    expect(() => openPacket('g.tdkt', withGroups)).toThrow('Tệp "g.tdkt": data.json, khối/cụm thứ 1: gói báo cáo của đơn vị không được chứa khối/cụm.');
    const otherRegistration = writePacket(REPORT_HEAD, { ...REPORT_DATA, registrations: CAMPAIGN_DATA.registrations.slice(0, 2) }).bytes;
    expect(() => openPacket('g.tdkt', otherRegistration)).toThrow('data.json, đăng ký tham gia thứ 2: gói dữ liệu của đơn vị DV1 chứa dữ liệu của đơn vị DV2.');
  });

  it('stores NFD names of a proposal as NFC', () => {
    const { input } = openPacket('nfd-names.tdkt', read('nfd-names.tdkt'));
    expect(input.people![0].fullName).toBe('Nguyễn Thị Thanh Tâm');
    expect(input.proposals![0].nominees[1].name).toBe('Tổ dân phố 5');
  });

  it('leaves every table of the database byte for byte as it was', async () => {
    for (const name of [...Object.keys(REFUSED), ...Object.keys(NOTED), ...Object.keys(PREVIEWED)]) {
      await app.call('exchange.readPacket', { fileName: name, contentBase64: read(name).toString('base64') });
    }
    expect(databaseDigest(raw)).toBe(before);
  });
});

describe('proposal packets the database refuses', () => {
  let app: TdktApp;
  let before: string;
  beforeAll(async () => {
    // The secretariat holding the corpus's campaign and its units DV1–DV3.
    app = freshApp();
    const campaign = await app.invoke('exchange.preview', { fileName: 'valid-campaign.tdkt', contentBase64: read('valid-campaign.tdkt').toString('base64') });
    await app.invoke('exchange.apply', { stagingId: campaign.stagingId });
    before = databaseDigest(app.connection.raw);
  });
  afterAll(() => app.close());

  it.each(Object.entries(PREVIEWED))('previews %s with its own error, refuses the whole proposal, and applying it writes nothing', async (name, message) => {
    const preview = await app.invoke('exchange.preview', { fileName: name, contentBase64: read(name).toString('base64') });
    const errors = preview.rows.filter((r) => r.action === 'error');
    expect(errors.map((r) => r.message)).toContain(message);
    expect(errors.find((r) => r.kind === 'proposals')?.message).toContain(message);
    expect(preview.rows.filter((r) => r.action !== 'error')).toEqual([]);
    const others = Object.entries(PREVIEWED).filter(([n]) => n !== name).map(([, m]) => m);
    expect(errors.some((r) => others.some((m) => r.message?.includes(m)))).toBe(false);
    const applied = await app.invoke('exchange.apply', { stagingId: preview.stagingId });
    expect(applied.written).toBe(0);
    expect(databaseDigest(app.connection.raw)).toBe(before);
  });

  it('imports the valid proposal of the corpus with its paper', async () => {
    const preview = await app.invoke('exchange.preview', { fileName: 'valid-proposal.tdkt', contentBase64: read('valid-proposal.tdkt').toString('base64') });
    expect(preview.rows.map((r) => [r.kind, r.action])).toEqual([
      ['proposals', 'new'],
      ['people', 'new'],
      ['nominees', 'new'],
      ['nominees', 'new'],
      ['attachments', 'new'],
    ]);
    await app.invoke('exchange.apply', { stagingId: preview.stagingId });
    const [row] = await app.invoke('proposals.list', {});
    const paper = (await app.invoke('proposals.get', { id: row.id })).attachments[0];
    const content = await app.invoke('proposals.attachment', { id: paper.id });
    expect(Buffer.from(content.contentBase64, 'base64').equals(Buffer.from(REPORT_PAPER))).toBe(true);
    await app.invoke('exchange.undoLast', {});
  });
});
