// The agency profile (who issues the documents) and the few app-wide settings.
import type { Handler } from '../router.ts';
import type { Agency, Settings } from '../api/types.ts';
import type { Context } from '../context.ts';
import type { PercentMode } from '../text/numbers.ts';
import { audit } from '../audit.ts';

export async function readAgency(ctx: Context): Promise<Agency | null> {
  const row = await ctx.conn.db.selectFrom('agency').selectAll().where('id', '=', 1).executeTakeFirst();
  if (!row) return null;
  return {
    parentBody: row.parent_body,
    name: row.name,
    locality: row.locality,
    abbreviation: row.abbreviation,
    signerTitle: row.signer_title,
    signerName: row.signer_name,
    signerAuthority: row.signer_authority,
  };
}

export async function readSettings(ctx: Context): Promise<Settings> {
  const row = await ctx.conn.db.selectFrom('settings').select('value').where('key', '=', 'percentMode').executeTakeFirst();
  const percentMode: PercentMode = row?.value === 'truncate' ? 'truncate' : 'round';
  return { percentMode };
}

const getAgency: Handler<'settings.getAgency'> = (ctx) => readAgency(ctx);

const saveAgency: Handler<'settings.saveAgency'> = async (ctx, a) => {
  const row = {
    parent_body: a.parentBody,
    name: a.name,
    locality: a.locality,
    abbreviation: a.abbreviation,
    signer_title: a.signerTitle,
    signer_name: a.signerName,
    signer_authority: a.signerAuthority,
    updated_at: ctx.now().toISOString(),
  };
  await ctx.conn.db.transaction().execute(async (trx) => {
    await trx
      .insertInto('agency')
      .values({ id: 1, ...row })
      .onConflict((oc) => oc.column('id').doUpdateSet(row))
      .execute();
    await audit(trx, ctx.now(), 'save', 'agency', 1, a);
  });
  return (await readAgency(ctx))!;
};

const getSettings: Handler<'settings.get'> = (ctx) => readSettings(ctx);

const saveSettings: Handler<'settings.save'> = async (ctx, a) => {
  await ctx.conn.db
    .insertInto('settings')
    .values({ key: 'percentMode', value: a.percentMode })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value: a.percentMode }))
    .execute();
  return readSettings(ctx);
};

export const settingsHandlers = {
  'settings.getAgency': getAgency,
  'settings.saveAgency': saveAgency,
  'settings.get': getSettings,
  'settings.save': saveSettings,
};
