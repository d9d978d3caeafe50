// Issuers, signers and nơi nhận as lists (issue 8). The agency's one signer becomes the first row of
// `signers` and the default for every document kind; the Hội đồng Thi đua - Khen thưởng becomes an
// issuer of its own (its ký hiệu HĐTĐKT keeps its own number sequence); the recipients the documents
// used to hard-code become an editable list with defaults per kind.
import type { Migration } from './migration.ts';

/** Seeded recipients, in the order a Nơi nhận lists them, with the kinds they are a default for. */
const RECIPIENTS: { name: string; abbreviation: string; kinds: string[] }[] = [
  { name: 'Như trên', abbreviation: '', kinds: ['cong_van_don_doc'] },
  { name: 'Như thành phần mời', abbreviation: '', kinds: ['giay_moi'] },
  { name: 'Sở Nội vụ (Ban Thi đua - Khen thưởng)', abbreviation: 'SNV', kinds: ['ke_hoach', 'bao_cao'] },
  { name: 'Thường trực cấp ủy', abbreviation: '', kinds: ['ke_hoach', 'bao_cao'] },
  { name: 'Thường trực Hội đồng nhân dân', abbreviation: 'HĐND', kinds: ['ke_hoach', 'bao_cao'] },
  { name: 'Chủ tịch và các Phó Chủ tịch UBND', abbreviation: '', kinds: ['ke_hoach', 'bao_cao'] },
  { name: 'Ủy ban Mặt trận Tổ quốc Việt Nam', abbreviation: 'MTTQ', kinds: ['ke_hoach'] },
  { name: 'Thường trực Hội đồng Thi đua - Khen thưởng', abbreviation: 'HĐTĐKT', kinds: ['ke_hoach', 'bao_cao', 'cong_van_don_doc'] },
  { name: 'Các cơ quan, đơn vị tham gia phong trào thi đua', abbreviation: '', kinds: ['ke_hoach', 'bao_cao'] },
];

const KINDS = ['ke_hoach', 'bao_cao', 'cong_van_don_doc', 'giay_moi'];

/** Seeded rows carry the release's date, not the clock's: two new databases hold the same rows. */
const SEEDED_AT = '2026-12-01T00:00:00.000Z';

export const m0006_issuers_signers: Migration = {
  version: 6,
  name: 'issuers_signers',
  up(db) {
    db.exec(`
      -- One signature block each: authority lines ("TM. Ủy ban nhân dân", "KT. Chủ tịch", one a line),
      -- the chức vụ ("Phó Chủ tịch", "Q. Chánh Văn phòng") and the name.
      CREATE TABLE signers (
        id INTEGER PRIMARY KEY,
        authority TEXT NOT NULL DEFAULT '',
        title TEXT NOT NULL CHECK (trim(title) <> ''),
        name TEXT NOT NULL CHECK (trim(name) <> ''),
        sort INTEGER NOT NULL DEFAULT 0,
        updated_at TEXT NOT NULL
      );
      -- Bodies that issue in their own name besides the agency (the agency row is the first issuer).
      CREATE TABLE issuers (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL CHECK (trim(name) <> ''),
        parent_body TEXT NOT NULL DEFAULT '',
        abbreviation TEXT NOT NULL UNIQUE CHECK (trim(abbreviation) <> ''),
        sort INTEGER NOT NULL DEFAULT 0,
        updated_at TEXT NOT NULL
      );
      -- issuer_id 0 is the agency itself, which has no row in issuers; the kind is checked at the wall
      -- (a CHECK here would need a table rebuild for every new kind of document).
      CREATE TABLE signer_defaults (
        issuer_id INTEGER NOT NULL,
        kind TEXT NOT NULL,
        signer_id INTEGER NOT NULL REFERENCES signers(id) ON DELETE CASCADE,
        PRIMARY KEY (issuer_id, kind)
      );
      -- abbreviation: the body's own ký hiệu, so a document is never sent to the body that issues or
      -- drafts it.
      CREATE TABLE recipients (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL CHECK (trim(name) <> ''),
        abbreviation TEXT NOT NULL DEFAULT '',
        sort INTEGER NOT NULL DEFAULT 0,
        updated_at TEXT NOT NULL
      );
      CREATE TABLE recipient_kinds (
        recipient_id INTEGER NOT NULL REFERENCES recipients(id) ON DELETE CASCADE,
        kind TEXT NOT NULL,
        PRIMARY KEY (recipient_id, kind)
      );
    `);

    const agency = db
      .prepare<[], { name: string; signer_title: string; signer_name: string; signer_authority: string; updated_at: string }>(
        'SELECT name, signer_title, signer_name, signer_authority, updated_at FROM agency WHERE id = 1',
      )
      .get();
    if (agency?.signer_title.trim() && agency.signer_name.trim()) {
      // The old single box held the authority lines on one line ("TM. Ủy ban nhân dân KT. Chủ tịch").
      const authority = agency.signer_authority
        .split(/\s*\n\s*|\s+(?=(?:TM|KT|TL|TUQ)\.\s)/u)
        .map((s) => s.trim())
        .filter(Boolean)
        .join('\n');
      const signer = db
        .prepare('INSERT INTO signers (authority, title, name, sort, updated_at) VALUES (?, ?, ?, 1, ?)')
        .run(authority, agency.signer_title.trim(), agency.signer_name.trim(), agency.updated_at).lastInsertRowid;
      const byDefault = db.prepare('INSERT INTO signer_defaults (issuer_id, kind, signer_id) VALUES (0, ?, ?)');
      for (const kind of KINDS) byDefault.run(kind, signer);
    }
    // The Hội đồng sits under the agency; "thành phố" is shortened as real headers do ("ỦY BAN NHÂN DÂN TP THỦ ĐỨC").
    const parent = agency?.name.trim().replace(/\bthành phố /u, 'TP ') ?? '';
    db.prepare(
      "INSERT INTO issuers (name, parent_body, abbreviation, sort, updated_at) VALUES ('Hội đồng Thi đua - Khen thưởng', ?, 'HĐTĐKT', 1, ?)",
    ).run(parent, SEEDED_AT);

    const recipient = db.prepare('INSERT INTO recipients (name, abbreviation, sort, updated_at) VALUES (?, ?, ?, ?)');
    const kind = db.prepare('INSERT INTO recipient_kinds (recipient_id, kind) VALUES (?, ?)');
    RECIPIENTS.forEach((r, i) => {
      const id = recipient.run(r.name, r.abbreviation, i + 1, SEEDED_AT).lastInsertRowid;
      for (const k of r.kinds) kind.run(id, k);
    });

    db.exec(`
      ALTER TABLE agency DROP COLUMN signer_title;
      ALTER TABLE agency DROP COLUMN signer_name;
      ALTER TABLE agency DROP COLUMN signer_authority;
    `);
  },
};
