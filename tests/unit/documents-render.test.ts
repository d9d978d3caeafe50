// The documents as a reader sees them: LibreOffice (its own profile, so parallel runs never share one)
// turns each .docx into a PDF; poppler reads back the page count, page sizes, the header lines, the
// number and the date on one baseline, the figures sentence, page numbers from page 2; page 1 of each
// is saved as a PNG under test-output/documents/ for a look by eye against DOMAIN.md §1.2.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildBaoCao } from '../../core/documents/builders/bao-cao.ts';
import { buildCongVanDonDoc } from '../../core/documents/builders/cong-van-don-doc.ts';
import { buildGiayMoi } from '../../core/documents/builders/giay-moi.ts';
import { buildKeHoach } from '../../core/documents/builders/ke-hoach.ts';
import { sampleData, sampleFrame, samplePlanLibrary } from '../fixtures/documents-sample.ts';
import { figuresSentence } from '../../core/documents/wording.ts';
import { ROOT } from './helpers.ts';

const OUT = join(ROOT, 'test-output', 'documents');
const hasTools = ['/usr/bin/soffice', '/usr/bin/pdfinfo', '/usr/bin/pdftotext', '/usr/bin/pdftoppm'].every(existsSync);

const data = sampleData();
const frame = sampleFrame();
const docs = {
  'ke-hoach': () => buildKeHoach({ frame, campaign: data.campaign, groups: data.groups, unitCount: 254, ...samplePlanLibrary() }),
  'bao-cao': () =>
    buildBaoCao({
      frame: { ...frame, number: { number: 45, symbol: 'BC-UBND' }, date: '2021-04-14' },
      stage: 'so_ket',
      campaign: data.campaign,
      stats: data.stats,
      works: data.works,
      // Every list, so that the four landscape appendices are laid out.
      appendices: { completed: true, outstanding: 'all' },
    }),
  'cong-van-don-doc': () =>
    buildCongVanDonDoc({
      frame: { ...frame, number: { number: 7, symbol: 'UBND-NV' }, date: '2021-04-13', recipients: ['Như trên'] },
      campaign: data.campaign,
      stats: data.stats,
      pending: data.pending,
      deadline: '2021-04-15',
    }),
  'giay-moi': () =>
    buildGiayMoi({
      frame: { ...frame, number: { number: 3, symbol: 'GM-UBND' }, date: '2021-04-13', recipients: ['Như thành phần mời'] },
      stage: 'so_ket',
      campaign: data.campaign,
      meeting: {
        date: '2021-04-16',
        time: '08:00',
        place: 'Hội trường Ủy ban nhân dân thành phố Thủ Đức',
        chair: 'Đồng chí Nguyễn Kỳ Phùng - Phó Chủ tịch Ủy ban nhân dân thành phố',
        participants: ['Thủ trưởng các cơ quan, đơn vị', 'Chủ tịch Ủy ban nhân dân 34 phường'],
      },
    }),
} as const;
type Name = keyof typeof docs;

const run = (cmd: string, args: string[]) => execFileSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
const pdf = (name: Name) => join(OUT, `${name}.pdf`);

/** Page sizes in points, in order: portrait pages are 595 × 842, landscape 842 × 595. */
function pageSizes(name: Name): { w: number; h: number }[] {
  const pages = Number(/Pages:\s+(\d+)/u.exec(run('pdfinfo', [pdf(name)]))![1]);
  const info = run('pdfinfo', ['-f', '1', '-l', String(pages), pdf(name)]);
  return [...info.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/gu)].map((m) => ({ w: Number(m[1]), h: Number(m[2]) }));
}

const pageText = (name: Name, page: number, layout = false) =>
  run('pdftotext', [...(layout ? ['-layout'] : []), '-f', String(page), '-l', String(page), pdf(name), '-']);

const flat = (text: string) => text.replace(/\s+/gu, ' ').trim();

interface Word {
  text: string;
  xMin: number;
  yMax: number;
}
function words(name: Name, page: number): Word[] {
  const html = run('pdftotext', ['-bbox', '-f', String(page), '-l', String(page), pdf(name), '-']);
  return [...html.matchAll(/<word xMin="([\d.]+)" yMin="[\d.]+" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<\/word>/gu)].map((m) => ({
    xMin: Number(m[1]),
    yMax: Number(m[2]),
    text: m[3],
  }));
}

