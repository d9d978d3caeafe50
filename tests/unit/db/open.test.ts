import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { DatabaseError } from '../../../db/errors.ts';
import { migrate, userVersion } from '../../../db/migrate.ts';
import { latestVersion, migrations } from '../../../db/migrations/index.ts';
import { openDatabase } from '../../../db/open.ts';
import { tempDir } from '../helpers.ts';

describe('opening and migrating a database file', () => {
  it('creates an empty database at the latest version', () => {
    const path = join(tempDir(), 'new.sqlite');
    const conn = openDatabase(path);
    expect(userVersion(conn.raw)).toBe(latestVersion);
    expect(conn.raw.pragma('foreign_keys', { simple: true })).toBe(1);
    conn.close();
    expect(existsSync(path)).toBe(true);
  });

  it('refuses a file that is not a SQLite database and leaves it untouched', () => {
    const path = join(tempDir(), 'notes.sqlite');
    writeFileSync(path, 'Báo cáo sơ kết — không phải cơ sở dữ liệu');
    const before = readFileSync(path);
    expect(() => openDatabase(path)).toThrow(DatabaseError);
    expect(() => openDatabase(path)).toThrow(/không phải là cơ sở dữ liệu/);
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it('refuses a database written by a newer version', () => {
    const path = join(tempDir(), 'newer.sqlite');
    const raw = new BetterSqlite3(path);
    raw.pragma('user_version = 999');
    raw.close();
    expect(() => openDatabase(path)).toThrow(/phiên bản mới hơn/);
  });

  it('refuses a missing file when asked not to create one', () => {
    expect(() => openDatabase(join(tempDir(), 'missing.sqlite'), { create: false })).toThrow(/Không tìm thấy/);
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
    expect(() => migrate(raw, path, broken)).toThrow(/bad step/);
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
