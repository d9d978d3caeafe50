// Marks the file as TĐKT's own: PRAGMA application_id sits in the file header, so a file picked by the
// user (to open or to restore) can be told apart from another program's SQLite database before anything
// is written to it. Files of v1–v2 predate the mark and get it here, inside the migration's transaction.
import type { Migration } from './migration.ts';

/** "TDKT" in ASCII. */
export const APPLICATION_ID = 0x5444_4b54;

export const m0003_application_id: Migration = {
  version: 3,
  name: 'application_id',
  up(db) {
    db.pragma(`application_id = ${APPLICATION_ID}`);
  },
};
