// The versions of rows as sent or received, kept so a later packet's record can be merged against the
// version it was edited from. A version of a row that travelled is named by the time of the packet that
// carried it (its manifest's createdAt, the sender's export time): both sides know that name and what
// the row held in it. Rows of row_versions, by the marker in their uuid column:
// - '>' (SENT, entity 'packet'): the packet one export wrote, its zip bytes as they left, at the export's
//   time. A record sent back to us names that time as its baseUpdatedAt, and the fields it had then are
//   read from that packet. Keeping the 0,75 MB zip costs an export ≈ 1 ms; the fields of 10,000 works
//   as JSON would cost ≈ 100 ms at every export (measured), while only an import that needs them pays
//   for reading them back, once.
// - '<CODE' (RECEIVED): what one packet from sender CODE brought, per kind one JSON map uuid → fields,
//   at the packet's createdAt, written with the import's batch (undone with it). Our export names that
//   time as the record's base, and a later packet from CODE is merged against it when it names no base
//   we hold.
// - '*' (ALL): every row an import left, one map at the import's time (each such row has that
//   updated_at): the base of a form that carried the row's updated_at.
// - a row's own uuid: one version of one row (rememberVersions).
//
// Invariant: a base is only ever a version both sides held — one we sent and the sender says it
// started from, or one the sender sent and we merged — so a field that differs from it was changed
// by that side since; when there is none, the merge is told 'unknown' and asks instead of guessing.
import type BetterSqlite3 from 'better-sqlite3';
import { strFromU8, unzipSync } from 'fflate';
import type { ImportKind } from '../../api/types.ts';
import { codeKey } from '../../org/rules.ts';
import type { ImportInput, SourcePlace } from '../inputs.ts';
import { DATA_ENTRY, type PacketData } from '../packets/format.ts';
import { campaignInputFields, groupInputFields, reportInputFields, unitInputFields, workInputFields } from './fields.ts';
import type { Base, Fields } from './merge.ts';
import type { Plan, Write } from './plan.ts';

const ALL = '*';
const SENT = '>';
const SENT_ENTITY = 'packet';
const RECEIVED = '<';

/** The kinds whose records are merged field by field (registrations and memberships are only added). */
type Versioned = Exclude<ImportKind, 'registrations'>;
type FieldMaps = Partial<Record<Versioned, Record<string, Fields>>>;

/**
 * Versions of single rows, for a file that states a row's own updated_at as its base (a registration
 * form's or the units workbook's hidden column): their writers call it for the rows they write; packets
 * do not.
 */
export function rememberVersions(raw: BetterSqlite3.Database, entity: ImportKind, rows: readonly { uuid: string; updatedAt: string; fields: Fields }[]): void {
  const insert = raw.prepare('INSERT OR REPLACE INTO row_versions (entity, uuid, updated_at, fields, batch_id) VALUES (?, ?, ?, ?, NULL)');
  raw.transaction(() => {
    for (const r of rows) insert.run(entity, r.uuid, r.updatedAt, JSON.stringify(r.fields));
  })();
}

function rememberMaps(raw: BetterSqlite3.Database, marker: string, at: string, maps: FieldMaps, batchId: number | null): void {
  const insert = raw.prepare('INSERT OR REPLACE INTO row_versions (entity, uuid, updated_at, fields, batch_id) VALUES (?, ?, ?, ?, ?)');
  for (const [entity, map] of Object.entries(maps)) if (Object.keys(map).length > 0) insert.run(entity, marker, at, JSON.stringify(map), batchId);
}

const ENTITY: Partial<Record<Write['t'], ImportKind>> = {
  campaign_insert: 'campaign', campaign_update: 'campaign', group_insert: 'groups', group_update: 'groups', unit_insert: 'units',
  unit_update: 'units', report_insert: 'reports', report_update: 'reports', work_insert: 'works', work_update: 'works',
  person_insert: 'people', person_update: 'people', proposal_insert: 'proposals', proposal_update: 'proposals', nominee_insert: 'nominees',
  nominee_update: 'nominees',
};

/** The version every row an import wrote is left at (its updated_at is the import's `at`). */
export function rememberBatch(raw: BetterSqlite3.Database, batchId: number, at: string, writes: readonly Write[]): void {
  const maps: FieldMaps = {};
  for (const x of writes) {
    const entity = ENTITY[x.t] as Versioned | undefined;
    if (!entity || !('after' in x)) continue;
    maps[entity] ??= {};
    maps[entity][x.uuid] = x.after;
  }
  rememberMaps(raw, ALL, at, maps, batchId);
}

