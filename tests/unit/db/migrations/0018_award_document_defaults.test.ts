// Migration 0018 seeds what the award documents start from: an older file with the user's own legal
// basis, a seeded one they edited the text of, a recipient of their own and an issued document comes out
// with every row as it was, the seeded law and decrees citing the award kinds too, the local-government
// laws added for the quyết định, and "Như Điều 3" / "Như trên" as the Nơi nhận of the award kinds. A
// fresh database then drafts a quyết định of 2021 and one of 2026 with the căn cứ of their own dates.
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate, userVersion } from '../../../../db/migrate.ts';
import { m0018_award_document_defaults } from '../../../../db/migrations/0018_award_document_defaults.ts';
import { migrations } from '../../../../db/migrations/index.ts';
import { texts } from '../../core/documents/kinds/award-round.ts';
import { awardRound } from '../../core/documents/kinds/award-round.ts';
import { tempDir } from '../../helpers.ts';

const AT = '2021-03-12T00:00:00Z';
const before18 = migrations.filter((m) => m.version < 18);
const LAW_2022 = 'Căn cứ Luật Thi đua, khen thưởng số 06/2022/QH15 ngày 15 tháng 6 năm 2022';

function olderFile(): { db: BetterSqlite3.Database; path: string } {
  const path = join(tempDir(), 'v15.sqlite');
  const db = new BetterSqlite3(path);
  migrate(db, path, before18);
  db.prepare(
    "INSERT INTO legal_bases (text, valid_from, valid_to, kinds, sort, created_at, updated_at) VALUES ('Căn cứ Quyết định số 12/2020/QĐ-UBND ban hành Quy chế thi đua', '2020-06-15', NULL, 'ke_hoach', 30, ?, ?)",
  ).run(AT, AT);
  // The user reworded the 2017 decree's line: it is theirs now, and the seeded one is added beside it.
  db.prepare("UPDATE legal_bases SET text = 'Căn cứ Nghị định số 91/2017/NĐ-CP (đã sửa)', updated_at = ? WHERE valid_from = '2017-10-01'").run(AT);
  db.prepare("INSERT INTO recipients (name, abbreviation, sort, updated_at) VALUES ('Phòng Tài chính - Kế hoạch', 'TCKH', 20, ?)").run(AT);
  db.prepare(
    `INSERT INTO issued_documents (uuid, kind, status, issuer, doc_type, year, number, symbol, doc_date, summary, file_name, file_hash, bytes, search, request_json, issued_at, created_at, updated_at)
     VALUES ('d1', 'ke_hoach', 'da_ban_hanh', 'UBND', 'KH', 2021, 19, 'KH-UBND', '2021-03-12', 'Kế hoạch', 'kh.docx', 'abc', 10, '', '{}', ?, ?, ?)`,
  ).run(AT, AT, AT);
  return { db, path };
}

const bases = (db: BetterSqlite3.Database) => db.prepare('SELECT id, text, valid_from, valid_to, kinds, sort FROM legal_bases ORDER BY id').all() as {
  id: number;
  text: string;
  kinds: string;
}[];

describe('migration 0018 award document defaults', () => {
  it('is version 18, listed in order', () => {
    expect(m0018_award_document_defaults.version).toBe(18);
    const versions = migrations.map((m) => m.version);
    expect([...versions].sort((a, b) => a - b)).toEqual(versions);
    expect(versions).toContain(18);
  });

  it('upgrades an older file: rows carried over, the seeded bases cite the award kinds, recipients added', () => {
    const { db, path } = olderFile();
    const before = {
      bases: bases(db),
      recipients: db.prepare('SELECT * FROM recipients ORDER BY id').all(),
      documents: db.prepare('SELECT * FROM issued_documents').all(),
    };
    const result = migrate(db, path, [...before18, m0018_award_document_defaults]);
    expect(result).toMatchObject({ from: userVersion(new BetterSqlite3(result.backup!)), to: 18 });
    const after = bases(db);
    // Every row there before is still there, same text; only the seeded lines gained kinds.
    for (const b of before.bases) {
      const now = after.find((a) => a.id === b.id)!;
      expect(now.text).toBe(b.text);
      expect(now.kinds.split(',')).toEqual(expect.arrayContaining(b.kinds.split(',')));
    }
    expect(after.find((b) => b.text === LAW_2022)?.kinds).toBe('ke_hoach,quyet_dinh,to_trinh_de_nghi,to_trinh_ket_qua');
    expect(after.find((b) => b.text.startsWith('Căn cứ Quyết định số 12/2020'))?.kinds).toBe('ke_hoach');
    expect(after.find((b) => b.text === 'Căn cứ Nghị định số 91/2017/NĐ-CP (đã sửa)')?.kinds).toBe('ke_hoach');
    const seeded91 = after.filter((b) => b.text.startsWith('Căn cứ Nghị định số 91/2017/NĐ-CP ngày 31 tháng 7 năm 2017'));
    expect(seeded91.map((b) => b.kinds)).toEqual(['quyet_dinh,to_trinh_de_nghi,to_trinh_ket_qua']);
    expect(after.filter((b) => b.text.startsWith('Căn cứ Luật Tổ chức chính quyền địa phương')).map((b) => b.kinds)).toEqual(Array(3).fill('quyet_dinh'));
    expect(after).toHaveLength(before.bases.length + 4);

    const recipients = db.prepare('SELECT * FROM recipients ORDER BY id').all();
    expect(recipients.slice(0, before.recipients.length)).toEqual(before.recipients);
    const kindsOf = (name: string) =>
      db
        .prepare('SELECT k.kind FROM recipient_kinds k JOIN recipients r ON r.id = k.recipient_id WHERE r.name = ? ORDER BY k.kind')
        .pluck()
        .all(name);
    expect(kindsOf('Như Điều 3')).toEqual(['quyet_dinh']);
    expect(kindsOf('Như trên')).toEqual(['cong_van_don_doc', 'to_trinh_de_nghi', 'to_trinh_ket_qua']);
    expect(db.prepare('SELECT * FROM issued_documents').all()).toEqual(before.documents);
  });

  it('makes a fresh database draft the quyết định right first time, with the căn cứ and Nơi nhận of its date', async () => {
    for (const [date, decree] of [
      ['2021-04-20', 'Căn cứ Nghị định số 91/2017/NĐ-CP'],
      ['2026-03-02', 'Căn cứ Nghị định số 152/2025/NĐ-CP'],
    ] as const) {
      const { f, decisionId, meetingId } = await awardRound({ date });
      const all = texts((await f.app.invoke('documents.generate', { kind: 'quyet_dinh', decisionId })).contentBase64);
      const law = date < '2024' ? 'Căn cứ Luật Thi đua, khen thưởng ngày 26 tháng 11 năm 2003' : LAW_2022;
      const local = date < '2024' ? 'Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015' : 'Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025';
      const at = (prefix: string) => all.findIndex((t) => t.startsWith(prefix));
      expect(at(local)).toBeGreaterThan(0);
      expect(at(law)).toBeGreaterThan(at(local));
      expect(at(decree)).toBeGreaterThan(at(law));
      expect(all).toEqual(expect.arrayContaining(['Nơi nhận:', '- Như Điều 3;', '- Lưu: VT, NV.']));
      const toTrinh = texts((await f.app.invoke('documents.generate', { kind: 'to_trinh_ket_qua', meetingId })).contentBase64);
      expect(toTrinh).toEqual(expect.arrayContaining(['- Như trên;', '- Lưu: VT, NV.']));
      expect(toTrinh.some((t) => t.startsWith(law))).toBe(true);
      f.app.close();
    }
  });
});
