// The figures the dashboard shows, for the exports of its tables: stats.campaign with the same
// campaign, "as of" date and rounding, and the caption naming them.
import type { CampaignStats } from '../../api/types.ts';
import type { Context } from '../../context.ts';
import { statsHandlers } from '../../stats/app.ts';
import { percentHundredths } from '../../text/numbers.ts';
import { asOfLine, type ExportArgs } from '../book.ts';

export function campaignFigures(ctx: Context, a: ExportArgs<'unreported' | 'overdue' | 'dashboard'>): Promise<CampaignStats> {
  return Promise.resolve(statsHandlers['stats.campaign'](ctx, { campaignId: a.campaignId, asOf: a.asOf, truncate: a.truncate }));
}

/** The campaign and the date the figures are counted at. */
export function figuresCaption(s: CampaignStats): string[] {
  return [`Đợt thi đua: ${s.campaign.name}`, asOfLine(s.asOf)];
}

/**
 * A rate as the fraction a percent cell holds (0.4646 shows "46,46%"), from the same integer counts and
 * by the same rounding as the dashboard's "46,46%".
 */
export function rate(s: CampaignStats, part: number, whole: number): number {
  return percentHundredths(part, whole, s.percentMode) / 10_000;
}
