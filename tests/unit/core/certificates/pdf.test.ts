// The PDF read back by poppler: the page is exactly the paper's size, one page per certificate, the
// faces embedded, nothing drawn for a hidden field, the Vietnamese text extractable as typed; and
// pdftotext's word boxes put every recipient's name inside its calibrated box (± 0,5 mm), centred
// names centred. A bundle built like the web host's (esbuild, pdfkit inlined, run from a folder with no
// pdfkit beside it) still makes a PDF: pdfkit never reads its data folder.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { createLayout } from '../../../../core/certificates/layout.ts';
import { createPdf } from '../../../../core/certificates/pdf.ts';
import { type Calibration, type CertificateTemplate, NO_CALIBRATION } from '../../../../core/certificates/template.ts';
import { ROOT, tempDir } from '../../helpers.ts';
import { findLine, fullTemplate, osFonts, pdfInfo, pdfWords, phoiTemplate, RECIPIENTS } from './fixtures.ts';

async function pdfOf(t: CertificateTemplate, c: Calibration = NO_CALIBRATION): Promise<Uint8Array> {
  const fonts = osFonts();
  const lay = createLayout(t, c, fonts.metrics);
  const pdf = createPdf(fonts, 'Kiểm thử');
  for (const r of RECIPIENTS) pdf.page(lay(r));
  return pdf.end();
}

describe('certificate PDF', () => {
  it('has pages of exactly the paper size, one per certificate, with the faces embedded', async () => {
    const dir = tempDir();
    const a4 = join(dir, 'a4.pdf');
    writeFileSync(a4, await pdfOf(phoiTemplate()));
    expect(pdfInfo(a4)).toEqual({ pages: RECIPIENTS.length, widthPt: 841.89, heightPt: 595.276 });
    const odd = { ...phoiTemplate(), paper: { widthMm: 300, heightMm: 215.5 } };
    const other = join(dir, 'odd.pdf');
    writeFileSync(other, await pdfOf(odd));
    const info = pdfInfo(other);
    expect(info.widthPt).toBeCloseTo((300 * 72) / 25.4, 2);
    expect(info.heightPt).toBeCloseTo((215.5 * 72) / 25.4, 2);
    const fonts = execFileSync('pdffonts', [a4], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
    expect(fonts.length).toBeGreaterThanOrEqual(3);
    for (const line of fonts) expect(line).toMatch(/LiberationSerif.*CID TrueType\s+Identity-H\s+yes yes yes/u);
  });

  it('puts every name inside its calibrated box (± 0,5 mm), centred on the box', async () => {
    const dir = tempDir();
    const cal = { printer: 'Canon LBP 2900', tray: 'Khay tay', offsetXMm: 1.5, offsetYMm: -2, scale: 1 };
    for (const [t, c] of [[phoiTemplate(), NO_CALIBRATION], [phoiTemplate(), cal], [fullTemplate(), cal]] as const) {
      const words = pdfWords(await pdfOf(t, c), dir);
      const b = t.fields.name.box;
      const box = { x: b.x + c.offsetXMm, y: b.y + c.offsetYMm, width: b.width, height: b.height };
      const lay = createLayout(t, c, osFonts().metrics);
      RECIPIENTS.forEach((r, i) => {
        // A long collective name is wrapped: each of its lines is checked.
        const lines = lay(r).texts.find((x) => x.key === 'name')!.lines.map((l) => l.text);
        expect(lines.join(' ')).toBe(r.name.toLocaleUpperCase('vi'));
        for (const text of lines) {
          const line = findLine(words, i + 1, text);
          expect(line.xMin).toBeGreaterThanOrEqual(box.x - 0.5);
          expect(line.xMax).toBeLessThanOrEqual(box.x + box.width + 0.5);
          expect(line.yMin).toBeGreaterThanOrEqual(box.y - 0.5);
          expect(line.yMax).toBeLessThanOrEqual(box.y + box.height + 0.5);
          expect(Math.abs((line.xMin + line.xMax) / 2 - (box.x + box.width / 2))).toBeLessThanOrEqual(0.5);
        }
      });
    }
  });

  it('draws nothing for a hidden field, and the design only on a full template', async () => {
    const dir = tempDir();
    const t = phoiTemplate();
    t.fields.registryNumber.shown = false;
    const phoi = pdfWords(await pdfOf(t), dir).map((w) => w.text);
    expect(phoi).not.toContain('sổ:');
    expect(phoi).not.toContain('KHEN');
    expect(phoi).toContain('1234/QĐ-UBND');
    const full = pdfWords(await pdfOf(fullTemplate()), dir).filter((w) => w.page === 1).map((w) => w.text).join(' ');
    expect(full).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc GIẤY KHEN');
    expect(full).toContain('Số sổ: 1');
    // A page drawn after another document used "Ệ" (a composite of E) keeps a right text layer.
    expect(full).toContain('PHÓ CHỦ TỊCH');
  });

  it('is made by a bundled build that has no pdfkit data folder to read', async () => {
    const dir = tempDir();
    const entry = join(dir, 'entry.ts');
    writeFileSync(
      entry,
      `import { writeFileSync } from 'node:fs';
import { renderTestPage } from ${JSON.stringify(join(ROOT, 'core/certificates/test-page.ts'))};
import { findSerifFonts, loadFonts } from ${JSON.stringify(join(ROOT, 'core/certificates/fonts.ts'))};
import { templateSchema } from ${JSON.stringify(join(ROOT, 'core/certificates/template.ts'))};
import { SEED_PHOI_TEMPLATE } from ${JSON.stringify(join(ROOT, 'db/migrations/0015_certificate_templates.ts'))};
const t = templateSchema.parse(SEED_PHOI_TEMPLATE);
writeFileSync(process.argv[2], await renderTestPage(t, { printer: 'HP', tray: '', offsetXMm: 0, offsetYMm: 0, scale: 1 }, loadFonts(findSerifFonts())));
`,
    );
    const bundle = join(dir, 'bundle.mjs');
    // The web host's settings (build/bundle-web-host.ts): one ES module for Node with Node's require.
    await build({
      entryPoints: [entry],
      outfile: bundle,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node24',
      banner: { js: "import { createRequire as __tdktCreateRequire } from 'node:module'; const require = __tdktCreateRequire(import.meta.url);" },
      logLevel: 'silent',
    });
    expect(readFileSync(bundle, 'utf8')).not.toMatch(/from ['"]pdfkit['"]/u);
    const out = join(dir, 'from-bundle.pdf');
    execFileSync(join(ROOT, 'node_modules/.bin/node'), [bundle, out], { cwd: dir, stdio: 'pipe' });
    expect(pdfInfo(out)).toMatchObject({ pages: 1, widthPt: 841.89 });
  });
});
