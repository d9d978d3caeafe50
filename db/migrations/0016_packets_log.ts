// The packets log and the import batches (issue 10). Every packet or form imported (and, once the
// exporter writes it, every packet sent) is one row of `packets`: who sent it, what it was, its hash and
// uuid, and row by row what it changed, so "Gói dữ liệu này đã được nhập ngày …" can be said and support
// can read what an import did. An import is also one `import_batches` row holding the before-image of
// every row it touched, so the last import can be undone exactly. `row_versions` keeps the field values
// of rows as they were sent or received at a given updated_at: the base a later packet's record was
// edited from, which the field-by-field merge needs (we only ever hold our current row otherwise). A
// row sent has its own line; an import writes one line per kind (uuid '*': a JSON map uuid → fields).
import type { Migration } from './migration.ts';

export const m0016_packets_log: Migration = {
  version: 16,
  name: 'packets_log',
  up(db) {
    db.exec(`
      CREATE TABLE packets (
        id INTEGER PRIMARY KEY,
        direction TEXT NOT NULL CHECK (direction IN ('import','export')),
        source_kind TEXT NOT NULL CHECK (source_kind IN ('packet','excel')),
        what TEXT NOT NULL,
        sender_code TEXT NOT NULL DEFAULT '',
        sender_name TEXT NOT NULL DEFAULT '',
        file_name TEXT NOT NULL,
        sha256 TEXT NOT NULL,
        packet_uuid TEXT,
        sequence INTEGER,
        -- By uuid, not id: undoing the import that created the campaign must not leave a dangling key.
        campaign_uuid TEXT,
        at TEXT NOT NULL,
        -- JSON: per kind, how many rows were new, changed, unchanged, duplicates, conflicts, errors.
        counts TEXT NOT NULL,
        -- JSON: per row what changed (kind, action, uuid, label, [field, ours, theirs]…).
        changes TEXT NOT NULL,
        undone_at TEXT
      );
      CREATE INDEX packets_sha256 ON packets(sha256);
      CREATE INDEX packets_uuid ON packets(packet_uuid);
      CREATE TABLE import_batches (
        id INTEGER PRIMARY KEY,
        packet_id INTEGER NOT NULL UNIQUE REFERENCES packets(id),
        at TEXT NOT NULL,
        -- JSON: per table, the ids it inserted and the whole rows it updated as they were before.
        before TEXT NOT NULL,
        -- JSON: per table, the largest id right after the import: a row added later is above it.
        max_ids TEXT NOT NULL,
        undone_at TEXT
      );
      CREATE TABLE row_versions (
        entity TEXT NOT NULL,
        uuid TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        -- JSON: the fields the merge compares at that version; for uuid '*', a map uuid → fields.
        fields TEXT NOT NULL,
        -- The import that wrote this version (undone with it); NULL for a version sent in a packet.
        batch_id INTEGER REFERENCES import_batches(id),
        PRIMARY KEY (entity, uuid, updated_at)
      );
      CREATE INDEX row_versions_batch ON row_versions(batch_id);
    `);
  },
};
