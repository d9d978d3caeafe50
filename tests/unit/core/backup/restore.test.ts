// Restore on real files: a backup brings back the database and its documents, the data just replaced
// is kept as a backup of its own, and any file can be picked by path. Every hostile file is refused in
// Vietnamese naming it, and then nothing has changed: the database file's bytes, the data folder's
// files, the picked file itself.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { TdktApp } from '../../../../core/app.ts';
import { dataSubfolder } from '../../../../core/files/data-folder.ts';
import { APPLICATION_ID } from '../../../../db/verify.ts';
import { demoApp, refusal, tempDir } from '../../helpers.ts';

const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

function tree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out[relative(dir, p)] = sha256(readFileSync(p));
    }
  };
  walk(dir);
  return out;
}

/** Everything a refused restore must leave as it was: the folder holding the database and its data folder. */
function state(app: TdktApp): Record<string, string> {
  // The log is meant to grow with each refusal: every other file must stay as it was.
  const logs = relative(join(app.dbPath, '..'), dataSubfolder(app.dataDir, 'logs'));
  return Object.fromEntries(Object.entries(tree(join(app.dbPath, '..'))).filter(([path]) => !path.startsWith(logs)));
}

async function unitCodes(app: TdktApp): Promise<string[]> {
  return (await app.invoke('org.listUnits', {})).map((u) => u.code).sort();
}

describe('backup.restore', () => {
  it('brings back the database and its documents, and keeps what it replaced as a backup', async () => {
    const app = await demoApp();
    const doc = await app.invoke('documents.generate', { kind: 'bao_cao', stage: 'so_ket', asOf: '2021-04-12', date: '2021-04-14' });
    const before = await unitCodes(app);
    const b = await app.invoke('backup.create', {});
    // Afterwards: a new unit, the báo cáo regenerated (new bytes, same name), a second document.
    await app.invoke('org.saveUnit', { code: 'MOI', name: 'Phường Mới', kind: 'phuong_xa' });
    await app.invoke('documents.generate', { kind: 'bao_cao', stage: 'so_ket', asOf: '2021-04-13', date: '2021-04-14' });
    const gm = await app.invoke('documents.generate', { kind: 'giay_moi', date: '2021-04-14', meeting: { place: 'Hội trường' } });

    const r = await app.invoke('backup.restore', { name: b.name });
    expect(r).toMatchObject({ restored: b.name, documents: 1 });
    expect(r.safetyCopy).toMatchObject({ kind: 'safety', documents: 2 });
    expect(await unitCodes(app)).toEqual(before);
    expect(readdirSync(dataSubfolder(app.dataDir, 'documents'))).toEqual([doc.fileName]);
    // The restored register serves the restored file: the hash check passes.
    expect((await app.invoke('documents.get', { id: doc.id })).contentBase64).toBe(doc.contentBase64);
    expect(existsSync(gm.path)).toBe(false);

    // The safety copy holds exactly what was replaced.
    await app.invoke('backup.restore', { name: r.safetyCopy.name });
    expect(await unitCodes(app)).toEqual([...before, 'MOI'].sort());
    expect((await app.invoke('documents.get', { id: gm.id })).contentBase64).toBe(gm.contentBase64);
    // Nothing temporary is left beside the database or in the data folder.
    expect(Object.keys(state(app)).filter((p) => /\.tmp(\/|$)/u.test(p))).toEqual([]);
    app.close();
  });

  it('restores from a file picked anywhere (a USB drive)', async () => {
    const app = await demoApp();
    const usb = tempDir('tdkt-usb-');
    const b = await app.invoke('backup.create', { folder: usb });
    await app.invoke('org.saveUnit', { code: 'MOI', name: 'Phường Mới', kind: 'phuong_xa' });
    const r = await app.invoke('backup.restore', { path: b.path });
    expect(r.restored).toBe(b.path);
    expect(await unitCodes(app)).not.toContain('MOI');
    expect((await refusal(app, 'backup.restore', {})).message).toMatch(/Chọn một bản sao lưu trong danh sách hoặc một tệp sao lưu/u);
    expect((await refusal(app, 'backup.restore', { name: b.name, path: b.path })).message).toMatch(/Chọn một bản sao lưu/u);
    expect((await refusal(app, 'backup.restore', { name: '../tdkt.sqlite' })).fields?.name).toMatch(/không hợp lệ/u);
    expect((await refusal(app, 'backup.restore', { path: join(usb, 'khong-co.zip') })).code).toBe('not_found');
    app.close();
  });
});

