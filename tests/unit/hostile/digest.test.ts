// The logical dump both suites compare (tests/unit/helpers.ts databaseDigest): it must see any change
// to any row, and nothing else — a rolled-back write or a VACUUM that moves every page is no change.
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { databaseDigest, demoApp, tempDir } from '../helpers.ts';

describe('databaseDigest', () => {
  it('changes with one cell, one row or the schema version, and not with page layout or a rollback', async () => {
    const app = await demoApp();
    const raw = app.connection.raw;
    const before = databaseDigest(raw);

    expect(() =>
      raw.transaction(() => {
        raw.prepare("UPDATE works SET title = title || '.' WHERE id = 7").run();
        throw new Error('rollback');
      })(),
    ).toThrow('rollback');
    raw.exec('VACUUM');
    expect(databaseDigest(raw)).toBe(before);

    const copy = join(tempDir(), 'copy.sqlite');
    raw.prepare('VACUUM INTO ?').run(copy);
    const other = new BetterSqlite3(copy);
    expect(databaseDigest(other)).toBe(before);
    other.prepare("UPDATE works SET owner = owner || ' ' WHERE id = 703").run();
    const oneCell = databaseDigest(other);
    other.prepare("UPDATE works SET owner = substr(owner, 1, length(owner) - 1) WHERE id = 703").run();
    expect(databaseDigest(other)).toBe(before);
    other.prepare('DELETE FROM work_updates WHERE id = (SELECT max(id) FROM work_updates)').run();
    const oneRow = databaseDigest(other);
    other.pragma('user_version = 99');
    const version = databaseDigest(other);
    other.close();
    app.close();

    expect(new Set([before, oneCell, oneRow, version]).size).toBe(4);
  });
});
