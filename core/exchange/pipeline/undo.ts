// Undo of the last import not yet undone, from its batch's before-images, in one transaction: rows it
// inserted are deleted, rows it updated or deleted are put back whole (same id, every column), the
// versions it recorded go, and the batch and its log line are marked undone (the log keeps the story).
//
// Invariant: undo restores the data exactly or refuses. It refuses, in Vietnamese and naming the
// record, when a row the import wrote was changed afterwards (its updated_at is no longer the import's)
// or something was added to one (a status update, a work in a new unit): putting the old rows back
// would then lose that later work.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';
import { attachmentFolder } from '../../awards/attachments.ts';
import { UserError } from '../../api/envelope.ts';
import type { ImportUndone } from '../../api/types.ts';
import { auditSync } from '../../audit.ts';
import { type BeforeImage, TABLES, type Table } from './batch.ts';
import { whenText } from './log.ts';

/** Tables whose rows carry updated_at: a later edit shows there. */
const STAMPED: ReadonlySet<Table> = new Set(['groups', 'units', 'group_members', 'campaigns', 'registrations', 'unit_reports', 'works', 'people', 'proposals', 'proposal_nominees']);

const NOUN: Record<Table, string> = {
  groups: 'khối/cụm', units: 'đơn vị', group_members: 'thành viên khối/cụm', campaigns: 'đợt thi đua', campaign_fields: 'lĩnh vực',
  campaign_phases: 'giai đoạn', campaign_milestones: 'mốc thời gian', registrations: 'đăng ký tham gia', unit_reports: 'báo cáo',
  works: 'công trình', work_updates: 'lịch sử công trình', people: 'cá nhân', proposals: 'đề nghị khen thưởng',
  proposal_nominees: 'người, tập thể được đề nghị', proposal_attachments: 'tệp đính kèm',
};

function nameOf(raw: BetterSqlite3.Database, table: Table, id: number): string {
  const col = table === 'works' ? 'title' : table === 'units' || table === 'groups' || table === 'campaigns' ? 'name' : table === 'people' ? 'full_name' : null;
  const name = col ? (raw.prepare(`SELECT ${col} FROM ${table} WHERE id = ?`).pluck().get(id) as string | undefined) : undefined;
  return name ? `${NOUN[table]} "${name}"` : `${NOUN[table]} mã số ${id}`;
}

interface BatchRow {
  id: number;
  packet_id: number;
  at: string;
  before: string;
  max_ids: string;
  file_name: string;
}

/** Why this batch cannot be undone, or null. */
function changedSince(raw: BetterSqlite3.Database, b: BatchRow, before: BeforeImage, max: Record<Table, number>): string | null {
  for (const table of TABLES) {
    if (!STAMPED.has(table)) continue;
    const touched = [...(before.inserted[table] ?? []), ...(before.updated[table] ?? []).map((r) => r.id as number)];
    const stamp = raw.prepare<[number], string>(`SELECT updated_at FROM ${table} WHERE id = ?`).pluck();
    for (const id of touched) {
      const at = stamp.get(id);
      if (at === undefined) return `${NOUN[table]} mã số ${id} đã bị xóa`;
      if (at !== b.at) return `${nameOf(raw, table, id)} đã được sửa`;
    }
  }
  const works = [...(before.inserted.works ?? []), ...(before.updated.works ?? []).map((r) => r.id as number)];
  if (works.length > 0) {
    const later = raw
      .prepare<[number, string], number>('SELECT work_id FROM work_updates WHERE id > ? AND work_id IN (SELECT value FROM json_each(?)) LIMIT 1')
      .pluck()
      .get(max.work_updates ?? 0, JSON.stringify(works));
    if (later !== undefined) return `${nameOf(raw, 'works', later)} đã có cập nhật tình trạng mới`;
  }
  return null;
}

