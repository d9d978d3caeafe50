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
  exchange: 'trao-doi-du-lieu',
} as const;

/** Where one kind of file of a data folder lives. */
export function dataSubfolder(dataDir: string, which: keyof typeof DATA_SUBFOLDERS): string {
  return join(dataDir, DATA_SUBFOLDERS[which]);
}
