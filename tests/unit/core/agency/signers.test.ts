// Signers as a list: the authority lines are checked and split where they are typed, the first signer
// signs every kind until another default is chosen, a default is per (issuer, kind), and removing a
// signer falls back to the agency's default.
import { describe, expect, it } from 'vitest';
import { DOCUMENT_KIND_IDS } from '../../../../core/documents/kinds.ts';
import { upperVi } from '../../../../core/text/upper.ts';
import { openDocx, paragraphs } from '../../documents-xml.ts';
import { demoApp, freshApp, refusal } from '../../helpers.ts';

describe('signers', () => {
  it('splits authority lines typed on one line and refuses "Q." there, naming the field', async () => {
    const app = freshApp();
    const s = await app.invoke('agency.saveSigner', { authority: 'TM. Ủy ban nhân dân KT. Chủ tịch', title: 'Phó Chủ tịch', name: 'Nguyễn Kỳ Phùng' });
    expect(s.authority).toEqual(['TM. Ủy ban nhân dân', 'KT. Chủ tịch']);
    const acting = await refusal(app, 'agency.saveSigner', { authority: 'Q. Chủ tịch', title: 'Chủ tịch', name: 'Trần Văn B' });
    expect(acting.fields).toHaveProperty('authority');
    expect(acting.message).toMatch(/"Chức vụ người ký"/u);
    const bad = await refusal(app, 'agency.saveSigner', { authority: 'Thay mặt UBND', title: 'Chủ tịch', name: 'Trần Văn B' });
    expect(bad.message).toMatch(/TM\., KT\., TL\. hoặc TUQ\./u);
    // "Q." belongs in the chức vụ, where it is taken.
    await app.invoke('agency.saveSigner', { authority: '', title: 'Q. Chủ tịch', name: 'Trần Văn B' });
    const { signers, defaults } = await app.invoke('agency.issuing', {});
    expect(signers.map((x) => x.title)).toEqual(['Phó Chủ tịch', 'Q. Chủ tịch']);
    // The first signer became the default of every kind; the second changed nothing.
    expect(defaults).toEqual(
      [...DOCUMENT_KIND_IDS].sort().map((kind) => ({ issuerId: null, kind, signerId: s.id })),
    );
    app.close();
  });

  it('signs each kind with its default, and falls back to the agency default when a signer goes', async () => {
    const app = await demoApp();
    const { signers } = await app.invoke('agency.issuing', {});
    const office = signers.find((x) => x.title === 'Chánh Văn phòng')!;
    await app.invoke('agency.setSignerDefault', { kind: 'giay_moi', signerId: office.id });
    const signedBy = async (kind: 'giay_moi' | 'bao_cao' = 'giay_moi') => {
      const r = await app.invoke('documents.preview', kind === 'giay_moi' ? { kind, meeting: { place: 'Hội trường' } } : { kind, stage: 'so_ket', asOf: '2021-04-12' });
      const all = paragraphs(openDocx(Buffer.from(r.contentBase64, 'base64')).document).map((p) => p.text);
      // The signer's lines beside the Nơi nhận list, down to the name (the first line not in capitals).
      const after = all.slice(all.indexOf('Nơi nhận:') + 1).filter((t) => !t.startsWith('-'));
      return after.slice(0, after.findIndex((t) => t !== upperVi(t)));
    };
    expect(await signedBy()).toEqual(['TL. CHỦ TỊCH', 'CHÁNH VĂN PHÒNG']);
    // Other kinds keep the agency's default.
    expect(await signedBy('bao_cao')).toEqual(['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH']);
    await app.invoke('agency.removeSigner', { id: office.id });
    const after = await app.invoke('agency.issuing', {});
    expect(after.defaults.some((d) => d.signerId === office.id)).toBe(false);
    expect(await signedBy()).toEqual(['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH']);
    expect((await refusal(app, 'agency.setSignerDefault', { issuerId: 99, kind: 'giay_moi', signerId: signers[0].id })).code).toBe('not_found');
    app.close();
  });
});
