// Restoring replaces the working data, so nothing is touched until the chosen file has proved itself:
// it is checked read-only (a .zip against its manifest, a bare .sqlite in full), the database is put
// into a scratch file beside the working one and checked again there, and the documents into a staging
// folder. Only then is the current data backed up, the connection checkpointed and closed, and the
// scratch file renamed over the working file. A refusal names the file in Vietnamese and changes nothing.
import { closeSync, copyFileSync, existsSync, mkdirSync, openSync, readSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { verifyDatabaseFile } from '../../db/verify.ts';
import { notFound, UserError } from '../api/envelope.ts';
import type { RestoreResult } from '../api/types.ts';
import type { Context } from '../context.ts';
import { dataSubfolder } from '../files/data-folder.ts';
import { renameWithRetry, syncFolder, writeError } from '../files/write.ts';
import * as nodeFs from 'node:fs';
import { DATABASE_ENTRY, DOCUMENTS_PREFIX, documentEntries, extractEntry, notABackup, type OpenedArchive, openArchive } from './archive.ts';
import { backupsFolder, createBackup } from './create.ts';

type FileKind = 'zip' | 'sqlite' | 'other';

function sniff(path: string): FileKind {
  const fd = openSync(path, 'r');
  try {
    const head = Buffer.alloc(16);
    const n = readSync(fd, head, 0, 16, 0);
    if (n >= 4 && head.readUInt32LE(0) === 0x04034b50) return 'zip';
    if (n === 16 && head.toString('latin1') === 'SQLite format 3\u0000') return 'sqlite';
    return 'other';
  } finally {
    closeSync(fd);
  }
}

/** The temporary files and folders of a restore of `dbPath`, named once for the restore and the tidy-up. */
function restorePaths(dbPath: string, dataDir: string) {
  return {
    scratch: `${dbPath}.khoi-phuc.tmp`,
    docsDir: dataSubfolder(dataDir, 'documents'),
    docsStage: join(dataDir, '.van-ban.khoi-phuc.tmp'),
    docsOld: join(dataDir, '.van-ban.truoc-khoi-phuc.tmp'),
  };
}

/**
 * Run on open: finishes a restore that was killed after the database was swapped but before the
 * documents folder was (the staged documents belong to the restored database), and removes what any
 * interrupted restore left. Before the swap the staged folder and the scratch file are simply dropped.
 */
export function tidyAfterRestore(dbPath: string, dataDir: string): void {
  const { scratch, docsDir, docsStage, docsOld } = restorePaths(dbPath, dataDir);
  if (existsSync(docsStage) && !existsSync(docsDir)) renameSync(docsStage, docsDir);
  for (const p of [scratch, `${scratch}-journal`, `${scratch}-wal`, `${scratch}-shm`, docsStage, docsOld]) rmSync(p, { force: true, recursive: true });
}

export function restoreBackup(ctx: Context, source: { name?: string; path?: string }): RestoreResult {
  const dbPath = ctx.conn.path;
  if (dbPath === ':memory:') throw new UserError('Cơ sở dữ liệu trong bộ nhớ không khôi phục được từ tệp.');
  const file = source.name !== undefined ? join(backupsFolder(ctx), source.name) : source.path!;
  const label = source.name ?? file;
  let isFile = false;
  try {
    isFile = statSync(file).isFile();
  } catch {
    isFile = false;
  }
  if (!isFile) throw notFound(`tệp sao lưu "${label}"`);
  if (statSync(file).size === 0) throw notABackup(label, 'rỗng (0 byte), không chứa dữ liệu TĐKT');

  const { scratch, docsDir, docsStage, docsOld } = restorePaths(dbPath, ctx.dataDir);
  tidyAfterRestore(dbPath, ctx.dataDir);

  let archive: OpenedArchive | null = null;
  try {
    const kind = sniff(file);
    if (kind === 'other') {
      throw notABackup(label, 'không phải bản sao lưu TĐKT (.zip) cũng không phải tệp dữ liệu TĐKT (.sqlite)');
    }
    if (kind === 'zip') {
      archive = openArchive(file, label);
      const db = archive.manifest.files.find((f) => f.name === DATABASE_ENTRY)!;
      extractEntry(file, label, archive, db, scratch);
      mkdirSync(docsStage);
      for (const doc of documentEntries(archive)) extractEntry(file, label, archive, doc, join(docsStage, doc.name.slice(DOCUMENTS_PREFIX.length)));
    } else {
      verifyDatabaseFile(file, { label, integrity: 'full' });
      try {
        copyFileSync(file, scratch, nodeFs.constants.COPYFILE_EXCL);
      } catch (error) {
        throw writeError(error, scratch, 'write');
      }
    }
    // The copy is what will be used: check it as well, not only the file it came from.
    verifyDatabaseFile(scratch, { label, integrity: 'full' });
  } catch (error) {
    for (const p of [scratch, docsStage]) rmSync(p, { force: true, recursive: true });
    throw error;
  }

  let safetyCopy: RestoreResult['safetyCopy'];
  try {
    safetyCopy = createBackup(ctx, { kind: 'safety' });
  } catch (error) {
    for (const p of [scratch, docsStage]) rmSync(p, { force: true, recursive: true });
    throw error;
  }

  // From here the working file is replaced. The checkpoint puts everything of the -wal into the file
  // (one process holds the database, so no other connection has writes there); what is left of -wal
  // and -shm afterwards must go, or SQLite would replay the old log onto the restored file.
  try {
    ctx.conn.raw.pragma('wal_checkpoint(TRUNCATE)');
    ctx.conn.close();
    for (const suffix of ['-wal', '-shm', '-journal']) rmSync(`${dbPath}${suffix}`, { force: true });
    renameWithRetry(nodeFs, scratch, dbPath);
    syncFolder(dirname(dbPath));
    if (archive) {
      if (existsSync(docsDir)) renameWithRetry(nodeFs, docsDir, docsOld);
      try {
        renameWithRetry(nodeFs, docsStage, docsDir);
      } catch (error) {
        if (existsSync(docsOld)) renameSync(docsOld, docsDir);
        throw error;
      }
      syncFolder(ctx.dataDir);
      // The documents that were there are in the safety copy.
      rmSync(docsOld, { force: true, recursive: true });
    }
  } finally {
    for (const p of [scratch, docsStage]) rmSync(p, { force: true, recursive: true });
    ctx.reopen();
  }
  return { restored: source.name ?? file, safetyCopy, documents: archive ? documentEntries(archive).length : null };
}
