// Indexes for campaigns of 100k–300k works (issue 7). Indexes only: no row is rewritten, so the step
// leaves every query's answer as it was and only makes some of them cheap.
import type { Migration } from './migration.ts';

export const m0004_large_campaigns: Migration = {
  version: 4,
  name: 'large_campaigns',
  up(db) {
    db.exec(`
      -- The default "as of" day walks status updates newest first and stops at the first one of the
      -- campaign: one step instead of joining every update of every work (49 ms → 0 at 100k works).
      CREATE INDEX work_updates_date ON work_updates(date, work_id);
      -- Search as the user types reads the works' folded texts from this narrow index (id, unit and
      -- text) instead of the wide rows: at 100k works ≈ 20 ms instead of 150–200 ms.
      CREATE INDEX works_search ON works(campaign_id, unit_id, search);
      -- Repeated titles are counted per campaign in one grouped scan; with the status inside the index
      -- that scan never reads a row. It replaces works_title_key, its prefix.
      CREATE INDEX works_repeat ON works(campaign_id, unit_id, title_key, status);
      DROP INDEX works_title_key;
      -- The full list reads a campaign's rows in id order: through this index the table is read in
      -- rowid order, where works_due (the planner's pick) jumps around the file and then sorts.
      CREATE INDEX works_campaign ON works(campaign_id);
    `);
  },
};
