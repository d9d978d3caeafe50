// The biên bản họp Hội đồng through the router: attendance, chair and secretary, the proposals
// reviewed, a vote table per nominee, and the Thư ký and Chủ trì signing side by side with no Nơi nhận.
import { describe, expect, it } from 'vitest';
import { openDocx, tableRows, tables } from '../../../documents-xml.ts';
import { refusal } from '../../../helpers.ts';
import { awardRound, texts } from './award-round.ts';

describe('biên bản họp Hội đồng', () => {
  it('records attendance and the vote on every nominee, signed by the Thư ký and the Chủ trì', async () => {
    const { f, meetingId } = await awardRound();
    const draft = await f.app.invoke('documents.generate', { kind: 'bien_ban_hop', meetingId });
    expect(draft).toMatchObject({ symbol: 'BB-UBND', date: '2026-03-02', subject: { type: 'meeting', id: meetingId } });
    const all = texts(draft.contentBase64);
    expect(all).toContain('BIÊN BẢN');
    expect(all).toContain('Thời gian: Thứ Hai, ngày 02/3/2026.');
    expect(all).toContain('Địa điểm: Hội trường UBND thành phố.');
    expect(all).toContain('Thành phần: Có mặt 8/9 thành viên Hội đồng (88,89%); vắng 01 thành viên.');
    expect(all).toContain('Chủ trì: Nguyễn Kỳ Phùng');
    expect(all).toContain('- Đề nghị số 07/TTr-UBND của Phường Bình Thọ ngày 02/3/2026: 05 tập thể, cá nhân;');
    const doc = openDocx(Buffer.from(draft.contentBase64, 'base64')).document;
    const votes = tables(doc).map(tableRows).find((t) => t[0]?.[0] === 'STT')!;
    expect(votes[0]).toEqual(['STT', 'Tên tập thể, cá nhân', 'Hình thức', 'Số phiếu đồng ý', 'Tỷ lệ %', 'Kết quả']);
    // One form name (Giấy khen's tập thể and cá nhân rows): the sections head the rows, unnumbered.
    expect(votes.filter((r) => r.length === 1).map((r) => r[0])).toEqual(['TẬP THỂ (02 tập thể)', 'CÁ NHÂN (05 cá nhân)']);
    const lines = votes.filter((r) => r.length === 6).slice(1);
    expect(lines).toHaveLength(7);
    expect(lines.find((r) => r[1].includes('Lê Văn Cường'))?.slice(3)).toEqual(['6', '75,00%', 'Không đạt']);
    expect(lines.filter((r) => r[5] === 'Đạt').map((r) => r[4])).toEqual(Array(6).fill('87,50%'));
    // The closing: Thư ký left, Chủ trì right, and no Nơi nhận.
    const closing = tableRows(tables(doc).at(-1)!);
    expect(closing).toEqual([['THƯ KÝ\nLê Thị Thu', 'CHỦ TRÌ\nNguyễn Kỳ Phùng']]);
    expect(all).not.toContain('Nơi nhận:');
    const issued = await f.app.invoke('documents.issue', { id: draft.id });
    expect(issued).toMatchObject({ status: 'da_ban_hanh', numberText: '01/BB-UBND' });
    f.app.close();
  });

  it('refuses a meeting with no secretary, naming the field, and writes nothing', async () => {
    const { f, meetingId } = await awardRound();
    f.raw.prepare("UPDATE council_meetings SET secretary = '' WHERE id = ?").run(meetingId);
    const error = await refusal(f.app, 'documents.generate', { kind: 'bien_ban_hop', meetingId });
    expect(error.message).toBe('Biên bản họp Hội đồng ngày 02/3/2026: chưa có thư ký (ô "Thư ký" của cuộc họp).');
    expect(f.raw.prepare('SELECT count(*) FROM issued_documents').pluck().get()).toBe(0);
    f.app.close();
  });
});
