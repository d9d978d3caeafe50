// The header (§1.3) of a UBND document filled in as the setup form suggested: it used to get "ỦY BAN NHÂN
// DÂN THÀNH PHỐ HỒ CHÍ MINH" above "ỦY BAN NHÂN DÂN THÀNH PHỐ THỦ ĐỨC"; now the issuer block is two lines.
import { describe, expect, it } from 'vitest';
import { demoApp } from '../../helpers.ts';
import { openDocx, paragraphs } from '../../documents-xml.ts';

const HCM = 'Ủy ban nhân dân Thành phố Hồ Chí Minh';

describe('the header of a UBND', () => {
  it('gives a UBND kế hoạch filled in as the form suggested a two-line issuer block', async () => {
    const app = await demoApp();
    const agency = (await app.invoke('settings.getAgency', {}))!;
    await app.invoke('settings.saveAgency', { ...agency, parentBody: HCM });
    const r = await app.invoke('documents.preview', { kind: 'ke_hoach' });
    const texts = paragraphs(openDocx(Buffer.from(r.contentBase64, 'base64')).document).map((p) => p.text);
    expect(texts.slice(0, 2)).toEqual(['ỦY BAN NHÂN DÂN', 'THÀNH PHỐ THỦ ĐỨC']);
    expect(texts.some((t) => t.includes('HỒ CHÍ MINH'))).toBe(false);
    app.close();
  });
});
