// The sổ khen thưởng: its lines as issued, a revocation (thu hồi) that keeps the line and marks it, the
// log of every print and reprint, and the log of wasted blanks. Nothing here deletes or renumbers.
import type BetterSqlite3 from 'better-sqlite3';
import type { Selectable } from 'kysely';
import type { AwardsTable } from '../../db/schema.ts';
import { fieldError, notFound, UserError } from '../api/envelope.ts';
import type { AwardRow, PrintRow, SpoiledRow } from '../api/types.ts';
import { auditSync } from '../audit.ts';
import type { Handler } from '../router.ts';
import { formatDateShort } from '../text/dates.ts';
import { fold, matchesFolded } from '../text/fold.ts';
import { pad2 } from '../text/numbers.ts';

type AwardSql = Selectable<AwardsTable> & { number: number; symbol: string; decision_date: string; prints: number };

const SELECT = `
  SELECT a.*, d.number, d.symbol, d.decision_date, (SELECT count(*) FROM award_prints p WHERE p.award_id = a.id) AS prints
    FROM awards a JOIN decisions d ON d.id = a.decision_id`;

const toRow = (r: AwardSql): AwardRow => ({
  id: r.id,
  decisionId: r.decision_id,
  decisionNumber: `${pad2(r.number)}/${r.symbol}`,
  decisionDate: r.decision_date,
  nomineeId: r.nominee_id,
  kind: r.kind,
  personId: r.person_id,
  unitId: r.unit_id,
  salutation: r.salutation,
  name: r.name,
  position: r.position,
  unitName: r.unit_name,
  achievement: r.achievement,
  formCode: r.form_code,
  formName: r.form_name,
  amount: r.amount,
  bookYear: r.book_year,
  bookNumber: r.book_number,
  revokedAt: r.revoked_at,
  revokedReason: r.revoked_reason,
  prints: r.prints,
});

export interface RegisterFilter {
  decisionId?: number;
  year?: number;
  formCode?: string;
  query?: string;
}

/** Lines in register order: year, form, số sổ. */
export function registerRows(raw: BetterSqlite3.Database, f: RegisterFilter): AwardRow[] {
  const rows = raw
    .prepare<(number | string | null)[], AwardSql>(
      `${SELECT} WHERE (? IS NULL OR a.decision_id = ?) AND (? IS NULL OR a.book_year = ?) AND (? IS NULL OR a.form_code = ?)
        ORDER BY a.book_year, a.form_code, a.book_number`,
    )
    .all(f.decisionId ?? null, f.decisionId ?? null, f.year ?? null, f.year ?? null, f.formCode ?? null, f.formCode ?? null);
  const query = f.query?.trim();
  // No ICU in SQLite: the query is matched here, diacritics and đ ignored.
  const matching = query ? rows.filter((r) => matchesFolded(fold(`${r.name} ${r.position} ${r.unit_name} ${r.number}/${r.symbol}`), query)) : rows;
  return matching.map(toRow);
}

function awardRow(raw: BetterSqlite3.Database, id: number): AwardSql {
  const row = raw.prepare<[number], AwardSql>(`${SELECT} WHERE a.id = ?`).get(id);
  if (!row) throw notFound(`dòng sổ khen thưởng có mã số ${id}`);
  return row;
}

/** "Số sổ 12/2021 (Giấy khen) của Bà Đặng Thị Hoa", as messages name a line. */
function lineName(r: AwardSql): string {
  return `Số sổ ${r.book_number}/${r.book_year} (${r.form_name}) của ${r.salutation} ${r.name}`;
}

const revoke: Handler<'awards.revoke'> = (ctx, a) => {
  const raw = ctx.conn.raw;
  const r = awardRow(raw, a.id);
  if (r.revoked_at) {
    throw new UserError(`${lineName(r)} đã thu hồi ngày ${formatDateShort(r.revoked_at.slice(0, 10))} (${r.revoked_reason}).`, { code: 'conflict' });
  }
  raw.transaction(() => {
    raw.prepare('UPDATE awards SET revoked_at = ?, revoked_reason = ? WHERE id = ?').run(ctx.now().toISOString(), a.reason, a.id);
    auditSync(raw, ctx.now(), 'revoke', 'award', a.id, { reason: a.reason, book: `${r.book_number}/${r.book_year}` });
  })();
  return toRow(awardRow(raw, a.id));
};

const spoil: Handler<'awards.spoil'> = (ctx, a) => {
  const raw = ctx.conn.raw;
  if (a.awardId !== null) awardRow(raw, a.awardId);
  const id = raw.transaction(() => {
    const newId = Number(
      raw
        .prepare('INSERT INTO spoiled_blanks (award_id, spoiled_at, reason, count) VALUES (?, ?, ?, ?)')
        .run(a.awardId, ctx.now().toISOString(), a.reason, a.count).lastInsertRowid,
    );
    auditSync(raw, ctx.now(), 'spoil', 'spoiled_blank', newId, { awardId: a.awardId, reason: a.reason, count: a.count });
    return newId;
  })();
  const row = raw
    .prepare<[number], { id: number; award_id: number | null; spoiled_at: string; reason: string; count: number }>('SELECT * FROM spoiled_blanks WHERE id = ?')
    .get(id)!;
  return { id: row.id, awardId: row.award_id, spoiledAt: row.spoiled_at, reason: row.reason, count: row.count } satisfies SpoiledRow;
};

const recordPrint: Handler<'awards.recordPrint'> = (ctx, a) => {
  const raw = ctx.conn.raw;
  const ids = [...new Set(a.ids)];
  for (const [i, id] of ids.entries()) {
    const row = raw.prepare<[number], AwardSql>(`${SELECT} WHERE a.id = ?`).get(id);
    if (!row) throw fieldError(`ids.${i}`, `Không có dòng sổ khen thưởng có mã số ${id}.`);
    if (row.revoked_at) throw fieldError(`ids.${i}`, `${lineName(row)} đã thu hồi: không in giấy khen cho dòng này.`);
  }
  const at = ctx.now().toISOString();
  const printIds = raw.transaction(() => {
    const printed = raw.prepare<[number], number>('SELECT count(*) FROM award_prints WHERE award_id = ?').pluck();
    const put = raw.prepare('INSERT INTO award_prints (award_id, printed_at, template, printer, paper, reprint) VALUES (?, ?, ?, ?, ?, ?)');
    const out = ids.map((id) => Number(put.run(id, at, a.template, a.printer, a.paper, (printed.get(id) ?? 0) > 0 ? 1 : 0).lastInsertRowid));
    auditSync(raw, ctx.now(), 'print', 'award', null, { ids, template: a.template, printer: a.printer, paper: a.paper });
    return out;
  })();
  const get = raw.prepare<[number], { id: number; award_id: number; printed_at: string; template: string; printer: string; paper: PrintRow['paper']; reprint: number }>(
    'SELECT * FROM award_prints WHERE id = ?',
  );
  return printIds.map((pid) => {
    const p = get.get(pid)!;
    return { id: p.id, awardId: p.award_id, printedAt: p.printed_at, template: p.template, printer: p.printer, paper: p.paper, reprint: p.reprint === 1 };
  });
};

export const registerHandlers = {
  'awards.list': ((ctx, a) => registerRows(ctx.conn.raw, a)) as Handler<'awards.list'>,
  'awards.revoke': revoke,
  'awards.spoil': spoil,
  'awards.recordPrint': recordPrint,
};
