// Every search box reads a typed query the same way: SQL over the folded columns (units, the
// register of documents) answers exactly what the in-memory rule answers (pickers, typed search).
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { describe, expect, it } from 'vitest';
import { searchCondition, searchText, searchWhere } from '../../../core/search.ts';
import { matchesFolded } from '../../../core/text/fold.ts';
import { demoApp, freshApp } from '../helpers.ts';

const NAMES = [
  'Ủy ban nhân dân phường Linh Trung', 'UBND phường Linh Trung', 'UBND P.Linh Trung', 'Trường THCS Linh Trung',
  'Trường Trung học cơ sở Linh Chiểu', 'Trường TH-THCS Linh Xuân', 'Trường Tiểu học Linh Trung', 'CA phường Thạnh Mỹ Lợi',
  'Công an phường Linh Trung', 'Ban Quản lý chợ Thủ Đức', 'BQL chợ Thủ Đức', 'UBND TP Hồ Chí Minh', 'Trường Mầm non 50% (thử)',
  'Phòng Giáo dục và Đào tạo', 'Hội đồng nhân dân thành phố',
];
const QUERIES = [
  'ubnd linh trung', 'uy ban linh trung', 'phuong linh trung', 'thcs linh', 'trung hoc co so', 'tieu hoc', 'th linh',
  'cong an', 'ca', 'bql', 'ban quan ly cho', 'thanh pho ho chi minh', '50%', '(thu)', 'gd&dt', 'hdnd', 'linh trung', 'khong co',
];

describe('a typed query in SQL', () => {
  it('answers as matchesFolded does, on the raw handle and through Kysely', async () => {
    const raw = new BetterSqlite3(':memory:');
    raw.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, search TEXT NOT NULL)');
    const insert = raw.prepare('INSERT INTO t (id, search) VALUES (?, ?)');
    for (const [i, n] of NAMES.entries()) insert.run(i, searchText(n));
    const db = new Kysely<{ t: { id: number; search: string } }>({ dialect: new SqliteDialect({ database: raw }) });
    for (const q of QUERIES) {
      const expected = NAMES.flatMap((n, i) => (matchesFolded(searchText(n), q) ? [i] : []));
      const c = searchCondition(q)!;
      const bySql = raw.prepare(`SELECT id FROM t WHERE ${c.sql} ORDER BY id`).pluck().all(...c.params);
      expect(bySql, q).toEqual(expected);
      const byKysely = await db.selectFrom('t').select('id').where(searchWhere(q)!).orderBy('id').execute();
      expect(byKysely.map((r) => r.id), q).toEqual(expected);
    }
    // The abbreviations are in play, not just the plain words.
    expect(NAMES.filter((n) => matchesFolded(searchText(n), 'uy ban linh trung'))).toEqual([
      'Ủy ban nhân dân phường Linh Trung', 'UBND phường Linh Trung', 'UBND P.Linh Trung',
    ]);
    expect(searchCondition('  ')).toBeNull();
    await db.destroy();
  });
});

describe('the searches of the app', () => {
  it('units: "ubnd linh trung" and "thcs linh trung" find the demo names; "uy ban" finds a UBND', async () => {
    const app = await demoApp();
    const names = async (query: string) => (await app.invoke('org.listUnits', { query })).map((u) => u.name);
    expect(await names('ubnd linh trung')).toEqual(['Ủy ban nhân dân phường Linh Trung']);
    // Each word may be met anywhere ("trung" inside "Trung học"), as it always could: the screens put
    // the name that reads as typed first (phraseFirst).
    expect(await names('thcs linh trung')).toEqual([
      'Trường Trung học cơ sở Linh Chiểu', 'Trường Trung học cơ sở Linh Tây', 'Trường Trung học cơ sở Linh Trung', 'Trường Trung học cơ sở Linh Xuân',
    ]);
    expect(await names('mn linh trung')).toEqual(['Trường Mầm non Linh Trung']);
    await app.invoke('org.saveUnit', { code: 'P-LT2', name: 'UBND P.Linh Trung 2', kind: 'phuong_xa' });
    expect(await names('uy ban nhan dan phuong linh trung')).toEqual(['UBND P.Linh Trung 2', 'Ủy ban nhân dân phường Linh Trung']);
    app.close();
  });

  it('documents: "cv don doc" finds the công văn đôn đốc in the register', async () => {
    const app = await demoApp();
    await app.invoke('documents.generate', { kind: 'bao_cao', stage: 'so_ket', asOf: '2021-04-12', date: '2021-04-14' });
    await app.invoke('documents.generate', { kind: 'cong_van_don_doc', asOf: '2021-04-12', date: '2021-04-13' });
    expect((await app.invoke('documents.list', { query: 'cv don doc' })).map((d) => d.kind)).toEqual(['cong_van_don_doc']);
    app.close();
  });
});

describe('a fresh database', () => {
  it('finds nothing for a query when there are no units', async () => {
    const app = freshApp();
    expect(await app.invoke('org.listUnits', { query: 'ubnd' })).toEqual([]);
    app.close();
  });
});
