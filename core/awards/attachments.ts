// The papers of a proposal (báo cáo thành tích, biên bản bình xét: DOMAIN.md §2.5), kept in the
// database's own data folder under a name the app gives (the user's file name is only shown), written
// whole or not at all, with their sha256 so a copy can be told from the original.
import { createHash, randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';
import type { Selectable } from 'kysely';
import type { ProposalAttachmentsTable } from '../../db/schema.ts';
import { ATTACHMENT_MAX_BYTES } from '../api/contract.ts';
import { fieldError, notFound, UserError } from '../api/envelope.ts';
import type { AttachmentContent, AttachmentRow } from '../api/types.ts';
import { auditSync } from '../audit.ts';
import { dataSubfolder } from '../files/data-folder.ts';
import { stageFile } from '../files/write.ts';
import type { Handler } from '../router.ts';

type Row = Selectable<ProposalAttachmentsTable>;

const toRow = (r: Row): AttachmentRow => ({
  id: r.id,
  proposalId: r.proposal_id,
  nomineeId: r.nominee_id,
  fileName: r.file_name,
  sha256: r.sha256,
  bytes: r.bytes,
  createdAt: r.created_at,
});

export function attachmentRows(raw: BetterSqlite3.Database, proposalId: number): AttachmentRow[] {
  return raw.prepare<[number], Row>('SELECT * FROM proposal_attachments WHERE proposal_id = ? ORDER BY id').all(proposalId).map(toRow);
}

/**
 * Where the attachments of this database live: beside its documents, under "ho-so-<uuid>" names, so that
 * every backup carries them with the documents and a restore brings them back (they cannot be made again).
 */
export function attachmentFolder(dataDir: string): string {
  return dataSubfolder(dataDir, 'documents');
}

/**
 * The name as shown: the last part of any path, no characters Windows refuses in a name, no leading
 * dots or trailing dots and spaces (Windows drops them), at most 200 characters keeping the extension.
 */
export function cleanFileName(name: string): string {
  const last = name.split(/[\\/]/u).pop() ?? '';
  let clean = last
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is removed
    .replace(/[<>:"|?*\u0000-\u001f\u007f]/gu, '')
    .replace(/^[.\s]+|[.\s]+$/gu, '')
    .trim();
  if (clean.length > 200) {
    const dot = clean.lastIndexOf('.');
    const ext = dot > 0 && clean.length - dot <= 10 ? clean.slice(dot) : '';
    clean = clean.slice(0, 200 - ext.length) + ext;
  }
  return clean;
}

/** The name a paper is stored under: never the user's, only a plain extension kept (a backup takes only names the app gives). */
export function storedNameFor(fileName: string): string {
  const ext = /\.[a-z0-9]{1,10}$/u.exec(fileName.toLowerCase())?.[0] ?? '';
  return `ho-so-${randomUUID()}${ext}`;
}

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/u;

const attach: Handler<'proposals.attach'> = (ctx, a) => {
  const raw = ctx.conn.raw;
  if (!raw.prepare('SELECT 1 FROM proposals WHERE id = ?').get(a.proposalId)) throw notFound(`đề nghị khen thưởng có mã số ${a.proposalId}`);
  if (a.nomineeId !== null && !raw.prepare('SELECT 1 FROM proposal_nominees WHERE id = ? AND proposal_id = ?').get(a.nomineeId, a.proposalId)) {
    throw fieldError('nomineeId', `Người, tập thể có mã số ${a.nomineeId} không thuộc đề nghị này.`);
  }
  const fileName = cleanFileName(a.fileName);
  if (!fileName) throw fieldError('fileName', `Tên tệp "${a.fileName}" không dùng được: hãy đặt tên khác.`);
  const content = a.contentBase64.replace(/\s+/gu, '');
  if (!BASE64.test(content)) throw fieldError('contentBase64', `Nội dung tệp "${fileName}" bị hỏng (không phải base64).`);
  const bytes = Buffer.from(content, 'base64');
  if (bytes.length > ATTACHMENT_MAX_BYTES) {
    throw fieldError('contentBase64', `Tệp "${fileName}" lớn hơn ${ATTACHMENT_MAX_BYTES / 1024 / 1024} MB: hãy nén hoặc chia nhỏ.`);
  }
  const dir = attachmentFolder(ctx.dataDir);
  mkdirSync(dir, { recursive: true });
  const storedName = storedNameFor(fileName);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const staged = stageFile(join(dir, storedName), bytes);
  try {
    const id = raw.transaction(() => {
      const newId = Number(
        raw
          .prepare(
            'INSERT INTO proposal_attachments (proposal_id, nominee_id, file_name, stored_name, sha256, bytes, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
          )
          .run(a.proposalId, a.nomineeId, fileName, storedName, sha256, bytes.length, ctx.now().toISOString()).lastInsertRowid,
      );
      auditSync(raw, ctx.now(), 'attach', 'proposal', a.proposalId, { attachment: newId, fileName, sha256, bytes: bytes.length });
      // Last: a failed rename rolls the row back, a failed insert leaves no file.
      staged.commit();
      return newId;
    })();
    return toRow(raw.prepare<[number], Row>('SELECT * FROM proposal_attachments WHERE id = ?').get(id)!);
  } finally {
    staged.discard();
  }
};

const detach: Handler<'proposals.detach'> = (ctx, a) => {
  const raw = ctx.conn.raw;
  const row = raw.prepare<[number], Row>('SELECT * FROM proposal_attachments WHERE id = ?').get(a.id);
  if (!row) throw notFound(`tệp đính kèm có mã số ${a.id}`);
  raw.transaction(() => {
    raw.prepare('DELETE FROM proposal_attachments WHERE id = ?').run(a.id);
    auditSync(raw, ctx.now(), 'detach', 'proposal', row.proposal_id, { attachment: a.id, fileName: row.file_name, sha256: row.sha256 });
  })();
  try {
    rmSync(join(attachmentFolder(ctx.dataDir), row.stored_name), { force: true });
  } catch {
    // After the commit: a file Windows still holds stays as an unregistered leftover, never a row
    // without its file.
  }
  return { removed: a.id };
};

/** The bytes as attached: a stored file that is gone or no longer matches its sha256 is refused, not handed out. */
const content: Handler<'proposals.attachment'> = (ctx, a) => {
  const row = ctx.conn.raw.prepare<[number], Row>('SELECT * FROM proposal_attachments WHERE id = ?').get(a.id);
  if (!row) throw notFound(`tệp đính kèm có mã số ${a.id}`);
  let bytes: Buffer;
  try {
    bytes = readFileSync(join(attachmentFolder(ctx.dataDir), row.stored_name));
  } catch {
    throw new UserError(`Không đọc được tệp đính kèm "${row.file_name}" trong thư mục dữ liệu: tệp đã bị xóa hoặc di chuyển. Khôi phục từ bản sao lưu ở trang Sao lưu.`, {
      code: 'conflict',
    });
  }
  if (createHash('sha256').update(bytes).digest('hex') !== row.sha256) {
    throw new UserError(`Tệp đính kèm "${row.file_name}" trong thư mục dữ liệu đã bị thay đổi, không còn là tệp đã đính kèm. Khôi phục từ bản sao lưu ở trang Sao lưu.`, {
      code: 'conflict',
    });
  }
  return { ...toRow(row), contentBase64: bytes.toString('base64') } satisfies AttachmentContent;
};

export const attachHandlers = {
  'proposals.attach': attach,
  'proposals.detach': detach,
  'proposals.attachment': content,
};
