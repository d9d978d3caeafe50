// Shared by the certificate tests: the seeded templates as the app reads them, the OS faces, recipients
// with real Vietnamese names (some long enough for the fit rule), and readers for the files written —
// pdftotext's word boxes in millimetres, pdfinfo's page size and count.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { findSerifFonts, type LoadedFonts, loadFonts } from '../../../../core/certificates/fonts.ts';
import { type CertificateRecipient, type CertificateTemplate, templateSchema } from '../../../../core/certificates/template.ts';
import { SEED_FULL_TEMPLATE, SEED_PHOI_TEMPLATE } from '../../../../db/migrations/0015_certificate_templates.ts';

export const fullTemplate = (): CertificateTemplate => templateSchema.parse(structuredClone(SEED_FULL_TEMPLATE));
export const phoiTemplate = (): CertificateTemplate => templateSchema.parse(structuredClone(SEED_PHOI_TEMPLATE));

let fonts: LoadedFonts | null = null;
export function osFonts(): LoadedFonts {
  fonts ??= loadFonts(findSerifFonts());
  return fonts;
}

const COMMON = {
  issuer: 'Chủ tịch Ủy ban nhân dân thành phố Thủ Đức',
  placeDate: 'Thủ Đức, ngày 12 tháng 5 năm 2021',
  signerTitle: 'KT. Chủ tịch\nPhó Chủ tịch',
  signerName: 'Hoàng Tùng',
  decisionNumber: '1234/QĐ-UBND',
  achievement: 'Đã có thành tích xuất sắc trong đợt hoạt động cao điểm thi đua chào mừng 100 ngày thành lập thành phố Thủ Đức',
};

export const RECIPIENTS: CertificateRecipient[] = [
  { ...COMMON, recipientClass: 'Bà', name: 'Nguyễn Thị Ngọc Ánh', positionUnit: 'Chuyên viên Phòng Nội vụ', registryNumber: '1' },
  { ...COMMON, recipientClass: 'Ông', name: 'Đỗ Văn Út', positionUnit: 'Tổ trưởng tổ dân phố 5, phường Linh Trung', registryNumber: '2' },
  {
    ...COMMON,
    recipientClass: 'Tập thể',
    name: 'Ban Chỉ huy Quân sự phường Hiệp Bình Chánh',
    positionUnit: 'Phường Hiệp Bình Chánh',
    registryNumber: '3',
    achievement:
      'Đã có thành tích xuất sắc trong đợt hoạt động cao điểm thi đua chào mừng kỷ niệm 46 năm Ngày Giải phóng miền Nam, thống nhất đất nước (30/4/1975 - 30/4/2021), 135 năm Ngày Quốc tế Lao động (01/5/1886 - 01/5/2021) và bầu cử đại biểu Quốc hội khóa XV, đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2021 - 2026',
  },
  { ...COMMON, recipientClass: 'Bà', name: 'Tôn Nữ Thị Hoàng Phương Quỳnh', positionUnit: 'Phó Trưởng phòng Phòng Văn hóa - Thông tin', registryNumber: '4' },
];

const PT_MM = 25.4 / 72;

export interface PdfWord {
  page: number;
  text: string;
  /** Millimetres from the page's top-left corner. */
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

const xmlText = (s: string) => s.replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&quot;', '"').replaceAll('&amp;', '&');

/** Every word pdftotext finds, with its box in mm. */
export function pdfWords(pdf: Uint8Array, dir: string): PdfWord[] {
  const path = join(dir, `words-${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(path, pdf);
  const html = execFileSync('pdftotext', ['-bbox', path, '-'], { encoding: 'utf8', maxBuffer: 64 << 20 });
  const words: PdfWord[] = [];
  let page = 0;
  for (const m of html.matchAll(/<page [^>]*>|<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/gu)) {
    if (m[0].startsWith('<page')) {
      page += 1;
      continue;
    }
    words.push({ page, text: xmlText(m[5]), xMin: Number(m[1]) * PT_MM, yMin: Number(m[2]) * PT_MM, xMax: Number(m[3]) * PT_MM, yMax: Number(m[4]) * PT_MM });
  }
  return words;
}

/** The run of consecutive words on `page` that spells `line`, as one box. */
export function findLine(words: readonly PdfWord[], page: number, line: string) {
  const want = line.split(' ');
  const on = words.filter((w) => w.page === page);
  for (let i = 0; i + want.length <= on.length; i++) {
    if (want.every((w, j) => on[i + j].text === w)) {
      const run = on.slice(i, i + want.length);
      return { xMin: run[0].xMin, xMax: run.at(-1)!.xMax, yMin: Math.min(...run.map((w) => w.yMin)), yMax: Math.max(...run.map((w) => w.yMax)) };
    }
  }
  throw new Error(`"${line}" not found on page ${page}: ${on.map((w) => w.text).join(' ')}`);
}

export function pdfInfo(path: string): { pages: number; widthPt: number; heightPt: number } {
  const out = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
  const size = /Page size:\s+([\d.]+) x ([\d.]+) pts/u.exec(out);
  return { pages: Number(/Pages:\s+(\d+)/u.exec(out)?.[1]), widthPt: Number(size?.[1]), heightPt: Number(size?.[2]) };
}

/** .docx → PDF by LibreOffice with a profile of its own (two conversions sharing one lose files). */
export function libreOfficePdf(docx: string, outDir: string): string {
  execFileSync('soffice', [`-env:UserInstallation=file://${outDir}/lo-profile`, '--headless', '--convert-to', 'pdf', '--outdir', outDir, docx], { stdio: 'ignore', timeout: 120_000 });
  return join(outDir, docx.split('/').at(-1)!.replace(/\.docx$/u, '.pdf'));
}

/** First pages as PNGs at 50 dpi, for looking at. */
export function pngs(pdf: string, prefix: string, last = 2): void {
  execFileSync('pdftoppm', ['-png', '-r', '50', '-f', '1', '-l', String(last), pdf, prefix]);
}
