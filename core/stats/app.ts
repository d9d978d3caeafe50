import type { Handler } from '../router.ts';
import { notFound } from '../api/envelope.ts';
import { latestCampaignId } from '../campaigns/app.ts';
import { readSettings } from '../settings/app.ts';
import { todayIso } from '../text/dates.ts';
import { computeCampaignStats } from './campaign-stats.ts';

/**
 * Without a date the figures are "as of" today, but never past the campaign's end: a closed
 * campaign is read at its close.
 */
const campaign: Handler<'stats.campaign'> = async (ctx, a) => {
  const campaignId = a.campaignId ?? (await latestCampaignId(ctx));
  const c = await ctx.conn.db.selectFrom('campaigns').select(['end_date']).where('id', '=', campaignId).executeTakeFirst();
  if (!c) throw notFound(`đợt thi đua có mã số ${campaignId}`);
  const today = todayIso(ctx.now());
  const asOf = a.asOf ?? (today < c.end_date ? today : c.end_date);
  const mode = a.truncate === undefined ? (await readSettings(ctx)).percentMode : a.truncate ? 'truncate' : 'round';
  return computeCampaignStats(ctx.conn.raw, campaignId, asOf, mode)!;
};

export const statsHandlers = { 'stats.campaign': campaign };
