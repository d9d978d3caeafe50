// Who issues documents: the agency itself (id null, its profile under "Cơ quan") and the bodies that issue
// in their own name under it — the Hội đồng Thi đua - Khen thưởng with its ký hiệu HĐTĐKT and so its own
// number sequence (NĐ 30 §1.4: an advisory body using the parent's seal keeps a separate register).
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { notFound, UserError } from '../api/envelope.ts';
import type { IssuerRow } from '../api/types.ts';
import { audit } from '../audit.ts';
import type { Context } from '../context.ts';
import { docSymbol } from '../documents/numbering.ts';

/**
 * The abbreviation as the documents will use it, refused here — where it is typed — by the very rule
 * that builds "KH-UBND", so nothing the form accepts can stop a document later.
 */
export function checkAbbreviation(abbreviation: string): string {
  docSymbol('ke_hoach', abbreviation);
  return abbreviation.trim();
}

/**
 * Two issuers with one ký hiệu would share one number sequence: refused, whatever the case. `self` is
 * the issuer being saved: null for the agency, its id, or undefined for a new one.
 */
export async function checkAbbreviationFree(db: Kysely<Database>, abbreviation: string, self: number | null | undefined): Promise<void> {
  const key = abbreviation.trim().toLocaleUpperCase('vi');
  const agency = await db.selectFrom('agency').select('abbreviation').where('id', '=', 1).executeTakeFirst();
  const others = await db.selectFrom('issuers').select(['id', 'abbreviation', 'name']).execute();
  const taken =
    self !== null && agency?.abbreviation.trim().toLocaleUpperCase('vi') === key
      ? 'cơ quan'
      : others.find((o) => o.id !== self && o.abbreviation.trim().toLocaleUpperCase('vi') === key)?.name;
  if (taken) {
    throw new UserError(`Chữ viết tắt "${abbreviation}" đã dùng cho ${taken}: mỗi cơ quan ban hành có một chữ viết tắt và một dãy số riêng.`, {
      code: 'conflict',
      fields: { abbreviation: 'Chữ viết tắt đã dùng' },
    });
  }
}

/** The agency first (when set up), then the other issuers in their order. */
export async function listIssuers(ctx: Context): Promise<IssuerRow[]> {
  const agency = await ctx.conn.db.selectFrom('agency').selectAll().where('id', '=', 1).executeTakeFirst();
  const rows = await ctx.conn.db.selectFrom('issuers').selectAll().orderBy('sort').orderBy('id').execute();
  return [
    ...(agency ? [{ id: null, name: agency.name, parentBody: agency.parent_body, abbreviation: agency.abbreviation }] : []),
    ...rows.map((r) => ({ id: r.id, name: r.name, parentBody: r.parent_body, abbreviation: r.abbreviation })),
  ];
}

/** null: the agency. */
export async function getIssuer(ctx: Context, id: number | null): Promise<IssuerRow> {
  const found = (await listIssuers(ctx)).find((i) => i.id === id);
  if (found) return found;
  if (id === null) {
    throw new UserError('Chưa có thông tin cơ quan ban hành văn bản. Vào Cơ quan, điền "Tên cơ quan" và "Địa danh".', { code: 'not_found' });
  }
  throw notFound(`cơ quan ban hành có mã số ${id}`);
}

export async function saveIssuer(ctx: Context, a: { id?: number; name: string; parentBody: string; abbreviation: string }): Promise<IssuerRow> {
  const abbreviation = checkAbbreviation(a.abbreviation);
  const row = { name: a.name, parent_body: a.parentBody, abbreviation, updated_at: ctx.now().toISOString() };
  const id = await ctx.conn.db.transaction().execute(async (trx) => {
    await checkAbbreviationFree(trx, abbreviation, a.id);
    let saved: number;
    if (a.id !== undefined) {
      const r = await trx.updateTable('issuers').set(row).where('id', '=', a.id).executeTakeFirst();
      if (!r.numUpdatedRows) throw notFound(`cơ quan ban hành có mã số ${a.id}`);
      saved = a.id;
    } else {
      const last = await trx.selectFrom('issuers').select((eb) => eb.fn.max('sort').as('sort')).executeTakeFirst();
      const r = await trx.insertInto('issuers').values({ ...row, sort: (last?.sort ?? 0) + 1 }).executeTakeFirstOrThrow();
      saved = Number(r.insertId);
    }
    await audit(trx, ctx.now(), 'save', 'issuer', saved, a);
    return saved;
  });
  return getIssuer(ctx, id);
}

/** The register keeps the ký hiệu of what was issued, so removing an issuer loses no document. */
export async function removeIssuer(ctx: Context, id: number): Promise<{ removed: number }> {
  await ctx.conn.db.transaction().execute(async (trx) => {
    const r = await trx.deleteFrom('issuers').where('id', '=', id).executeTakeFirst();
    if (!r.numDeletedRows) throw notFound(`cơ quan ban hành có mã số ${id}`);
    await trx.deleteFrom('signer_defaults').where('issuer_id', '=', id).execute();
    await audit(trx, ctx.now(), 'remove', 'issuer', id);
  });
  return { removed: id };
}
