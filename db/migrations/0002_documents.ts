// Documents: the numbering register per (issuer, document type, year) — NĐ 30 Điều 15: numbers run
// from 01 on 1 January and are unique in the year, the Hội đồng keeping its own sequence — the
// register of every document generated, and the section texts a user edited for a campaign.
import type { Migration } from './migration.ts';

export const m0002_documents: Migration = {
  version: 2,
  name: 'documents',
  up(db) {
    db.exec(`
      -- The last number handed out in each yearly sequence; the văn thư may move it forward by hand.
      CREATE TABLE doc_counters (
        issuer TEXT NOT NULL,
        doc_type TEXT NOT NULL,
        year INTEGER NOT NULL CHECK (year BETWEEN 1900 AND 9999),
        last_number INTEGER NOT NULL DEFAULT 0 CHECK (last_number >= 0),
        updated_at TEXT NOT NULL,
        PRIMARY KEY (issuer, doc_type, year)
      );

      CREATE TABLE issued_documents (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        campaign_id INTEGER REFERENCES campaigns(id),
        kind TEXT NOT NULL CHECK (kind IN ('ke_hoach','bao_cao','cong_van_don_doc','giay_moi')),
        stage TEXT CHECK (stage IS NULL OR stage IN ('so_ket','tong_ket')),
        issuer TEXT NOT NULL,
        doc_type TEXT NOT NULL,
        year INTEGER NOT NULL,
        -- NULL: the number is left blank for the văn thư to write after signing.
        number INTEGER CHECK (number IS NULL OR number > 0),
        symbol TEXT NOT NULL,
        doc_date TEXT NOT NULL,
        as_of TEXT,
        summary TEXT NOT NULL,
        file_name TEXT NOT NULL,
        file_hash TEXT NOT NULL,
        bytes INTEGER NOT NULL,
        search TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        UNIQUE (issuer, doc_type, year, number)
      );
      CREATE INDEX issued_documents_campaign ON issued_documents(campaign_id, kind, stage);
      CREATE INDEX issued_documents_date ON issued_documents(doc_date);

      CREATE TABLE document_sections (
        campaign_id INTEGER NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('ke_hoach','bao_cao','cong_van_don_doc','giay_moi')),
        key TEXT NOT NULL,
        text TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (campaign_id, kind, key)
      );
    `);
  },
};