const PACKET_PLACE: SourcePlace = { file: '' };

/** The fields of every record a packet carries, read as the pipeline reads the sender's side. */
function packetFields(data: PacketData): FieldMaps {
  const byUuid = <T extends { uuid: string }>(rows: readonly T[], fields: (r: T) => Fields) => Object.fromEntries(rows.map((r) => [r.uuid, fields(r)]));
  return {
    ...(data.campaign ? { campaign: { [data.campaign.uuid]: campaignInputFields({ ...data.campaign, place: PACKET_PLACE }) } } : {}),
    groups: byUuid(data.groups, (g) => groupInputFields({ ...g, place: PACKET_PLACE })),
    units: byUuid(data.units, (u) => unitInputFields({ ...u, place: PACKET_PLACE })),
    works: byUuid(data.works, (w) => workInputFields({ ...w, note: '', place: PACKET_PLACE })),
    reports: byUuid(data.reports, (r) => reportInputFields({ ...r, place: PACKET_PLACE })),
  };
}

/** The packet an export wrote, at the export's time (its createdAt). */
export function rememberSent(raw: BetterSqlite3.Database, at: string, bytes: Uint8Array): void {
  raw.prepare('INSERT OR REPLACE INTO row_versions (entity, uuid, updated_at, fields, batch_id) VALUES (?, ?, ?, ?, NULL)').run(SENT_ENTITY, SENT, at, bytes);
}

/** The fields of every record of a packet we wrote. */
function sentFields(bytes: Uint8Array): FieldMaps {
  const data = JSON.parse(strFromU8(unzipSync(bytes, { filter: (f) => f.name === DATA_ENTRY })[DATA_ENTRY])) as PacketData;
  return packetFields(data);
}

/**
 * What a packet brought, at its createdAt, for the records the import took in: not one refused, nor a
 * possible duplicate the user left out (never merged here, so not a version both sides held). Forms
 * carry no sender's version.
 */
export function rememberBatchReceived(raw: BetterSqlite3.Database, batchId: number, input: ImportInput, p: Pick<Plan, 'rows' | 'writes'>): void {
  const { kind, sender, createdAt } = input.source;
  if (kind !== 'packet' || !sender || !createdAt) return;
  const written = new Set(p.writes.map((x) => ('key' in x ? x.key : '')));
  const left = new Set(p.rows.filter((r) => r.action === 'error' || (r.action === 'duplicate' && !written.has(r.key))).map((r) => r.key));
  const maps: FieldMaps = {};
  const add = <T extends { uuid?: string }>(entity: Versioned, records: readonly T[], fields: (r: T) => Fields, key: (i: number) => string) => {
    const map: Record<string, Fields> = {};
    records.forEach((r, i) => {
      if (r.uuid && !left.has(key(i))) map[r.uuid] = fields(r);
    });
    maps[entity] = map;
  };
  if (input.campaign) add('campaign', [input.campaign], campaignInputFields, () => 'campaign:0');
  add('groups', input.groups, groupInputFields, (i) => `groups:${i}`);
  add('units', input.units, unitInputFields, (i) => `units:${i}`);
  add('works', input.works, workInputFields, (i) => `works:${i}`);
  add('reports', input.reports, reportInputFields, (i) => `reports:${i}`);
  rememberMaps(raw, RECEIVED + codeKey(sender.code), createdAt, maps, batchId);
}

interface Found {
  rowid: number;
  fields: Fields;
}

/** Looks versions up for one classification or one export; each map is parsed once however many rows ask. */
export class Versions {
  private readonly raw: BetterSqlite3.Database;
  private readonly maps = new Map<string, { rowid: number; map: Record<string, Fields> } | null>();
  private readonly fromSender = new Map<ImportKind, Map<string, Found>>();
  private readonly sent = new Map<string, { rowid: number; maps: FieldMaps } | null>();
  /** The sender whose earlier packets are a base too; none for a form. */
  private readonly sender: string | null;

  constructor(raw: BetterSqlite3.Database, source?: ImportInput['source']) {
    this.raw = raw;
    this.sender = source?.kind === 'packet' && source.sender ? RECEIVED + codeKey(source.sender.code) : null;
  }

