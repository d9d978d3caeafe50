// The streamed .docx container: a part fed as many small pieces (several deflate batches, multi-byte
// Vietnamese text cut at arbitrary places) must come back byte for byte, with the CRC and sizes the
// central directory declares, and the other parts untouched and in their order.
import { crc32 } from 'node:zlib';
import { strFromU8, strToU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { zipStreamed } from '../../../../core/documents/docx-zip.ts';

interface CentralEntry {
  name: string;
  crc: number;
  compressed: number;
  size: number;
  method: number;
}

/** The central directory as written (APPNOTE 4.3.12), read by hand so nothing is taken on trust. */
function centralDirectory(zip: Buffer): CentralEntry[] {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const out: CentralEntry[] = [];
  for (let i = 0; i < count; i++) {
    expect(zip.readUInt32LE(at)).toBe(0x02014b50);
    const nameLength = zip.readUInt16LE(at + 28);
    out.push({
      method: zip.readUInt16LE(at + 10),
      crc: zip.readUInt32LE(at + 16),
      compressed: zip.readUInt32LE(at + 20),
      size: zip.readUInt32LE(at + 24),
      name: zip.toString('utf8', at + 46, at + 46 + nameLength),
    });
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return out;
}

describe('zipStreamed', () => {
  it('writes a streamed part of several batches back byte for byte, with its CRC and size', () => {
    const row = (i: number) => `<w:tr><w:tc><w:p><w:r><w:t>${i}. Trồng cây xanh tại phường Linh Xuân, Đặng Thị Rành — “ưu tiên”</w:t></w:r></w:p></w:tc></w:tr>`;
    const pieces: string[] = ['<?xml version="1.0"?><w:document><w:body>'];
    for (let i = 0; i < 30_000; i++) pieces.push(row(i));
    pieces.push('</w:body></w:document>');
    // Pieces cut in the middle of characters' neighbours, of every size, including empty ones.
    const text = pieces.join('');
    const cut: string[] = [];
    for (let i = 0, n = 1; i < text.length; i += n, n = (n * 7 + 3) % 5000) cut.push(text.slice(i, i + n), '');
    expect(text.length).toBeGreaterThan(3 * (1 << 20));

    const parts = {
      '[Content_Types].xml': strToU8('<Types/>'),
      'word/document.xml': strToU8('placeholder, replaced by the stream'),
      'word/styles.xml': strToU8('<w:styles>Kiểu chữ</w:styles>'),
    };
    const zip = zipStreamed(parts, { name: 'word/document.xml', pieces: cut });

    const back = unzipSync(zip);
    expect(Object.keys(back)).toEqual(Object.keys(parts));
    expect(strFromU8(back['word/document.xml'])).toBe(text);
    expect(strFromU8(back['word/styles.xml'])).toBe('<w:styles>Kiểu chữ</w:styles>');

    const bytes = Buffer.from(text, 'utf8');
    const entries = centralDirectory(zip);
    const doc = entries.find((e) => e.name === 'word/document.xml')!;
    expect(doc).toMatchObject({ method: 8, size: bytes.length, crc: crc32(bytes) });
    // Deflated for real: the repetitive XML shrinks far below its size.
    expect(doc.compressed).toBeLessThan(bytes.length / 10);
    for (const e of entries.filter((x) => x.name !== 'word/document.xml')) {
      expect(e.crc, e.name).toBe(crc32(back[e.name]));
      expect(e.size, e.name).toBe(back[e.name].length);
    }
  });

  it('writes an empty streamed part', () => {
    const zip = zipStreamed({ 'a.xml': strToU8('x'), 'b.xml': strToU8('y') }, { name: 'b.xml', pieces: [] });
    const back = unzipSync(zip);
    expect(strFromU8(back['a.xml'])).toBe('x');
    expect(back['b.xml'].length).toBe(0);
  });
});
