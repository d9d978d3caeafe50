// What still points at a row, found from the schema itself (PRAGMA foreign_key_list) rather than from a
// list kept by hand: a table added later (proposals, the award register) is covered the day it exists.
import type BetterSqlite3 from 'better-sqlite3';

/**
 * Vietnamese names of the tables a refusal may name; a table not listed is "dữ liệu khác". A capability
 * whose table points at people or at the catalogue adds its line here.
 */
export const TABLE_LABELS: Record<string, string> = {
  people: 'cá nhân',
  units: 'đơn vị',
  award_forms: 'danh mục khen thưởng',
  proposals: 'đề nghị khen thưởng',
  proposal_nominees: 'danh sách đề nghị khen thưởng',
  council_meetings: 'cuộc họp Hội đồng',
  decisions: 'quyết định khen thưởng',
  awards: 'sổ khen thưởng',
};

export interface Reference {
  table: string;
  column: string;
  count: number;
}

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** Every (table, column) whose foreign key names `table`, with how many rows hold `id` there. */
export function referencesTo(raw: BetterSqlite3.Database, table: string, id: number): Reference[] {
  const tables = raw.prepare<[], string>("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").pluck().all();
  const found: Reference[] = [];
  for (const t of tables) {
    const keys = raw.prepare<[string], { table: string; from: string }>('SELECT "table", "from" FROM pragma_foreign_key_list(?)').all(t);
    for (const k of keys) {
      if (k.table !== table) continue;
      const count = raw.prepare<[number], number>(`SELECT count(*) FROM ${quote(t)} WHERE ${quote(k.from)} = ?`).pluck().get(id) ?? 0;
      if (count > 0) found.push({ table: t, column: k.from, count });
    }
  }
  return found;
}

/** "3 dòng ở đề nghị khen thưởng, 1 dòng ở dữ liệu khác". */
export function describeReferences(refs: readonly Reference[]): string {
  const byLabel = new Map<string, number>();
  for (const r of refs) {
    const label = TABLE_LABELS[r.table] ?? 'dữ liệu khác';
    byLabel.set(label, (byLabel.get(label) ?? 0) + r.count);
  }
  return [...byLabel].map(([label, n]) => `${n} dòng ở ${label}`).join(', ');
}
