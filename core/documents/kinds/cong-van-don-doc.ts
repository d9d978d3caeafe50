// Công văn đôn đốc: the units still to report as of a day, and the deadline they are given.
import { buildCongVanDonDoc, congVanSections, congVanTexts } from '../builders/cong-van-don-doc.ts';
import { pendingUnits, statsAt, worksAt } from '../data.ts';
import type { DocumentKindModule } from '../kind-module.ts';

export const congVanDonDoc: DocumentKindModule = {
  id: 'cong_van_don_doc',
  // A công văn has no trích yếu of its own: "V/v …" is its summary.
  summaryKey: 'vv',
  load({ ctx, campaignId, campaign, asOf, percentMode, dates, edits, frame }) {
    const raw = ctx.conn.raw;
    const stats = statsAt(raw, campaignId, asOf, percentMode);
    const input = {
      campaign,
      stats,
      pending: pendingUnits(stats, worksAt(raw, campaignId, asOf)),
      // The reminder's date rule always sets it.
      deadline: dates.deadline!,
    };
    const defs = congVanSections({ ...input, frame });
    congVanTexts({ ...input, frame, texts: edits });
    return { defs, build: (numbered, texts) => buildCongVanDonDoc({ ...input, frame: numbered, texts }) };
  },
};
