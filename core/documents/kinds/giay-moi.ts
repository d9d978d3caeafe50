// Giấy mời to the hội nghị sơ kết / tổng kết: by default the campaign's next one, chaired by the
// issuer's leader, with the usual participants.
import type { DocumentRequest, DocumentKindModule } from '../kind-module.ts';
import { buildGiayMoi, giayMoiSections } from '../builders/giay-moi.ts';
import { invitationStage } from '../dates.ts';

/** Sections an explicit meeting argument fills in, so that what the caller just passed wins over a saved edit. */
const MEETING_KEYS = { place: 'diaDiem', chair: 'chuTri', participants: 'thanhPhan', time: 'thoiGian', date: 'thoiGian' } as const;

type MeetingField = keyof typeof MEETING_KEYS;

export const giayMoi: DocumentKindModule = {
  id: 'giay_moi',
  summaryKey: 'trichYeu',
  stage: ({ request: a, campaign, today, asOf }) =>
    a.stage ?? invitationStage(campaign.milestones, a.meeting?.date ?? a.date ?? today, asOf, campaign.endDate),
  overriddenBy: (a: DocumentRequest) =>
    a.meeting ? (Object.keys(MEETING_KEYS) as MeetingField[]).filter((f) => a.meeting?.[f] !== undefined).map((f) => MEETING_KEYS[f]) : [],
  load({ request, campaign, issuing, stage, dates, frame }) {
    const m = request.meeting ?? {};
    const input = {
      // The invitation rule gives every giấy mời its stage and meeting day.
      stage: stage!,
      campaign,
      meeting: {
        date: dates.meetingDate!,
        time: m.time ?? '08:00',
        place: m.place ?? '',
        chair: m.chair ?? `Đồng chí ${issuing.leader.name} - ${issuing.leader.title} ${issuing.issuer.name}`,
        participants: m.participants ?? ['Thủ trưởng các cơ quan, đơn vị tham gia phong trào thi đua', 'Trưởng các khối, cụm thi đua'],
      },
    };
    return {
      defs: giayMoiSections({ ...input, frame }),
      build: (numbered, texts) => buildGiayMoi({ ...input, frame: numbered, texts }),
    };
  },
};
