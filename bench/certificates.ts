// Issue 9, Speed and memory: certificates through renderBatch (core/certificates/batch.ts), the function
// the jobs runner calls. 1,000 to a finished .docx ≤ 1,5× the floor measured in the same run — the
// same pages as hand-written WordprocessingML (every frame's properties fixed, each recipient's escaped
// text stamped in, no fit rule) zipped by the same fflate + zlib writer — and ≤ 60 MB above baseline;
// 5,000 ≤ 600 ms and ≤ 150 MB; 1,000 to PDF ≤ 1,5 s and ≤ 200 MB, printed beside the .docx figure.
// Memory is measured in a fresh process per figure (the way bench/peak-memory.ts does for router calls):
// the child builds the recipients, settles, notes its RSS high-water mark, renders, and reports the new one.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { strToU8 } from 'fflate';
import { type BatchInput, renderBatch } from '../core/certificates/batch.ts';
import { escapeXml, twips } from '../core/certificates/docx.ts';
import { findSerifFonts } from '../core/certificates/fonts.ts';
import { type CertificateRecipient, FIELD_KEYS, fieldText, templateSchema } from '../core/certificates/template.ts';
import { seededRandom } from '../core/demo/random.ts';
import { zipStreamed } from '../core/documents/docx-zip.ts';
import { upperVi } from '../core/text/upper.ts';
import { SEED_PHOI_TEMPLATE } from '../db/migrations/0015_certificate_templates.ts';
import { type BenchOptions, type BenchResult, check, defaultOptions, median, round, runStandalone, timeRuns, timeRunsWithCpu } from './lib.ts';

const NODE = join(import.meta.dirname, '../node_modules/.bin/node');
/** Floor/batch pairs timed for the ratio. */
const PAIRS = 9;
const WARMUPS = 2;

const HO = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý', 'Tôn Nữ', 'Đoàn', 'Trương', 'Lưu'];
const DEM = ['Văn', 'Thị', 'Hữu', 'Đức', 'Minh', 'Ngọc', 'Thanh', 'Quốc', 'Thị Ngọc', 'Hoàng', 'Xuân', 'Kim', 'Bảo', 'Gia', 'Phương', 'Thu', 'Đình', 'Công', 'Mỹ', 'Khánh'];
const TEN = ['An', 'Anh', 'Ánh', 'Bình', 'Chi', 'Cường', 'Dũng', 'Duyên', 'Đào', 'Đạt', 'Giang', 'Hà', 'Hải', 'Hạnh', 'Hiếu', 'Hòa', 'Hùng', 'Hương', 'Khoa', 'Lan', 'Linh', 'Long', 'Mai', 'Nam', 'Nga', 'Nhung', 'Phúc', 'Phượng', 'Quân', 'Quỳnh', 'Sơn', 'Tâm', 'Thảo', 'Thắng', 'Trang', 'Trung', 'Tú', 'Tuấn', 'Vân', 'Yến'];
const WARDS = ['Linh Trung', 'Linh Xuân', 'Hiệp Bình Chánh', 'Bình Thọ', 'Trường Thọ', 'Thảo Điền', 'An Phú', 'Phước Long B', 'Tăng Nhơn Phú A', 'Long Thạnh Mỹ'];
const POSITIONS = ['Chuyên viên', 'Cán bộ địa chính - xây dựng', 'Phó Chủ tịch Ủy ban nhân dân', 'Công chức văn phòng - thống kê', 'Tổ trưởng tổ dân phố'];
const ACHIEVEMENTS = [
  'Đã có thành tích xuất sắc trong đợt hoạt động cao điểm thi đua chào mừng 100 ngày thành lập thành phố Thủ Đức',
  'Đã có thành tích xuất sắc trong đợt hoạt động cao điểm thi đua chào mừng kỷ niệm 46 năm Ngày Giải phóng miền Nam, thống nhất đất nước (30/4/1975 - 30/4/2021) và 135 năm Ngày Quốc tế Lao động (01/5/1886 - 01/5/2021)',
  'Đã hoàn thành xuất sắc nhiệm vụ năm 2021',
];

