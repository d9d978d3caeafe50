// Zip archives written and read a chunk at a time, so a backup of a large database never sits whole in
// memory. Writing streams through fflate into a staged file (core/files/write.ts); reading goes by the
// central directory at the end of the file, which a cut-short archive does not have, and inflates one
// entry at a time. Each written entry's sha256 is computed on the way, for a manifest.
import { createHash } from 'node:crypto';
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { constants, deflateRawSync } from 'node:zlib';
import { Inflate, Zip, ZipPassThrough } from 'fflate';
import { type StagedFile, stageFileWith, type WriteOptions } from './write.ts';

const CHUNK = 1 << 20;

/**
 * DEFLATE by Node's zlib (C, several times faster than fflate's JavaScript deflate on a database copy
 * or a document's XML), one chunk at a time: each chunk is compressed on its own and ends with a sync
 * flush (byte-aligned, not final), the last with the final block, and such pieces concatenate into one
 * valid DEFLATE stream. fflate computes the CRC and sizes from the raw bytes pushed, as its docs ask of a
 * custom compressor. `level` 1 for backups (speed over size), 6 for documents (the size Word writes).
 */
export class ZlibDeflate extends ZipPassThrough {
  private readonly level: number;
  constructor(name: string, level = 1) {
    super(name);
    this.compression = 8;
    this.level = level;
  }
  protected override process(chunk: Uint8Array<ArrayBuffer>, final: boolean): void {
    const out = deflateRawSync(chunk, { level: this.level, finishFlush: final ? constants.Z_FINISH : constants.Z_SYNC_FLUSH });
    this.ondata(null, out, final);
  }
}

export interface ZipSource {
  name: string;
  /** A file to read in chunks, or bytes already in memory. */
  from: { path: string } | { data: Uint8Array };
  /** false for entries that are compressed already (.docx is a zip itself). */
  deflate: boolean;
}

export interface WrittenEntry {
  name: string;
  sha256: string;
  bytes: number;
}

function readChunks(path: string, each: (chunk: Uint8Array) => void): void {
  const fd = openSync(path, 'r');
  try {
    for (;;) {
      const buf = Buffer.allocUnsafe(CHUNK);
      const n = readSync(fd, buf, 0, CHUNK, null);
      if (n === 0) break;
      each(buf.subarray(0, n));
    }
  } finally {
    closeSync(fd);
  }
}

/**
 * Writes `sources` into a temporary file beside `target`, then the entry `last` builds from what was
 * written (a manifest of hashes). Nothing has the target's name until the caller commits.
 */
export function stageZip(
  target: string,
  sources: readonly ZipSource[],
  last: (written: readonly WrittenEntry[]) => { name: string; data: Uint8Array },
  options: WriteOptions = {},
): { staged: StagedFile; written: WrittenEntry[] } {
  const written: WrittenEntry[] = [];
  const staged = stageFileWith(
    target,
    (write) => {
      let failure: Error | null = null;
      const zip = new Zip((error, chunk) => {
        if (error) failure = error;
        else write(chunk);
      });
      const add = (name: string, deflate: boolean, feed: (push: (chunk: Uint8Array) => void) => void): WrittenEntry => {
        const entry = deflate ? new ZlibDeflate(name) : new ZipPassThrough(name);
        zip.add(entry);
        const hash = createHash('sha256');
        let bytes = 0;
        feed((chunk) => {
          hash.update(chunk);
          bytes += chunk.length;
          entry.push(chunk);
        });
        entry.push(new Uint8Array(0), true);
        if (failure) throw failure;
        return { name, sha256: hash.digest('hex'), bytes };
      };
      for (const s of sources) {
        const from = s.from;
        written.push(add(s.name, s.deflate, (push) => ('path' in from ? readChunks(from.path, push) : push(from.data))));
      }
      const tail = last(written);
      add(tail.name, true, (push) => push(tail.data));
      zip.end();
      if (failure) throw failure;
    },
    options,
  );
  return { staged, written };
}

