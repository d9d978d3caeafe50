// renderBatch as the jobs runner will call it: no database, files of at most `pagesPerFile` pages with
// part numbers, progress up to (total, total), a cancel honoured between pages with nothing returned, and
// a batch with a blocking problem refused before any page is drawn.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { type BatchInput, renderBatch } from '../../../../core/certificates/batch.ts';
import { findSerifFonts } from '../../../../core/certificates/fonts.ts';
import { NO_CALIBRATION } from '../../../../core/certificates/template.ts';
import { tempDir } from '../../helpers.ts';
import { pdfInfo, phoiTemplate, RECIPIENTS } from './fixtures.ts';

const many = Array.from({ length: 60 }, (_, i) => ({ ...RECIPIENTS[i % RECIPIENTS.length], registryNumber: String(i + 1) }));
const input = (over: Partial<BatchInput> = {}): BatchInput => ({
  template: phoiTemplate(),
  calibration: NO_CALIBRATION,
  recipients: many,
  format: 'pdf',
  fonts: findSerifFonts(),
  baseName: 'giay-khen-qd-1234',
  now: new Date('2021-05-12T03:00:00Z'),
  ...over,
});

describe('renderBatch', () => {
  it('splits a batch into files of at most pagesPerFile pages and reports progress to the end', async () => {
    const seen: [number, number][] = [];
    const r = await renderBatch(input({ pagesPerFile: 25 }), (d, t) => seen.push([d, t]), new AbortController().signal);
    expect(r.files.map((f) => f.name)).toEqual(['giay-khen-qd-1234-phan-1.pdf', 'giay-khen-qd-1234-phan-2.pdf', 'giay-khen-qd-1234-phan-3.pdf']);
    const dir = tempDir();
    const pages = r.files.map((f) => {
      writeFileSync(join(dir, f.name), f.bytes);
      return pdfInfo(join(dir, f.name)).pages;
    });
    expect(pages).toEqual([25, 25, 10]);
    expect(seen.at(-1)).toEqual([60, 60]);
    expect(seen.every(([, t]) => t === 60)).toBe(true);
    expect(r.warnings).toEqual([]);
  });

  it('writes one .docx when the batch fits one file, a page per recipient', async () => {
    const r = await renderBatch(input({ format: 'docx' }), () => {}, new AbortController().signal);
    expect(r.files.map((f) => f.name)).toEqual(['giay-khen-qd-1234.docx']);
    const xml = strFromU8(unzipSync(r.files[0].bytes)['word/document.xml']);
    expect(xml.split('<w:br w:type="page"/>')).toHaveLength(60);
  });

  it('stops when cancelled, returning nothing', async () => {
    const ctl = new AbortController();
    const seen: number[] = [];
    const run = renderBatch(input(), (d) => {
      seen.push(d);
      if (d >= 25) ctl.abort();
    }, ctl.signal);
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
    expect(seen).toEqual([25]);
    const before = new AbortController();
    before.abort();
    await expect(renderBatch(input(), () => {}, before.signal)).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('refuses a batch with blocking problems before drawing anything, listing them', async () => {
    const bad = [...many];
    bad[6] = { ...bad[6], name: '' };
    const progress: number[] = [];
    await expect(renderBatch(input({ recipients: bad }), (d) => progress.push(d), new AbortController().signal)).rejects.toThrow(
      'Chưa in được: 1 lỗi cần sửa trước.\n- Giấy khen thứ 7 (chưa có tên), ô "Họ và tên": chưa có nội dung.',
    );
    expect(progress).toEqual([]);
    await expect(renderBatch(input({ recipients: [] }), () => {}, new AbortController().signal)).rejects.toThrow('Chưa chọn người hoặc tập thể nào để in giấy khen.');
  });
});
