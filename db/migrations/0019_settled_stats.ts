// Indexes for the dashboard's counts at 100k works (issue 7: ≤ 60 ms with the default day). Indexes
// only, kept by SQLite on every insert and update whoever writes the work: no trigger, no row rewritten.
//
// On the default day (the last day anything was recorded) no work is registered, completed or
// cancelled later, so each work counts as it will for good: not cancelled, it is registered; with a
// completion date, completed. Those counts need no date comparison per work when the works not
// cancelled have an index of their own, and the index on each work's last date says in one step
// whether the day is such a day. works_stats gives way to the two partial indexes, which hold the same
// columns between them, so an insert still writes one of them.
import type { Migration } from './migration.ts';

/** The last day a work's counts can change on: its registration, completion or cancellation. */
export const LAST_DAY_OF_WORK = "max(registered_on, coalesce(completed_on, ''), coalesce(cancelled_on, ''))";

export const m0019_settled_stats: Migration = {
  version: 19,
  name: 'settled_stats',
  up(db) {
    db.exec(`
      CREATE INDEX works_live ON works(campaign_id, unit_id, level, field, registered_on, completed_on, due_date, cancelled_on)
        WHERE cancelled_on IS NULL;
      -- Few rows: read only for a day before some cancellation, when that work still counts.
      CREATE INDEX works_cancelled ON works(campaign_id, cancelled_on, unit_id, level, field, registered_on, completed_on, due_date)
        WHERE cancelled_on IS NOT NULL;
      CREATE INDEX works_last_day ON works(campaign_id, ${LAST_DAY_OF_WORK});
      DROP INDEX works_stats;
    `);
  },
};
