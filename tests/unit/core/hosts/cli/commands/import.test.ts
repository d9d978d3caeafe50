// `import` and `undo-import` as real processes on a real database: --dry-run prints the preview and
// writes nothing, the import prints its summary, a second run says the file was already imported, a
// refusal exits non-zero with its Vietnamese message and no English, and undo-import puts it back.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
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

function freshDb(): string {
  const path = join(tempDir('tdkt-cli-import-db-'), 'tdkt.sqlite');
  expect(cli('init', '--db', path).code).toBe(0);
  return path;
}
