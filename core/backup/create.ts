// Making a backup, all or nothing: the database is copied (VACUUM INTO, consistent while open) to a
// hidden temporary file and checked in full (db/verify.ts); it and the issued documents stream into a
// temporary .zip with a manifest of hashes; the .zip is fsynced, read back against the manifest, and
// only then renamed to its final name. A run that is killed or meets a full disk leaves at most hidden
// temporary files, which the next run removes; nothing half-written ever has a backup's name.
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readSync, rmSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { verifyDatabaseFile } from '../../db/verify.ts';
import { UserError } from '../api/envelope.ts';
import type { BackupEntry, BackupKind } from '../api/types.ts';
import type { Context } from '../context.ts';
import { dataSubfolder } from '../files/data-folder.ts';
import { isTempName, removeStrayTemps, tempPathFor, writeError } from '../files/write.ts';
import { stageZip, type ZipSource } from '../files/zip.ts';
import { BACKUP_FORMAT, checkArchive, DATABASE_ENTRY, DOCUMENTS_PREFIX, MANIFEST_ENTRY, manifestBytes, openArchive } from './archive.ts';

const NAME_PART: Record<BackupKind, string> = { manual: '', auto: '_tu-dong', safety: '_truoc-khoi-phuc' };

export function backupsFolder(ctx: Context): string {
  const dir = dataSubfolder(ctx.dataDir, 'backups');
  mkdirSync(dir, { recursive: true });
  return dir;
}

function databaseStem(ctx: Context): string {
  const stem = basename(ctx.conn.path).replace(/\.(sqlite3?|db)$/iu, '');
  return /^[\w.-]+$/u.test(stem) ? stem : 'tdkt';
}

/** A folder the user typed or picked: it must exist and be a folder. */
export function checkFolder(folder: string): string {
  let isDir = false;
  try {
    isDir = statSync(folder).isDirectory();
  } catch {
    isDir = false;
  }
  if (!isDir) {
    throw new UserError(`Không tìm thấy thư mục "${folder}". Hãy kiểm tra ổ đĩa (USB) đã cắm và đường dẫn đúng.`, {
      fields: { folder: 'Không tìm thấy thư mục' },
    });
  }
  return folder;
}

/** Regular files of the documents folder, without temporary ones. */
function documentFiles(ctx: Context): string[] {
  const dir = dataSubfolder(ctx.dataDir, 'documents');
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isFile() && !isTempName(d.name) && /^[\w][\w.-]*$/u.test(d.name))
    .map((d) => d.name)
    .sort();
}

export function createBackup(ctx: Context, options: { kind: BackupKind; folder?: string }): BackupEntry {
  const dir = options.folder ? checkFolder(options.folder) : backupsFolder(ctx);
  removeStrayTemps(dir);
  const now = ctx.now();
  const stamp = now.toISOString().replace(/[-:]/gu, '').replace('T', '-').slice(0, 15);
  const base = `${databaseStem(ctx)}${NAME_PART[options.kind]}_${stamp}`;
  let name = `${base}.zip`;
  for (let i = 2; existsSync(join(dir, name)); i++) name = `${base}-${i}.zip`;
  const target = join(dir, name);
  const copy = tempPathFor(join(dir, DATABASE_ENTRY));
  try {
    try {
      ctx.conn.raw.prepare('VACUUM INTO ?').run(copy);
    } catch (error) {
      throw writeError(error, target, 'write');
    }
    verifyDatabaseFile(copy, { label: name, integrity: 'full' });
    const docsDir = dataSubfolder(ctx.dataDir, 'documents');
    const sources: ZipSource[] = [
      { name: DATABASE_ENTRY, from: { path: copy }, deflate: true },
      ...documentFiles(ctx).map((f) => ({ name: `${DOCUMENTS_PREFIX}${f}`, from: { path: join(docsDir, f) }, deflate: false })),
    ];
    const schemaVersion = ctx.conn.raw.pragma('user_version', { simple: true }) as number;
    const { staged } = stageZip(target, sources, (files) => ({
      name: MANIFEST_ENTRY,
      data: manifestBytes({
        format: BACKUP_FORMAT,
        version: 1,
        kind: options.kind,
        createdAt: now.toISOString(),
        database: basename(ctx.conn.path),
        schemaVersion,
        files: [...files],
      }),
    }));
    try {
      checkArchive(staged.temp, name);
      staged.commit();
    } finally {
      staged.discard();
    }
  } finally {
    rmSync(copy, { force: true });
    rmSync(`${copy}-journal`, { force: true });
  }
  return describeBackup(dir, name)!;
}

/** The header's page size × page count equals the file's length (a cheap test for a cut-short copy). */
function sqliteLooksWhole(path: string, size: number): boolean {
  const head = Buffer.alloc(100);
  const fd = openSync(path, 'r');
  try {
    if (readSync(fd, head, 0, 100, 0) < 100) return false;
  } finally {
    closeSync(fd);
  }
  if (head.subarray(0, 16).toString('latin1') !== 'SQLite format 3\u0000') return false;
  const raw = head.readUInt16BE(16);
  const pageSize = raw === 1 ? 65536 : raw;
  // The page count at offset 28 is valid only when the "version-valid-for" number matches the change counter.
  if (head.readUInt32BE(92) !== head.readUInt32BE(24)) return false;
  return pageSize * head.readUInt32BE(28) === size;
}

/** The list entry of one file, or null when it is not a complete backup. */
export function describeBackup(dir: string, name: string): BackupEntry | null {
  const path = join(dir, name);
  if (isTempName(name)) return null;
  try {
    const s = statSync(path);
    if (!s.isFile()) return null;
    if (name.endsWith('.zip')) {
      const a = openArchive(path, name);
      const documents = a.manifest.files.filter((f) => f.name.startsWith(DOCUMENTS_PREFIX)).length;
      return { name, path, bytes: s.size, createdAt: a.manifest.createdAt, kind: a.manifest.kind, documents };
    }
    // A bare database copy kept by an older version: checked in full when it was carried here, and
    // its header must still account for every page (the old code's cut-short copies do not).
    if (name.endsWith('.sqlite') && sqliteLooksWhole(path, s.size)) return { name, path, bytes: s.size, createdAt: s.mtime.toISOString(), kind: 'manual', documents: null };
  } catch {
    return null;
  }
  return null;
}

/** Complete backups in the data folder, newest first; temporary files of killed runs are removed. */
export function listBackups(ctx: Context): BackupEntry[] {
  const dir = backupsFolder(ctx);
  removeStrayTemps(dir);
  return readdirSync(dir)
    .map((n) => describeBackup(dir, n))
    .filter((b): b is BackupEntry => b !== null)
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.name.localeCompare(a.name));
}
