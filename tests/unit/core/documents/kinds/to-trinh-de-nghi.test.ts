// The tờ trình đề nghị khen thưởng through the router: drafted from its proposal with the counts by
// form, as the proposing unit's own document — the unit named under the agency in the header, the số its
// văn thư typed on the proposal, its head signing — and never numbered in the agency's register.
import { describe, expect, it } from 'vitest';
import { refusal } from '../../../helpers.ts';
import { awardRound, texts } from './award-round.ts';

describe('tờ trình đề nghị khen thưởng', () => {
  it('is the unit’s document: its name and số in the header, its head signing, counts by form', async () => {
    const { f, proposalId } = await awardRound();
    const draft = await f.app.invoke('documents.generate', { kind: 'to_trinh_de_nghi', proposalId });
    expect(draft).toMatchObject({ status: 'du_thao', symbol: 'TTr-UBND', date: '2026-03-02', subject: { type: 'proposal', id: proposalId } });
    const all = texts(draft.contentBase64);
    // The header: the agency above, the proposing unit as issuer; the unit's own number.
    expect(all.slice(0, 3)).toEqual(['ỦY BAN NHÂN DÂN', 'THÀNH PHỐ THỦ ĐỨC', 'PHƯỜNG BÌNH THỌ']);
    expect(all).toContain('Số: 07/TTr-UBND');
    expect(all).toContain('TỜ TRÌNH');
    expect(all).toContain('Đề nghị khen thưởng các tập thể, cá nhân có thành tích trong đợt thi đua chào mừng 100 ngày thành lập thành phố');
    expect(all).toContain('Kính gửi: Chủ tịch Ủy ban nhân dân thành phố Thủ Đức.');
    expect(all).toContain(
      'Phường Bình Thọ kính đề nghị Chủ tịch Ủy ban nhân dân thành phố Thủ Đức xem xét, tặng Giấy khen cho 01 tập thể và 04 cá nhân đã có thành tích xuất sắc trong đợt thi đua chào mừng 100 ngày thành lập thành phố (có danh sách và báo cáo thành tích kèm theo).',
    );
    expect(all).toContain('Kính trình Chủ tịch Ủy ban nhân dân thành phố Thủ Đức xem xét, quyết định./.');
    // The ward's Chủ tịch signs for its UBND, not the agency's Phó Chủ tịch; its own văn thư keeps the copy.
    expect(all).toEqual(expect.arrayContaining(['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', 'Phạm Văn Hùng', '- Lưu: VT.']));
    expect(all).not.toContain('Nguyễn Kỳ Phùng');
    // Never numbered in the agency's register: issuing it here is refused and changes nothing.
    const e = await refusal(f.app, 'documents.issue', { id: draft.id });
    expect(e.code).toBe('conflict');
    expect(e.message).toMatch(/^Tờ trình đề nghị khen thưởng là văn bản của đơn vị đề nghị: đơn vị ký và cấp số/u);
    expect((await refusal(f.app, 'documents.nextNumber', { id: draft.id })).code).toBe('conflict');
    expect(f.raw.prepare("SELECT count(*) FROM doc_counters WHERE doc_type = 'TTr'").pluck().get()).toBe(0);
    expect(f.raw.prepare('SELECT status, number FROM issued_documents WHERE id = ?').get(draft.id)).toEqual({ status: 'du_thao', number: null });
    f.app.close();
  });

  it('leaves the số blank until the unit types it, and asks for the signer the unit has not named', async () => {
    const { f } = await awardRound();
    const p = await f.app.invoke('proposals.create', { unitId: f.units.P02, campaignId: f.campaignId, year: 2026, submissionDate: '2026-03-02' });
    await f.app.invoke('proposals.addNominee', { proposalId: p.id, kind: 'don_vi', unitId: f.units.P02, formCode: 'giay_khen_tap_the', achievement: 'Dẫn đầu cụm' });
    const e = await refusal(f.app, 'documents.generate', { kind: 'to_trinh_de_nghi', proposalId: p.id });
    expect(e.message).toBe('Tờ trình đề nghị của Phường An Khánh: ghi chức vụ và họ tên người ký của đơn vị (mục "Họ và tên người ký của đơn vị").');
    expect(e.fields).toHaveProperty(['texts.hoTenNguoiKy']);
    const draft = await f.app.invoke('documents.generate', { kind: 'to_trinh_de_nghi', proposalId: p.id, texts: { hoTenNguoiKy: 'Trần Văn Sáu' } });
    const all = texts(draft.contentBase64);
    expect(all).toContain('Số: \u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0/TTr-UBND');
    expect(all).toContain('Trần Văn Sáu');
    f.app.close();
  });

  it('keeps a saved edit with its proposal, not with the campaign', async () => {
    const { f, proposalId } = await awardRound();
    await f.app.invoke('documents.saveSections', {
      kind: 'to_trinh_de_nghi',
      proposalId,
      texts: { kinhTrinh: 'Kính trình Chủ tịch xem xét, quyết định.' },
    });
    const draft = await f.app.invoke('documents.generate', { kind: 'to_trinh_de_nghi', proposalId });
    expect(texts(draft.contentBase64)).toContain('Kính trình Chủ tịch xem xét, quyết định./.');
    expect(f.raw.prepare("SELECT DISTINCT subject_type, subject_id, campaign_id FROM document_sections WHERE kind = 'to_trinh_de_nghi'").all()).toEqual([
      { subject_type: 'proposal', subject_id: proposalId, campaign_id: null },
    ]);
    f.app.close();
  });

  it('refuses a proposal with nobody proposed, naming it', async () => {
    const { f } = await awardRound();
    const empty = await f.app.invoke('proposals.create', { unitId: f.units.P02, campaignId: f.campaignId, year: 2026, submissionNumber: '09/TTr-UBND' });
    const error = await refusal(f.app, 'documents.generate', { kind: 'to_trinh_de_nghi', proposalId: empty.id });
    expect(error.message).toBe('Đề nghị số 09/TTr-UBND của Phường An Khánh chưa có tập thể, cá nhân nào được đề nghị: thêm người được đề nghị rồi lập tờ trình.');
    expect(f.raw.prepare("SELECT count(*) FROM issued_documents WHERE kind = 'to_trinh_de_nghi'").pluck().get()).toBe(0);
    f.app.close();
  });
});
