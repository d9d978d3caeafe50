// Tờ trình kết quả xét khen thưởng: the secretariat's, after the council met — citing the Hội đồng's
// biên bản (its number once issued), with the counts of those the council passed by form.
import { UserError } from '../../api/envelope.ts';
import { meetingData, meetingName, meetingRow } from '../../awards/meeting-data.ts';
import { legalBasesFor } from '../../library/legal-bases.ts';
import { formatDateShort } from '../../text/dates.ts';
import { deciderOf, forWhat } from '../award-subjects.ts';
import { countsByForm, countsPhrase, formsPhrase } from '../award-wording.ts';
import { buildToTrinh, toTrinhSections } from '../builders/to-trinh.ts';
import type { SubjectKindModule } from '../kind-module.ts';
import { formatDocNumber } from '../numbering.ts';
import { issuedOfKind, issuerNameOf } from '../register.ts';
import { count } from '../wording.ts';

export const toTrinhKetQua: SubjectKindModule = {
  id: 'to_trinh_ket_qua',
  subject: 'meeting',
  summaryKey: 'trichYeu',
  facts(raw, id) {
    const m = meetingRow(raw, id);
    return { campaignId: m.campaign_id, date: m.meeting_date };
  },
  load({ ctx, subject, dates, frame }) {
    const raw = ctx.conn.raw;
    const m = meetingData(raw, subject.id);
    const passed = m.votes.filter((v) => v.passed);
    if (passed.length === 0) {
      throw new UserError(
        `${meetingName({ meeting_date: m.date })} chưa có tập thể, cá nhân nào được thông qua (chưa nhập phiếu hoặc không đạt ${m.threshold}): nhập kết quả bỏ phiếu rồi lập tờ trình.`,
        { fields: { meetingId: 'Cuộc họp chưa có ai được thông qua' } },
      );
    }
    const decider = deciderOf(raw);
    const issuer = frame.issuer.name.trim();
    const bienBan = issuedOfKind(raw, subject, 'bien_ban_hop');
    const minutes = bienBan
      ? `Căn cứ Biên bản số ${formatDocNumber({ number: bienBan.number, symbol: bienBan.symbol })} ngày ${formatDateShort(bienBan.doc_date)} của ${issuerNameOf(raw, bienBan.issuer)}`
      : `Căn cứ Biên bản họp Hội đồng Thi đua - Khen thưởng ngày ${formatDateShort(m.date)}`;
    const what = forWhat(m.campaign, Number(m.date.slice(0, 4)));
    const passedCounts = countsByForm(passed);
    const total = { tapThe: 0, caNhan: 0, hoGiaDinh: 0 };
    for (const f of passedCounts) for (const k of ['tapThe', 'caNhan', 'hoGiaDinh'] as const) total[k] += f.counts[k];
    const defaults = {
      trichYeu: `Kết quả xét khen thưởng các tập thể, cá nhân có thành tích ${what}`,
      kinhGui: [decider],
      bases: [...legalBasesFor(raw, 'to_trinh_ket_qua', dates.date), minutes],
      tinhHinh:
        `Ngày ${formatDateShort(m.date)}, Hội đồng Thi đua - Khen thưởng đã họp xét đề nghị khen thưởng của ${count(m.proposals.length)} cơ quan, đơn vị ` +
        `với ${count(m.counts.reviewed)} tập thể, cá nhân được đề nghị; có mặt ${m.attendance} Hội đồng.\n` +
        `Kết quả: ${countsPhrase(total)} đạt tỷ lệ phiếu đồng ý từ ${m.threshold} trở lên so với tổng số thành viên Hội đồng có mặt.`,
      deNghi: `${issuer} kính đề nghị ${decider} xem xét, tặng ${formsPhrase(passedCounts)} đã có thành tích xuất sắc ${what} (có danh sách kèm theo).`,
      kinhTrinh: `Kính trình ${decider} xem xét, quyết định.`,
    };
    return {
      defs: toTrinhSections(defaults),
      build: (numbered, texts) => buildToTrinh({ frame: numbered, defaults, texts }),
    };
  },
};
