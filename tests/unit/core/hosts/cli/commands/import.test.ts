// `import` and `undo-import` as real processes on a real database: --dry-run prints the preview and
// writes nothing, the import prints its summary, a second run says the file was already imported, a
// refusal exits non-zero with its Vietnamese message and no English, and undo-import puts it back.
import { spawnSync } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { attachmentFolder } from '../../../../../../core/awards/attachments.ts';
import { ROOT, tempDir } from '../../../../helpers.ts';
import { appWithCampaign, dataDump, input, work } from '../../../exchange/pipeline/inputs.ts';

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, [join(ROOT, 'core/hosts/cli/main.ts'), ...args], { encoding: 'utf8', cwd: ROOT });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('npm run cli -- import / undo-import', () => {
  it('previews, imports once, says so the second time, and undoes', async () => {
    const app = await appWithCampaign();
    const db = app.dbPath;
    const raw = app.connection.raw;
    const before = dataDump(raw);
    app.close();
    const dir = tempDir('tdkt-cli-import-');
    const file = join(dir, 'p01.json');
    writeFileSync(file, JSON.stringify(input({ works: [work('P01', 'Trồng cây xanh'), work('P09', 'Mở rộng hẻm')] })));

    const dry = cli('import', '--db', db, file, '--dry-run', '--json');
    expect(dry.err).toBe('');
    expect(dry.code).toBe(0);
    const preview = JSON.parse(dry.out);
    expect(preview.counts.works).toMatchObject({ new: 1, error: 1 });
    expect(preview.rows.find((r: { action: string }) => r.action === 'error').message).toBe('Đơn vị "P09" không có trong danh sách đơn vị.');

    const done = cli('import', '--db', db, file);
    expect(done.code).toBe(0);
    expect(done.out).toMatch(/^Đã nhập 2 bản ghi từ "p01\.json"\.\n {2}Đăng ký tham gia: mới 1.*\n {2}Công trình: mới 1, thay đổi 0, không đổi 0, có thể trùng 0, mâu thuẫn 0, lỗi 1\n$/u);
    const again = cli('import', '--db', db, file, '--json');
    expect(JSON.parse(again.out)).toMatchObject({ packetId: null, written: 0 });
    expect(JSON.parse(again.out).message).toMatch(/^Gói dữ liệu này đã được nhập ngày /u);

    const undone = cli('undo-import', '--db', db);
    expect(undone.code).toBe(0);
    expect(undone.out).toMatch(/^Đã hoàn tác lần nhập "p01\.json" ngày /u);
    const { TdktApp } = await import('../../../../../../core/app.ts');
    const reopened = new TdktApp({ dbPath: db, create: false });
    expect(dataDump(reopened.connection.raw)).toEqual(before);
    reopened.close();
  });

  it('refuses in Vietnamese with a non-zero exit: a file that is not an import file, a campaign we do not hold, nothing to undo', async () => {
    const app = freshDb();
    const dir = tempDir('tdkt-cli-import-');
    const bad = join(dir, 'hong.json');
    writeFileSync(bad, '{"source": ');
    const r1 = cli('import', '--db', app, bad);
    expect([r1.code, r1.err]).toEqual([1, 'Lỗi: Tệp "hong.json" không đọc được: nội dung bị hỏng hoặc không phải tệp dữ liệu để nhập.\n']);
    const stranger = join(dir, 'la.json');
    writeFileSync(stranger, JSON.stringify(input({ works: [work('P01', 'Trồng cây xanh')] })));
    const r2 = cli('import', '--db', app, stranger);
    expect(r2.code).toBe(1);
    expect(r2.err).toBe('Lỗi: Tệp "la.json" thuộc một đợt thi đua không có trong dữ liệu này. Hãy nhập gói dữ liệu của đợt thi đua trước, hoặc kiểm tra lại tệp.\n');
    const broken = join(dir, 'goi.tdkt');
    writeFileSync(broken, 'không phải gói dữ liệu');
    const r3 = cli('import', '--db', app, broken);
    expect(r3.code).toBe(1);
    expect(r3.err).toMatch(/^Lỗi: .*"goi\.tdkt"/u);
    expect(r3.err).not.toMatch(/[A-Za-z]+Error|at /u);
    const other = join(dir, 'bao-cao.docx');
    writeFileSync(other, 'PK');
    const r5 = cli('import', '--db', app, other);
    expect([r5.code, r5.err]).toEqual([1, 'Lỗi: Không nhập được tệp "bao-cao.docx": chỉ nhập được gói dữ liệu .tdkt và biểu mẫu Excel .xlsx do phần mềm tạo ra.\n']);
    const r4 = cli('undo-import', '--db', app);
    expect([r4.code, r4.err]).toEqual([1, 'Lỗi: Chưa có lần nhập dữ liệu nào để hoàn tác.\n']);
  });
});

