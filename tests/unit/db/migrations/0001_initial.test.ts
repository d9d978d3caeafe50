import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { m0001_initial } from '../../../../db/migrations/0001_initial.ts';

describe('migration 0001 initial', () => {
  const db = new BetterSqlite3(':memory:');
  db.pragma('foreign_keys = ON');
  m0001_initial.up(db);

  it('creates the tables of the working app', () => {
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all();
    expect(tables).toEqual(
      expect.arrayContaining(['agency', 'units', 'groups', 'group_members', 'campaigns', 'campaign_phases', 'campaign_milestones', 'campaign_fields', 'registrations', 'unit_reports', 'works', 'work_updates', 'audit_log', 'settings']),
    );
  });

  it('has the covering index the statistics read', () => {
    const cols = db.prepare("SELECT name FROM pragma_index_info('works_stats') ORDER BY seqno").pluck().all();
    expect(cols).toEqual(['campaign_id', 'unit_id', 'level', 'field', 'registered_on', 'completed_on', 'cancelled_on', 'due_date']);
  });

  it('enforces the coded values and the single agency row', () => {
    const at = '2021-01-01T00:00:00Z';
    expect(() => db.prepare("INSERT INTO units (uuid, code, name, kind, search, created_at, updated_at) VALUES ('u', 'A', 'A', 'xx', 'a', ?, ?)").run(at, at)).toThrow(/CHECK/);
    expect(() => db.prepare("INSERT INTO agency (id, updated_at) VALUES (2, ?)").run(at)).toThrow(/CHECK/);
    expect(() => db.prepare("INSERT INTO group_members (uuid, group_id, unit_id, role, valid_from, updated_at) VALUES ('m', 99, 99, 'truong', '2021-01-01', ?)").run(at)).toThrow(/FOREIGN KEY/);
  });
});
