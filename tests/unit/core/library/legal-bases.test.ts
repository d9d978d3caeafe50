// The legal bases through the router on a real database: seeded, listed in order, added, edited and
// removed with an audit line each; a range that ends before it starts, or that no document cites, is
// refused next to its field and changes nothing.
import { describe, expect, it } from 'vitest';
import { databaseDigest, freshApp, refusal } from '../../helpers.ts';

const NEW = {
  text: 'Căn cứ Quyết định số 12/2020/QĐ-UBND ngày 01 tháng 6 năm 2020 của Ủy ban nhân dân Thành phố Hồ Chí Minh;',
  validFrom: '2020-06-15',
  validTo: null,
  kinds: ['ke_hoach', 'bao_cao'] as const,
  sort: 30,
};

describe('legalBases', () => {
  it('lists the seeded bases: the laws first, each with its dates and the kinds that cite it', async () => {
    const app = freshApp();
    const list = await app.invoke('legalBases.list', {});
    const award = 'ke_hoach,quyet_dinh,to_trinh_de_nghi,to_trinh_ket_qua';
    expect(list.map((b) => [b.sort, b.validFrom, b.validTo, b.kinds.join()])).toEqual([
      // The law on local government that gives a Chủ tịch the power to decide (migration 0018).
      [5, '2016-01-01', '2025-02-28', 'quyet_dinh'],
      [5, '2025-03-01', '2025-06-30', 'quyet_dinh'],
      [5, '2025-07-01', null, 'quyet_dinh'],
      [10, '2014-06-01', '2023-12-31', award],
      [10, '2024-01-01', null, award],
      [20, '2017-10-01', '2023-12-31', award],
      [20, '2024-01-01', '2025-06-30', award],
      [20, '2025-07-01', null, award],
    ]);
    expect(list.every((b) => b.text.startsWith('Căn cứ '))).toBe(true);
    app.close();
  });

  it('adds, edits and removes a basis, auditing each change', async () => {
    const app = freshApp();
    const added = await app.invoke('legalBases.save', { ...NEW, kinds: [...NEW.kinds] });
    // The list adds ";" and "." itself: a typed ending is not kept.
    expect(added).toMatchObject({ text: NEW.text.slice(0, -1), validFrom: '2020-06-15', validTo: null, kinds: ['ke_hoach', 'bao_cao'], sort: 30 });
    const edited = await app.invoke('legalBases.save', { ...added, validTo: '2025-12-31', kinds: ['ke_hoach'] });
    expect(edited).toMatchObject({ id: added.id, validTo: '2025-12-31', kinds: ['ke_hoach'] });
    expect((await app.invoke('legalBases.list', {})).at(-1)).toEqual(edited);
    expect(await app.invoke('legalBases.remove', { id: added.id })).toEqual({ removed: added.id });
    expect((await app.invoke('legalBases.list', {})).map((b) => b.id)).not.toContain(added.id);
    const audit = app.connection.raw
      .prepare("SELECT action FROM audit_log WHERE entity = 'legal_basis' AND entity_id = ? ORDER BY id")
      .pluck()
      .all(added.id);
    expect(audit).toEqual(['create', 'update', 'delete']);
    app.close();
  });

  it('refuses what no document could cite, in Vietnamese next to the field, changing nothing', async () => {
    const app = freshApp();
    const before = databaseDigest(app.connection.raw);
    const backwards = await refusal(app, 'legalBases.save', { ...NEW, kinds: ['ke_hoach'], validTo: '2020-06-14' });
    expect(backwards.fields).toEqual({ validTo: 'Ngày hết hiệu lực không được trước ngày có hiệu lực.' });
    const noKind = await refusal(app, 'legalBases.save', { ...NEW, kinds: [] });
    expect(noKind.fields).toEqual({ kinds: 'Chọn ít nhất một loại văn bản' });
    const empty = await refusal(app, 'legalBases.save', { ...NEW, kinds: ['ke_hoach'], text: '   ' });
    expect(Object.keys(empty.fields ?? {})).toEqual(['text']);
    const badDate = await refusal(app, 'legalBases.save', { ...NEW, kinds: ['ke_hoach'], validFrom: '2021-02-31' });
    expect(Object.keys(badDate.fields ?? {})).toEqual(['validFrom']);
    const missing = await refusal(app, 'legalBases.remove', { id: 999 });
    expect([missing.code, missing.message]).toEqual(['not_found', 'Không tìm thấy căn cứ pháp lý có mã số 999.']);
    expect(databaseDigest(app.connection.raw)).toBe(before);
    app.close();
  });
});
