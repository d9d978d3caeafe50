// The versions of a row as sent or received, kept so a later packet's record can be merged against the
// version it was edited from (its baseUpdatedAt). Two shapes in row_versions:
// - one row per record (entity, uuid, updated_at): what the packet exporter writes for each row it
//   sends (rememberVersion, at the row's updated_at);
// - one row per kind per import (entity, uuid '*', the import's time): every row that import left, as
//   one JSON map uuid → fields. An import of 10,000 works writes one such row, not 10,000 index entries
//   (they cost as much as the works themselves), and every row it wrote has that updated_at.
import type BetterSqlite3 from 'better-sqlite3';
import type { ImportKind } from '../../api/types.ts';
import type { Base, Fields } from './merge.ts';
import type { Write } from './plan.ts';

const ALL = '*';

export function rememberVersion(raw: BetterSqlite3.Database, entity: ImportKind, uuid: string, updatedAt: string, fields: Fields): void {
  raw
    .prepare('INSERT OR REPLACE INTO row_versions (entity, uuid, updated_at, fields, batch_id) VALUES (?, ?, ?, ?, NULL)')
    .run(entity, uuid, updatedAt, JSON.stringify(fields));
}

const ENTITY: Partial<Record<Write['t'], ImportKind>> = {
  campaign_insert: 'campaign', campaign_update: 'campaign', group_insert: 'groups', group_update: 'groups', unit_insert: 'units',
  unit_update: 'units', report_insert: 'reports', report_update: 'reports', work_insert: 'works', work_update: 'works',
  person_insert: 'people', person_update: 'people', proposal_insert: 'proposals', proposal_update: 'proposals', nominee_insert: 'nominees',
  nominee_update: 'nominees',
};

/** The version every row an import wrote is left at (its updated_at is the import's `at`). */
export function rememberBatch(raw: BetterSqlite3.Database, batchId: number, at: string, writes: readonly Write[]): void {
  const byEntity = new Map<ImportKind, Record<string, Fields>>();
  for (const x of writes) {
    const entity = ENTITY[x.t];
    if (!entity || !('after' in x)) continue;
    let map = byEntity.get(entity);
    if (!map) {
      map = {};
      byEntity.set(entity, map);
    }
    map[x.uuid] = x.after;
  }
  const insert = raw.prepare('INSERT OR REPLACE INTO row_versions (entity, uuid, updated_at, fields, batch_id) VALUES (?, ?, ?, ?, ?)');
  for (const [entity, map] of byEntity) insert.run(entity, ALL, at, JSON.stringify(map), batchId);
}

/** Looks versions up for one classification; an import's map is parsed once however many rows ask. */
export class Versions {
  private readonly raw: BetterSqlite3.Database;
  private readonly batches = new Map<string, Record<string, Fields> | null>();

  constructor(raw: BetterSqlite3.Database) {
    this.raw = raw;
  }

  private batchMap(entity: ImportKind, at: string): Record<string, Fields> | null {
    const key = `${entity}\u0000${at}`;
    if (!this.batches.has(key)) {
      const text = this.raw
        .prepare<[string, string, string], string>('SELECT fields FROM row_versions WHERE entity = ? AND uuid = ? AND updated_at = ?')
        .pluck()
        .get(entity, ALL, at);
      this.batches.set(key, text === undefined ? null : (JSON.parse(text) as Record<string, Fields>));
    }
    return this.batches.get(key)!;
  }

  /** What is known of the version `baseUpdatedAt` of our row `uuid`, last changed at `ourUpdatedAt`. */
  baseOf(entity: ImportKind, uuid: string, ourUpdatedAt: string, baseUpdatedAt: string | undefined): Base {
    if (baseUpdatedAt === undefined) return { kind: 'none' };
    if (baseUpdatedAt === ourUpdatedAt) return { kind: 'ours_unchanged' };
    const own = this.raw
      .prepare<[string, string, string], string>('SELECT fields FROM row_versions WHERE entity = ? AND uuid = ? AND updated_at = ?')
      .pluck()
      .get(entity, uuid, baseUpdatedAt);
    const fields = own === undefined ? this.batchMap(entity, baseUpdatedAt)?.[uuid] : (JSON.parse(own) as Fields);
    return fields === undefined ? { kind: 'unknown' } : { kind: 'known', fields };
  }
}
