// The editable list of legal bases ("Căn cứ …"), dated: a document picks those in force on its date.
import type BetterSqlite3 from 'better-sqlite3';
import type { DocumentKind } from '../documents/kinds.ts';
import { fieldError, notFound } from '../api/envelope.ts';
import type { LegalBasis } from '../api/types.ts';
import { audit } from '../audit.ts';
import type { Handler } from '../router.ts';
import { basesCited } from './rules.ts';

interface Row {
  id: number;
  text: string;
  valid_from: string;
  valid_to: string | null;
  kinds: string;
  sort: number;
}

const toBasis = (r: Row): LegalBasis => ({
  id: r.id,
  text: r.text,
  validFrom: r.valid_from,
  validTo: r.valid_to,
  kinds: r.kinds.split(',').filter(Boolean) as DocumentKind[],
  sort: r.sort,
});

const ORDER = 'ORDER BY sort, valid_from, id';

function allBases(raw: BetterSqlite3.Database): LegalBasis[] {
  return raw.prepare<[], Row>(`SELECT id, text, valid_from, valid_to, kinds, sort FROM legal_bases ${ORDER}`).all().map(toBasis);
}

/** The "Căn cứ …" lines a document of this kind and date cites. */
export function legalBasesFor(raw: BetterSqlite3.Database, kind: DocumentKind, date: string): string[] {
  return basesCited(allBases(raw), kind, date);
}

const list: Handler<'legalBases.list'> = (ctx) => allBases(ctx.conn.raw);

const save: Handler<'legalBases.save'> = async (ctx, a) => {
  if (a.validTo !== null && a.validTo < a.validFrom) {
    throw fieldError('validTo', 'Ngày hết hiệu lực không được trước ngày có hiệu lực.');
  }
  const now = ctx.now().toISOString();
  const values = {
    text: a.text.replace(/[;.,]+$/u, ''),
    valid_from: a.validFrom,
    valid_to: a.validTo,
    kinds: [...new Set(a.kinds)].join(','),
    sort: a.sort,
    updated_at: now,
  };
  const id = await ctx.conn.db.transaction().execute(async (trx) => {
    let basisId: number;
    if (a.id) {
      const res = await trx.updateTable('legal_bases').set(values).where('id', '=', a.id).executeTakeFirst();
      if (res.numUpdatedRows === 0n) throw notFound(`căn cứ pháp lý có mã số ${a.id}`);
      basisId = a.id;
    } else {
      const res = await trx.insertInto('legal_bases').values({ ...values, created_at: now }).executeTakeFirstOrThrow();
      basisId = Number(res.insertId);
    }
    await audit(trx, ctx.now(), a.id ? 'update' : 'create', 'legal_basis', basisId, { text: values.text });
    return basisId;
  });
  return allBases(ctx.conn.raw).find((b) => b.id === id)!;
};

/** Documents already made keep the text they printed; removing a basis only changes the next ones. */
const remove: Handler<'legalBases.remove'> = async (ctx, a) => {
  await ctx.conn.db.transaction().execute(async (trx) => {
    const row = await trx.selectFrom('legal_bases').select('text').where('id', '=', a.id).executeTakeFirst();
    if (!row) throw notFound(`căn cứ pháp lý có mã số ${a.id}`);
    await trx.deleteFrom('legal_bases').where('id', '=', a.id).execute();
    await audit(trx, ctx.now(), 'delete', 'legal_basis', a.id, { text: row.text });
  });
  return { removed: a.id };
};

export const legalBasisHandlers = {
  'legalBases.list': list,
  'legalBases.save': save,
  'legalBases.remove': remove,
};
