// The signers list (NĐ 30 ô 7): signature blocks the documents pick from, and the default block per
// (issuer, kind of document) — a UBND kế hoạch signed "TM. Ủy ban nhân dân / KT. Chủ tịch / Phó Chủ
// tịch", a giấy mời "TL. Chủ tịch / Chánh Văn phòng".
import { type DocumentKind, isDocumentKind } from '../documents/kinds.ts';
import { documentKind } from '../api/contract.ts';
import { notFound } from '../api/envelope.ts';
import type { SignerDefault, SignerRow } from '../api/types.ts';
import { audit } from '../audit.ts';
import type { Context } from '../context.ts';
import { checkAuthority, splitAuthority } from '../documents/signature.ts';

/** The agency's own key in signer_defaults (it has no row in issuers; the API says null). */
export const AGENCY_ISSUER = 0;

export async function listSigners(ctx: Context): Promise<SignerRow[]> {
  const rows = await ctx.conn.db.selectFrom('signers').selectAll().orderBy('sort').orderBy('id').execute();
  return rows.map((r) => ({ id: r.id, authority: r.authority ? r.authority.split('\n') : [], title: r.title, name: r.name }));
}

export async function listSignerDefaults(ctx: Context): Promise<SignerDefault[]> {
  const rows = await ctx.conn.db.selectFrom('signer_defaults').selectAll().orderBy('issuer_id').orderBy('kind').execute();
  // A kind this version does not make (written by a newer one) is left out, not shown raw.
  return rows.flatMap((r) =>
    isDocumentKind(r.kind) ? [{ issuerId: r.issuer_id === AGENCY_ISSUER ? null : r.issuer_id, kind: r.kind, signerId: r.signer_id }] : [],
  );
}

export async function getSigner(ctx: Context, id: number): Promise<SignerRow> {
  const found = (await listSigners(ctx)).find((s) => s.id === id);
  if (!found) throw notFound(`người ký có mã số ${id}`);
  return found;
}

/**
 * Who signs a document of this kind for this issuer when the request names nobody: the block set for
 * the pair, else the agency's block for the kind, else the first of the list; null on an empty list.
 */
export async function defaultSigner(ctx: Context, issuerId: number | null, kind: DocumentKind): Promise<SignerRow | null> {
  const signers = await listSigners(ctx);
  const defaults = await listSignerDefaults(ctx);
  const pick = (issuer: number | null) => defaults.find((d) => d.issuerId === issuer && d.kind === kind)?.signerId;
  const id = pick(issuerId) ?? pick(null);
  return signers.find((s) => s.id === id) ?? signers[0] ?? null;
}

export async function saveSigner(ctx: Context, a: { id?: number; authority: string; title: string; name: string }): Promise<SignerRow> {
  const authority = checkAuthority(splitAuthority(a.authority)).join('\n');
  const at = ctx.now().toISOString();
  const row = { authority, title: a.title, name: a.name, updated_at: at };
  const id = await ctx.conn.db.transaction().execute(async (trx) => {
    let saved: number;
    if (a.id !== undefined) {
      const r = await trx.updateTable('signers').set(row).where('id', '=', a.id).executeTakeFirst();
      if (!r.numUpdatedRows) throw notFound(`người ký có mã số ${a.id}`);
      saved = a.id;
    } else {
      const last = await trx.selectFrom('signers').select((eb) => eb.fn.max('sort').as('sort')).executeTakeFirst();
      const r = await trx
        .insertInto('signers')
        .values({ ...row, sort: (last?.sort ?? 0) + 1 })
        .executeTakeFirstOrThrow();
      saved = Number(r.insertId);
      // The first signer signs everything until the user says otherwise.
      const count = await trx.selectFrom('signer_defaults').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
      if (Number(count.n) === 0) {
        await trx
          .insertInto('signer_defaults')
          .values(documentKind.options.map((kind) => ({ issuer_id: AGENCY_ISSUER, kind, signer_id: saved })))
          .execute();
      }
    }
    await audit(trx, ctx.now(), 'save', 'signer', saved, a);
    return saved;
  });
  return getSigner(ctx, id);
}

/** Removing a signer also removes the defaults it held: those documents fall back to the agency's block. */
export async function removeSigner(ctx: Context, id: number): Promise<{ removed: number }> {
  await ctx.conn.db.transaction().execute(async (trx) => {
    const r = await trx.deleteFrom('signers').where('id', '=', id).executeTakeFirst();
    if (!r.numDeletedRows) throw notFound(`người ký có mã số ${id}`);
    await audit(trx, ctx.now(), 'remove', 'signer', id);
  });
  return { removed: id };
}

export async function setSignerDefault(ctx: Context, d: SignerDefault): Promise<void> {
  await getSigner(ctx, d.signerId);
  await ctx.conn.db.transaction().execute(async (trx) => {
    await trx
      .insertInto('signer_defaults')
      .values({ issuer_id: d.issuerId ?? AGENCY_ISSUER, kind: d.kind, signer_id: d.signerId })
      .onConflict((oc) => oc.columns(['issuer_id', 'kind']).doUpdateSet({ signer_id: d.signerId }))
      .execute();
    await audit(trx, ctx.now(), 'save', 'signer_default', d.signerId, d);
  });
}
