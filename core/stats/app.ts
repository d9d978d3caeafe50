import type { Handler } from '../router.ts';
import type { Context } from '../context.ts';
import { notFound } from '../api/envelope.ts';
import { latestCampaignId } from '../campaigns/app.ts';
import { readSettings } from '../settings/app.ts';
import { todayIso } from '../text/dates.ts';
import { computeCampaignStats } from './campaign-stats.ts';

/**
 * Without a date the figures are read at the last day anything was recorded (a unit's report or a
 * work's update) — the "tính đến ngày" of a sơ kết — never past today or the campaign's end.
 */
const campaign: Handler<'stats.campaign'> = async (ctx, a) => {
  const campaignId = a.campaignId ?? (await latestCampaignId(ctx));
  const c = await ctx.conn.db.selectFrom('campaigns').select(['end_date']).where('id', '=', campaignId).executeTakeFirst();
  if (!c) throw notFound(`đợt thi đua có mã số ${campaignId}`);
  const today = todayIso(ctx.now());
  const cap = today < c.end_date ? today : c.end_date;
  const asOf = a.asOf ?? latestRecordedDate(ctx, campaignId, cap) ?? cap;
  const mode = a.truncate === undefined ? (await readSettings(ctx)).percentMode : a.truncate ? 'truncate' : 'round';
  return computeCampaignStats(ctx.conn.raw, campaignId, asOf, mode)!;
};

function latestRecordedDate(ctx: Context, campaignId: number, cap: string): string | null {
  const row = ctx.conn.raw
    .prepare(
      `SELECT max(d) AS d FROM (
         SELECT max(report_date) AS d FROM unit_reports WHERE campaign_id = @c AND report_date <= @cap
         UNION ALL
         SELECT max(u.date) FROM work_updates u JOIN works w ON w.id = u.work_id WHERE w.campaign_id = @c AND u.date <= @cap)`,
    )
    .get({ c: campaignId, cap }) as { d: string | null };
  return row.d;
}

export const statsHandlers = { 'stats.campaign': campaign };
