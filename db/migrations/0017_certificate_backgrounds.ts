// The photo or scan of a blank that the certificate editor shows under the boxes (issue 9). Kept in the
// database as a BLOB, one per template, so a backup (one SQLite file) carries it with the template it
// belongs to, and removing the template removes it. Its own table: the templates are read on every
// print and list, the image only by the editor, and nothing that prints ever reads this table.
import type { Migration } from './migration.ts';

export const m0017_certificate_backgrounds: Migration = {
  version: 17,
  name: 'certificate_backgrounds',
  up(db) {
    db.exec(`
      CREATE TABLE certificate_backgrounds (
        template_id INTEGER PRIMARY KEY REFERENCES certificate_templates(id) ON DELETE CASCADE,
        mime TEXT NOT NULL CHECK (mime IN ('image/png', 'image/jpeg')),
        image BLOB NOT NULL CHECK (typeof(image) = 'blob' AND length(image) > 0),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
    `);
  },
};
