// A packet's bytes from its data and the sender's facts. The output is a function of its input: keys in
// a fixed order, every entry stamped with the same time (built from local parts, because zip stores
// local time and the PC's time zone must not change the bytes), deflated by Node's zlib at one level.
// So the same data gives the same data.json and the same sha256 in the manifest on every export.
import { createHash } from 'node:crypto';
import { Zip } from 'fflate';
import { ZlibDeflate } from '../../files/zip.ts';
import { DATA_ENTRY, MANIFEST_ENTRY, type Manifest, type PacketData } from './format.ts';

const ENTRY_TIME = new Date(2020, 0, 1, 0, 0, 0);
// Level 3: 6,25 MB of JSON for 10,000 works deflates in ≈ 35 ms to 0,79 MB; level 6 takes ≈ 80 ms for 0,64 MB.
const LEVEL = 3;

/** data.json's text, its lists always in the same order whatever built the object. */
export function dataJson(data: PacketData): string {
  const ordered = {
    ...(data.campaign ? { campaign: data.campaign } : {}),
    groups: data.groups,
    units: data.units,
    registrations: data.registrations,
    works: data.works,
    reports: data.reports,
    ...(data.proposals ? { people: data.people ?? [], proposals: data.proposals } : {}),
  };
  return JSON.stringify(ordered);
}

function zipEntries(entries: { name: string; data: Uint8Array }[]): Uint8Array {
  const chunks: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((error, chunk) => {
    if (error) failure = error;
    else chunks.push(chunk);
  });
  for (const e of entries) {
    const entry = new ZlibDeflate(e.name, LEVEL);
    entry.mtime = ENTRY_TIME;
    zip.add(entry);
    entry.push(e.data, true);
  }
  zip.end();
  if (failure) throw failure;
  return Buffer.concat(chunks);
}

export type ManifestHead = Omit<Manifest, 'files'>;

/** A file carried beside data.json (a proposal's paper, under attachments/). */
export interface PacketFile {
  path: string;
  bytes: Uint8Array;
}

const fileEntry = (path: string, bytes: Uint8Array) => ({ path, sha256: createHash('sha256').update(bytes).digest('hex'), bytes: bytes.length });

/**
 * The packet: manifest.json first (a reader lists it before anything else), then data.json, then the
 * attachments in the order of their paths, each listed in the manifest with its sha256.
 */
export function writePacket(head: ManifestHead, data: PacketData, files: readonly PacketFile[] = []): { bytes: Uint8Array; manifest: Manifest } {
  const dataBytes = Buffer.from(dataJson(data), 'utf8');
  const attached = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const manifest: Manifest = { ...head, files: [fileEntry(DATA_ENTRY, dataBytes), ...attached.map((f) => fileEntry(f.path, f.bytes))] };
  const manifestBytes = Buffer.from(JSON.stringify(manifest, null, 2), 'utf8');
  return {
    bytes: zipEntries([
      { name: MANIFEST_ENTRY, data: manifestBytes },
      { name: DATA_ENTRY, data: dataBytes },
      ...attached.map((f) => ({ name: f.path, data: f.bytes })),
    ]),
    manifest,
  };
}
