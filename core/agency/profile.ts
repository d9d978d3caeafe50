// The agency profile: the body the app works for and its first issuer (name, parent body, địa danh,
// ký hiệu). Its abbreviation is checked on save by the rule the documents use.
import type { Agency } from '../api/types.ts';
import { audit } from '../audit.ts';
import { isAuthorityLevel } from '../awards/authority.ts';
import type { Context } from '../context.ts';
import { checkAbbreviation, checkAbbreviationFree } from './issuers.ts';

export async function readAgency(ctx: Context): Promise<Agency | null> {
  const row = await ctx.conn.db.selectFrom('agency').selectAll().where('id', '=', 1).executeTakeFirst();
  if (!row) return null;
  return {
    parentBody: row.parent_body,
    name: row.name,
    locality: row.locality,
    abbreviation: row.abbreviation,
    // A level written by a newer version and unknown here reads as the commonest case, a ward.
    authorityLevel: isAuthorityLevel(row.authority_level) ? row.authority_level : 'chu_tich_xa',
  };
}

export async function saveAgency(ctx: Context, a: Agency): Promise<Agency> {
  const row = {
    parent_body: a.parentBody,
    name: a.name,
    locality: a.locality,
    abbreviation: checkAbbreviation(a.abbreviation),
    ...(a.authorityLevel ? { authority_level: a.authorityLevel } : {}),
    updated_at: ctx.now().toISOString(),
  };
  await ctx.conn.db.transaction().execute(async (trx) => {
    await checkAbbreviationFree(trx, row.abbreviation, null);
    await trx
      .insertInto('agency')
      .values({ id: 1, ...row })
      .onConflict((oc) => oc.column('id').doUpdateSet(row))
      .execute();
    await audit(trx, ctx.now(), 'save', 'agency', 1, a);
  });
  return (await readAgency(ctx))!;
}