/** `dataDir`: where the papers a proposal packet brought live; they go once their rows are gone. */
export function undoLastImport(raw: BetterSqlite3.Database, now: Date, dataDir?: string): ImportUndone {
  let papers: string[] = [];
  const undone = raw.transaction((): ImportUndone => {
    const b = raw
      .prepare<[], BatchRow>(
        `SELECT b.id, b.packet_id, b.at, b.before, b.max_ids, p.file_name FROM import_batches b JOIN packets p ON p.id = b.packet_id
          WHERE b.undone_at IS NULL ORDER BY b.id DESC LIMIT 1`,
      )
      .get();
    if (!b) throw new UserError('Chưa có lần nhập dữ liệu nào để hoàn tác.');
    const before = JSON.parse(b.before) as BeforeImage;
    const max = JSON.parse(b.max_ids) as Record<Table, number>;
    const refusal = changedSince(raw, b, before, max);
    if (refusal) {
      throw new UserError(
        `Không hoàn tác được lần nhập "${b.file_name}" ngày ${whenText(b.at)}: ${refusal} sau lần nhập đó. Hãy sửa bằng tay nếu cần.`,
      );
    }
    let restored = 0;
    papers = raw
      .prepare<[string], string>('SELECT stored_name FROM proposal_attachments WHERE id IN (SELECT value FROM json_each(?))')
      .pluck()
      .all(JSON.stringify(before.inserted.proposal_attachments ?? []));
    raw.prepare('DELETE FROM row_versions WHERE batch_id = ?').run(b.id);
    // Units the import inserted may name each other as parent: unlinked first, then deleted.
    const insertedUnits = JSON.stringify(before.inserted.units ?? []);
    raw.prepare('UPDATE units SET parent_id = NULL WHERE id IN (SELECT value FROM json_each(?))').run(insertedUnits);
    try {
      for (const table of [...TABLES].reverse()) {
        const ids = before.inserted[table] ?? [];
        if (ids.length === 0) continue;
        restored += raw.prepare(`DELETE FROM ${table} WHERE id IN (SELECT value FROM json_each(?))`).run(JSON.stringify(ids)).changes;
      }
    } catch (error) {
      if ((error as { code?: string }).code !== 'SQLITE_CONSTRAINT_FOREIGNKEY') throw error;
      throw new UserError(
        `Không hoàn tác được lần nhập "${b.file_name}" ngày ${whenText(b.at)}: đã có dữ liệu mới gắn với những gì lần nhập đó thêm vào. Hãy sửa bằng tay nếu cần.`,
      );
    }
    for (const table of TABLES) {
      for (const row of before.updated[table] ?? []) {
        const cols = Object.keys(row).filter((c) => c !== 'id');
        raw.prepare(`UPDATE ${table} SET ${cols.map((c) => `${c} = @${c}`).join(', ')} WHERE id = @id`).run(row);
        restored++;
      }
      for (const row of before.deleted[table] ?? []) {
        const cols = Object.keys(row);
        raw.prepare(`INSERT INTO ${table} (${cols.join(', ')}) VALUES (${cols.map((c) => `@${c}`).join(', ')})`).run(row);
        restored++;
      }
    }
    const at = now.toISOString();
    raw.prepare('UPDATE import_batches SET undone_at = ? WHERE id = ?').run(at, b.id);
    raw.prepare('UPDATE packets SET undone_at = ? WHERE id = ?').run(at, b.packet_id);
    auditSync(raw, now, 'undo_import', 'packet', b.packet_id, { file: b.file_name, restored });
    return { packetId: b.packet_id, restored, message: `Đã hoàn tác lần nhập "${b.file_name}" ngày ${whenText(b.at)}.` };
  })();
  if (dataDir !== undefined) {
    // After the commit, as proposals.detach does: a file Windows still holds stays as an unregistered leftover.
    for (const name of papers) rmSync(join(attachmentFolder(dataDir), name), { force: true });
  }
  return undone;
}
