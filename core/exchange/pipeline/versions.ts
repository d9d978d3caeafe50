// The versions of a row as sent or received, kept so a later packet's record can be merged against the
// version it was edited from (its baseUpdatedAt). An import writes the version it leaves each row in;
// the packet exporter writes the version it sends (rememberVersion at the row's updated_at), so a record
// coming back based on it finds its base even after we changed the row ourselves.
import type BetterSqlite3 from 'better-sqlite3';
import type { ImportKind } from '../../api/types.ts';
import type { Base, Fields } from './merge.ts';

export function rememberVersion(raw: BetterSqlite3.Database, entity: ImportKind, uuid: string, updatedAt: string, fields: Fields, batchId: number | null = null) {
  raw
    .prepare('INSERT OR REPLACE INTO row_versions (entity, uuid, updated_at, fields, batch_id) VALUES (?, ?, ?, ?, ?)')
    .run(entity, uuid, updatedAt, JSON.stringify(fields), batchId);
}

/** What is known of the version `baseUpdatedAt` of our row `uuid`, last changed at `ourUpdatedAt`. */
export function baseOf(raw: BetterSqlite3.Database, entity: ImportKind, uuid: string, ourUpdatedAt: string, baseUpdatedAt: string | undefined): Base {
  if (baseUpdatedAt === undefined) return { kind: 'none' };
  if (baseUpdatedAt === ourUpdatedAt) return { kind: 'ours_unchanged' };
  const fields = raw
    .prepare<[string, string, string], string>('SELECT fields FROM row_versions WHERE entity = ? AND uuid = ? AND updated_at = ?')
    .pluck()
    .get(entity, uuid, baseUpdatedAt);
  return fields === undefined ? { kind: 'unknown' } : { kind: 'known', fields: JSON.parse(fields) as Fields };
}
