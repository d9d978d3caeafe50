import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DatabaseError } from '../../../db/errors.ts';
import { openDatabase } from '../../../db/open.ts';
import { buildPathFor, replaceDatabaseFile } from '../../../db/replace.ts';
import { tempDir } from '../helpers.ts';
import { sha256 } from './files.ts';
import { holdInOtherProcess } from './other-process.ts';

const IN_USE = /đang được mở bởi một chương trình khác/u;

/** A closed TĐKT database at `path` whose settings say which one it is. */
function database(path: string, which: string): void {
  const conn = openDatabase(path);
  conn.raw.prepare("INSERT INTO settings (key, value) VALUES ('which', ?)").run(which);
  conn.close();
}

function which(path: string): unknown {
  const conn = openDatabase(path, { create: false });
  try {
    return conn.raw.prepare("SELECT value FROM settings WHERE key = 'which'").pluck().get();
  } finally {
    conn.close();
  }
}

describe('replacing a database file all at once', () => {
  it('builds the new database under a temporary name and renames it over the old one', async () => {
    const dir = tempDir();
    const target = join(dir, 'tdkt.sqlite');
    database(target, 'cũ');
    const seen: string[] = [];
    await replaceDatabaseFile(target, {
      build(path) {
        expect(path).toBe(buildPathFor(target));
        // While the new one is built, the old one is still there, whole.
        seen.push(String(which(target)));
        database(path, 'mới');
      },
    });
    expect(seen).toEqual(['cũ']);
    expect(which(target)).toBe('mới');
    expect(readdirSync(dir)).toEqual(['tdkt.sqlite']);
  });

  it('creates the file when there was none', async () => {
    const dir = tempDir();
    const target = join(dir, 'moi.sqlite');
    await replaceDatabaseFile(target, { build: (path) => database(path, 'mới') });
    expect(which(target)).toBe('mới');
    expect(readdirSync(dir)).toEqual(['moi.sqlite']);
  });

  it("removes the old file's stale side files, which the new one must never read", async () => {
    const dir = tempDir();
    const target = join(dir, 'tdkt.sqlite');
    database(target, 'cũ');
    writeFileSync(`${target}-shm`, randomBytes(32 * 1024));
    writeFileSync(`${target}-journal`, randomBytes(512));
    await replaceDatabaseFile(target, { build: (path) => database(path, 'mới') });
    expect(readdirSync(dir)).toEqual(['tdkt.sqlite']);
    expect(which(target)).toBe('mới');
  });

  it('leaves the old file as it was and no temporary file when the build fails', async () => {
    const dir = tempDir();
    const target = join(dir, 'tdkt.sqlite');
    database(target, 'cũ');
    const before = sha256(target);
    let swapped = false;
    await expect(
      replaceDatabaseFile(target, {
        build(path) {
          database(path, 'mới');
          throw new Error('hỏng giữa chừng');
        },
        beforeSwap() {
          swapped = true;
          return () => {};
        },
      }),
    ).rejects.toThrow('hỏng giữa chừng');
    expect(swapped).toBe(false);
    expect(sha256(target)).toBe(before);
    expect(readdirSync(dir)).toEqual(['tdkt.sqlite']);
  });

  it('undoes the step before the swap and removes the temporary file when the rename fails', async () => {
    const dir = tempDir();
    const target = join(dir, 'tdkt.sqlite');
    const undone: string[] = [];
    await expect(
      replaceDatabaseFile(target, {
        build: (path) => database(path, 'mới'),
        beforeSwap() {
          // Something takes the name in the meantime: a folder, which no rename may replace.
          mkdirSync(join(target, 'ben-trong'), { recursive: true });
          return () => undone.push('undo');
        },
      }),
    ).rejects.toThrow(DatabaseError);
    expect(undone).toEqual(['undo']);
    expect(readdirSync(dir)).toEqual(['tdkt.sqlite']);
    expect(existsSync(buildPathFor(target))).toBe(false);
  });

  it('refuses in Vietnamese while another process holds the old file, which keeps its writes', async () => {
    const dir = tempDir();
    const target = join(dir, 'tdkt.sqlite');
    database(target, 'cũ');
    const holder = await holdInOtherProcess(target);
    await holder.put('truoc', '1');
    let error: unknown;
    try {
      await replaceDatabaseFile(target, { build: (path) => database(path, 'mới') });
    } catch (e) {
      error = e;
    }
    expect((error as DatabaseError).message).toMatch(IN_USE);
    expect((error as DatabaseError).reason).toBe('in-use');
    expect(readdirSync(dir).filter((f) => f.includes('.tmp'))).toEqual([]);
    await holder.put('sau', '2');
    await holder.close();
    const conn = openDatabase(target, { create: false });
    const rows = conn.raw.prepare("SELECT key, value FROM settings WHERE key IN ('which', 'truoc', 'sau') ORDER BY key").all();
    conn.close();
    expect(rows).toEqual([
      { key: 'sau', value: '2' },
      { key: 'truoc', value: '1' },
      { key: 'which', value: 'cũ' },
    ]);
  });

  it('removes a temporary file left by an interrupted run first', async () => {
    const dir = tempDir();
    const target = join(dir, 'tdkt.sqlite');
    writeFileSync(buildPathFor(target), randomBytes(8192));
    writeFileSync(`${buildPathFor(target)}-wal`, randomBytes(8192));
    await replaceDatabaseFile(target, { build: (path) => database(path, 'mới') });
    expect(which(target)).toBe('mới');
    expect(readdirSync(dir)).toEqual(['tdkt.sqlite']);
  });

  it('refuses while another process is building the same file', async () => {
    const dir = tempDir();
    const target = join(dir, 'tdkt.sqlite');
    database(buildPathFor(target), 'đang tạo');
    const builder = await holdInOtherProcess(buildPathFor(target));
    await expect(replaceDatabaseFile(target, { build: (path) => database(path, 'mới') })).rejects.toThrow(IN_USE);
    expect(existsSync(target)).toBe(false);
    await builder.close();
  });
});