describe.skipIf(!hasTools)('rendered by LibreOffice', () => {
  beforeAll(async () => {
    rmSync(OUT, { recursive: true, force: true });
    mkdirSync(OUT, { recursive: true });
    for (const [name, build] of Object.entries(docs)) writeFileSync(join(OUT, `${name}.docx`), await build());
    const profile = join(tmpdir(), `tdkt-lo-${process.pid}-${Date.now()}`);
    try {
      run('soffice', [
        `-env:UserInstallation=file://${profile}`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        OUT,
        ...Object.keys(docs).map((n) => join(OUT, `${n}.docx`)),
      ]);
    } finally {
      rmSync(profile, { recursive: true, force: true });
    }
    for (const name of Object.keys(docs)) {
      run('pdftoppm', ['-r', '80', '-f', '1', '-l', '1', '-singlefile', '-png', pdf(name as Name), join(OUT, `${name}-trang-1`)]);
    }
  }, 120_000);

  it('converts every document and saves page 1 as a PNG', () => {
    for (const name of Object.keys(docs)) {
      expect(existsSync(pdf(name as Name))).toBe(true);
      expect(existsSync(join(OUT, `${name}-trang-1.png`))).toBe(true);
    }
  });

  it('lays out A4 portrait bodies and landscape appendices as expected', () => {
    const portrait = (s: { w: number; h: number }) => Math.round(s.w) === 595 && Math.round(s.h) === 842;
    const landscape = (s: { w: number; h: number }) => Math.round(s.w) === 842 && Math.round(s.h) === 595;

    const gm = pageSizes('giay-moi');
    expect(gm).toHaveLength(1);
    expect(portrait(gm[0])).toBe(true);

    // Kế hoạch: the body on portrait pages, then the two one-page forms in landscape. The body holds
    // the căn cứ, 29 groups listed, section III's forms and standards and one khoản per office in IV:
    // five pages, as the district plans it stands for.
    const kh = pageSizes('ke-hoach');
    expect(kh.slice(-2).every(landscape)).toBe(true);
    expect(kh.slice(0, -2).every(portrait)).toBe(true);
    expect(kh.length).toBeGreaterThanOrEqual(4);
    expect(kh.length).toBeLessThanOrEqual(7);

    // Báo cáo: portrait body, then four landscape appendices (29 groups, 136 units, 136 and 567 works).
    const bc = pageSizes('bao-cao');
    const firstLandscape = bc.findIndex(landscape);
    expect(firstLandscape).toBeGreaterThanOrEqual(2);
    expect(firstLandscape).toBeLessThanOrEqual(5);
    expect(bc.slice(0, firstLandscape).every(portrait)).toBe(true);
    expect(bc.slice(firstLandscape).every(landscape)).toBe(true);
    expect(bc.length - firstLandscape).toBeGreaterThanOrEqual(4 + 1 + 3 + 15);

    // Công văn: a portrait letter and its portrait list of 136 units.
    const cv = pageSizes('cong-van-don-doc');
    expect(cv.every(portrait)).toBe(true);
    expect(cv.length).toBeGreaterThan(5);
  });

  it.each(Object.keys(docs) as Name[])('%s: the header reads as the decree draws it', (name) => {
    const text = pageText(name, 1);
    for (const line of ['ỦY BAN NHÂN DÂN', 'THÀNH PHỐ THỦ ĐỨC', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc']) {
      expect(text).toContain(line);
    }
    // "Số: …" and the place-date line on one baseline, the number on the left of the date.
    const ws = words(name, 1);
    const so = ws.find((w) => w.text === 'Số:')!;
    const place = ws.find((w) => w.text === 'Thủ' && w.xMin > so.xMin)!;
    expect(Math.abs(so.yMax - place.yMax)).toBeLessThan(0.5);
    // The Quốc hiệu sits to the right of the issuer, on the first line.
    const cong = ws.find((w) => w.text === 'CỘNG')!;
    const uy = ws.find((w) => w.text === 'ỦY')!;
    expect(Math.abs(cong.yMax - uy.yMax)).toBeLessThan(0.5);
    expect(cong.xMin).toBeGreaterThan(uy.xMin);
  });

  it('shows each number and date line', () => {
    const expected: Record<Name, [string, string]> = {
      'ke-hoach': ['Số: 19/KH-UBND', 'Thủ Đức, ngày 12 tháng 3 năm 2021'],
      'bao-cao': ['Số: 45/BC-UBND', 'Thủ Đức, ngày 14 tháng 4 năm 2021'],
      'cong-van-don-doc': ['Số: 07/UBND-NV', 'Thủ Đức, ngày 13 tháng 4 năm 2021'],
      'giay-moi': ['Số: 03/GM-UBND', 'Thủ Đức, ngày 13 tháng 4 năm 2021'],
    };
    for (const [name, [number, date]] of Object.entries(expected)) {
      const first = pageText(name as Name, 1, true);
      const line = first.split('\n').find((l) => l.includes(number));
      expect(line, name).toBeDefined();
      expect(line).toContain(date);
    }
  });

  it('prints the figures sentence of the báo cáo', () => {
    const text = flat([1, 2].map((p) => pageText('bao-cao', p)).join(' '));
    expect(text).toContain(flat(figuresSentence(data.stats, 'toàn thành phố')));
  });

  it('numbers pages from 2 at the top, and each appendix from its own 1', () => {
    const firstLine = (name: Name, page: number) =>
      pageText(name, page)
        .split('\n')
        .map((l) => l.trim())
        .find(Boolean);
    expect(firstLine('bao-cao', 1)).not.toMatch(/^\d+$/u);
    expect(firstLine('bao-cao', 2)).toBe('2');
    const sizes = pageSizes('bao-cao');
    const appendixStart = sizes.findIndex((s) => s.w > s.h) + 1;
    expect(firstLine('bao-cao', appendixStart)).toBe('Phụ lục I');
    expect(firstLine('bao-cao', appendixStart + 1)).toBe('2');
    expect(firstLine('giay-moi', 1)).not.toMatch(/^\d+$/u);
  });

  it('ends each body with "./." before Nơi nhận', () => {
    for (const name of Object.keys(docs) as Name[]) {
      const pages = pageSizes(name).length;
      const all = flat(Array.from({ length: pages }, (_, i) => pageText(name, i + 1)).join(' '));
      const end = all.indexOf('Nơi nhận:');
      expect(end, name).toBeGreaterThan(0);
      expect(all.slice(0, end).trimEnd().endsWith('./.'), name).toBe(true);
    }
  });
});
