// Files appear whole or not at all. Bytes go to a temporary file in the target's own folder (a rename
// within one volume is atomic), the file is fsynced before the rename and the folder after it, so a
// power cut leaves the old file or the new one, never a torn one. On Windows a target that Word holds
// open refuses the rename for a moment (EBUSY/EPERM): that is retried briefly, then refused in
// Vietnamese naming the file. A failed write leaves no temporary file behind.
import * as nodeFs from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { UserError } from '../api/envelope.ts';

/** The part of node:fs the writer uses; tests pass one whose calls fail the way Windows or a full disk do. */
export type FileOps = Pick<typeof nodeFs, 'openSync' | 'writeSync' | 'fsyncSync' | 'closeSync' | 'renameSync' | 'rmSync'>;

export interface WriteOptions {
  fs?: FileOps;
  /** Rename attempts while the target is held open (Word on Windows). */
  attempts?: number;
  /** Pause between attempts, in ms. */
  waitMs?: number;
}

const TEMP_SUFFIX = '.tmp';
// SQLite may leave a -journal beside a temporary database copy that was cut short.
const TEMP_NAME = /^\..+\.(\d+)-\d+-\d+\.tmp(-journal|-wal|-shm)?$/u;
let sequence = 0;

/** A hidden name beside the target, carrying this process's id so a stray one can be told from a live one. */
export function tempPathFor(target: string): string {
  sequence += 1;
  return join(dirname(target), `.${basename(target)}.${process.pid}-${Date.now()}-${sequence}${TEMP_SUFFIX}`);
}

export function isTempName(name: string): boolean {
  return TEMP_NAME.test(name);
}

function processAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Removes temporary files that a killed run left in `dir` (those of a live process are kept). */
export function removeStrayTemps(dir: string): string[] {
  if (!nodeFs.existsSync(dir)) return [];
  const removed: string[] = [];
  for (const name of nodeFs.readdirSync(dir)) {
    const m = TEMP_NAME.exec(name);
    if (m && !processAlive(Number(m[1]))) {
      nodeFs.rmSync(join(dir, name), { force: true, recursive: true });
      removed.push(name);
    }
  }
  return removed;
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

function code(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException | undefined)?.code;
}

const HELD_OPEN = new Set(['EBUSY', 'EPERM']);

/** The Vietnamese sentence for a failed write of `target`; the original error stays as the cause (for the log). */
export function writeError(error: unknown, target: string, during: 'write' | 'replace'): UserError {
  const name = basename(target);
  const c = code(error);
  let message: string;
  if (c === 'ENOSPC' || c === 'SQLITE_FULL') {
    message = `Ổ đĩa đã đầy, không ghi được tệp "${name}". Hãy xóa bớt tệp không cần thiết hoặc chọn ổ đĩa khác rồi thử lại. Dữ liệu đang có không thay đổi.`;
  } else if (during === 'replace' && c !== undefined && HELD_OPEN.has(c)) {
    message = `Tệp "${name}" đang mở trong Word; hãy đóng tệp rồi thử lại.`;
  } else if (c === 'EACCES' || c === 'EPERM' || c === 'EROFS') {
    message = `Không có quyền ghi tệp "${name}" vào thư mục ${dirname(target)}. Hãy chọn thư mục khác hoặc kiểm tra quyền ghi.`;
  } else if (c === 'ENOENT') {
    message = `Không tìm thấy thư mục ${dirname(target)} để ghi tệp "${name}". Hãy kiểm tra ổ đĩa (USB) còn cắm và thư mục còn đó.`;
  } else if (c === 'EISDIR' || c === 'ENOTEMPTY' || c === 'EEXIST') {
    message = `Không ghi được tệp "${name}": đã có một thư mục cùng tên ở ${dirname(target)}. Hãy đổi tên hoặc chuyển thư mục đó đi rồi thử lại.`;
  } else {
    message = `Không ghi được tệp "${name}" vào thư mục ${dirname(target)}. Hãy kiểm tra ổ đĩa rồi thử lại.`;
  }
  return Object.assign(new UserError(message), { cause: error });
}

/** A complete, fsynced temporary file waiting to take the target's name. */
export interface StagedFile {
  readonly target: string;
  readonly temp: string;
  /** Renames the temporary file over the target (retrying while it is held open) and fsyncs the folder. */
  commit(): void;
  /** Removes the temporary file if it is still there; safe to call after commit. */
  discard(): void;
}

/** Writes a temporary file beside `target` chunk by chunk (`fill` calls `write`), and fsyncs it. */
export function stageFileWith(target: string, fill: (write: (chunk: Uint8Array) => void) => void, options: WriteOptions = {}): StagedFile {
  const fs = options.fs ?? nodeFs;
  const temp = tempPathFor(target);
  let fd: number | null = null;
  try {
    fd = fs.openSync(temp, 'wx');
    const out = fd;
    fill((chunk) => {
      let done = 0;
      while (done < chunk.length) done += fs.writeSync(out, chunk, done, chunk.length - done);
    });
    fs.fsyncSync(out);
    fs.closeSync(out);
    fd = null;
  } catch (error) {
    if (fd !== null) {
      try {
        fs.closeSync(fd);
      } catch {
        // Closing after a failed write can fail too; the file is removed below either way.
      }
    }
    fs.rmSync(temp, { force: true });
    throw error instanceof UserError ? error : writeError(error, target, 'write');
  }
  let committed = false;
  return {
    target,
    temp,
    commit() {
      renameWithRetry(fs, temp, target, options);
      committed = true;
      syncFolder(dirname(target));
    },
    discard() {
      if (!committed) fs.rmSync(temp, { force: true });
    },
  };
}

export function stageFile(target: string, data: Uint8Array, options: WriteOptions = {}): StagedFile {
  return stageFileWith(target, (write) => write(data), options);
}

/** Writes `data` to `target` whole or not at all; throws a Vietnamese UserError naming the file. */
export function writeFileAtomic(target: string, data: Uint8Array, options: WriteOptions = {}): void {
  const staged = stageFile(target, data, options);
  try {
    staged.commit();
  } finally {
    staged.discard();
  }
}

/** Renames `from` over `to`, retrying while Windows reports the target busy; a refusal is Vietnamese. */
export function renameWithRetry(fs: Pick<FileOps, 'renameSync'>, from: string, to: string, options: WriteOptions = {}): void {
  const attempts = options.attempts ?? 6;
  const waitMs = options.waitMs ?? 250;
  for (let attempt = 1; ; attempt++) {
    try {
      fs.renameSync(from, to);
      return;
    } catch (error) {
      const c = code(error);
      if (attempt < attempts && c !== undefined && HELD_OPEN.has(c)) {
        sleep(waitMs);
        continue;
      }
      throw writeError(error, to, 'replace');
    }
  }
}

/** Makes a rename durable. Windows cannot open a folder for fsync (and NTFS does not need it there). */
export function syncFolder(dir: string): void {
  if (process.platform === 'win32') return;
  let fd: number | null = null;
  try {
    fd = nodeFs.openSync(dir, 'r');
    nodeFs.fsyncSync(fd);
  } catch {
    // Some file systems (network shares, FAT on a USB stick) refuse fsync on a folder: the rename stands.
  } finally {
    if (fd !== null) nodeFs.closeSync(fd);
  }
}
