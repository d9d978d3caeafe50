// The works' counts at a day, checked against the same rule worked out in plain JavaScript from the
// rows written, on every day from before the first registration to after the last date: by comparing
// dates (any day) and without (a settled day), which must agree wherever the second is taken.
import { join } from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { countWorks, isSettled, NO_FIELD, type WorkCounts } from '../../../../core/stats/work-counts.ts';
import { addDays } from '../../../../core/text/dates.ts';
import type { WorkLevel } from '../../../../db/schema.ts';
import { openDatabase } from '../../../../db/open.ts';
import { tempDir } from '../../helpers.ts';

const AT = '2021-01-01T00:00:00Z';

interface W {
  unit: number;
  level: WorkLevel;
  field: string;
  registered: string;
  due: string | null;
  completed: string | null;
  cancelled: string | null;
}

function setup() {
  const conn = openDatabase(join(tempDir(), 'counts.sqlite'));
  const raw = conn.raw;
  const campaign = (fields: string[]) => {
    const id = Number(
      raw
        .prepare(
          "INSERT INTO campaigns (uuid, name, form, start_date, end_date, search, created_at, updated_at) VALUES (?, 'Đợt', 'thuong_xuyen', '2021-01-01', '2021-12-31', '', ?, ?)",
        )
        .run(crypto.randomUUID(), AT, AT).lastInsertRowid,
    );
    const field = raw.prepare('INSERT INTO campaign_fields (campaign_id, seq, name) VALUES (?, ?, ?)');
    fields.forEach((name, i) => {
      field.run(id, i + 1, name);
    });
    return id;
  };
  const unit = raw.prepare("INSERT INTO units (uuid, code, name, kind, search, created_at, updated_at) VALUES (?, ?, ?, 'phuong_xa', '', ?, ?)");
  for (const n of [1, 2, 3]) unit.run(crypto.randomUUID(), `P0${n}`, `Phường ${n}`, AT, AT);
  const insert = raw.prepare(
    `INSERT INTO works (uuid, campaign_id, unit_id, title, title_key, field, level, status, due_date, registered_on, completed_on, cancelled_on, search, created_at, updated_at)
     VALUES (?, ?, ?, 'Công trình', 'cong trinh', ?, ?, 'da_dang_ky', ?, ?, ?, ?, '', ?, ?)`,
  );
  const work = (campaignId: number, w: W) =>
    Number(insert.run(crypto.randomUUID(), campaignId, w.unit, w.field, w.level, w.due, w.registered, w.completed, w.cancelled, AT, AT).lastInsertRowid);
  return { raw, campaign, work, close: () => conn.close() };
}

/** The rule of the statistics, row by row. */
function expected(works: readonly W[], d: string): WorkCounts {
  const out: WorkCounts = {
    works: 0,
    completed: 0,
    overdue: 0,
    perUnit: new Map(),
    perLevel: new Map([['thanh_pho', { works: 0, completed: 0 }], ['co_so', { works: 0, completed: 0 }]]),
    perField: new Map(),
  };
  for (const w of works) {
    if (w.registered > d || (w.cancelled !== null && w.cancelled <= d)) continue;
    const done = w.completed !== null && w.completed <= d ? 1 : 0;
    out.works += 1;
    out.completed += done;
    if (w.due !== null && w.due < d && !done) out.overdue += 1;
    for (const [map, key] of [[out.perUnit, w.unit], [out.perLevel, w.level], [out.perField, w.field || NO_FIELD]] as const) {
      const t = (map as Map<unknown, { works: number; completed: number }>).get(key) ?? { works: 0, completed: 0 };
      t.works += 1;
      t.completed += done;
      (map as Map<unknown, { works: number; completed: number }>).set(key, t);
    }
  }
  return out;
}

