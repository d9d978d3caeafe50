import type BetterSqlite3 from 'better-sqlite3';
import type { Context } from '../context.ts';
import { todayIso } from '../text/dates.ts';

/**
 * How many of the newest updates before the cap are looked at for one of the campaign's. In the usual
 * case (the campaign is the one being worked on) the first is; when other campaigns filled the last
 * days the exact per-campaign query below answers instead.
 */
const RECENT_UPDATES = 1000;

function statements(raw: BetterSqlite3.Database) {
  return {
    lastReport: raw
      .prepare<{ c: number; cap: string }, string | null>('SELECT max(report_date) FROM unit_reports WHERE campaign_id = @c AND report_date <= @cap')
      .pluck(),
    // CROSS JOIN keeps the walk on work_updates_date, newest first; the planner would otherwise start
    // from the campaign's works and read every update of each (≈ 50–80 ms at 100k works).
    recentUpdate: raw
      .prepare<{ c: number; cap: string }, string | null>(
        `SELECT max(u.date) FROM (
           SELECT date, work_id FROM work_updates INDEXED BY work_updates_date WHERE date <= @cap ORDER BY date DESC LIMIT ${RECENT_UPDATES}
         ) u CROSS JOIN works w ON w.id = u.work_id
          WHERE w.campaign_id = @c`,
      )
      .pluck(),
    lastUpdate: raw
      .prepare<{ c: number; cap: string }, string | null>(
        'SELECT max(u.date) FROM works w JOIN work_updates u ON u.work_id = w.id WHERE w.campaign_id = @c AND u.date <= @cap',
      )
      .pluck(),
  };
}

const cache = new WeakMap<BetterSqlite3.Database, ReturnType<typeof statements>>();

/**
 * The "tính đến ngày" used when the caller names none: the last day anything was recorded for the
 * campaign (a unit's report or a work's update), never past today or the campaign's end. The
 * dashboard, the CLI and the báo cáo all read the same date.
 */
export function defaultAsOf(ctx: Context, campaignId: number, campaignEnd: string): string {
  const raw = ctx.conn.raw;
  let st = cache.get(raw);
  if (!st) {
    st = statements(raw);
    cache.set(raw, st);
  }
  const today = todayIso(ctx.now());
  const cap = today < campaignEnd ? today : campaignEnd;
  const params = { c: campaignId, cap };
  const report = st.lastReport.get(params) ?? null;
  const update = st.recentUpdate.get(params) ?? st.lastUpdate.get(params) ?? null;
  const last = report !== null && (update === null || report > update) ? report : update;
  return last ?? cap;
}
