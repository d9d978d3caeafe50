// Issuers besides the agency: each with a ký hiệu no document can choke on and no other issuer holds,
// the agency always first; removing one keeps what it issued in the register.
import { describe, expect, it } from 'vitest';
import { demoApp, refusal } from '../../helpers.ts';

describe('issuers', () => {
  it('lists the agency first, then the Hội đồng seeded under it', async () => {
    const app = await demoApp();
    const { issuers } = await app.invoke('agency.issuing', {});
    expect(issuers).toEqual([
      { id: null, name: 'Ủy ban nhân dân thành phố Thủ Đức', parentBody: '', abbreviation: 'UBND' },
      { id: 1, name: 'Hội đồng Thi đua - Khen thưởng', parentBody: 'Ủy ban nhân dân TP Thủ Đức', abbreviation: 'HĐTĐKT' },
    ]);
    app.close();
  });

  it("refuses a spaced abbreviation or the agency's own, and changes nothing", async () => {
    const app = await demoApp();
    const before = await app.invoke('agency.issuing', {});
    const spaced = await refusal(app, 'agency.saveIssuer', { id: 1, name: 'Hội đồng', parentBody: '', abbreviation: 'HĐ TĐKT' });
    expect(spaced.fields).toHaveProperty('abbreviation');
    const taken = await refusal(app, 'agency.saveIssuer', { name: 'Ban Chỉ đạo', parentBody: '', abbreviation: 'ubnd' });
    expect(taken).toMatchObject({ code: 'conflict', fields: { abbreviation: 'Chữ viết tắt đã dùng' } });
    expect(await app.invoke('agency.issuing', {})).toEqual(before);
    const saved = await app.invoke('agency.saveIssuer', { id: 1, name: 'Hội đồng Thi đua - Khen thưởng', parentBody: '', abbreviation: 'HĐTĐKT' });
    expect(saved).toMatchObject({ id: 1, parentBody: '' });
    app.close();
  });

  it('removes an issuer with its defaults, keeping its documents in the register', async () => {
    const app = await demoApp();
    const doc = await app.invoke('documents.generate', { kind: 'bao_cao', stage: 'so_ket', asOf: '2021-04-12', date: '2021-04-15', issuerId: 1 });
    await app.invoke('agency.removeIssuer', { id: 1 });
    const { issuers, defaults } = await app.invoke('agency.issuing', {});
    expect(issuers.map((i) => i.abbreviation)).toEqual(['UBND']);
    expect(defaults.every((d) => d.issuerId === null)).toBe(true);
    expect((await app.invoke('documents.list', {})).map((d) => d.numberText)).toEqual([doc.numberText]);
    expect((await refusal(app, 'documents.preview', { kind: 'bao_cao', stage: 'so_ket', issuerId: 1 })).code).toBe('not_found');
    app.close();
  });
});
