import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { closeSync, copyFileSync, existsSync, openSync, readdirSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { DatabaseError } from '../../../db/errors.ts';
import { migrate, userVersion } from '../../../db/migrate.ts';
import { latestVersion, migrations } from '../../../db/migrations/index.ts';
import { type Connection, openDatabase } from '../../../db/open.ts';
import { APPLICATION_ID, verifyDatabaseFile } from '../../../db/verify.ts';
import { ROOT, tempDir } from '../helpers.ts';
import { sha256, tamper, tdktFile } from './files.ts';
import { HOLDER, holdInOtherProcess, NODE } from './other-process.ts';

const IN_USE = /đang được mở bởi một chương trình khác \(ứng dụng TĐKT, dòng lệnh hoặc chế độ trình duyệt\)\. Hãy đóng chương trình đó rồi thử lại\./u;

/** The file's bytes and the names in its folder: what "left as it was" is compared on. */
function snapshot(path: string) {
  return { sha256: existsSync(path) ? sha256(path) : null, files: readdirSync(join(path, '..')).sort() };
}

function setting(conn: Connection, key: string): unknown {
  return conn.raw.prepare('SELECT value FROM settings WHERE key = ?').pluck().get(key);
}

describe('opening and migrating a database file', () => {
  it('creates an empty database at the latest version, marked as TĐKT and in WAL mode', () => {
    const dir = tempDir();
    const path = join(dir, 'new.sqlite');
    const conn = openDatabase(path);
    expect(userVersion(conn.raw)).toBe(latestVersion);
    expect(conn.raw.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    expect(conn.raw.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(conn.raw.pragma('foreign_keys', { simple: true })).toBe(1);
    // EXCLUSIVE locking keeps the WAL index in memory: no "-shm" file, ever.
    expect(readdirSync(dir).sort()).toEqual(['new.sqlite', 'new.sqlite-wal']);
    conn.close();
    expect(readdirSync(dir)).toEqual(['new.sqlite']);
    verifyDatabaseFile(path, { integrity: 'full' });
  });

  it('treats a 0-byte file as a new database when allowed to create one', () => {
    const path = join(tempDir(), 'empty.sqlite');
    writeFileSync(path, '');
    const conn = openDatabase(path);
    expect(userVersion(conn.raw)).toBe(latestVersion);
    conn.close();
  });

  it('reopens its own file with the data in it', () => {
    const path = tdktFile(tempDir(), 'tdkt.sqlite', 2000);
    const conn = openDatabase(path, { create: false });
    expect(setting(conn, 'khoa-1999')).toMatch(/Linh Trung/u);
    conn.close();
  });

  it('backs up before migrating and leaves the file as it was when a step fails', () => {
    const dir = tempDir();
    const path = join(dir, 'old.sqlite');
    const raw = new BetterSqlite3(path);
    migrate(raw, path, migrations);
    raw.prepare("INSERT INTO settings (key, value) VALUES ('percentMode', 'truncate')").run();
    const broken = [
      ...migrations,
      { version: latestVersion + 1, name: 'good step', up: (db: BetterSqlite3.Database) => db.exec('CREATE TABLE extra (x)') },
      { version: latestVersion + 2, name: 'bad step', up: (db: BetterSqlite3.Database) => db.exec('ALTER TABLE nowhere ADD y') },
    ];
    let failure: Error | undefined;
    try {
      migrate(raw, path, broken);
    } catch (e) {
      failure = e as Error;
    }
    expect(failure?.message).toMatch(/bước v\d+ "bad step"\): lỗi không mong đợi\. Tệp được giữ nguyên\. Bản sao lưu: /u);
    // SQLite's own text stays in the cause, for the log.
    expect(failure?.message).not.toMatch(/no such table/u);
    expect(String((failure?.cause as Error | undefined)?.message)).toMatch(/no such table/u);
    expect(userVersion(raw)).toBe(latestVersion);
    expect(raw.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'extra'").pluck().get()).toBe(0);
    expect(raw.prepare("SELECT value FROM settings WHERE key = 'percentMode'").pluck().get()).toBe('truncate');
    raw.close();
    const backups = readdirSync(dir).filter((f) => f.includes('truoc-nang-cap'));
    expect(backups).toHaveLength(1);
    const copy = new BetterSqlite3(join(dir, backups[0]), { readonly: true });
    expect(copy.prepare("SELECT value FROM settings WHERE key = 'percentMode'").pluck().get()).toBe('truncate');
    copy.close();
  });
});

describe('a refused file is left byte for byte as it was', () => {
  type Case = { name: string; make(dir: string): string; create?: boolean; message: RegExp };
  const cases: Case[] = [
    {
      name: 'a database of a newer version',
      make: (dir) => {
        const path = tdktFile(dir, 'tdkt.sqlite', 2000);
        tamper(path, 'PRAGMA user_version = 999');
        return path;
      },
      message: new RegExp(`phiên bản mới hơn của phần mềm \\(lược đồ v999, phần mềm này hỗ trợ đến v${latestVersion}\\)\\. Hãy cập nhật phần mềm\\. Tệp được giữ nguyên\\.`, 'u'),
    },
    {
      name: "another program's SQLite file (tables of its own, application_id 0)",
      make: (dir) => {
        const path = join(dir, 'danh-ba.sqlite');
        tamper(path, "CREATE TABLE contacts (name TEXT, phone TEXT); INSERT INTO contacts VALUES ('Nguyễn Văn A', '0909');", { wal: false });
        return path;
      },
      message: /là cơ sở dữ liệu của một chương trình khác, không phải của TĐKT\. Tệp được giữ nguyên\./u,
    },
    {
      name: "another program's WAL file whose user_version looks like ours",
      make: (dir) => {
        const path = join(dir, 'ke-toan.db');
        tamper(path, 'CREATE TABLE ledger (amount INTEGER); INSERT INTO ledger VALUES (5); PRAGMA user_version = 2;');
        return path;
      },
      message: /là cơ sở dữ liệu của một chương trình khác/u,
    },
    {
      name: "another program's file with an application_id of its own",
      make: (dir) => {
        const path = join(dir, 'khac.sqlite');
        tamper(path, 'CREATE TABLE t (x); PRAGMA application_id = 1179010630; PRAGMA user_version = 1;');
        return path;
      },
      message: /là cơ sở dữ liệu của một chương trình khác/u,
    },
    {
      name: 'a TĐKT file with a corrupt page in the middle',
      make: (dir) => {
        const path = tdktFile(dir, 'tdkt.sqlite', 2000);
        const pageSize = 4096;
        const pages = statSync(path).size / pageSize;
        const fd = openSync(path, 'r+');
        writeSync(fd, randomBytes(pageSize), 0, pageSize, Math.floor(pages / 2) * pageSize);
        closeSync(fd);
        return path;
      },
      message: /bị hỏng/u,
    },
    {
      name: 'random bytes',
      make: (dir) => {
        const path = join(dir, 'ngau-nhien.sqlite');
        writeFileSync(path, randomBytes(64 * 1024));
        return path;
      },
      message: /không phải là cơ sở dữ liệu TĐKT \(SQLite\)\. Tệp được giữ nguyên\./u,
    },
    {
      name: 'a text file',
      make: (dir) => {
        const path = join(dir, 'ghi-chu.sqlite');
        writeFileSync(path, 'Báo cáo sơ kết — không phải cơ sở dữ liệu');
        return path;
      },
      message: /không phải là cơ sở dữ liệu TĐKT/u,
    },
    {
      name: 'a 0-byte file when not allowed to create',
      make: (dir) => {
        const path = join(dir, 'rong.sqlite');
        writeFileSync(path, '');
        return path;
      },
      create: false,
      message: /rỗng \(0 byte\), không chứa dữ liệu TĐKT\. Tệp được giữ nguyên\./u,
    },
  ];

  for (const c of cases) {
    it(`refuses ${c.name} in Vietnamese, naming the file, and changes nothing`, () => {
      const path = c.make(tempDir());
      const before = snapshot(path);
      expect(before.files.filter((f) => /-(wal|shm|journal)$/u.test(f))).toEqual([]);
      for (const attempt of [() => openDatabase(path, { create: c.create ?? true }), () => verifyDatabaseFile(path)]) {
        let error: unknown;
        try {
          attempt();
        } catch (e) {
          error = e;
        }
        expect(error).toBeInstanceOf(DatabaseError);
        expect((error as Error).message).toMatch(c.message);
        expect((error as Error).message).toContain(path);
        expect((error as DatabaseError).reason).toBe('refused');
        expect(snapshot(path)).toEqual(before);
      }
    });
  }

  it('refuses a missing file when asked not to create one, and creates nothing', () => {
    const dir = tempDir();
    expect(() => openDatabase(join(dir, 'missing.sqlite'), { create: false })).toThrow(/Không tìm thấy tệp dữ liệu/u);
    expect(readdirSync(dir)).toEqual([]);
  });
});

function cli(...args: string[]) {
  const r = spawnSync(NODE, [join(ROOT, 'core/hosts/cli/main.ts'), ...args], { encoding: 'utf8', cwd: ROOT });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('one process writes a database at a time', () => {
  it('refuses a second process in Vietnamese while the first writes on, and loses nothing', () => {
    const path = tdktFile(tempDir(), 'tdkt.sqlite', 10);
    const first = openDatabase(path);
    first.raw.prepare("INSERT INTO settings (key, value) VALUES ('truoc', 'một')").run();
    // A second open in this same process is refused too, and without touching the file: on POSIX,
    // closing any descriptor of it would drop this process's lock and let the processes below in.
    expect(() => openDatabase(path)).toThrow(IN_USE);
    expect(() => verifyDatabaseFile(path)).toThrow(IN_USE);

    const t0 = performance.now();
    const other = spawnSync(NODE, [HOLDER, path], { encoding: 'utf8', cwd: ROOT, input: 'put sau hai\nclose\n' });
    const refusedInMs = performance.now() - t0;
    expect(other.status).toBe(3);
    expect(other.stderr).toMatch(IN_USE);
    expect(other.stderr).toContain(path);
    expect(other.stdout).toBe('');
    // The wait for the lock (LOCK_WAIT_MS) plus starting Node: an answer, not a hang.
    expect(refusedInMs).toBeLessThan(10_000);

    for (const args of [['list', 'units', '--db', path, '--json'], ['stats', '--db', path]]) {
      const r = cli(...args);
      expect(r.code, args.join(' ')).toBe(1);
      expect(r.err).toMatch(IN_USE);
    }

    first.raw.prepare("INSERT INTO settings (key, value) VALUES ('trong-khi', 'ba')").run();
    first.close();
    const again = openDatabase(path);
    expect([setting(again, 'truoc'), setting(again, 'trong-khi'), setting(again, 'sau')]).toEqual(['một', 'ba', undefined]);
    again.close();
  });

  it('is refused while another process holds the file, and the lock dies with that process', async () => {
    const path = tdktFile(tempDir(), 'tdkt.sqlite', 10);
    const holder = await holdInOtherProcess(path);
    await holder.put('cua-tien-trinh-khac', 'bốn');
    expect(() => openDatabase(path)).toThrow(IN_USE);
    expect(() => verifyDatabaseFile(path)).toThrow(IN_USE);
    await holder.kill();
    // No lock file to go stale: the OS lock went with the process, and its committed row is in the file.
    const conn = openDatabase(path);
    expect(setting(conn, 'cua-tien-trinh-khac')).toBe('bốn');
    conn.close();
  });

  it('hands the file over once the other process has closed it', async () => {
    const path = tdktFile(tempDir(), 'tdkt.sqlite', 10);
    const holder = await holdInOtherProcess(path);
    await holder.put('a', '1');
    await holder.close();
    const conn = openDatabase(path);
    expect(setting(conn, 'a')).toBe('1');
    conn.close();
  });

  it('folds the WAL into the file on close, so the file alone holds every change', () => {
    const dir = tempDir();
    const path = tdktFile(dir, 'tdkt.sqlite', 3000);
    const conn = openDatabase(path);
    conn.raw.prepare("UPDATE settings SET value = 'đã sửa'").run();
    expect(statSync(`${path}-wal`).size).toBeGreaterThan(0);
    conn.close();
    expect(readdirSync(dir)).toEqual(['tdkt.sqlite']);

    const alone = join(tempDir(), 'chi-tep-chinh.sqlite');
    copyFileSync(path, alone);
    const copy = openDatabase(alone, { create: false });
    expect(copy.raw.prepare("SELECT count(*) FROM settings WHERE value = 'đã sửa'").pluck().get()).toBe(3000);
    copy.close();
  });
});
