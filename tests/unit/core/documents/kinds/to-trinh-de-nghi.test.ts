// The tờ trình đề nghị khen thưởng through the router: drafted from its proposal with the counts by
// form, numbered in the TTr register at issue and listed under its proposal.
import { describe, expect, it } from 'vitest';
import { refusal } from '../../../helpers.ts';
import { awardRound, texts } from './award-round.ts';

describe('tờ trình đề nghị khen thưởng', () => {
  it('drafts from its proposal with its counts by form and issues into the TTr register', async () => {
    const { f, proposalId } = await awardRound();
    const draft = await f.app.invoke('documents.generate', { kind: 'to_trinh_de_nghi', proposalId });
    expect(draft).toMatchObject({ status: 'du_thao', symbol: 'TTr-UBND', date: '2026-03-02', subject: { type: 'proposal', id: proposalId } });
    const all = texts(draft.contentBase64);
    expect(all).toContain('TỜ TRÌNH');
    expect(all).toContain('Đề nghị khen thưởng các tập thể, cá nhân có thành tích trong đợt thi đua chào mừng 100 ngày thành lập thành phố');
    expect(all).toContain('Kính gửi: Chủ tịch Ủy ban nhân dân thành phố Thủ Đức.');
    expect(all).toContain(
      'Phường Bình Thọ kính đề nghị Chủ tịch Ủy ban nhân dân thành phố Thủ Đức xem xét, tặng Giấy khen cho 01 tập thể và 04 cá nhân đã có thành tích xuất sắc trong đợt thi đua chào mừng 100 ngày thành lập thành phố (có danh sách và báo cáo thành tích kèm theo).',
    );
    expect(all).toContain('Kính trình Chủ tịch Ủy ban nhân dân thành phố Thủ Đức xem xét, quyết định./.');
    const issued = await f.app.invoke('documents.issue', { id: draft.id, date: '2026-03-03' });
    expect(issued).toMatchObject({ status: 'da_ban_hanh', number: 1, numberText: '01/TTr-UBND', date: '2026-03-03', fileName: 'to-trinh-de-nghi_01-TTr-UBND_2026-03-03.docx' });
    // Issued, it is locked; a new draft is a new version under the same proposal.
    expect((await refusal(f.app, 'documents.generate', { kind: 'to_trinh_de_nghi', proposalId })).code).toBe('confirm');
    const next = await f.app.invoke('documents.generate', { kind: 'to_trinh_de_nghi', proposalId, newVersion: true });
    expect(next).toMatchObject({ version: 2, supersedes: issued.id, subject: { type: 'proposal', id: proposalId } });
    f.app.close();
  });

  it('keeps a saved edit with its proposal, not with the campaign', async () => {
    const { f, proposalId } = await awardRound();
    await f.app.invoke('documents.saveSections', { kind: 'to_trinh_de_nghi', proposalId, texts: { kinhTrinh: 'Kính trình Chủ tịch xem xét, quyết định.' } });
    const draft = await f.app.invoke('documents.generate', { kind: 'to_trinh_de_nghi', proposalId });
    expect(texts(draft.contentBase64)).toContain('Kính trình Chủ tịch xem xét, quyết định./.');
    expect(f.raw.prepare("SELECT subject_type, subject_id, campaign_id FROM document_sections WHERE kind = 'to_trinh_de_nghi'").all()).toEqual([
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
