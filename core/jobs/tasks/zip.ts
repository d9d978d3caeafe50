// Packs a set of files made in memory into one .zip: a batch split into several files (certificates of
// more than 1.000 pages) or a set of documents is handed over as one archive. Deflated by Node's zlib
// entry by entry (core/files/zip.ts), which is the CPU work worth taking off the main thread.
import { Zip, ZipPassThrough } from 'fflate';
import { UserError } from '../../api/envelope.ts';
import { ZlibDeflate } from '../../files/zip.ts';
import { type JobTask, type MadeFile, type MadeFiles, throwIfCancelled } from '../task.ts';

export interface ZipInput {
  /** The archive's file name, e.g. "giay-khen-2021.zip". */
  archiveName: string;
  entries: MadeFile[];
  /** zlib level: 6 (the default) for documents; 0 stores entries that are compressed already. */
  level?: number;
}

// A name inside the archive is one plain file name: no folder, no "..", nothing Windows refuses.
const UNSAFE_NAME = /[/\\:*?"<>|\p{Cc}]|^\.+$|^$/u;

function checkNames(entries: readonly MadeFile[]): void {
  const seen = new Set<string>();
  entries.forEach((entry, i) => {
    if (UNSAFE_NAME.test(entry.name)) {
      throw new UserError(`Tệp thứ ${i + 1} có tên "${entry.name.slice(0, 80)}" không dùng được trong tệp nén: tên tệp không được chứa / \\ : * ? " < > |.`);
    }
    // Windows and Word do not tell "A.pdf" from "a.pdf": two of them would overwrite each other on extraction.
    const key = entry.name.normalize('NFC').toLowerCase();
    if (seen.has(key)) throw new UserError(`Tệp "${entry.name}" có hai lần trong tệp nén; mỗi tệp cần một tên riêng.`);
    seen.add(key);
  });
}

export const zipTask: JobTask<ZipInput, MadeFiles> = {
  run(input, progress, signal) {
    checkNames(input.entries);
    const level = input.level ?? 6;
    const chunks: Uint8Array[] = [];
    let failure: Error | null = null;
    const zip = new Zip((error, chunk) => {
      if (error) failure = error;
      else chunks.push(chunk);
    });
    const total = input.entries.length;
    progress(0, total);
    input.entries.forEach((entry, i) => {
      throwIfCancelled(signal);
      const file = level > 0 ? new ZlibDeflate(entry.name, level) : new ZipPassThrough(entry.name);
      zip.add(file);
      file.push(entry.bytes, true);
      if (failure) throw failure;
      progress(i + 1, total);
    });
    zip.end();
    if (failure) throw failure;
    const bytes = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
    let at = 0;
    for (const c of chunks) {
      bytes.set(c, at);
      at += c.length;
    }
    return { files: [{ name: input.archiveName, bytes }] };
  },
};
