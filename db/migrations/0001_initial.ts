// The first schema: agency profile, units, khối/cụm with dated roles, campaigns, works and reports.
import type { Migration } from './migration.ts';

export const m0001_initial: Migration = {
  version: 1,
  name: 'initial',
  up(db) {
    db.exec(`
      CREATE TABLE agency (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        parent_body TEXT NOT NULL DEFAULT '',
        name TEXT NOT NULL DEFAULT '',
        locality TEXT NOT NULL DEFAULT '',
        abbreviation TEXT NOT NULL DEFAULT '',
        signer_title TEXT NOT NULL DEFAULT '',
        signer_name TEXT NOT NULL DEFAULT '',
        signer_authority TEXT NOT NULL DEFAULT '',
        updated_at TEXT NOT NULL
      );
      CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);

      CREATE TABLE units (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        code TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        short_name TEXT NOT NULL DEFAULT '',
        kind TEXT NOT NULL CHECK (kind IN ('co_quan','phuong_xa','truong','doanh_nghiep','khac')),
        parent_id INTEGER REFERENCES units(id),
        active INTEGER NOT NULL DEFAULT 1,
        search TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );

      CREATE TABLE groups (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        code TEXT NOT NULL UNIQUE,
        kind TEXT NOT NULL CHECK (kind IN ('khoi','cum')),
        name TEXT NOT NULL,
        active INTEGER NOT NULL DEFAULT 1,
        search TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE TABLE group_members (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        group_id INTEGER NOT NULL REFERENCES groups(id),
        unit_id INTEGER NOT NULL REFERENCES units(id),
        role TEXT NOT NULL CHECK (role IN ('truong','pho','thanh_vien')),
        valid_from TEXT NOT NULL,
        valid_to TEXT,
        updated_at TEXT NOT NULL,
        CHECK (valid_to IS NULL OR valid_to > valid_from)
      );
      CREATE INDEX group_members_unit ON group_members(unit_id, valid_from);
      CREATE INDEX group_members_group ON group_members(group_id, valid_from);

      CREATE TABLE campaigns (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        form TEXT NOT NULL CHECK (form IN ('thuong_xuyen','chuyen_de')),
        theme TEXT NOT NULL DEFAULT '',
        start_date TEXT NOT NULL,
        end_date TEXT NOT NULL,
        plan_number TEXT NOT NULL DEFAULT '',
        plan_date TEXT,
        plan_issuer TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL DEFAULT 'dang_dien_ra',
        search TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK (end_date >= start_date)
      );
      CREATE TABLE campaign_phases (
        id INTEGER PRIMARY KEY,
        campaign_id INTEGER NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        name TEXT NOT NULL,
        start_date TEXT NOT NULL,
        end_date TEXT NOT NULL
      );
      CREATE TABLE campaign_milestones (
        id INTEGER PRIMARY KEY,
        campaign_id INTEGER NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('han_dang_ky','bao_cao','so_ket','tong_ket')),
        date TEXT NOT NULL,
        label TEXT NOT NULL DEFAULT ''
      );
      CREATE TABLE campaign_fields (
        id INTEGER PRIMARY KEY,
        campaign_id INTEGER NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        name TEXT NOT NULL
      );

      CREATE TABLE registrations (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        campaign_id INTEGER NOT NULL REFERENCES campaigns(id),
        unit_id INTEGER NOT NULL REFERENCES units(id),
        registered_on TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        UNIQUE (campaign_id, unit_id)
      );
      CREATE TABLE unit_reports (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        campaign_id INTEGER NOT NULL REFERENCES campaigns(id),
        unit_id INTEGER NOT NULL REFERENCES units(id),
        report_date TEXT NOT NULL,
        content TEXT NOT NULL DEFAULT '',
        source TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE INDEX unit_reports_campaign ON unit_reports(campaign_id, unit_id, report_date);

      CREATE TABLE works (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        campaign_id INTEGER NOT NULL REFERENCES campaigns(id),
        unit_id INTEGER NOT NULL REFERENCES units(id),
        title TEXT NOT NULL,
        -- fold(title): two works of one unit with the same key are flagged as a repeat.
        title_key TEXT NOT NULL,
        field TEXT NOT NULL DEFAULT '',
        level TEXT NOT NULL CHECK (level IN ('thanh_pho','co_so')),
        target TEXT NOT NULL DEFAULT '',
        due_date TEXT,
        owner TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL CHECK (status IN ('da_dang_ky','dang_thuc_hien','hoan_thanh','khong_hoan_thanh','huy')),
        registered_on TEXT NOT NULL,
        completed_on TEXT,
        cancelled_on TEXT,
        evidence TEXT NOT NULL DEFAULT '',
        carried_from INTEGER REFERENCES works(id),
        search TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      -- Covering index for the statistics: one index scan answers every count at an "as of" date.
      CREATE INDEX works_stats ON works(campaign_id, unit_id, level, field, registered_on, completed_on, cancelled_on, due_date);
      -- The overdue list walks due dates in order and stops at its limit.
      CREATE INDEX works_due ON works(campaign_id, due_date);
      CREATE INDEX works_unit ON works(unit_id);
      CREATE INDEX works_title_key ON works(campaign_id, unit_id, title_key);
      CREATE INDEX works_carried_from ON works(carried_from);
      CREATE TABLE work_updates (
        id INTEGER PRIMARY KEY,
        work_id INTEGER NOT NULL REFERENCES works(id),
        date TEXT NOT NULL,
        status TEXT NOT NULL,
        note TEXT NOT NULL DEFAULT '',
        source TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL
      );
      CREATE INDEX work_updates_work ON work_updates(work_id, date);

      CREATE TABLE audit_log (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        action TEXT NOT NULL,
        entity TEXT NOT NULL,
        entity_id INTEGER,
        detail TEXT NOT NULL DEFAULT ''
      );
    `);
  },
};