/** One decision's recipients: names from common họ, tên đệm and tên, a ward each, three achievements. */
export function benchRecipients(n: number): CertificateRecipient[] {
  const rnd = seededRandom(9);
  return Array.from({ length: n }, (_, i) => {
    const collective = i % 10 === 9;
    const ward = rnd.pick(WARDS);
    return {
      issuer: 'Chủ tịch Ủy ban nhân dân thành phố Thủ Đức',
      recipientClass: collective ? 'Tập thể' : rnd.pick(['Ông', 'Bà']),
      name: collective ? `Ủy ban nhân dân phường ${ward}` : `${rnd.pick(HO)} ${rnd.pick(DEM)} ${rnd.pick(TEN)}`,
      positionUnit: collective ? 'Thành phố Thủ Đức' : `${rnd.pick(POSITIONS)} phường ${ward}`,
      achievement: ACHIEVEMENTS[i % 7 === 0 ? 1 : i % 3 === 0 ? 2 : 0],
      placeDate: 'Thủ Đức, ngày 12 tháng 5 năm 2021',
      signerTitle: 'KT. Chủ tịch\nPhó Chủ tịch',
      signerName: 'Nguyễn Kỳ Phùng',
      decisionNumber: '1234/QĐ-UBND',
      registryNumber: String(i + 1),
    };
  });
}

function batchInput(n: number, format: 'pdf' | 'docx'): BatchInput {
  return {
    template: templateSchema.parse(SEED_PHOI_TEMPLATE),
    calibration: { printer: 'Canon LBP 2900', tray: 'Khay tay', offsetXMm: 1.5, offsetYMm: -2, scale: 1 },
    recipients: benchRecipients(n),
    format,
    fonts: findSerifFonts(),
    baseName: 'giay-khen',
    now: new Date('2021-05-12T03:00:00Z'),
  };
}

/**
 * The floor: each page's frames as fixed strings written once, the recipient's escaped text (one line
 * a field, no measuring, no fit) stamped in, the body zipped by the same writer as the real one.
 */
export function floorDocx(recipients: readonly CertificateRecipient[]): Buffer {
  const t = templateSchema.parse(SEED_PHOI_TEMPLATE);
  const fonts = '<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman" w:eastAsia="Times New Roman"/>';
  const frames = FIELD_KEYS.map((key) => {
    const f = t.fields[key];
    const b = f.box;
    const jc = f.anchor === 'centre' ? 'center' : f.anchor;
    return {
      key,
      open: `<w:p><w:pPr><w:framePr w:w="${twips(b.width)}" w:h="${twips(b.height)}" w:hRule="exact" w:hAnchor="page" w:vAnchor="page" w:x="${twips(b.x + 1.5)}" w:y="${twips(b.y - 2)}" w:wrap="around"/><w:spacing w:before="0" w:after="0" w:line="${Math.round(f.sizePt * 23)}" w:lineRule="exact"/><w:jc w:val="${jc}"/></w:pPr><w:r><w:rPr>${fonts}${f.bold ? '<w:b/>' : ''}${f.italic ? '<w:i/>' : ''}<w:sz w:val="${f.sizePt * 2}"/></w:rPr><w:t xml:space="preserve">`,
    };
  });
  const close = '</w:t></w:r></w:p>';
  const pageBreak = '<w:p><w:r><w:br w:type="page"/></w:r></w:p>';
  function* body(): Generator<string> {
    yield '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>';
    for (const [i, r] of recipients.entries()) {
      let xml = i ? pageBreak : '';
      for (const f of frames) {
        const s = fieldText(f.key, t.fields[f.key], r);
        if (s) xml += `${f.open}${escapeXml(t.fields[f.key].upper ? upperVi(s) : s)}${close}`;
      }
      yield xml;
    }
    yield '<w:sectPr><w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/><w:pgMar w:top="0" w:right="0" w:bottom="0" w:left="0" w:header="0" w:footer="0" w:gutter="0"/></w:sectPr></w:body></w:document>';
  }
  const parts = {
    '[Content_Types].xml': strToU8('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'),
    '_rels/.rels': strToU8('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'),
    'word/document.xml': new Uint8Array(0),
  };
  return zipStreamed(parts, { name: 'word/document.xml', pieces: body() });
}

interface Peak {
  baselineMb: number;
  peakMb: number;
  ms: number;
}

const mb = () => process.resourceUsage().maxRSS / 1024;

