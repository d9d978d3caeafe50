// The Nơi nhận list: the bodies the office sends its documents to, each a default recipient of some
// kinds of document (a kế hoạch goes to the Sở Nội vụ, the cấp ủy, the HĐND, the Chủ tịch and Phó Chủ
// tịch …; a giấy mời "Như thành phần mời"). A document's own Nơi nhận stays editable; this is its start.
import { type DocumentKind, isDocumentKind } from '../documents/kinds.ts';
import { notFound } from '../api/envelope.ts';
import type { RecipientRow } from '../api/types.ts';
import { audit } from '../audit.ts';
import type { Context } from '../context.ts';

export async function listRecipients(ctx: Context): Promise<RecipientRow[]> {
  const rows = await ctx.conn.db.selectFrom('recipients').selectAll().orderBy('sort').orderBy('id').execute();
  const kinds = await ctx.conn.db.selectFrom('recipient_kinds').selectAll().execute();
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    abbreviation: r.abbreviation,
    // A kind this version does not make (written by a newer one) is left out, not shown raw.
    kinds: kinds.filter((k) => k.recipient_id === r.id).map((k) => k.kind).filter(isDocumentKind),
  }));
}

async function getRecipient(ctx: Context, id: number): Promise<RecipientRow> {
  const found = (await listRecipients(ctx)).find((r) => r.id === id);
  if (!found) throw notFound(`nơi nhận có mã số ${id}`);
  return found;
}

export async function saveRecipient(
  ctx: Context,
  a: { id?: number; name: string; abbreviation: string; kinds: DocumentKind[] },
): Promise<RecipientRow> {
  const row = { name: a.name, abbreviation: a.abbreviation.trim(), updated_at: ctx.now().toISOString() };
  const id = await ctx.conn.db.transaction().execute(async (trx) => {
    let saved: number;
    if (a.id !== undefined) {
      const r = await trx.updateTable('recipients').set(row).where('id', '=', a.id).executeTakeFirst();
      if (!r.numUpdatedRows) throw notFound(`nơi nhận có mã số ${a.id}`);
      saved = a.id;
    } else {
      const last = await trx.selectFrom('recipients').select((eb) => eb.fn.max('sort').as('sort')).executeTakeFirst();
      const r = await trx.insertInto('recipients').values({ ...row, sort: (last?.sort ?? 0) + 1 }).executeTakeFirstOrThrow();
      saved = Number(r.insertId);
    }
    await trx.deleteFrom('recipient_kinds').where('recipient_id', '=', saved).execute();
    const kinds = [...new Set(a.kinds)];
    if (kinds.length) await trx.insertInto('recipient_kinds').values(kinds.map((kind) => ({ recipient_id: saved, kind }))).execute();
    await audit(trx, ctx.now(), 'save', 'recipient', saved, a);
    return saved;
  });
  return getRecipient(ctx, id);
}

export async function removeRecipient(ctx: Context, id: number): Promise<{ removed: number }> {
  await ctx.conn.db.transaction().execute(async (trx) => {
    const r = await trx.deleteFrom('recipients').where('id', '=', id).executeTakeFirst();
    if (!r.numDeletedRows) throw notFound(`nơi nhận có mã số ${id}`);
    await audit(trx, ctx.now(), 'remove', 'recipient', id);
  });
  return { removed: id };
}
