// The streaming zip writer and reader against fflate's own whole-buffer zip and unzip: entries larger
// than one read chunk, stored and deflated, survive both ways with their hashes; an archive cut short or
// with a damaged entry is reported, never read as if whole.
import { createHash, randomBytes } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { listZip, readZipEntry, stageZip, ZipFormatError } from '../../../../core/files/zip.ts';
import { tempDir } from '../../helpers.ts';

const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

describe('stageZip and the reader', () => {
  const dir = tempDir();
  const big = Buffer.concat([randomBytes(1 << 20), Buffer.alloc(3 << 20, 'TĐKT ')]);
  const bigPath = join(dir, 'lon.bin');
  writeFileSync(bigPath, big);
  const small = randomBytes(1000);

  it('writes entries fflate reads back, with the manifest built from what was written', () => {
    const target = join(dir, 'a.zip');
    const { staged, written } = stageZip(
      target,
      [
        { name: 'du-lieu.sqlite', from: { path: bigPath }, deflate: true },
        { name: 'van-ban/x.docx', from: { data: small }, deflate: false },
      ],
      (w) => ({ name: 'manifest.json', data: strToU8(JSON.stringify(w)) }),
    );
    staged.commit();
    expect(written).toEqual([
      { name: 'du-lieu.sqlite', sha256: sha256(big), bytes: big.length },
      { name: 'van-ban/x.docx', sha256: sha256(small), bytes: 1000 },
    ]);
    const all = unzipSync(readFileSync(target));
    expect(sha256(all['du-lieu.sqlite'])).toBe(sha256(big));
    expect(JSON.parse(Buffer.from(all['manifest.json']).toString())).toEqual(written);
    const entries = listZip(target);
    expect(entries.map((e) => [e.name, e.method])).toEqual([['du-lieu.sqlite', 8], ['van-ban/x.docx', 0], ['manifest.json', 8]]);
    const chunks: Uint8Array[] = [];
    expect(readZipEntry(target, entries[0], (c) => chunks.push(c)).sha256).toBe(sha256(big));
    expect(chunks.length).toBeGreaterThan(1);
    expect(readdirSync(dir).sort()).toEqual(['a.zip', 'lon.bin']);
  });

  it('reads an archive fflate wrote', () => {
    const p = join(dir, 'b.zip');
    writeFileSync(p, zipSync({ 'x.txt': strToU8('xin chào'), 'y.bin': [small, { level: 0 }] }));
    const [x, y] = listZip(p);
    const got: Uint8Array[] = [];
    readZipEntry(p, x, (c) => got.push(c));
    expect(Buffer.concat(got).toString()).toBe('xin chào');
    expect(readZipEntry(p, y).sha256).toBe(sha256(small));
  });

  it('reports an archive cut short and an entry whose bytes were damaged', () => {
    const whole = readFileSync(join(dir, 'a.zip'));
    const cut = join(dir, 'cut.zip');
    writeFileSync(cut, whole.subarray(0, whole.length - 10));
    expect(() => listZip(cut)).toThrow(ZipFormatError);
    const damaged = join(dir, 'damaged.zip');
    const bytes = Buffer.from(whole);
    for (let i = 2000; i < 2100; i++) bytes[i] ^= 0xff;
    writeFileSync(damaged, bytes);
    const entry = listZip(damaged)[0];
    let outcome: unknown;
    try {
      outcome = readZipEntry(damaged, entry).sha256;
    } catch (error) {
      outcome = error;
    }
    // fflate may inflate damaged bytes into other bytes: then the hash says so.
    expect(outcome instanceof ZipFormatError || outcome !== sha256(big)).toBe(true);
  });
});
