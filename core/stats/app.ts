import type { Handler } from '../router.ts';
import { notFound } from '../api/envelope.ts';
import { latestCampaignId } from '../campaigns/app.ts';
import { readSettings } from '../settings/app.ts';
import { defaultAsOf } from './as-of.ts';
import { computeCampaignStats } from './campaign-stats.ts';

const campaign: Handler<'stats.campaign'> = async (ctx, a) => {
  const campaignId = a.campaignId ?? (await latestCampaignId(ctx));
  const c = await ctx.conn.db.selectFrom('campaigns').select(['end_date']).where('id', '=', campaignId).executeTakeFirst();
  if (!c) throw notFound(`đợt thi đua có mã số ${campaignId}`);
  const asOf = a.asOf ?? defaultAsOf(ctx, campaignId, c.end_date);
  const mode = a.truncate === undefined ? (await readSettings(ctx)).percentMode : a.truncate ? 'truncate' : 'round';
  return computeCampaignStats(ctx.conn.raw, campaignId, asOf, mode)!;
};

export const statsHandlers = { 'stats.campaign': campaign };