  private map(entity: ImportKind, marker: string, at: string) {
    const key = `${entity}\u0000${marker}\u0000${at}`;
    if (!this.maps.has(key)) {
      const row = this.raw
        .prepare<[string, string, string], { rowid: number; fields: string }>('SELECT rowid, fields FROM row_versions WHERE entity = ? AND uuid = ? AND updated_at = ?')
        .get(entity, marker, at);
      this.maps.set(key, row ? { rowid: row.rowid, map: JSON.parse(row.fields) as Record<string, Fields> } : null);
    }
    return this.maps.get(key)!;
  }

  /** The version named `at` of row `uuid`, as we hold it: one of its own, an import's, or one we sent. */
  private named(entity: ImportKind, uuid: string, at: string): Found | null {
    const own = this.raw
      .prepare<[string, string, string], { rowid: number; fields: string }>('SELECT rowid, fields FROM row_versions WHERE entity = ? AND uuid = ? AND updated_at = ?')
      .get(entity, uuid, at);
    if (own) return { rowid: own.rowid, fields: JSON.parse(own.fields) as Fields };
    const m = this.map(entity, ALL, at);
    if (m?.map[uuid]) return { rowid: m.rowid, fields: m.map[uuid] };
    const packet = this.sentAt(at);
    const fields = packet?.maps[entity as Versioned]?.[uuid];
    return packet && fields ? { rowid: packet.rowid, fields } : null;
  }

  /** The packet we sent at `at`, read once. */
  private sentAt(at: string) {
    if (!this.sent.has(at)) {
      const row = this.raw
        .prepare<[string, string, string], { rowid: number; fields: Uint8Array }>('SELECT rowid, fields FROM row_versions WHERE entity = ? AND uuid = ? AND updated_at = ?')
        .get(SENT_ENTITY, SENT, at);
      this.sent.set(at, row ? { rowid: row.rowid, maps: sentFields(row.fields) } : null);
    }
    return this.sent.get(at)!;
  }

  /** The last version of each row this sender's packets brought (undone imports took theirs away). */
  private lastFromSender(entity: ImportKind): Map<string, Found> {
    let last = this.fromSender.get(entity);
    if (!last) {
      last = new Map();
      if (this.sender) {
        const rows = this.raw
          .prepare<[string, string], { rowid: number; fields: string }>('SELECT rowid, fields FROM row_versions WHERE entity = ? AND uuid = ? ORDER BY rowid')
          .all(entity, this.sender);
        for (const r of rows) for (const [uuid, fields] of Object.entries(JSON.parse(r.fields) as Record<string, Fields>)) last.set(uuid, { rowid: r.rowid, fields });
      }
      this.fromSender.set(entity, last);
    }
    return last;
  }

  /**
   * What is known of the version our row `uuid` (last changed at `ourUpdatedAt`) and the sender's record
   * both come from: the version the record names (`baseUpdatedAt`), or the last one this sender sent us,
   * whichever we came to hold later.
   */
  baseOf(entity: ImportKind, uuid: string, ourUpdatedAt: string, baseUpdatedAt: string | undefined): Base {
    if (baseUpdatedAt !== undefined && baseUpdatedAt === ourUpdatedAt) return { kind: 'ours_unchanged' };
    const named = baseUpdatedAt === undefined ? null : this.named(entity, uuid, baseUpdatedAt);
    const received = this.lastFromSender(entity).get(uuid) ?? null;
    const found = named && received ? (named.rowid > received.rowid ? named : received) : (named ?? received);
    if (found) return { kind: 'known', fields: found.fields };
    return baseUpdatedAt === undefined ? { kind: 'none' } : { kind: 'unknown' };
  }

  /** Per row uuid, the time of the last packet that brought it here: the base our export names. */
  lastReceived(entity: ImportKind): Map<string, string> {
    const last = new Map<string, string>();
    const rows = this.raw
      .prepare<[string, string, string], { updated_at: string; fields: string }>(
        'SELECT updated_at, fields FROM row_versions WHERE entity = ? AND uuid >= ? AND uuid < ? ORDER BY rowid',
      )
      .all(entity, RECEIVED, String.fromCharCode(RECEIVED.charCodeAt(0) + 1));
    for (const r of rows) for (const uuid of Object.keys(JSON.parse(r.fields) as Record<string, Fields>)) last.set(uuid, r.updated_at);
    return last;
  }
}
