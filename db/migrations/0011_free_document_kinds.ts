// Document kinds become free text (issue 9): the kinds are one table in the app (core/documents/kinds.ts)
// and a new kind must not need a table rebuild, so the CHECKs listing the four kinds of 2021 go (the
// kind is checked at the wall, as signer_defaults and recipient_kinds already were). Documents also
// get a subject besides the campaign: the award documents are about a proposal (tờ trình), a council
// meeting (biên bản) or a decision (quyết định). A campaign's documents and edits keep campaign_id with
// no subject, exactly as before; a subject's are keyed by (subject_type, subject_id).
//
// SQLite cannot drop a CHECK, so issued_documents and document_sections are rebuilt with every row and
// index carried across. A document that supersedes another points at it by id in the same table; with
// the connection's foreign keys on, dropping the old table would orphan that pointer in the new one
// (and a deferred check would still count it at commit), so the pointers are copied in after the rename.
import type { Migration } from './migration.ts';

export const m0011_free_document_kinds: Migration = {
  version: 11,
  name: 'free_document_kinds',
  up(db) {
    db.exec(`
      CREATE TABLE issued_documents_new (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        campaign_id INTEGER REFERENCES campaigns(id),
        kind TEXT NOT NULL CHECK (length(kind) > 0),
        stage TEXT CHECK (stage IS NULL OR stage IN ('so_ket','tong_ket')),
        status TEXT NOT NULL CHECK (status IN ('du_thao','da_ban_hanh')),
        issuer TEXT NOT NULL,
        doc_type TEXT NOT NULL,
        year INTEGER NOT NULL,
        number INTEGER CHECK (number IS NULL OR number > 0),
        symbol TEXT NOT NULL,
        doc_date TEXT NOT NULL,
        as_of TEXT,
        summary TEXT NOT NULL,
        file_name TEXT NOT NULL,
        file_hash TEXT NOT NULL,
        bytes INTEGER NOT NULL,
        search TEXT NOT NULL,
        issued_at TEXT,
        -- 1 for the first draft of a (subject, kind, stage); n+1 for the draft that supersedes version n.
        version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
        supersedes INTEGER REFERENCES issued_documents(id),
        request_json TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        -- NULL for a campaign's documents (campaign_id says which); 'proposal', 'meeting', 'decision'
        -- with the id of that row for the award documents.
        subject_type TEXT CHECK (subject_type IS NULL OR length(subject_type) > 0),
        subject_id INTEGER,
        UNIQUE (issuer, doc_type, year, number),
        CHECK ((status = 'da_ban_hanh') = (number IS NOT NULL)),
        CHECK ((status = 'da_ban_hanh') = (issued_at IS NOT NULL)),
        CHECK ((subject_type IS NULL) = (subject_id IS NULL))
      );
      INSERT INTO issued_documents_new (id, uuid, campaign_id, kind, stage, status, issuer, doc_type, year, number, symbol,
          doc_date, as_of, summary, file_name, file_hash, bytes, search, issued_at, version, supersedes, request_json,
          created_at, updated_at)
        SELECT id, uuid, campaign_id, kind, stage, status, issuer, doc_type, year, number, symbol,
          doc_date, as_of, summary, file_name, file_hash, bytes, search, issued_at, version, NULL, request_json,
          created_at, updated_at
        FROM issued_documents;
      CREATE TEMP TABLE supersedes_0011 AS SELECT id, supersedes FROM issued_documents WHERE supersedes IS NOT NULL;
      DROP TABLE issued_documents;
      ALTER TABLE issued_documents_new RENAME TO issued_documents;
      UPDATE issued_documents SET supersedes = (SELECT s.supersedes FROM supersedes_0011 s WHERE s.id = issued_documents.id)
        WHERE id IN (SELECT id FROM supersedes_0011);
      DROP TABLE supersedes_0011;
      CREATE INDEX issued_documents_campaign ON issued_documents(campaign_id, kind, stage);
      CREATE INDEX issued_documents_date ON issued_documents(doc_date);
      CREATE INDEX issued_documents_subject ON issued_documents(subject_type, subject_id, kind, stage) WHERE subject_type IS NOT NULL;

      CREATE TABLE document_sections_new (
        campaign_id INTEGER REFERENCES campaigns(id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (length(kind) > 0),
        key TEXT NOT NULL,
        text TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        subject_type TEXT CHECK (subject_type IS NULL OR length(subject_type) > 0),
        subject_id INTEGER,
        CHECK ((subject_type IS NULL) = (subject_id IS NULL)),
        CHECK (subject_type IS NOT NULL OR campaign_id IS NOT NULL)
      );
      INSERT INTO document_sections_new (campaign_id, kind, key, text, updated_at)
        SELECT campaign_id, kind, key, text, updated_at FROM document_sections;
      DROP TABLE document_sections;
      ALTER TABLE document_sections_new RENAME TO document_sections;
      -- One text per section of a document: the old primary key for a campaign's, its twin for a subject's.
      CREATE UNIQUE INDEX document_sections_campaign ON document_sections(campaign_id, kind, key) WHERE subject_type IS NULL;
      CREATE UNIQUE INDEX document_sections_subject ON document_sections(subject_type, subject_id, kind, key) WHERE subject_type IS NOT NULL;
    `);
  },
};
