import type { Context } from '../context.ts';
import { todayIso } from '../text/dates.ts';

/**
 * The "tính đến ngày" used when the caller names none: the last day anything was recorded for the
 * campaign (a unit's report or a work's update), never past today or the campaign's end. The
 * dashboard, the CLI and the báo cáo all read the same date.
 */
export function defaultAsOf(ctx: Context, campaignId: number, campaignEnd: string): string {
  const today = todayIso(ctx.now());
  const cap = today < campaignEnd ? today : campaignEnd;
  const row = ctx.conn.raw
    .prepare(
      `SELECT max(d) AS d FROM (
         SELECT max(report_date) AS d FROM unit_reports WHERE campaign_id = @c AND report_date <= @cap
         UNION ALL
         SELECT max(u.date) FROM work_updates u JOIN works w ON w.id = u.work_id WHERE w.campaign_id = @c AND u.date <= @cap)`,
    )
    .get({ c: campaignId, cap }) as { d: string | null };
  return row.d ?? cap;
}
