// The award documents start right (issue 9): a quyết định khen thưởng, a tờ trình đề nghị and a tờ trình
// kết quả xét cite the law and the decree in force on their date, the quyết định also the law on local
// government that gives its Chủ tịch the power (DOMAIN.md §3.3); and their Nơi nhận start from
// "Như Điều 3;" (a quyết định) or "Như trên;" (a tờ trình, after its Kính gửi), the "Lưu: VT, …" line
// being added by the engine. A biên bản (Mẫu 1.9) cites no căn cứ. Rows the user already has are kept:
// a basis of the same text and date gains the kinds; a recipient of the same name gains its kind.
// Local-government laws of 2025 are as reported, to be checked by the user (DOMAIN.md §7): editable data.
import type { Migration } from './migration.ts';

/** Seeded rows carry the release's date, not the clock's: two new databases hold the same rows. */
const SEEDED_AT = '2026-12-01T00:00:00.000Z';

const TO_TRINH = ['to_trinh_de_nghi', 'to_trinh_ket_qua'];
const ALL = ['quyet_dinh', ...TO_TRINH];

/** [text, in force from, last day in force, order, kinds]: the power first, then the law, then its decree. */
export const AWARD_LEGAL_BASES: [string, string, string | null, number, string[]][] = [
  [
    'Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019',
    '2016-01-01',
    '2025-02-28',
    5,
    ['quyet_dinh'],
  ],
  ['Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025', '2025-03-01', '2025-06-30', 5, ['quyet_dinh']],
  ['Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025', '2025-07-01', null, 5, ['quyet_dinh']],
  // The same lines as the kế hoạch's (migration 0008): found by text and date, they gain the award kinds.
  [
    'Căn cứ Luật Thi đua, khen thưởng ngày 26 tháng 11 năm 2003; Luật sửa đổi, bổ sung một số điều của Luật Thi đua, khen thưởng ngày 14 tháng 6 năm 2005 và ngày 16 tháng 11 năm 2013',
    '2014-06-01',
    '2023-12-31',
    10,
    ALL,
  ],
  ['Căn cứ Luật Thi đua, khen thưởng số 06/2022/QH15 ngày 15 tháng 6 năm 2022', '2024-01-01', null, 10, ALL],
  [
    'Căn cứ Nghị định số 91/2017/NĐ-CP ngày 31 tháng 7 năm 2017 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng',
    '2017-10-01',
    '2023-12-31',
    20,
    ALL,
  ],
  [
    'Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng',
    '2024-01-01',
    '2025-06-30',
    20,
    ALL,
  ],
  [
    'Căn cứ Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025 của Chính phủ quy định về phân cấp, phân quyền trong lĩnh vực thi đua, khen thưởng; quy định chi tiết và hướng dẫn thi hành một số điều của Luật Thi đua, khen thưởng',
    '2025-07-01',
    null,
    20,
    ALL,
  ],
];

/** [name, the award kinds it starts the Nơi nhận of]. */
export const AWARD_RECIPIENTS: [string, string[]][] = [
  ['Như Điều 3', ['quyet_dinh']],
  ['Như trên', TO_TRINH],
];

export const m0018_award_document_defaults: Migration = {
  version: 18,
  name: 'award_document_defaults',
  up(db) {
    const findBasis = db.prepare<[string, string], { id: number; kinds: string }>('SELECT id, kinds FROM legal_bases WHERE text = ? AND valid_from = ?');
    const setKinds = db.prepare('UPDATE legal_bases SET kinds = ? WHERE id = ?');
    const addBasis = db.prepare(
      'INSERT INTO legal_bases (text, valid_from, valid_to, kinds, sort, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
    );
    for (const [text, from, to, sort, kinds] of AWARD_LEGAL_BASES) {
      const found = findBasis.get(text, from);
      if (found) setKinds.run([...new Set([...found.kinds.split(',').filter(Boolean), ...kinds])].join(','), found.id);
      else addBasis.run(text, from, to, kinds.join(','), sort, SEEDED_AT, SEEDED_AT);
    }

    const findRecipient = db.prepare<[string], number>('SELECT id FROM recipients WHERE name = ? ORDER BY id LIMIT 1').pluck();
    const lastSort = db.prepare<[], number>('SELECT coalesce(max(sort), 0) FROM recipients').pluck();
    const addRecipient = db.prepare("INSERT INTO recipients (name, abbreviation, sort, updated_at) VALUES (?, '', ?, ?)");
    const addKind = db.prepare('INSERT OR IGNORE INTO recipient_kinds (recipient_id, kind) VALUES (?, ?)');
    for (const [name, kinds] of AWARD_RECIPIENTS) {
      const id = findRecipient.get(name) ?? Number(addRecipient.run(name, (lastSort.get() ?? 0) + 1, SEEDED_AT).lastInsertRowid);
      for (const kind of kinds) addKind.run(id, kind);
    }
  },
};
