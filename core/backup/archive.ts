// What a backup is on disk: one .zip holding the database copy, the issued documents and a manifest with
// the sha256 of every entry. One file is one thing to carry to a USB drive and one rename to make it
// appear; the manifest lets a restore prove every byte before anything is replaced, and an archive cut
// short has no central directory, so it is never mistaken for a complete one.
import { closeSync, fsyncSync, openSync, writeSync } from 'node:fs';
import { z } from 'zod';
import { UserError } from '../api/envelope.ts';
import type { BackupKind } from '../api/types.ts';
import { listZip, readZipEntry, type WrittenEntry, ZipFormatError, type ZipEntryInfo } from '../files/zip.ts';
import { writeError } from '../files/write.ts';

export const BACKUP_FORMAT = 'tdkt-sao-luu';
export const MANIFEST_ENTRY = 'manifest.json';
export const DATABASE_ENTRY = 'du-lieu.sqlite';
export const DOCUMENTS_PREFIX = 'van-ban/';

/** Names the app itself gives documents: no folders, nothing a path could climb out with. */
const SAFE_DOCUMENT = /^van-ban\/[\w][\w.-]*$/u;

const manifestSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(1),
  kind: z.enum(['manual', 'auto', 'safety']),
  createdAt: z.string(),
  database: z.string(),
  schemaVersion: z.number().int(),
  files: z.array(z.object({ name: z.string(), sha256: z.string().regex(/^[0-9a-f]{64}$/u), bytes: z.number().int().min(0) })),
});

export type Manifest = z.infer<typeof manifestSchema>;

export function manifestBytes(m: Manifest): Uint8Array {
  return Buffer.from(`${JSON.stringify(m, null, 2)}\n`, 'utf8');
}

/** "is not a backup" in Vietnamese, naming the file; nothing was changed. */
export function notABackup(label: string, why: string): UserError {
  return new UserError(`Tệp "${label}" ${why}. Tệp được giữ nguyên, dữ liệu đang dùng không thay đổi.`);
}

export interface OpenedArchive {
  manifest: Manifest;
  entries: Map<string, ZipEntryInfo>;
}

/** Reads the central directory and the manifest (small reads only); refuses anything else. */
export function openArchive(path: string, label: string): OpenedArchive {
  let entries: ZipEntryInfo[];
  try {
    entries = listZip(path);
  } catch {
    throw notABackup(label, 'không phải bản sao lưu TĐKT hoặc chưa được ghi xong (tệp nén không đầy đủ)');
  }
  const byName = new Map(entries.map((e) => [e.name, e]));
  const m = byName.get(MANIFEST_ENTRY);
  if (!m || m.size > 10 << 20) throw notABackup(label, 'không phải bản sao lưu TĐKT (thiếu bảng kê manifest.json)');
  const chunks: Uint8Array[] = [];
  let manifest: Manifest;
  try {
    readZipEntry(path, m, (c) => chunks.push(c));
    manifest = manifestSchema.parse(JSON.parse(Buffer.concat(chunks).toString('utf8')));
  } catch {
    throw notABackup(label, 'không phải bản sao lưu TĐKT (bảng kê manifest.json hỏng)');
  }
  const listed = new Set(manifest.files.map((f) => f.name));
  if (!listed.has(DATABASE_ENTRY) || manifest.files.some((f) => !byName.has(f.name) || (f.name !== DATABASE_ENTRY && !SAFE_DOCUMENT.test(f.name)))) {
    throw notABackup(label, 'không đầy đủ: bảng kê và nội dung tệp nén không khớp nhau');
  }
  return { manifest, entries: byName };
}

export function documentEntries(a: OpenedArchive): WrittenEntry[] {
  return a.manifest.files.filter((f) => f.name.startsWith(DOCUMENTS_PREFIX));
}

export function backupKind(a: OpenedArchive): BackupKind {
  return a.manifest.kind;
}

/**
 * Streams one entry into `to` (a new file), checking its sha256 against the manifest. `to` is fsynced;
 * on any failure it is the caller's to remove.
 */
export function extractEntry(path: string, label: string, a: OpenedArchive, file: WrittenEntry, to: string): void {
  const entry = a.entries.get(file.name)!;
  const fd = openSync(to, 'wx');
  let got: WrittenEntry;
  try {
    got = readZipEntry(path, entry, (chunk) => {
      let done = 0;
      while (done < chunk.length) done += writeSync(fd, chunk, done, chunk.length - done);
    });
    fsyncSync(fd);
  } catch (error) {
    if (error instanceof ZipFormatError) throw notABackup(label, `bị hỏng: phần "${file.name}" không đọc được`);
    throw writeError(error, to, 'write');
  } finally {
    closeSync(fd);
  }
  if (got.sha256 !== file.sha256 || got.bytes !== file.bytes) {
    throw notABackup(label, `bị hỏng: phần "${file.name}" không còn như lúc sao lưu (mã kiểm tra sha256 khác)`);
  }
}

/** Reads every entry of an archive just written and compares it with its manifest. */
export function checkArchive(path: string, label: string): OpenedArchive {
  const a = openArchive(path, label);
  for (const file of a.manifest.files) {
    let got: WrittenEntry;
    try {
      got = readZipEntry(path, a.entries.get(file.name)!);
    } catch {
      throw notABackup(label, `bị hỏng: phần "${file.name}" không đọc được`);
    }
    if (got.sha256 !== file.sha256) throw notABackup(label, `bị hỏng: phần "${file.name}" không khớp mã kiểm tra`);
  }
  return a;
}