export interface ZipEntryInfo {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

/** Why an archive cannot be read; the caller words it for the user. */
export class ZipFormatError extends Error {}

/** The entries of a complete archive, from its central directory; throws ZipFormatError otherwise. */
export function listZip(path: string): ZipEntryInfo[] {
  const fd = openSync(path, 'r');
  try {
    const size = fstatSync(fd).size;
    const tailLength = Math.min(size, 22 + 0xffff);
    const tail = Buffer.alloc(tailLength);
    readSync(fd, tail, 0, tailLength, size - tailLength);
    let eocd = -1;
    for (let i = tailLength - 22; i >= 0; i--) {
      if (tail.readUInt32LE(i) === 0x06054b50) {
        eocd = i;
        break;
      }
    }
    if (eocd < 0) throw new ZipFormatError('no end of central directory');
    const count = tail.readUInt16LE(eocd + 10);
    const cdSize = tail.readUInt32LE(eocd + 12);
    const cdOffset = tail.readUInt32LE(eocd + 16);
    if (cdOffset + cdSize > size) throw new ZipFormatError('central directory outside the file');
    const cd = Buffer.alloc(cdSize);
    readSync(fd, cd, 0, cdSize, cdOffset);
    const entries: ZipEntryInfo[] = [];
    let p = 0;
    for (let i = 0; i < count; i++) {
      if (p + 46 > cd.length || cd.readUInt32LE(p) !== 0x02014b50) throw new ZipFormatError('bad central directory entry');
      const nameLength = cd.readUInt16LE(p + 28);
      const entry = {
        method: cd.readUInt16LE(p + 10),
        compressedSize: cd.readUInt32LE(p + 20),
        size: cd.readUInt32LE(p + 24),
        localOffset: cd.readUInt32LE(p + 42),
        name: cd.subarray(p + 46, p + 46 + nameLength).toString('utf8'),
      };
      if (entry.localOffset + entry.compressedSize > cdOffset) throw new ZipFormatError('entry outside the file');
      entries.push(entry);
      p += 46 + nameLength + cd.readUInt16LE(p + 30) + cd.readUInt16LE(p + 32);
    }
    return entries;
  } finally {
    closeSync(fd);
  }
}

/** Streams one entry's uncompressed bytes to `sink`; returns their sha256 and length. */
export function readZipEntry(path: string, entry: ZipEntryInfo, sink: (chunk: Uint8Array) => void = () => {}): WrittenEntry {
  if (entry.method !== 0 && entry.method !== 8) throw new ZipFormatError(`unsupported method ${entry.method}`);
  const hash = createHash('sha256');
  let bytes = 0;
  let sinkFailed = false;
  const out = (chunk: Uint8Array) => {
    hash.update(chunk);
    bytes += chunk.length;
    try {
      sink(chunk);
    } catch (error) {
      sinkFailed = true;
      throw error;
    }
  };
  const fd = openSync(path, 'r');
  try {
    const local = Buffer.alloc(30);
    readSync(fd, local, 0, 30, entry.localOffset);
    if (local.readUInt32LE(0) !== 0x04034b50) throw new ZipFormatError('bad local header');
    let position = entry.localOffset + 30 + local.readUInt16LE(26) + local.readUInt16LE(28);
    let left = entry.compressedSize;
    const inflate = entry.method === 8 ? new Inflate((chunk) => out(chunk)) : null;
    while (left > 0) {
      const buf = Buffer.allocUnsafe(Math.min(CHUNK, left));
      const n = readSync(fd, buf, 0, buf.length, position);
      if (n === 0) throw new ZipFormatError('entry cut short');
      position += n;
      left -= n;
      const chunk = buf.subarray(0, n);
      if (inflate) inflate.push(chunk, left === 0);
      else out(chunk);
    }
    if (inflate && entry.compressedSize === 0) inflate.push(new Uint8Array(0), true);
  } catch (error) {
    // A failure of the sink (a full disk while extracting) is the sink's to report, not the archive's.
    if (error instanceof ZipFormatError || sinkFailed) throw error;
    // fflate throws plain errors for a corrupt deflate stream.
    throw new ZipFormatError(`corrupt entry: ${(error as Error).message}`);
  } finally {
    closeSync(fd);
  }
  if (bytes !== entry.size) throw new ZipFormatError('entry size differs from the directory');
  return { name: entry.name, sha256: hash.digest('hex'), bytes };
}
