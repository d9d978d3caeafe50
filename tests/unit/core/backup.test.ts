// Making and listing backups on real files: a backup is one .zip holding the database copy, the issued
// documents and a manifest of sha256 hashes, read back here with fflate; only complete, checked backups
// are listed (a cut-short archive or a killed run's temporary file never is); a backup can go to a folder
// the user picks; a full disk (a real 128 KiB tmpfs) is refused in Vietnamese and leaves nothing behind.
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import type { TdktApp } from '../../../core/app.ts';
import { dataSubfolder } from '../../../core/files/data-folder.ts';
import { verifyDatabaseFile } from '../../../db/verify.ts';
import { demoApp, refusal, tempDir } from '../helpers.ts';

const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
const backupsOf = (app: TdktApp) => dataSubfolder(app.dataDir, 'backups');

async function withDocument(): Promise<TdktApp> {
  const app = await demoApp();
  await app.invoke('documents.generate', { kind: 'bao_cao', stage: 'so_ket', asOf: '2021-04-12', date: '2021-04-14' });
  return app;
}

describe('backup.create', () => {
  it('writes one .zip with the database, the documents and a manifest of their hashes', async () => {
    const app = await withDocument();
    const doc = (await app.invoke('documents.list', {}))[0];
    const b = await app.invoke('backup.create', {});
    expect(b).toMatchObject({ name: 'tdkt_20210420-030000.zip', kind: 'manual', documents: 1, createdAt: '2021-04-20T03:00:00.000Z' });
    expect(readdirSync(backupsOf(app))).toEqual([b.name]);
    const zip = unzipSync(readFileSync(b.path));
    expect(Object.keys(zip).sort()).toEqual(['du-lieu.sqlite', 'manifest.json', `van-ban/${doc.fileName}`]);
    const manifest = JSON.parse(Buffer.from(zip['manifest.json']).toString('utf8'));
    expect(manifest).toMatchObject({ format: 'tdkt-sao-luu', version: 1, kind: 'manual', database: 'tdkt.sqlite' });
    for (const f of manifest.files) expect(sha256(zip[f.name])).toBe(f.sha256);
    expect(sha256(zip[`van-ban/${doc.fileName}`])).toBe(doc.fileHash);
    // The database inside is a complete TĐKT file with the demo's data.
    const copy = join(tempDir(), 'copy.sqlite');
    writeFileSync(copy, zip['du-lieu.sqlite']);
    verifyDatabaseFile(copy, { integrity: 'full' });
    const raw = new BetterSqlite3(copy, { readonly: true });
    expect(raw.prepare('SELECT count(*) AS n FROM works').get()).toEqual({ n: 703 });
    raw.close();
    app.close();
  });

  it('lists only complete backups: a cut-short archive and a killed run’s temporary files are not restorable', async () => {
    const app = await demoApp();
    const b = await app.invoke('backup.create', {});
    const dir = backupsOf(app);
    const whole = readFileSync(b.path);
    // What the old code left after a kill: the final name on a file that stops half-way.
    writeFileSync(join(dir, 'tdkt_20210420-020000.zip'), whole.subarray(0, Math.floor(whole.length / 2)));
    writeFileSync(join(dir, 'tdkt_20210420-010000.zip'), Buffer.alloc(0));
    writeFileSync(join(dir, 'khong-phai.zip'), 'PK không phải zip');
    const stray = `.tdkt_20210420-000000.zip.${2 ** 22 + 1}-1618887600000-1.tmp`;
    writeFileSync(join(dir, stray), whole.subarray(0, 1000));
    writeFileSync(join(dir, `.du-lieu.sqlite.${2 ** 22 + 1}-1618887600000-2.tmp-journal`), 'x');
    const listed = await app.invoke('backup.list', {});
    expect(listed.map((x) => x.name)).toEqual([b.name]);
    expect(readdirSync(dir).filter((n) => n.startsWith('.'))).toEqual([]);
    const cut = await refusal(app, 'backup.restore', { name: 'tdkt_20210420-020000.zip' });
    expect(cut.message).toBe(
      'Tệp "tdkt_20210420-020000.zip" không phải bản sao lưu TĐKT hoặc chưa được ghi xong (tệp nén không đầy đủ). Tệp được giữ nguyên, dữ liệu đang dùng không thay đổi.',
    );
    app.close();
  });

  it('writes into a folder the user picks, and says so when the folder is not there', async () => {
    const app = await demoApp();
    const usb = tempDir('tdkt-usb-');
    const b = await app.invoke('backup.create', { folder: usb });
    expect(b.path).toBe(join(usb, b.name));
    expect(readdirSync(usb)).toEqual([b.name]);
    // The data folder's own list is about the data folder.
    expect(await app.invoke('backup.list', {})).toEqual([]);
    const missing = await refusal(app, 'backup.create', { folder: join(usb, 'khong-co') });
    expect(missing.message).toBe(`Không tìm thấy thư mục "${join(usb, 'khong-co')}". Hãy kiểm tra ổ đĩa (USB) đã cắm và đường dẫn đúng.`);
    expect((await refusal(app, 'backup.create', { folder: 'SaoLuu' })).fields?.folder).toMatch(/^Nhập đường dẫn đầy đủ/u);
    app.close();
  });

  it('gives a second backup of the same second its own name', async () => {
    const app = await demoApp();
    const a = await app.invoke('backup.create', {});
    const b = await app.invoke('backup.create', {});
    expect([a.name, b.name]).toEqual(['tdkt_20210420-030000.zip', 'tdkt_20210420-030000-2.zip']);
    app.close();
  });
});

// A real full disk needs a small file system of its own: a tmpfs, which only a privileged user can mount.
const mountPoint = tempDir('tdkt-full-');
const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=128k', 'tmpfs', mountPoint]).status === 0;
afterAll(() => {
  if (mounted) spawnSync('umount', [mountPoint]);
});

describe.skipIf(!mounted)('a full disk', () => {
  it('refuses in Vietnamese, names the backup and leaves no file in the folder', async () => {
    const app = await withDocument();
    const e = await refusal(app, 'backup.create', { folder: mountPoint });
    expect(e.message).toMatch(/^Ổ đĩa đã đầy, không ghi được tệp "tdkt_20210420-030000\.zip"\. Hãy xóa bớt tệp không cần thiết hoặc chọn ổ đĩa khác rồi thử lại\./u);
    expect(readdirSync(mountPoint)).toEqual([]);
    expect(await app.invoke('documents.list', {})).toHaveLength(1);
    app.close();
  });
});

describe('legacy .sqlite backups in the list', () => {
  it('are listed as database-only copies and restore', async () => {
    const app = await demoApp();
    const dir = backupsOf(app);
    mkdirSync(dir, { recursive: true });
    const src = join(tempDir(), 'cu.sqlite');
    app.connection.raw.prepare('VACUUM INTO ?').run(src);
    copyFileSync(src, join(dir, 'tdkt-20210101-000000.sqlite'));
    // One cut short the way the old code left them after a kill: never listed.
    const whole = readFileSync(src);
    writeFileSync(join(dir, 'tdkt-20210102-000000.sqlite'), whole.subarray(0, whole.length - 4096));
    const listed = await app.invoke('backup.list', {});
    expect(listed.map((b) => b.name)).toEqual(['tdkt-20210101-000000.sqlite']);
    const [entry] = listed;
    expect(entry).toMatchObject({ name: 'tdkt-20210101-000000.sqlite', kind: 'manual', documents: null });
    const r = await app.invoke('backup.restore', { name: entry.name });
    expect(r.documents).toBeNull();
    app.close();
  });
});