describe('a hostile file is refused, naming it, and nothing changes', () => {
  const dir = tempDir('tdkt-hostile-');

  /** A real TĐKT database file with the demo data, changed by `edit`. */
  function tdktFile(app: TdktApp, name: string, edit?: (raw: BetterSqlite3.Database) => void): string {
    const path = join(dir, name);
    app.connection.raw.prepare('VACUUM INTO ?').run(path);
    if (edit) {
      const raw = new BetterSqlite3(path);
      edit(raw);
      raw.close();
    }
    return path;
  }

  const cases: [string, (app: TdktApp) => Promise<string> | string, RegExp][] = [
    [
      '0 bytes',
      () => {
        const p = join(dir, 'rong.sqlite');
        writeFileSync(p, '');
        return p;
      },
      /rỗng \(0 byte\)/u,
    ],
    [
      'random bytes',
      () => {
        const p = join(dir, 'ngau-nhien.zip');
        writeFileSync(p, Buffer.from(Array.from({ length: 5000 }, (_, i) => (i * 7919 + 13) % 256)));
        return p;
      },
      /không phải bản sao lưu TĐKT \(\.zip\) cũng không phải tệp dữ liệu TĐKT/u,
    ],
    [
      'corrupt pages',
      (app) => {
        const p = tdktFile(app, 'hong-trang.sqlite');
        const bytes = readFileSync(p);
        for (let i = 8 * 4096; i < 12 * 4096; i++) bytes[i] = (i * 31) % 251;
        writeFileSync(p, bytes);
        return p;
      },
      /bị hỏng/u,
    ],
    [
      'another program’s SQLite file',
      () => {
        const p = join(dir, 'chuong-trinh-khac.sqlite');
        const raw = new BetterSqlite3(p);
        raw.exec('CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT); INSERT INTO customers VALUES (1, 1);');
        raw.close();
        return p;
      },
      /là cơ sở dữ liệu của một chương trình khác/u,
    ],
    [
      'a newer version',
      (app) =>
        tdktFile(app, 'moi-hon.sqlite', (raw) => {
          raw.pragma(`application_id = ${APPLICATION_ID}`);
          raw.pragma('user_version = 99');
        }),
      /phiên bản mới hơn của phần mềm \(lược đồ v99/u,
    ],
    [
      'a zip cut short',
      async (app) => {
        const b = await app.invoke('backup.create', { folder: dir });
        const whole = readFileSync(b.path);
        const p = join(dir, 'cat-ngang.zip');
        writeFileSync(p, whole.subarray(0, whole.length - 300));
        return p;
      },
      /chưa được ghi xong/u,
    ],
    [
      'a zip whose database is not the one its manifest names',
      async (app) => {
        const b = await app.invoke('backup.create', { folder: dir });
        const entries = unzipSync(readFileSync(b.path));
        const other = tdktFile(app, 'khac.sqlite', (raw) => raw.exec("DELETE FROM work_updates"));
        entries['du-lieu.sqlite'] = readFileSync(other);
        const p = join(dir, 'bi-sua.zip');
        writeFileSync(p, zipSync(entries));
        return p;
      },
      /phần "du-lieu\.sqlite" không còn như lúc sao lưu/u,
    ],
    [
      'a zip of something else',
      () => {
        const p = join(dir, 'tai-lieu.zip');
        writeFileSync(p, zipSync({ 'a.txt': strToU8('xin chào') }));
        return p;
      },
      /thiếu bảng kê manifest\.json/u,
    ],
  ];

  for (const [what, make, message] of cases) {
    it(what, async () => {
      const app = await demoApp();
      app.connection.raw.pragma('wal_checkpoint(TRUNCATE)');
      const file = await make(app);
      const picked = sha256(readFileSync(file));
      const before = state(app);
      const e = await refusal(app, 'backup.restore', { path: file });
      expect(e.message).toMatch(message);
      expect(e.message).toContain(`"${file}"`);
      expect(e.message).not.toMatch(/SQLITE|Error|malformed|disk image|undefined|central directory/u);
      expect(state(app)).toEqual(before);
      expect(sha256(readFileSync(file))).toBe(picked);
      expect(await app.invoke('works.search', { campaignId: 1, query: 'a' })).not.toHaveLength(0);
      app.close();
    });
  }
});

describe('a restore killed half-way', () => {
  it('is finished on the next open when the database was already swapped, and tidied otherwise', async () => {
    const app = await demoApp();
    const doc = await app.invoke('documents.generate', { kind: 'bao_cao', stage: 'so_ket', asOf: '2021-04-12', date: '2021-04-14' });
    const b = await app.invoke('backup.create', {});
    app.close();
    const docs = dataSubfolder(app.dataDir, 'documents');
    // Killed after the database rename and after the documents folder was moved aside, before the
    // staged documents took its place.
    const staged = join(app.dataDir, '.van-ban.khoi-phuc.tmp');
    renameSync(docs, staged);
    mkdirSync(join(app.dataDir, '.van-ban.truoc-khoi-phuc.tmp'));
    writeFileSync(`${app.dbPath}.khoi-phuc.tmp`, 'nửa chừng');
    const reopened = new TdktApp({ dbPath: app.dbPath, now: () => new Date('2021-04-20T03:00:00.000Z'), autoBackup: false });
    expect(reopened.openProblems).toEqual([]);
    expect((await reopened.invoke('documents.get', { id: doc.id })).contentBase64).toBe(doc.contentBase64);
    expect(readdirSync(app.dataDir).sort()).toEqual(['nhat-ky', 'sao-luu', 'van-ban']);
    expect(readdirSync(join(app.dbPath, '..')).filter((n) => n.includes('khoi-phuc'))).toEqual([]);
    expect((await reopened.invoke('backup.list', {})).map((x) => x.name)).toEqual([b.name]);
    reopened.close();
  });
});
