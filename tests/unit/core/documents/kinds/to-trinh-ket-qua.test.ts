// The tờ trình kết quả xét khen thưởng through the router: drafted from its meeting, citing the
// Hội đồng's biên bản by its number once that is issued, with the counts of those the council passed.
import { describe, expect, it } from 'vitest';
import { awardRound, texts } from './award-round.ts';

describe('tờ trình kết quả xét khen thưởng', () => {
  it('cites the biên bản and counts only those the council passed', async () => {
    const { f, meetingId } = await awardRound();
    const before = texts((await f.app.invoke('documents.preview', { kind: 'to_trinh_ket_qua', meetingId })).contentBase64);
    expect(before).toContain('Căn cứ Biên bản họp Hội đồng Thi đua - Khen thưởng ngày 02/3/2026.');
    const bienBan = await f.app.invoke('documents.generate', { kind: 'bien_ban_hop', meetingId });
    const bb = await f.app.invoke('documents.issue', { id: bienBan.id });
    const draft = await f.app.invoke('documents.generate', { kind: 'to_trinh_ket_qua', meetingId });
    expect(draft).toMatchObject({ symbol: 'TTr-UBND', subject: { type: 'meeting', id: meetingId } });
    const all = texts(draft.contentBase64);
    expect(all).toContain(`Căn cứ Biên bản số ${bb.numberText} ngày 02/3/2026 của Ủy ban nhân dân thành phố Thủ Đức.`);
    expect(all).toContain(
      'Ngày 02/3/2026, Hội đồng Thi đua - Khen thưởng đã họp xét đề nghị khen thưởng của 02 cơ quan, đơn vị với 07 tập thể, cá nhân được đề nghị; có mặt 8/9 thành viên Hội đồng.',
    );
    // Seven proposed, one turned down (6 of 8 present is 75,00%, under 80,00%).
    expect(all).toContain('Kết quả: 02 tập thể và 04 cá nhân đạt tỷ lệ phiếu đồng ý từ 80,00% trở lên so với tổng số thành viên Hội đồng có mặt.');
    expect(all.find((t) => t.includes('kính đề nghị'))).toContain('tặng Giấy khen cho 02 tập thể và 04 cá nhân');
    const issued = await f.app.invoke('documents.issue', { id: draft.id });
    expect(issued).toMatchObject({ status: 'da_ban_hanh', numberText: '01/TTr-UBND' });
    // The biên bản and this tờ trình of one meeting are two documents, each in its own register.
    const listed = (await f.app.invoke('documents.list', { campaignId: f.campaignId })).filter((d) => d.subject?.type === 'meeting');
    expect(listed.map((d) => [d.kind, d.numberText]).sort()).toEqual([
      ['bien_ban_hop', '01/BB-UBND'],
      ['to_trinh_ket_qua', '01/TTr-UBND'],
    ]);
    f.app.close();
  });
});
