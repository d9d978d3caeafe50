// The .docx container written as a stream: every part is deflated by Node's zlib, and one part (the
// body, word/document.xml) arrives as a sequence of XML pieces that is encoded and deflated batch by
// batch, so the text of a 100k-row appendix (≈ 150 MB) is never one string or one buffer. fflate's
// Zip lays out the archive with core/files/zip.ts's zlib entries; fflate's own JavaScript deflate is
// 2–3× slower than zlib on this XML.
import { Zip } from 'fflate';
import { ZlibDeflate } from '../files/zip.ts';

/** Text is encoded and deflated in batches of about this many UTF-16 units (≈ 1–2 MB of UTF-8). */
const BATCH_CHARS = 1 << 20;
const LEVEL = 6;

export interface StreamedPart {
  name: string;
  /** The part's text in order; pieces may be of any size. */
  pieces: Iterable<string>;
}

/**
 * Zips `parts` in their order; the part named `streamed.name` takes its content from the pieces
 * instead of from `parts`.
 */
export function zipStreamed(parts: Readonly<Record<string, Uint8Array>>, streamed: StreamedPart): Buffer {
  const out: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((error, chunk) => {
    if (error) failure ??= error;
    else out.push(chunk);
  });
  for (const [name, data] of Object.entries(parts)) {
    const entry = new ZlibDeflate(name, LEVEL);
    zip.add(entry);
    if (name !== streamed.name) {
      entry.push(data, true);
      continue;
    }
    let batch: string[] = [];
    let chars = 0;
    for (const piece of streamed.pieces) {
      batch.push(piece);
      chars += piece.length;
      if (chars >= BATCH_CHARS) {
        entry.push(Buffer.from(batch.join(''), 'utf8'), false);
        batch = [];
        chars = 0;
      }
    }
    entry.push(Buffer.from(batch.join(''), 'utf8'), true);
  }
  zip.end();
  if (failure) throw failure;
  return Buffer.concat(out);
}
