// Installs before the per-database data folder kept "van-ban" and "backups" straight beside the
// database (the desktop's user-data folder). On open their files are carried into the database's own
// folder, but only those that are provably its own and whole: a document only if the register knows it
// by name and sha256, a backup only if it verifies in full. Nothing is ever overwritten; whatever does
// not qualify stays where it was.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { verifyDatabaseFile } from '../../db/verify.ts';
import { dataSubfolder } from './data-folder.ts';
import { isTempName } from './write.ts';

/** Folder names of the old layout, beside the database file. */
export const LEGACY_FOLDERS = { documents: 'van-ban', backups: 'backups' } as const;

/** The only database the old layout's backups folder can have belonged to: the desktop's own file. */
const LEGACY_DATABASE_NAME = 'tdkt.sqlite';

export interface Carried {
  documents: string[];
  backups: string[];
}

function filesIn(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isFile() && !isTempName(d.name))
    .map((d) => d.name)
    .sort();
}

function moveInto(from: string, toDir: string, name: string): boolean {
  const to = join(toDir, name);
  if (existsSync(to)) return false;
  mkdirSync(toDir, { recursive: true });
  renameSync(from, to);
  return true;
}

function removeIfEmpty(dir: string): void {
  if (existsSync(dir) && readdirSync(dir).length === 0) rmdirSync(dir);
}

/**
 * `registered` maps each file name of this database's register to its sha256. Returns what was carried.
 */
export function carryLegacyFiles(dbPath: string, dataDir: string, registered: ReadonlyMap<string, string>): Carried {
  const carried: Carried = { documents: [], backups: [] };
  const oldDocs = join(dirname(dbPath), LEGACY_FOLDERS.documents);
  const newDocs = dataSubfolder(dataDir, 'documents');
  for (const name of filesIn(oldDocs)) {
    const from = join(oldDocs, name);
    const hash = registered.get(name);
    if (hash === undefined || createHash('sha256').update(readFileSync(from)).digest('hex') !== hash) continue;
    if (moveInto(from, newDocs, name)) carried.documents.push(name);
  }
  removeIfEmpty(oldDocs);

  if (basename(dbPath) !== LEGACY_DATABASE_NAME) return carried;
  const oldBackups = join(dirname(dbPath), LEGACY_FOLDERS.backups);
  const newBackups = dataSubfolder(dataDir, 'backups');
  for (const name of filesIn(oldBackups).filter((n) => n.endsWith('.sqlite'))) {
    const from = join(oldBackups, name);
    try {
      verifyDatabaseFile(from, { label: name, integrity: 'full' });
    } catch {
      // The old code wrote backups under their final name as it went: a cut-short one stays behind.
      continue;
    }
    if (moveInto(from, newBackups, name)) carried.backups.push(name);
  }
  removeIfEmpty(oldBackups);
  return carried;
}