describe('npm run cli -- export-packet --kind proposal / import of a proposal packet', () => {
  it("carries a unit's proposal and its paper from the unit's database into the secretariat's, and undoes it", async () => {
    const { TdktApp } = await import('../../../../../../core/app.ts');
    const dir = tempDir('tdkt-cli-proposal-');
    const sec = new TdktApp({ dbPath: join(dir, 'thuong-truc.sqlite'), now: () => new Date('2021-04-20T03:00:00.000Z') });
    await sec.invoke('settings.saveAgency', { parentBody: 'Ủy ban nhân dân Thành phố Hồ Chí Minh', name: 'Ủy ban nhân dân thành phố Thủ Đức', locality: 'Thủ Đức', abbreviation: 'UBND' });
    const ward = await sec.invoke('org.saveUnit', { code: 'P01', name: 'Phường Linh Trung', kind: 'phuong_xa' });
    await sec.invoke('campaigns.save', { name: 'Đợt thi đua 100 ngày', form: 'chuyen_de', startDate: '2021-03-12', endDate: '2021-05-19', unitIds: [ward.id] });
    const campaignPacket = await sec.invoke('exchange.exportPacket', { campaignId: 1, unitCode: 'P01' });
    const before = dataDump(sec.connection.raw);
    sec.close();

    const unit = new TdktApp({ dbPath: join(dir, 'phuong.sqlite'), now: () => new Date('2021-04-18T01:00:00.000Z') });
    const staged = await unit.invoke('exchange.preview', campaignPacket);
    await unit.invoke('exchange.apply', { stagingId: staged.stagingId });
    await unit.invoke('settings.save', { installUnitCode: 'P01' });
    const person = await unit.invoke('people.create', { fullName: 'Trần Văn Bình', gender: 'nam', birthYear: 1979, position: 'Tổ trưởng tổ dân phố', unitId: 1 });
    const proposal = await unit.invoke('proposals.create', { unitId: 1, campaignId: 1, year: 2021, submissionNumber: '7/TTr-UBND', status: 'da_trinh' });
    await unit.invoke('proposals.addNominee', { proposalId: proposal.id, kind: 'ca_nhan', personId: person.id, formCode: 'giay_khen_ca_nhan', achievement: 'Vận động trồng cây' });
    const paper = Buffer.from('Báo cáo thành tích ông Trần Văn Bình', 'utf8');
    await unit.invoke('proposals.attach', { proposalId: proposal.id, fileName: 'bao-cao.txt', contentBase64: paper.toString('base64') });
    unit.close();

    const file = join(dir, 'de-nghi.tdkt');
    const exported = cli('export-packet', '--db', join(dir, 'phuong.sqlite'), '--campaign', '1', '--kind', 'proposal', '--out', file);
    expect([exported.code, exported.err]).toEqual([0, '']);
    const dry = cli('import', '--db', join(dir, 'thuong-truc.sqlite'), file, '--dry-run', '--json');
    expect(JSON.parse(dry.out).counts).toMatchObject({ proposals: { new: 1 }, people: { new: 1 }, nominees: { new: 1 }, attachments: { new: 1 } });
    const done = cli('import', '--db', join(dir, 'thuong-truc.sqlite'), file);
    expect(done.code).toBe(0);
    expect(done.out).toBe(
      'Đã nhập 4 bản ghi từ "de-nghi.tdkt".\n  Cá nhân: mới 1, thay đổi 0, không đổi 0, có thể trùng 0, mâu thuẫn 0, lỗi 0\n  Đề nghị khen thưởng: mới 1, thay đổi 0, không đổi 0, có thể trùng 0, mâu thuẫn 0, lỗi 0\n  Người, tập thể được đề nghị: mới 1, thay đổi 0, không đổi 0, có thể trùng 0, mâu thuẫn 0, lỗi 0\n  Tệp đính kèm: mới 1, thay đổi 0, không đổi 0, có thể trùng 0, mâu thuẫn 0, lỗi 0\n',
    );
    const bad = cli('export-packet', '--db', join(dir, 'phuong.sqlite'), '--campaign', '1', '--kind', 'khen', '--out', file);
    expect([bad.code, bad.err]).toEqual([1, 'Lỗi: --kind nhận "campaign" (gói đợt thi đua), "report" (báo cáo) hoặc "proposal" (đề nghị khen thưởng).\n']);

    const check = new TdktApp({ dbPath: join(dir, 'thuong-truc.sqlite'), create: false });
    const [row] = await check.invoke('proposals.list', {});
    const detail = await check.invoke('proposals.get', { id: row.id });
    expect(detail.nomineeList.map((n) => n.name)).toEqual(['Trần Văn Bình']);
    const content = await check.invoke('proposals.attachment', { id: detail.attachments[0].id });
    expect(Buffer.from(content.contentBase64, 'base64').equals(paper)).toBe(true);
    check.close();

    expect(cli('undo-import', '--db', join(dir, 'thuong-truc.sqlite')).code).toBe(0);
    const reopened = new TdktApp({ dbPath: join(dir, 'thuong-truc.sqlite'), create: false });
    expect(dataDump(reopened.connection.raw)).toEqual(before);
    expect(readdirSync(attachmentFolder(reopened.dataDir)).filter((f) => f.startsWith('ho-so-'))).toEqual([]);
    reopened.close();
  });
});

function freshDb(): string {
  const path = join(tempDir('tdkt-cli-import-db-'), 'tdkt.sqlite');
  expect(cli('init', '--db', path).code).toBe(0);
  return path;
}
