// The writes of one import on the raw handle, each through a prepared statement kept for the batch, with
// the before-image of every row it touches: the ids it inserted, the whole rows it updated or deleted as
// they were. That record is what undo restores from, so every write of the import goes through here.
import type BetterSqlite3 from 'better-sqlite3';

/** Tables an import writes, in the order their rows may depend on each other. */
export const TABLES = [
  'groups', 'units', 'group_members', 'campaigns', 'campaign_fields', 'campaign_phases', 'campaign_milestones',
  'registrations', 'unit_reports', 'works', 'work_updates', 'people', 'proposals', 'proposal_nominees', 'proposal_attachments',
] as const;
export type Table = (typeof TABLES)[number];

type Row = Record<string, unknown>;

export interface BeforeImage {
  inserted: Partial<Record<Table, number[]>>;
  updated: Partial<Record<Table, Row[]>>;
  deleted: Partial<Record<Table, Row[]>>;
}

export class BatchWriter {
  readonly before: BeforeImage = { inserted: {}, updated: {}, deleted: {} };
  private readonly seenUpdate = new Set<string>();
  private readonly statements = new Map<string, BetterSqlite3.Statement>();
  private readonly raw: BetterSqlite3.Database;

  constructor(raw: BetterSqlite3.Database) {
    this.raw = raw;
  }

  private statement(sql: string): BetterSqlite3.Statement {
    let s = this.statements.get(sql);
    if (!s) {
      s = this.raw.prepare(sql);
      this.statements.set(sql, s);
    }
    return s;
  }

  private listOf<T>(lists: Partial<Record<Table, T[]>>, table: Table): T[] {
    let list = lists[table];
    if (!list) {
      list = [];
      lists[table] = list;
    }
    return list;
  }

  insert(table: Table, values: Row): number {
    const cols = Object.keys(values);
    const id = Number(this.statement(`INSERT INTO ${table} (${cols.join(', ')}) VALUES (${cols.map((c) => `@${c}`).join(', ')})`).run(values).lastInsertRowid);
    this.listOf(this.before.inserted, table).push(id);
    return id;
  }

  /** Updates one row by id; the first time a row is touched its whole before-image is kept. */
  update(table: Table, id: number, values: Row): void {
    const key = `${table}:${id}`;
    if (!this.seenUpdate.has(key) && !this.before.inserted[table]?.includes(id)) {
      this.seenUpdate.add(key);
      this.listOf(this.before.updated, table).push(this.statement(`SELECT * FROM ${table} WHERE id = ?`).get(id) as Row);
    }
    const cols = Object.keys(values);
    this.statement(`UPDATE ${table} SET ${cols.map((c) => `${c} = @${c}`).join(', ')} WHERE id = @id`).run({ ...values, id });
  }

  /** Deletes the rows a list replaces (a campaign's fields, phases, milestones), keeping them whole. */
  deleteWhere(table: Table, column: string, value: number): void {
    const rows = this.statement(`SELECT * FROM ${table} WHERE ${column} = ? ORDER BY id`).all(value) as Row[];
    this.listOf(this.before.deleted, table).push(...rows);
    this.statement(`DELETE FROM ${table} WHERE ${column} = ?`).run(value);
  }
}

/** The largest id of every table the import writes: a row above it came later. */
export function maxIds(raw: BetterSqlite3.Database): Record<Table, number> {
  return Object.fromEntries(TABLES.map((t) => [t, (raw.prepare(`SELECT coalesce(max(id), 0) FROM ${t}`).pluck().get() as number) ?? 0])) as Record<Table, number>;
}
