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
