// How many works a campaign has at an "as of" day, per unit, level and field, how many of them are
// completed and how many overdue: the one pass over the works that the statistics make.
//
// On a settled day (none of the campaign's works registered, completed or cancelled after it, which
// the dashboard's default day is) a work counts as it will for good, so the pass reads the index of
// works not cancelled and counts without comparing dates (migration 0019). On an earlier day it
// compares each work's dates, and adds the works cancelled only after the day.
//
// The pass yields a row per unit, level and field (16k at 100k works). Handing each to JavaScript as
// an object with the field's Vietnamese text cost about a third of the pass, so the rows come as
// arrays of integers: the level as 0/1 and each of the campaign's own fields as its place in the
// campaign's list (a field typed outside the list still comes as its text).
import type BetterSqlite3 from 'better-sqlite3';
import { LAST_DAY_OF_WORK } from '../../db/migrations/0019_settled_stats.ts';
import type { WorkLevel } from '../../db/schema.ts';

export interface Tally {
  works: number;
  completed: number;
}

export interface WorkCounts {
  works: number;
  completed: number;
  overdue: number;
  /** Only the units with at least one work counted. */
  perUnit: Map<number, Tally>;
  perLevel: Map<WorkLevel, Tally>;
  /** Only the fields with at least one work counted; the works with none under NO_FIELD. */
  perField: Map<string, Tally>;
}

export const NO_FIELD = 'Chưa ghi lĩnh vực';

/** [unit id, 1 for cơ sở, the field's place in the campaign's list or its text, works, completed, overdue]. */
type Row = [number, 0 | 1, number | string, number, number, number];
type Params = Record<string, string | number>;
type Pass = BetterSqlite3.Statement<Params, Row>;

const COMPLETED_ON_D = 'count(*) FILTER (WHERE completed_on <= @d)';
const OVERDUE_ON_D = 'count(*) FILTER (WHERE due_date < @d AND (completed_on IS NULL OR completed_on > @d))';

/** The three passes for a campaign with this many fields of its own (one CASE branch each). */
function passes(raw: BetterSqlite3.Database, fieldCount: number) {
  const field = fieldCount ? `CASE field ${Array.from({ length: fieldCount }, (_, i) => `WHEN @f${i} THEN ${i}`).join(' ')} ELSE field END` : 'field';
  const pass = (sql: string): Pass => raw.prepare<Params, Row>(`SELECT unit_id, level = 'co_so', ${field}, ${sql} GROUP BY unit_id, level, field`).raw();
  return {
    settled: pass(`count(*), count(completed_on), count(*) FILTER (WHERE completed_on IS NULL AND due_date < @d)
      FROM works INDEXED BY works_live WHERE campaign_id = @c AND cancelled_on IS NULL`),
    live: pass(`count(*), ${COMPLETED_ON_D}, ${OVERDUE_ON_D}
      FROM works INDEXED BY works_live WHERE campaign_id = @c AND cancelled_on IS NULL AND registered_on <= @d`),
    cancelledLater: pass(`count(*), ${COMPLETED_ON_D}, ${OVERDUE_ON_D}
      FROM works INDEXED BY works_cancelled WHERE campaign_id = @c AND cancelled_on > @d AND registered_on <= @d`),
  };
}

function statements(raw: BetterSqlite3.Database) {
  return {
    fields: raw.prepare<[number], string>('SELECT name FROM campaign_fields WHERE campaign_id = ? ORDER BY seq').pluck(),
    lastDay: raw.prepare<[number], string | null>(`SELECT max(${LAST_DAY_OF_WORK}) FROM works INDEXED BY works_last_day WHERE campaign_id = ?`).pluck(),
    passes: new Map<number, ReturnType<typeof passes>>(),
  };
}

const cache = new WeakMap<BetterSqlite3.Database, ReturnType<typeof statements>>();

function prepared(raw: BetterSqlite3.Database) {
  let s = cache.get(raw);
  if (!s) {
    s = statements(raw);
    cache.set(raw, s);
  }
  return s;
}

function add<K>(map: Map<K, Tally>, key: K, works: number, completed: number): void {
  const t = map.get(key);
  if (t) {
    t.works += works;
    t.completed += completed;
  } else map.set(key, { works, completed });
}

/** Whether nothing of the campaign's works is dated after the day. */
export function isSettled(raw: BetterSqlite3.Database, campaignId: number, asOf: string): boolean {
  return (prepared(raw).lastDay.get(campaignId) ?? '') <= asOf;
}

/** `settled` says which way to count; the answer is the same either way when the day is settled. */
export function countWorks(raw: BetterSqlite3.Database, campaignId: number, asOf: string, settled = isSettled(raw, campaignId, asOf)): WorkCounts {
  const st = prepared(raw);
  const fields = st.fields.all(campaignId);
  let p = st.passes.get(fields.length);
  if (!p) {
    p = passes(raw, fields.length);
    st.passes.set(fields.length, p);
  }
  const params: Params = { c: campaignId, d: asOf };
  fields.forEach((f, i) => {
    params[`f${i}`] = f;
  });

  const out: WorkCounts = {
    works: 0,
    completed: 0,
    overdue: 0,
    perUnit: new Map(),
    perLevel: new Map<WorkLevel, Tally>([['thanh_pho', { works: 0, completed: 0 }], ['co_so', { works: 0, completed: 0 }]]),
    perField: new Map(),
  };
  const levels = [out.perLevel.get('thanh_pho')!, out.perLevel.get('co_so')!];
  const listed: Tally[] = fields.map(() => ({ works: 0, completed: 0 }));
  const typed = new Map<string, Tally>();
  // Rows come unit by unit (the index's order), so a unit's tally is looked up once per unit.
  const tally = (rows: Row[]) => {
    let unitId = -1;
    let unit: Tally = { works: 0, completed: 0 };
    for (let i = 0; i < rows.length; i++) {
      const r = rows[i];
      const works = r[3];
      const completed = r[4];
      out.works += works;
      out.completed += completed;
      out.overdue += r[5];
      if (r[0] !== unitId) {
        unitId = r[0];
        unit = out.perUnit.get(unitId) ?? { works: 0, completed: 0 };
        out.perUnit.set(unitId, unit);
      }
      unit.works += works;
      unit.completed += completed;
      const level = levels[r[1]];
      level.works += works;
      level.completed += completed;
      const field = r[2];
      const f = typeof field === 'number' ? listed[field] : typed.get(field);
      if (f) {
        f.works += works;
        f.completed += completed;
      } else typed.set(field as string, { works, completed });
    }
  };
  if (settled) tally(p.settled.all(params));
  else {
    tally(p.live.all(params));
    tally(p.cancelledLater.all(params));
  }
  // A work with no field and one whose field is literally the placeholder land in one row.
  fields.forEach((name, i) => {
    if (listed[i].works) add(out.perField, name || NO_FIELD, listed[i].works, listed[i].completed);
  });
  for (const [name, t] of typed) add(out.perField, name || NO_FIELD, t.works, t.completed);
  return out;
}
