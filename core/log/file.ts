// Where the log lines land: <data folder>/nhat-ky/tdkt.log, rotated by size into tdkt.log.1 … .4.
// Every line is written synchronously before the call returns, so the line that explains a crash or
// a process.exit() right after it is on disk (rotating-file-stream writes through fs/promises and
// loses it: a line logged just before process.exit(1) never reached its file), and no worker thread
// is involved, which esbuild's and electron-vite's bundles would break. A failing disk never stops
// the app: the line is dropped, the work goes on.
import { closeSync, fstatSync, mkdirSync, openSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { join } from 'node:path';

export const LOG_FILE_NAME = 'tdkt.log';

export interface Rotation {
  /** A file is rotated before a line would take it past this size. */
  maxBytes: number;
  /** Files kept, the current one included. */
  files: number;
}

export const DEFAULT_ROTATION: Rotation = { maxBytes: 5 * 1024 * 1024, files: 5 };

/** tdkt.log, tdkt.log.1, … newest first. */
export function logFileNames(rotation: Rotation = DEFAULT_ROTATION): string[] {
  return Array.from({ length: rotation.files }, (_, i) => (i === 0 ? LOG_FILE_NAME : `${LOG_FILE_NAME}.${i}`));
}

export class RotatingLogFile {
  private fd: number | null = null;
  private readonly path: string;
  readonly dir: string;
  readonly rotation: Rotation;

  constructor(dir: string, rotation: Rotation = DEFAULT_ROTATION) {
    this.dir = dir;
    this.rotation = rotation;
    this.path = join(dir, LOG_FILE_NAME);
  }

  /** pino's destination: one JSON line at a time. */
  write(line: string): void {
    const bytes = Buffer.from(line);
    try {
      let fd = this.fd ?? this.open();
      // The size on disk, not a count of our own lines: the CLI beside the app writes here too.
      const size = fstatSync(fd).size;
      if (size > 0 && size + bytes.length > this.rotation.maxBytes) fd = this.rotate();
      writeSync(fd, bytes);
    } catch {
      // Disk full, folder gone, file locked: this line is lost; the next one tries a fresh open.
      this.close();
    }
  }

  close(): void {
    if (this.fd === null) return;
    try {
      closeSync(this.fd);
    } catch {
      // Already gone with its disk: nothing left to release.
    }
    this.fd = null;
  }

  private open(): number {
    mkdirSync(this.dir, { recursive: true });
    this.fd = openSync(this.path, 'a');
    return this.fd;
  }

  private rotate(): number {
    // Another process on the same database (the CLI beside the app) may have rotated already: then
    // the name holds its fresh file, and that one is written on instead.
    const named = statSync(this.path, { throwIfNoEntry: false });
    const ours = this.fd !== null && named !== undefined && named.ino === fstatSync(this.fd).ino;
    this.close();
    if (!ours && named && named.size < this.rotation.maxBytes) return this.open();
    const names = logFileNames(this.rotation).map((n) => join(this.dir, n));
    rmSync(names[names.length - 1], { force: true });
    for (let i = names.length - 1; i > 0; i--) {
      try {
        renameSync(names[i - 1], names[i]);
      } catch (error) {
        if ((error as { code?: string }).code !== 'ENOENT') throw error;
      }
    }
    return this.open();
  }
}
