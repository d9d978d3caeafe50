// The packets log as the page and the CLI read it — every file imported and every packet exported —
// and the question every import asks first: was this very packet (same uuid, or same bytes) imported
// before and not undone? Then it changes nothing and says when.
//
// A row's sender_code/sender_name name the other side: who sent a file imported, who a packet
// exported is for.
import type BetterSqlite3 from 'better-sqlite3';
import type { ImportCounts, ImportKind, PacketLogRow } from '../../api/types.ts';
import { formatDateShort, todayIso } from '../../text/dates.ts';
import type { ImportInput } from '../inputs.ts';
import type { PacketData, PacketKind } from '../packets/format.ts';
import { emptyCounts } from './plan.ts';

/** "20/04/2021 lúc 10:05", local time as the office reads it. */
export function whenText(iso: string): string {
  const d = new Date(iso);
  return `${formatDateShort(todayIso(d))} lúc ${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
}

export function alreadyImported(raw: BetterSqlite3.Database, input: ImportInput): { at: string; message: string } | null {
  const at = raw
    .prepare<[string | null, string], string>(
      `SELECT at FROM packets WHERE direction = 'import' AND undone_at IS NULL AND (packet_uuid = ? OR sha256 = ?) ORDER BY id DESC LIMIT 1`,
    )
    .pluck()
    .get(input.source.packetUuid ?? null, input.source.sha256);
  if (at === undefined) return null;
  const what = input.source.kind === 'packet' ? 'Gói dữ liệu này' : 'Tệp này';
  return { at, message: `${what} đã được nhập ngày ${whenText(at)}: không có gì thay đổi.` };
}

/**
 * A note when a packet is older than one already imported from the same sender (its sequence number is
 * not above theirs): it may undo newer work there, so the user should look before applying.
 */
export function olderPacketNote(raw: BetterSqlite3.Database, input: ImportInput): string | null {
  const { sender, sequence } = input.source;
  if (!sender || sequence === undefined) return null;
  const last = raw
    .prepare<[string], number | null>(
      "SELECT max(sequence) FROM packets WHERE direction = 'import' AND undone_at IS NULL AND sender_code = ? COLLATE NOCASE",
    )
    .pluck()
    .get(sender.code);
  if (last === null || last === undefined || sequence > last) return null;
  return `Đây là gói số ${sequence} của đơn vị "${sender.code}", trong khi gói số ${last} của đơn vị này đã được nhập: gói này có thể cũ hơn, hãy xem kỹ trước khi áp dụng.`;
}

export interface ExportLogEntry {
  kind: PacketKind;
  receiver: { code: string; name: string };
  fileName: string;
  /** Of the packet file's bytes, as an import of it computes. */
  sha256: string;
  packetUuid: string;
  sequence: number;
  campaignUuid: string;
  at: string;
  data: PacketData;
}

/** A packet sent: one log row; its counts say how many records of each kind it carries (as `new`). */
export function logExport(raw: BetterSqlite3.Database, e: ExportLogEntry): number {
  const counts = emptyCounts();
  const sent: Record<ImportKind, number> = {
    campaign: e.data.campaign ? 1 : 0, groups: e.data.groups.length, units: e.data.units.length,
    registrations: e.data.registrations.length, works: e.data.works.length, reports: e.data.reports.length,
    people: e.data.people?.length ?? 0, proposals: e.data.proposals?.length ?? 0,
    nominees: e.data.proposals?.reduce((n, p) => n + p.nominees.length, 0) ?? 0,
    attachments: e.data.proposals?.reduce((n, p) => n + p.attachments.length, 0) ?? 0,
  };
  for (const [kind, n] of Object.entries(sent)) counts[kind as ImportKind].new = n;
  return Number(
    raw
      .prepare(
        `INSERT INTO packets (direction, source_kind, what, sender_code, sender_name, file_name, sha256, packet_uuid, sequence, campaign_uuid, at, counts, changes)
         VALUES ('export', 'packet', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '[]')`,
      )
      .run(e.kind, e.receiver.code, e.receiver.name, e.fileName, e.sha256, e.packetUuid, e.sequence, e.campaignUuid, e.at, JSON.stringify(counts)).lastInsertRowid,
  );
}

interface PacketDbRow {
  id: number;
  direction: 'import' | 'export';
  source_kind: 'packet' | 'excel';
  what: string;
  sender_code: string;
  sender_name: string;
  file_name: string;
  sha256: string;
  packet_uuid: string | null;
  sequence: number | null;
  at: string;
  counts: string;
  changes: string;
  undone_at: string | null;
}

/** The log newest first; `limit` rows. */
export function packetLog(raw: BetterSqlite3.Database, limit: number): PacketLogRow[] {
  const last = raw.prepare<[], number>('SELECT packet_id FROM import_batches WHERE undone_at IS NULL ORDER BY id DESC LIMIT 1').pluck().get();
  return raw
    .prepare<[number], PacketDbRow>('SELECT * FROM packets ORDER BY id DESC LIMIT ?')
    .all(limit)
    .map((r) => ({
      id: r.id,
      direction: r.direction,
      sourceKind: r.source_kind,
      what: r.what,
      sender: [r.sender_code, r.sender_name].filter(Boolean).join(' · '),
      fileName: r.file_name,
      sha256: r.sha256,
      packetUuid: r.packet_uuid,
      sequence: r.sequence,
      at: r.at,
      counts: JSON.parse(r.counts) as ImportCounts,
      changes: JSON.parse(r.changes) as PacketLogRow['changes'],
      undoneAt: r.undone_at,
      undoable: r.id === last,
    }));
}