function measureInChild(n: number, format: 'pdf' | 'docx'): Peak {
  const out = execFileSync(NODE, ['--expose-gc', import.meta.filename, '--child', String(n), format], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  return JSON.parse(out) as Peak;
}

const never = new AbortController().signal;

// A full collection between timed runs, without asking for --expose-gc on the command line (bench/run.ts
// starts this file as it is): the flag is set at run time and V8's gc() fetched from a fresh context.
setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as () => void;

export async function benchCertificates(options: BenchOptions = defaultOptions): Promise<BenchResult[]> {
  const r1000 = benchRecipients(1000);
  check(floorDocx(r1000).length > 10_000, 'floor .docx is empty');
  const input1000 = batchInput(1000, 'docx');
  // Floor and batch alternate run by run, so both meet the same load from the other sessions on
  // this machine (a busy minute otherwise lands on one of them and decides the ratio).
  const floorTimes: number[] = [];
  const docxTimes: number[] = [];
  const floorCpu: number[] = [];
  const docxCpu: number[] = [];
  for (let i = 0; i < WARMUPS + PAIRS; i++) {
    // Each run starts from a collected heap: otherwise one side pays for collecting the other's garbage.
    collect();
    const f = await timeRunsWithCpu(1, 0, () => floorDocx(r1000));
    collect();
    const d = await timeRunsWithCpu(1, 0, () => renderBatch(input1000, () => {}, never));
    if (i >= WARMUPS) {
      floorTimes.push(f.wall[0]);
      docxTimes.push(d.wall[0]);
      floorCpu.push(f.cpu[0]);
      docxCpu.push(d.cpu[0]);
    }
  }
  const floor = median(floorTimes);
  const docx1000 = median(docxTimes);
  // CPU time barely waits for cores other sessions hold: the ratio a quiet machine would show.
  const cpuRatio = median(docxCpu) / median(floorCpu);
  const files = (await renderBatch(input1000, () => {}, never)).files;
  check(files.length === 1 && files[0].bytes.length > 10_000, '1,000 certificates make one .docx');
  options.log(`certificates: floor ${round(floor)} ms, renderBatch .docx ${round(docx1000)} ms (${round(docx1000 / floor, 2)}×; CPU ${round(cpuRatio, 2)}×)`);
  const input5000 = batchInput(5000, 'docx');
  const docx5000 = median(await timeRuns(3, WARMUPS, () => renderBatch(input5000, () => {}, never)));
  const inputPdf = batchInput(1000, 'pdf');
  const pdf1000 = median(await timeRuns(3, WARMUPS, () => renderBatch(inputPdf, () => {}, never)));
  options.log(`certificates: 5,000 .docx ${round(docx5000)} ms, 1,000 PDF ${round(pdf1000)} ms`);

  const mem = (n: number, format: 'pdf' | 'docx') => {
    const m = measureInChild(n, format);
    return round(m.peakMb - m.baselineMb);
  };
  const memDocx1000 = mem(1000, 'docx');
  const memDocx5000 = mem(5000, 'docx');
  const memPdf1000 = mem(1000, 'pdf');
  const target = round(1.5 * floor);
  return [
    { name: 'certificates 1,000 to .docx (renderBatch)', median: round(docx1000), unit: 'ms', target, note: `floor ${round(floor)} ms, ${round(docx1000 / floor, 2)}× (target 1,5×); CPU ${round(median(docxCpu))} vs ${round(median(floorCpu))} ms, ${round(cpuRatio, 2)}×; PDF ${round(pdf1000)} ms` },
    { name: 'certificates 1,000 to .docx, memory above baseline', median: memDocx1000, unit: 'MB', target: 60 },
    { name: 'certificates 5,000 to .docx (5 files)', median: round(docx5000), unit: 'ms', target: 600 },
    { name: 'certificates 5,000 to .docx, memory above baseline', median: memDocx5000, unit: 'MB', target: 150 },
    { name: 'certificates 1,000 to PDF (renderBatch)', median: round(pdf1000), unit: 'ms', target: 1500, note: `.docx ${round(docx1000)} ms` },
    { name: 'certificates 1,000 to PDF, memory above baseline', median: memPdf1000, unit: 'MB', target: 200 },
  ];
}

if (import.meta.main) {
  if (process.argv[2] === '--child') {
    const n = Number(process.argv[3]);
    const input = batchInput(n, process.argv[4] as 'pdf' | 'docx');
    globalThis.gc?.();
    const baselineMb = mb();
    const t0 = performance.now();
    const r = await renderBatch(input, () => {}, never);
    const ms = performance.now() - t0;
    const peakMb = mb();
    check(r.files.length === Math.ceil(n / 1000), 'files of at most 1,000 pages');
    process.stdout.write(JSON.stringify({ baselineMb, peakMb, ms } satisfies Peak));
  } else {
    await runStandalone(benchCertificates);
  }
}
