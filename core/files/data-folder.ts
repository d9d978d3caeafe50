// Every database has a folder of its own beside it for the files that belong to it (issued documents,
// backups, logs): two databases in one folder must never write or serve each other's files.
import { basename, dirname, join } from 'node:path';

/** "…/tdkt.sqlite" → "…/tdkt-du-lieu". */
export function dataFolderFor(dbPath: string): string {
  const stem = basename(dbPath).replace(/\.(sqlite3?|db)$/i, '');
  return join(dirname(dbPath), `${stem}-du-lieu`);
}

/** The sub-folders of a data folder, named once. */
export const DATA_SUBFOLDERS = {
  documents: 'van-ban',
  backups: 'sao-luu',
  logs: 'nhat-ky',
} as const;
