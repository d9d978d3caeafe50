// Issuer, signer and Nơi nhận of a request, end to end through the router on the demo database: the
// UBND kế hoạch signed for the Ủy ban by a Phó Chủ tịch, the Hội đồng's báo cáo under its own header,
// ký hiệu and sequence, a giấy mời signed "TL. Chủ tịch" when asked, and Nơi nhận from the list per
// kind, never the issuer itself.
import { describe, expect, it } from 'vitest';
import type { TdktApp } from '../../../../core/app.ts';
import { demoApp, refusal } from '../../helpers.ts';
import { openDocx, paragraphs } from '../../documents-xml.ts';

const texts = (b64: string) => paragraphs(openDocx(Buffer.from(b64, 'base64')).document).map((p) => p.text);

async function setup(app: TdktApp) {
  const s = await app.invoke('agency.issuing', {});
  return {
    ...s,
    council: s.issuers.find((i) => i.abbreviation === 'HĐTĐKT')!,
    office: s.signers.find((x) => x.title === 'Chánh Văn phòng')!,
  };
}

/** The lines from the signature's first authority line to the name. */
function signature(all: string[], first: string, name: string): string[] {
  const end = all.lastIndexOf(name);
  return all.slice(all.lastIndexOf(first, end), end + 1);
}

describe('issuing a document', () => {
  it('signs a UBND kế hoạch "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH" with its Nơi nhận', async () => {
    const app = await demoApp();
    const r = await app.invoke('documents.preview', { kind: 'ke_hoach' });
    const all = texts(r.contentBase64);
    expect(all.slice(0, 2)).toEqual(['ỦY BAN NHÂN DÂN', 'THÀNH PHỐ THỦ ĐỨC']);
    expect(signature(all, 'TM. ỦY BAN NHÂN DÂN', 'Nguyễn Kỳ Phùng')).toEqual(['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Nguyễn Kỳ Phùng']);
    expect(all).toEqual(expect.arrayContaining(['- Sở Nội vụ (Ban Thi đua - Khen thưởng);', '- Thường trực Hội đồng Thi đua - Khen thưởng;', '- Lưu: VT, NV.']));
    app.close();
  });

  it("gives the Hội đồng's báo cáo its header, its signer, its own sequence, and no copy to itself", async () => {
    const app = await demoApp();
    const { council } = await setup(app);
    const ubndDraft = await app.invoke('documents.generate', { kind: 'bao_cao', stage: 'so_ket', asOf: '2021-04-12', date: '2021-04-14' });
    const ubnd = await app.invoke('documents.issue', { id: ubndDraft.id, date: '2021-04-14' });
    const hdDraft = await app.invoke('documents.generate', { kind: 'bao_cao', stage: 'so_ket', asOf: '2021-04-12', date: '2021-04-15', issuerId: council.id!, newVersion: true });
    const hd = await app.invoke('documents.issue', { id: hdDraft.id, date: '2021-04-15' });
    expect([ubnd.numberText, hd.numberText]).toEqual(['01/BC-UBND', '01/BC-HĐTĐKT']);
    const all = texts(hd.contentBase64);
    expect(all.slice(0, 3)).toEqual(['ỦY BAN NHÂN DÂN TP THỦ ĐỨC', 'HỘI ĐỒNG THI ĐUA -', 'KHEN THƯỞNG']);
    expect(signature(all, 'TM. HỘI ĐỒNG', 'Lê Thị Thu Hà')).toEqual(['TM. HỘI ĐỒNG', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH THƯỜNG TRỰC', 'Lê Thị Thu Hà']);
    expect(all.some((t) => t.startsWith('- Thường trực Hội đồng Thi đua'))).toBe(false);
    expect(all).toContain('- Thường trực Hội đồng nhân dân;');
    expect(texts(ubnd.contentBase64)).toContain('- Thường trực Hội đồng Thi đua - Khen thưởng;');
    app.close();
  });

  it('signs a giấy mời "TL. CHỦ TỊCH / CHÁNH VĂN PHÒNG" when the request names that signer', async () => {
    const app = await demoApp();
    const { office } = await setup(app);
    const r = await app.invoke('documents.preview', { kind: 'giay_moi', signerId: office.id, meeting: { place: 'Hội trường' } });
    const all = texts(r.contentBase64);
    expect(signature(all, 'TL. CHỦ TỊCH', 'Trần Minh Tâm')).toEqual(['TL. CHỦ TỊCH', 'CHÁNH VĂN PHÒNG', 'Trần Minh Tâm']);
    expect(all).toContain('- Như thành phần mời;');
    // The Chánh Văn phòng signs for the Chủ tịch; the meeting is chaired by the leader, not by the office.
    expect(all).toContain('Chủ trì: Đồng chí Nguyễn Kỳ Phùng - Phó Chủ tịch Ủy ban nhân dân thành phố Thủ Đức.');
    expect((await refusal(app, 'documents.preview', { kind: 'giay_moi', signerId: 999 })).code).toBe('not_found');
    app.close();
  });

  it('starts Nơi nhận from the edited list, and refuses one typed that is the issuer', async () => {
    const app = await demoApp();
    const { council } = await setup(app);
    await app.invoke('agency.saveRecipient', { name: 'Phòng Văn hóa - Thông tin', abbreviation: 'VHTT', kinds: ['cong_van_don_doc'] });
    const sections = await app.invoke('documents.getSections', { kind: 'cong_van_don_doc' });
    expect(sections.find((s) => s.key === 'noiNhan')?.text).toBe('Như trên\nThường trực Hội đồng Thi đua - Khen thưởng\nPhòng Văn hóa - Thông tin');
    const councilSections = await app.invoke('documents.getSections', { kind: 'cong_van_don_doc', issuerId: council.id! });
    expect(councilSections.find((s) => s.key === 'noiNhan')?.text).toBe('Như trên\nPhòng Văn hóa - Thông tin');
    const err = await refusal(app, 'documents.preview', {
      kind: 'bao_cao',
      stage: 'so_ket',
      issuerId: council.id!,
      texts: { noiNhan: 'Sở Nội vụ\nThường trực Hội đồng Thi đua - Khen thưởng' },
    });
    expect(err.fields).toHaveProperty('noiNhan');
    expect(err.message).toMatch(/là chính cơ quan ban hành/u);
    expect(await app.invoke('documents.list', {})).toEqual([]);
    app.close();
  });
});
