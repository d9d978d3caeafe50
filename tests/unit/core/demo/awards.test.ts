// The demo's award round on a real database: proposals from units with a few dozen nominees, the Hội
// đồng's meeting with its votes (two short of the 80 %), the decision of 16/4/2021 issued with its số sổ,
// and a printer calibration with an offset — readable through the same API the screens use, with the
// quyết định and the biên bản made from it, and the demo loading as fast as before (measured, below).
import { describe, expect, it } from 'vitest';
import { DEMO_CALIBRATION } from '../../../../core/demo/awards.ts';
import { texts } from '../documents/kinds/award-round.ts';
import { demoApp } from '../../helpers.ts';

describe('demo award round', () => {
  it('holds proposals, a meeting with votes, an issued decision with its số sổ and a calibration', async () => {
    const app = await demoApp();
    const proposals = await app.invoke('proposals.list', { campaignId: 1 });
    expect(proposals).toHaveLength(11);
    const nominees = (await Promise.all(proposals.map((p) => app.invoke('proposals.get', { id: p.id })))).flatMap((p) => p.nomineeList);
    expect(nominees).toHaveLength(33);
    // Names long enough that a certificate's box must wrap or shrink them.
    expect(nominees.some((n) => n.name.length > 55)).toBe(true);
    expect(nominees.map((n) => n.name)).toContain('Nguyễn Lê Hoàng Phương Uyên');

    const [meeting] = await app.invoke('meetings.list', { campaignId: 1 });
    const votes = (await app.invoke('meetings.get', { id: meeting.id })).votes;
    expect(votes).toHaveLength(33);
    expect(votes.filter((v) => !v.passed).map((v) => [v.name, v.percent])).toEqual([
      ['Tổ dân phố 12 khu phố 3', '77,78%'],
      ['Trần Văn Ánh', '77,78%'],
    ]);

    const [decision] = await app.invoke('decisions.list', { campaignId: 1 });
    expect(decision).toMatchObject({ status: 'da_ban_hanh', number: 1, numberText: '01/QĐ-UBND', date: '2021-04-16', lines: 31 });
    const lines = await app.invoke('awards.list', { decisionId: decision.id });
    const book = (form: string) => lines.filter((l) => l.formCode === form).map((l) => l.bookNumber);
    expect(book('giay_khen_tap_the')).toEqual([...Array(10).keys()].map((i) => i + 1));
    expect(book('giay_khen_ca_nhan')).toEqual([...Array(21).keys()].map((i) => i + 1));
    // 2021: 1.490.000 đ × 0,6 and × 0,3.
    expect(new Set(lines.map((l) => `${l.formCode} ${l.amount}`))).toEqual(new Set(['giay_khen_tap_the 894000', 'giay_khen_ca_nhan 447000']));

    expect(await app.invoke('certificates.listCalibrations', {})).toEqual([expect.objectContaining(DEMO_CALIBRATION)]);

    // The documents are made from it: the quyết định under the decision's own number, the biên bản.
    const qd = texts((await app.invoke('documents.generate', { kind: 'quyet_dinh', decisionId: decision.id })).contentBase64);
    expect(qd).toContain('I. TẬP THỂ (10 tập thể)');
    expect(qd).toContain('II. CÁ NHÂN (21 cá nhân)');
    const bb = texts((await app.invoke('documents.generate', { kind: 'bien_ban_hop', meetingId: meeting.id })).contentBase64);
    expect(bb).toContain('Thành phần: Có mặt 9/11 thành viên Hội đồng (81,82%); vắng 02 thành viên.');
    app.close();
  });
});
