// Search in the works list as the user types, answered from memory. At 300k works even the narrow
// index works_search costs 60–80 ms a keystroke in SQLite's LIKE; the same folded texts held as plain
// strings are scanned with String.includes in a few milliseconds. The copy is exact, not a guess: it
// is dropped whenever this connection has written anything (total_changes()) and read again on the
// next keystroke. No other connection can write the file: db/open.ts holds it exclusively.
import type BetterSqlite3 from 'better-sqlite3';
import { needleIn } from '../text/abbreviations.ts';
import { searchClauses } from '../text/fold.ts';

interface CampaignTexts {
  ids: number[];
  unitIds: number[];
  /** The works' folded `search` column, index for index with ids. */
  texts: string[];
}

interface Snapshot {
  stamp: string;
  units: { id: number; search: string }[] | null;
  campaigns: Map<number, CampaignTexts>;
}

function statements(raw: BetterSqlite3.Database) {
  return {
    changes: raw.prepare<[], number>('SELECT total_changes()').pluck(),
    units: raw.prepare<[], { id: number; search: string }>('SELECT id, search FROM units'),
    works: raw
      .prepare<[number], [number, number, string]>('SELECT id, unit_id, search FROM works INDEXED BY works_search WHERE campaign_id = ?')
      .raw(),
  };
}

const held = new WeakMap<BetterSqlite3.Database, { st: ReturnType<typeof statements>; snapshot: Snapshot }>();

function current(raw: BetterSqlite3.Database) {
  let h = held.get(raw);
  if (!h) {
    h = { st: statements(raw), snapshot: { stamp: '', units: null, campaigns: new Map() } };
    held.set(raw, h);
  }
  const stamp = String(h.st.changes.get());
  if (h.snapshot.stamp !== stamp) h.snapshot = { stamp, units: null, campaigns: new Map() };
  return h;
}

function campaignTexts(h: ReturnType<typeof current>, campaignId: number): CampaignTexts {
  let c = h.snapshot.campaigns.get(campaignId);
  if (!c) {
    c = { ids: [], unitIds: [], texts: [] };
    for (const [id, unitId, text] of h.st.works.all(campaignId)) {
      c.ids.push(id);
      c.unitIds.push(unitId);
      c.texts.push(text);
    }
    h.snapshot.campaigns.set(campaignId, c);
  }
  return c;
}

/**
 * Ids of the campaign's works that match the typed query (searchClauses: every word, an abbreviation
 * or its full form), each needle in the work's own folded text (title, field, owner) or in its
 * unit's (code, name, short name). Diacritics and đ are ignored, as the folded columns are. No word:
 * every work of the campaign.
 */
export function matchingWorkIds(raw: BetterSqlite3.Database, campaignId: number, query: string): number[] {
  const h = current(raw);
  const c = campaignTexts(h, campaignId);
  const clauses = searchClauses(query);
  if (clauses.length === 0) return [...c.ids];
  h.snapshot.units ??= h.st.units.all();
  const units = h.snapshot.units;
  // Each needle may be met by the work's own text or by its unit's: the units that meet it, shaped
  // like the clauses. Plain loops below: this runs over every work of the campaign on each keystroke.
  const unitHits = clauses.map((cl) => cl.map((alt) => alt.map((n) => new Set(units.filter((u) => needleIn(u.search, n)).map((u) => u.id)))));
  const out: number[] = [];
  for (let i = 0; i < c.ids.length; i++) {
    const text = c.texts[i];
    const unitId = c.unitIds[i];
    let all = true;
    for (let k = 0; k < clauses.length && all; k++) {
      const cl = clauses[k];
      let any = false;
      for (let a = 0; a < cl.length && !any; a++) {
        const alt = cl[a];
        let every = true;
        for (let n = 0; n < alt.length && every; n++) every = needleIn(text, alt[n]) || unitHits[k][a][n].has(unitId);
        any = every;
      }
      all = any;
    }
    if (all) out.push(c.ids[i]);
  }
  return out;
}
