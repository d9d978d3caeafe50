// Kế hoạch tổ chức phong trào thi đua: who takes part (the units chosen for the campaign, in their
// khối/cụm as it opens), what it cites (the legal bases in force on the plan's own date), who does what
// (the agency's offices). Once issued it is the plan the campaign cites.
import { participantsOf } from '../../campaigns/participants.ts';
import { legalBasesFor } from '../../library/legal-bases.ts';
import { activeOffices } from '../../library/offices.ts';
import { buildKeHoach, keHoachSections } from '../builders/ke-hoach.ts';
import type { DocumentKindModule } from '../kind-module.ts';
import { parseDocNumber } from '../numbering.ts';

export const keHoach: DocumentKindModule = {
  id: 'ke_hoach',
  summaryKey: 'trichYeu',
  load({ ctx, campaignId, campaign, dates, frame }) {
    const raw = ctx.conn.raw;
    const taking = participantsOf(raw, campaignId, campaign.startDate);
    const input = {
      campaign,
      groups: taking.groups,
      unitCount: taking.units,
      bases: legalBasesFor(raw, 'ke_hoach', dates.date),
      offices: activeOffices(raw),
    };
    return {
      defs: keHoachSections({ ...input, frame }),
      build: (numbered, texts) => buildKeHoach({ ...input, frame: numbered, texts }),
    };
  },
  /** The plan number and date a campaign records ("19/KH-UBND", 12/3/2021), when it has both. */
  recordedNumber(raw, campaignId) {
    if (campaignId === null) return null;
    const campaign = raw
      .prepare<[number], { plan_number: string; plan_date: string | null }>('SELECT plan_number, plan_date FROM campaigns WHERE id = ?')
      .get(campaignId);
    const plan = campaign ? parseDocNumber(campaign.plan_number) : null;
    return plan?.number && campaign?.plan_date ? { number: plan.number, symbol: plan.symbol, date: campaign.plan_date } : null;
  },
  // The plan a campaign cites is this kế hoạch once it is issued, unless the campaign already names one.
  issued(raw, { campaignId, numberText, date, at }) {
    const planNumber = raw.prepare<[number], string>('SELECT plan_number FROM campaigns WHERE id = ?').pluck().get(campaignId);
    if (planNumber !== undefined && !planNumber.trim()) {
      raw.prepare('UPDATE campaigns SET plan_number = ?, plan_date = ?, updated_at = ? WHERE id = ?').run(numberText, date, at, campaignId);
    }
  },
};
