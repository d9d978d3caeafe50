// The app's log: pino's JSON lines (time, level, pid, message, and for errors the type, message, code
// and stack) into the database's own data folder, <data folder>/nhat-ky, rotated by size. Support reads
// them from the file "Xuất nhật ký" saves (logs.export).
import { join } from 'node:path';
import { type Logger, pino } from 'pino';
import { DATA_SUBFOLDERS } from '../files/data-folder.ts';
import { type Rotation, RotatingLogFile } from './file.ts';

export type { Logger };

export function logFolder(dataDir: string): string {
  return join(dataDir, DATA_SUBFOLDERS.logs);
}

export interface AppLog {
  log: Logger;
  /** Releases the open file (Windows keeps a folder with an open file from being deleted). */
  close(): void;
}

export function createLog(dataDir: string, rotation?: Rotation): AppLog {
  const file = new RotatingLogFile(logFolder(dataDir), rotation);
  const log = pino(
    {
      base: { pid: process.pid },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
    },
    file,
  );
  return { log, close: () => file.close() };
}