const plain = (c: WorkCounts) => ({
  ...c,
  perUnit: [...c.perUnit].sort(([a], [b]) => a - b),
  perLevel: [...c.perLevel].sort(([a], [b]) => a.localeCompare(b)),
  perField: [...c.perField].sort(([a], [b]) => a.localeCompare(b)),
});

const plan = (raw: BetterSqlite3.Database, sql: string) =>
  (raw.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[]).map((r) => r.detail).join(' | ');

describe('the works counted at a day', () => {
  it('agree with the rule on every day, by either way where the day is settled', () => {
    const s = setup();
    const fields = ['Trồng cây xanh', 'Cải cách hành chính'];
    const c = s.campaign(fields);
    const other = s.campaign(['Trồng cây xanh']);
    // Every case the dates can make: cancelled before or after completing, completed on its due day,
    // no due date, fields outside the list, none at all and one spelled like the placeholder.
    const works: W[] = [];
    const fieldChoices = [...fields, 'Khác', '', NO_FIELD];
    let n = 0;
    for (const registered of ['2021-02-01', '2021-03-10']) {
      for (const due of [null, '2021-03-01', '2021-04-15']) {
        for (const [completed, cancelled] of [
          [null, null], ['2021-03-01', null], ['2021-04-20', null], [null, '2021-03-20'], ['2021-03-05', '2021-04-01'], [null, '2021-02-01'],
        ] as const) {
          const w: W = { unit: 1 + (n % 3), level: n % 4 === 0 ? 'thanh_pho' : 'co_so', field: fieldChoices[n % fieldChoices.length], registered, due, completed, cancelled };
          s.work(c, w);
          works.push(w);
          n++;
        }
      }
    }
    // Another campaign's work, dated later than all, must not unsettle this one.
    s.work(other, { unit: 1, level: 'co_so', field: 'Trồng cây xanh', registered: '2021-11-01', due: null, completed: '2021-12-01', cancelled: null });

    const last = '2021-04-20';
    let settledDays = 0;
    for (let d = '2021-01-25'; d <= '2021-05-10'; d = addDays(d, 1)) {
      const want = plain(expected(works, d));
      expect(plain(countWorks(s.raw, c, d, false)), d).toEqual(want);
      expect(isSettled(s.raw, c, d), d).toBe(d >= last);
      if (d >= last) {
        settledDays++;
        expect(plain(countWorks(s.raw, c, d, true)), d).toEqual(want);
        expect(plain(countWorks(s.raw, c, d)), d).toEqual(want);
      }
    }
    expect(settledDays).toBe(21);
    // The figures hold something on both ways: works cancelled later, overdue ones, a typed field.
    const early = countWorks(s.raw, c, '2021-03-25', false);
    expect([early.works, early.completed, early.overdue]).toEqual([24, 12, 4]);
    expect([...early.perField.keys()].sort()).toEqual([NO_FIELD, 'Cải cách hành chính', 'Khác', 'Trồng cây xanh']);
    s.close();
  });

  it('read only the indexes: the settled day without comparing dates, the last day in one step', () => {
    const s = setup();
    const c = s.campaign([]);
    s.work(c, { unit: 1, level: 'co_so', field: '', registered: '2021-02-01', due: '2021-03-01', completed: null, cancelled: null });
    expect(countWorks(s.raw, c, '2021-02-10')).toMatchObject({ works: 1, completed: 0, overdue: 0 });
    expect(
      plan(s.raw, "SELECT unit_id, count(*), count(completed_on) FROM works INDEXED BY works_live WHERE campaign_id = 1 AND cancelled_on IS NULL GROUP BY unit_id, level, field"),
    ).toBe('SEARCH works USING COVERING INDEX works_live (campaign_id=?)');
    expect(
      plan(s.raw, "SELECT max(max(registered_on, coalesce(completed_on, ''), coalesce(cancelled_on, ''))) FROM works INDEXED BY works_last_day WHERE campaign_id = 1"),
    ).toBe('SEARCH works USING COVERING INDEX works_last_day (campaign_id=?)');
    s.close();
  });
});
