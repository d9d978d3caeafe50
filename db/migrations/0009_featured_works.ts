// "Công trình tiêu biểu" are the works the secretariat marks as such, not the first completed ones the
// database happens to return: one flag a work, off for every work that existed before.
import type { Migration } from './migration.ts';

export const m0009_featured_works: Migration = {
  version: 9,
  name: 'featured_works',
  up(db) {
    // ADD COLUMN with a constant default and a CHECK on the new column alone needs no table rebuild.
    db.exec('ALTER TABLE works ADD COLUMN featured INTEGER NOT NULL DEFAULT 0 CHECK (featured IN (0, 1))');
  },
};
