// What still points at a row, read from the schema's foreign keys of a real database: every table and
// column that names the row, counted, and said in Vietnamese without a table's code name.
import { afterEach, describe, expect, it } from 'vitest';
import type { TdktApp } from '../../../core/app.ts';
import { describeReferences, referencesTo } from '../../../core/references.ts';
import { freshApp } from '../helpers.ts';

let app: TdktApp;
afterEach(() => app?.close());

describe('referencesTo', () => {
  it('finds every column whose foreign key names the table, with its count, and nothing for a free row', async () => {
    app = freshApp();
    const unit = await app.invoke('org.saveUnit', { code: 'P01', name: 'Phường Linh Trung', kind: 'phuong_xa' });
    const free = await app.invoke('org.saveUnit', { code: 'P02', name: 'Phường Linh Chiểu', kind: 'phuong_xa' });
    await app.invoke('people.create', { fullName: 'Lê Văn Sơn', unitId: unit.id });
    await app.invoke('people.create', { fullName: 'Võ Thị Sáu', unitId: unit.id });
    const raw = app.connection.raw;
    raw.exec('CREATE TABLE "odd ""name""" (id INTEGER PRIMARY KEY, "from unit" INTEGER REFERENCES units(id))');
    raw.prepare('INSERT INTO "odd ""name""" ("from unit") VALUES (?)').run(unit.id);
    const refs = referencesTo(raw, 'units', unit.id);
    expect(refs).toEqual(
      expect.arrayContaining([
        { table: 'people', column: 'unit_id', count: 2 },
        { table: 'odd "name"', column: 'from unit', count: 1 },
      ]),
    );
    expect(refs.every((r) => r.count > 0)).toBe(true);
    expect(referencesTo(raw, 'units', free.id)).toEqual([]);
  });
});

describe('describeReferences', () => {
  it('names the tables it knows in Vietnamese and the others as "dữ liệu khác", adding up each', () => {
    expect(
      describeReferences([
        { table: 'people', column: 'unit_id', count: 2 },
        { table: 'test_a', column: 'x', count: 1 },
        { table: 'test_b', column: 'y', count: 3 },
      ]),
    ).toBe('2 dòng ở cá nhân, 4 dòng ở dữ liệu khác');
  });
});
