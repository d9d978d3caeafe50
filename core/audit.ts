import type BetterSqlite3 from 'better-sqlite3';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';

/** Who/what/when for every change; written in the same transaction as the change it describes. */
export async function audit(
  db: Kysely<Database>,
  at: Date,
  action: string,
  entity: string,
  entityId: number | null,
  detail: unknown = '',
): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({
      at: at.toISOString(),
      action,
      entity,
      entity_id: entityId,
      detail: typeof detail === 'string' ? detail : JSON.stringify(detail),
    })
    .execute();
}

/** The same line, for the synchronous transactions on the raw connection (the register, numbering). */
export function auditSync(raw: BetterSqlite3.Database, at: Date, action: string, entity: string, entityId: number | null, detail: unknown = ''): void {
  raw
    .prepare('INSERT INTO audit_log (at, action, entity, entity_id, detail) VALUES (?, ?, ?, ?, ?)')
    .run(at.toISOString(), action, entity, entityId, typeof detail === 'string' ? detail : JSON.stringify(detail));
}
