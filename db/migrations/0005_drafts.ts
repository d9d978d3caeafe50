// Drafts and issue (NĐ 30 Điều 15: the number is given after signature). A generated document is a
// dự thảo until the văn thư issues it; only then does it take a number of its yearly register and a
// date of issue, and it is locked from there on: changing it makes a new version that supersedes it.
// SQLite cannot add a CHECK to a table, so issued_documents is rebuilt: rows with a number were issued
// under the old rule and stay issued, rows without one (left blank for the văn thư) are drafts.
import type { Migration } from './migration.ts';

export const m0005_drafts: Migration = {
  version: 5,
  name: 'drafts',
  up(db) {
    db.exec(`
      CREATE TABLE issued_documents_new (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        campaign_id INTEGER REFERENCES campaigns(id),
        kind TEXT NOT NULL CHECK (kind IN ('ke_hoach','bao_cao','cong_van_don_doc','giay_moi')),
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
        -- 1 for the first draft of a (campaign, kind, stage); n+1 for the draft that supersedes version n.
        version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
        supersedes INTEGER REFERENCES issued_documents(id),
        -- What the draft was built from (documents.getSections arguments with every section's text),
        -- so that issuing rebuilds the same document with only its number and date added.
        request_json TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        UNIQUE (issuer, doc_type, year, number),
        -- A number exactly when issued: a draft never holds a number, an issued document always does.
        CHECK ((status = 'da_ban_hanh') = (number IS NOT NULL)),
        CHECK ((status = 'da_ban_hanh') = (issued_at IS NOT NULL))
      );
      INSERT INTO issued_documents_new (id, uuid, campaign_id, kind, stage, status, issuer, doc_type, year, number, symbol,
          doc_date, as_of, summary, file_name, file_hash, bytes, search, issued_at, version, supersedes, request_json,
          created_at, updated_at)
        SELECT id, uuid, campaign_id, kind, stage,
          CASE WHEN number IS NULL THEN 'du_thao' ELSE 'da_ban_hanh' END,
          issuer, doc_type, year, number, symbol, doc_date, as_of, summary, file_name, file_hash, bytes, search,
          CASE WHEN number IS NULL THEN NULL ELSE updated_at END,
          1, NULL,
          -- A merge patch drops the null members (no stage, no as-of day): the request leaves them out.
          json_patch('{}', json_object('kind', kind, 'campaignId', campaign_id, 'stage', stage, 'asOf', as_of, 'date', doc_date)),
          created_at, updated_at
        FROM issued_documents;
      DROP TABLE issued_documents;
      ALTER TABLE issued_documents_new RENAME TO issued_documents;
      CREATE INDEX issued_documents_campaign ON issued_documents(campaign_id, kind, stage);
      CREATE INDEX issued_documents_date ON issued_documents(doc_date);
    `);
  },
};
