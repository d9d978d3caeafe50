// Biên bản họp Hội đồng: a council meeting's attendance and the vote on every nominee it reviewed.
import { meetingData, meetingRow } from '../../awards/meeting-data.ts';
import { forWhat } from '../award-subjects.ts';
import { bienBanSections, buildBienBan } from '../builders/bien-ban.ts';
import type { SubjectKindModule } from '../kind-module.ts';

export const bienBanHop: SubjectKindModule = {
  id: 'bien_ban_hop',
  subject: 'meeting',
  summaryKey: 'trichYeu',
  facts(raw, id) {
    const m = meetingRow(raw, id);
    return { campaignId: m.campaign_id, date: m.meeting_date };
  },
  load({ ctx, subject, frame }) {
    const meeting = meetingData(ctx.conn.raw, subject.id);
    const input = { meeting, what: forWhat(meeting.campaign, Number(meeting.date.slice(0, 4))) };
    return {
      defs: bienBanSections({ ...input, frame }),
      build: (numbered, texts) => buildBienBan({ ...input, frame: numbered, texts }),
    };
  },
};
