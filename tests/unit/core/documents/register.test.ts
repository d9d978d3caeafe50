// The register keeps a document under its subject (migration 0011): a campaign's documents and edits
// are found by campaign_id as before, and a proposal's (an award document listed under the same
// campaign) is neither taken for them nor touched by them — on a real database through the router.
import { describe, expect, it } from 'vitest';
import { latestOfKind, type RegisterSubject, replaceSections, saveDraft, savedSections } from '../../../../core/documents/register.ts';
import { demoApp } from '../../helpers.ts';

const AT = '2021-04-20T03:00:00.000Z';
const CAMPAIGN: RegisterSubject = { type: 'campaign', id: 1 };
const PROPOSAL: RegisterSubject = { type: 'proposal', id: 7 };

describe('the register by subject', () => {
  it('keeps a proposal’s draft and edits apart from its campaign’s, and the campaign’s as they were', async () => {
    const app = await demoApp();
    const raw = app.connection.raw;
    const first = await app.invoke('documents.generate', { kind: 'ke_hoach', campaignId: 1 });
    await app.invoke('documents.saveSections', { kind: 'ke_hoach', campaignId: 1, texts: { mucDich: 'Mục đích của đợt.' } });

    const proposalDraft = saveDraft(raw, {
      campaignId: 1,
      subject: PROPOSAL,
      kind: 'ke_hoach',
      stage: null,
      key: { issuer: 'UBND', docType: 'KH', year: 2021 },
      symbol: 'KH-UBND',
      date: '2021-04-20',
      asOf: null,
      summary: 'Của đề nghị 7',
      fileName: 'de-nghi-7.docx',
      fileHash: 'h',
      bytes: 1,
      search: 'de nghi 7',
      version: 3,
      supersedes: null,
      requestJson: '{}',
      at: AT,
    });
    expect(raw.prepare('SELECT campaign_id, subject_type, subject_id FROM issued_documents WHERE id = ?').get(proposalDraft)).toEqual({
      campaign_id: 1,
      subject_type: 'proposal',
      subject_id: 7,
    });
    // The campaign's newest kế hoạch is still its own draft, though the proposal's has the higher version.
    expect(latestOfKind(raw, CAMPAIGN, 'ke_hoach', null)?.id).toBe(first.id);
    expect(latestOfKind(raw, PROPOSAL, 'ke_hoach', null)?.id).toBe(proposalDraft);
    expect(latestOfKind(raw, { type: 'proposal', id: 8 }, 'ke_hoach', null)).toBeUndefined();

    replaceSections(raw, PROPOSAL, 'ke_hoach', { mucDich: 'Mục đích của đề nghị.' }, AT);
    expect(savedSections(raw, CAMPAIGN, 'ke_hoach')).toEqual({ mucDich: 'Mục đích của đợt.' });
    expect(savedSections(raw, PROPOSAL, 'ke_hoach')).toEqual({ mucDich: 'Mục đích của đề nghị.' });
    expect(raw.prepare("SELECT entity_id, detail FROM audit_log WHERE entity = 'document_sections' ORDER BY id DESC LIMIT 1").get()).toEqual({
      entity_id: 7,
      detail: JSON.stringify({ subject: 'proposal', kind: 'ke_hoach', keys: ['mucDich'] }),
    });

    // Through the router the campaign's draft is regenerated in place with its own edit, and saving the
    // campaign's edits leaves the proposal's alone.
    const again = await app.invoke('documents.generate', { kind: 'ke_hoach', campaignId: 1 });
    expect(again).toMatchObject({ id: first.id, version: 1 });
    const sections = await app.invoke('documents.saveSections', { kind: 'ke_hoach', campaignId: 1, texts: { mucDich: 'Mục đích mới.' } });
    expect(sections.find((s) => s.key === 'mucDich')?.text).toBe('Mục đích mới.');
    expect(savedSections(raw, PROPOSAL, 'ke_hoach')).toEqual({ mucDich: 'Mục đích của đề nghị.' });
    expect(raw.prepare('SELECT count(*) FROM document_sections WHERE campaign_id = 1 AND subject_type IS NULL').pluck().get()).toBe(1);
    app.close();
  });
});
