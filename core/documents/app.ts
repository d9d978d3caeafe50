// The document handlers: sections to edit (the app's text, or the user's saved edits), a preview that
// is the very file, and generation into the register — numbered per (issuer, type, year), recorded with
// its hash, the file written whole into the data folder's "van-ban" folder. A regeneration keeps its
// number. A registered file is served only while it is byte for byte the one that was issued.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { DocumentKind, ReportStage } from '../../db/schema.ts';
import type { ParsedArgs } from '../api/contract.ts';
import { notFound, UserError } from '../api/envelope.ts';
import { documentLabel } from '../api/labels.ts';
import type { DocumentSection, IssuedDocument } from '../api/types.ts';
import { getCampaign, latestCampaignId } from '../campaigns/app.ts';
import type { Context } from '../context.ts';
import { dataSubfolder } from '../files/data-folder.ts';
import { stageFile } from '../files/write.ts';
import type { Handler } from '../router.ts';
import { searchCondition, searchText } from '../search.ts';
import { readAgency, readSettings } from '../settings/app.ts';
import { defaultAsOf } from '../stats/as-of.ts';
import { addDays, formatDateShort, todayIso } from '../text/dates.ts';
import { baoCaoSections, buildBaoCao } from './builders/bao-cao.ts';
import { buildCongVanDonDoc, congVanSections } from './builders/cong-van-don-doc.ts';
import { buildGiayMoi, giayMoiSections } from './builders/giay-moi.ts';
import { buildKeHoach, keHoachSections } from './builders/ke-hoach.ts';
import { campaignInfo, pendingUnits, requireAgency, statsAt, worksAt } from './data.ts';
import type { DocumentFrame } from './model.ts';
import {
  checkManualNumber,
  type DocType,
  docSymbol,
  formatDocNumber,
  parseDocNumber,
  registerType,
} from './numbering.ts';
import {
  getIssued,
  type IssuedRow,
  latestIssued,
  listIssued,
  nextInSequence,
  type RegisterKey,
  recordIssued,
  replaceSections,
  savedSections,
  usedNumbers,
} from './register.ts';
import { editedOnly, lines, resolveTexts, type SectionDef } from './sections.ts';

type Request = ParsedArgs<'documents.getSections'>;
type NumberedRequest = ParsedArgs<'documents.generate'>;

const DOC_TYPE: Record<DocumentKind, DocType> = {
  ke_hoach: 'ke_hoach',
  bao_cao: 'bao_cao',
  cong_van_don_doc: 'cong_van',
  giay_moi: 'giay_moi',
};

const SLUG: Record<DocumentKind, string> = {
  ke_hoach: 'ke-hoach',
  bao_cao: 'bao-cao',
  cong_van_don_doc: 'cong-van-don-doc',
  giay_moi: 'giay-moi',
};

const DEFAULT_RECIPIENTS: Record<DocumentKind, string[]> = {
  ke_hoach: ['Thường trực Hội đồng Thi đua - Khen thưởng', 'Các cơ quan, đơn vị tham gia phong trào thi đua'],
  bao_cao: ['Thường trực Hội đồng Thi đua - Khen thưởng', 'Các cơ quan, đơn vị'],
  cong_van_don_doc: ['Như trên', 'Thường trực Hội đồng Thi đua - Khen thưởng'],
  giay_moi: ['Như thành phần mời'],
};

/** Sections every document has besides its own: who receives it, and who drafted it ("Lưu: VT, NV."). */
function frameSections(kind: DocumentKind): SectionDef[] {
  return [
    { key: 'noiNhan', label: 'Nơi nhận (mỗi dòng một nơi; dòng "Lưu: VT, …" được thêm tự động)', text: DEFAULT_RECIPIENTS[kind].join('\n') },
    { key: 'donViSoanThao', label: 'Đơn vị soạn thảo (chữ viết tắt, ví dụ: NV)', text: 'NV' },
  ];
}

/** Keys an explicit meeting argument fills in, so that what the caller just passed wins over a saved edit. */
const MEETING_KEYS = { place: 'diaDiem', chair: 'chuTri', participants: 'thanhPhan', time: 'thoiGian', date: 'thoiGian' } as const;

interface Prepared {
  kind: DocumentKind;
  stage: ReportStage | null;
  campaignId: number;
  campaignPlan: { number: string; date: string | null };
  asOf: string | null;
  date: string;
  defs: SectionDef[];
  saved: Record<string, string>;
  edits: Record<string, string>;
  symbol: string;
  key: RegisterKey;
  summary: string;
  build(number: number | null): Promise<Buffer>;
}

async function prepare(ctx: Context, a: Request): Promise<Prepared> {
  const raw = ctx.conn.raw;
  const campaignId = a.campaignId ?? (await latestCampaignId(ctx));
  const { issuer, signer } = requireAgency(await readAgency(ctx));
  const detail = await getCampaign(ctx, campaignId);
  const campaign = campaignInfo(detail);
  const { percentMode, margins } = await readSettings(ctx);
  const today = todayIso(ctx.now());
  const asOf = a.asOf ?? defaultAsOf(ctx, campaignId, campaign.endDate);
  const reportLike = a.kind === 'bao_cao' || a.kind === 'giay_moi';
  const stage: ReportStage | null = reportLike ? (a.stage ?? (asOf >= campaign.endDate ? 'tong_ket' : 'so_ket')) : null;
  const date = a.date ?? (a.kind === 'ke_hoach' && campaign.planDate ? campaign.planDate : today);

  const saved = savedSections(raw, campaignId, a.kind);
  const edits: Record<string, string> = { ...saved };
  if (a.meeting) {
    for (const [field, key] of Object.entries(MEETING_KEYS)) {
      if (a.meeting[field as keyof typeof MEETING_KEYS] !== undefined) delete edits[key];
    }
  }
  Object.assign(edits, a.texts ?? {});

  const appDefs = frameSections(a.kind);
  const appTexts = resolveTexts(appDefs, edits);
  const draftingUnit = appTexts.donViSoanThao.trim();
  const docType = DOC_TYPE[a.kind];
  const symbol = docSymbol(docType, issuer.abbreviation, draftingUnit);
  const key: RegisterKey = { issuer: issuer.abbreviation.trim(), docType: registerType(docType), year: Number(date.slice(0, 4)) };
  const frame = (number: number | null): DocumentFrame => ({
    issuer,
    signer,
    number: { number, symbol },
    date,
    recipients: lines(appTexts.noiNhan),
    draftingUnit,
    margins,
  });
  const blank = frame(null);

  let defs: SectionDef[];
  let build: (number: number | null, texts: Record<string, string>) => Promise<Buffer>;
  let summaryKey = 'trichYeu';
  switch (a.kind) {
    case 'ke_hoach': {
      // Who takes part: every unit registered during the campaign, with its khối/cụm.
      const stats = statsAt(raw, campaignId, campaign.endDate, percentMode);
      const input = {
        campaign,
        groups: stats.byGroup.map((g) => ({ kind: g.kind, name: g.name, units: g.units })),
        unitCount: stats.units.registered,
      };
      defs = keHoachSections({ ...input, frame: blank });
      build = (n, texts) => buildKeHoach({ ...input, frame: frame(n), texts });
      break;
    }
    case 'bao_cao': {
      const stats = statsAt(raw, campaignId, asOf, percentMode);
      const input = { stage: stage!, campaign, stats, works: worksAt(raw, campaignId, asOf) };
      defs = baoCaoSections({ ...input, frame: blank });
      build = (n, texts) => buildBaoCao({ ...input, frame: frame(n), texts });
      break;
    }
    case 'cong_van_don_doc': {
      const stats = statsAt(raw, campaignId, asOf, percentMode);
      const input = {
        campaign,
        stats,
        pending: pendingUnits(stats, worksAt(raw, campaignId, asOf)),
        deadline: a.deadline ?? addDays(date, 3),
      };
      defs = congVanSections({ ...input, frame: blank });
      build = (n, texts) => buildCongVanDonDoc({ ...input, frame: frame(n), texts });
      summaryKey = 'vv';
      break;
    }
    case 'giay_moi': {
      const m = a.meeting ?? {};
      const milestone = campaign.milestones.find((x) => x.kind === stage)?.date;
      const meetingDate = m.date ?? milestone;
      if (!meetingDate) {
        throw new UserError(
          `Chưa có ngày hội nghị ${stage === 'tong_ket' ? 'tổng kết' : 'sơ kết'}. Thêm mốc "${stage === 'tong_ket' ? 'Tổng kết' : 'Sơ kết'}" cho đợt thi đua (Đợt thi đua → Mốc thời gian) hoặc nhập ngày họp.`,
          { fields: { 'meeting.date': 'Nhập ngày họp' } },
        );
      }
      const input = {
        stage: stage!,
        campaign,
        meeting: {
          date: meetingDate,
          time: m.time ?? '08:00',
          place: m.place ?? '',
          chair: m.chair ?? `Đồng chí ${signer.name} - ${signer.title} ${issuer.name}`,
          participants: m.participants ?? ['Thủ trưởng các cơ quan, đơn vị tham gia phong trào thi đua', 'Trưởng các khối, cụm thi đua'],
        },
      };
      defs = giayMoiSections({ ...input, frame: blank });
      build = (n, texts) => buildGiayMoi({ ...input, frame: frame(n), texts });
      break;
    }
  }
  const builderTexts = resolveTexts(defs, edits);
  return {
    kind: a.kind,
    stage,
    campaignId,
    campaignPlan: { number: campaign.planNumber, date: campaign.planDate },
    asOf: a.kind === 'ke_hoach' ? null : asOf,
    date,
    defs: [...defs, ...appDefs],
    saved,
    edits,
    symbol,
    key,
    summary: builderTexts[summaryKey],
    build: (n) => build(n, builderTexts),
  };
}

function sectionsOf(p: Prepared): DocumentSection[] {
  return p.defs.map((d) => {
    const text = p.edits[d.key] ?? d.text;
    return { key: d.key, label: d.label, text, defaultText: d.text, edited: text.trim() !== d.text.trim() };
  });
}

/** The number this request gets, without taking it: manual, blank, kept by a regeneration, the plan's, or the next. */
function chooseNumber(ctx: Context, p: Prepared, a: NumberedRequest): { number: number | null; replacing?: IssuedRow } {
  const raw = ctx.conn.raw;
  const existing = a.newNumber ? undefined : latestIssued(raw, p.campaignId, p.kind, p.stage, p.key.year);
  const replacing = existing && existing.issuer === p.key.issuer && existing.doc_type === p.key.docType ? existing : undefined;
  if (a.blankNumber) return { number: null, replacing };
  if (a.number !== undefined) {
    return { number: checkManualNumber(a.number, usedNumbers(raw, p.key, replacing?.id), p.symbol, p.key.year), replacing };
  }
  if (replacing?.number != null && replacing.symbol === p.symbol) return { number: replacing.number, replacing };
  if (p.kind === 'ke_hoach' && !replacing) {
    // A plan already numbered on the campaign keeps that number.
    const plan = parseDocNumber(p.campaignPlan.number);
    if (plan && plan.symbol === p.symbol && plan.number !== null && !usedNumbers(raw, p.key).has(plan.number)) {
      return { number: plan.number };
    }
  }
  return { number: nextInSequence(raw, p.key), replacing };
}

function fileNameOf(p: Prepared, number: number | null): string {
  const stage = p.stage ? `-${p.stage.replace('_', '-')}` : '';
  const no = number === null ? 'chua-so' : formatDocNumber({ number, symbol: p.symbol }).replace(/\//gu, '-');
  return `${SLUG[p.kind]}${stage}_${no}_${p.date}.docx`;
}

function folder(ctx: Context): string {
  const dir = dataSubfolder(ctx.dataDir, 'documents');
  mkdirSync(dir, { recursive: true });
  return dir;
}

function toIssued(ctx: Context, r: IssuedRow): IssuedDocument {
  return {
    id: r.id,
    campaignId: r.campaign_id,
    kind: r.kind,
    stage: r.stage,
    number: r.number,
    symbol: r.symbol,
    numberText: formatDocNumber({ number: r.number, symbol: r.symbol }),
    date: r.doc_date,
    asOf: r.as_of,
    summary: r.summary,
    fileName: r.file_name,
    path: join(dataSubfolder(ctx.dataDir, 'documents'), r.file_name),
    fileHash: r.file_hash,
    bytes: r.bytes,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

const getSections: Handler<'documents.getSections'> = async (ctx, a) => sectionsOf(await prepare(ctx, a));

const saveSections: Handler<'documents.saveSections'> = async (ctx, a) => {
  const p = await prepare(ctx, a);
  const known = new Set(p.defs.map((d) => d.key));
  const unknown = Object.keys(a.texts).filter((k) => !known.has(k));
  if (unknown.length) throw new UserError(`Văn bản này không có mục "${unknown.join('", "')}".`);
  replaceSections(ctx.conn.raw, p.campaignId, p.kind, editedOnly(p.defs, { ...p.saved, ...a.texts }), ctx.now().toISOString());
  return sectionsOf(await prepare(ctx, { ...a, texts: undefined }));
};

const preview: Handler<'documents.preview'> = async (ctx, a) => {
  const p = await prepare(ctx, a);
  const { number } = chooseNumber(ctx, p, a);
  const buf = await p.build(number);
  return {
    fileName: fileNameOf(p, number),
    numberText: formatDocNumber({ number, symbol: p.symbol }),
    contentBase64: buf.toString('base64'),
  };
};

const generate: Handler<'documents.generate'> = async (ctx, a) => {
  const raw = ctx.conn.raw;
  const p = await prepare(ctx, a);
  const { number, replacing } = chooseNumber(ctx, p, a);
  const buf = await p.build(number);
  const fileName = fileNameOf(p, number);
  const dir = folder(ctx);
  const target = join(dir, fileName);
  const at = ctx.now().toISOString();
  const numberText = formatDocNumber({ number, symbol: p.symbol });
  // The file is complete and fsynced before the register is touched; it takes its name as the last step
  // of the transaction, so a failed write rolls the number and the row back, and a failed transaction
  // leaves no file.
  const staged = stageFile(target, buf);
  let id: number;
  try {
    id = raw.transaction(() => {
      const newId = recordIssued(
        raw,
        {
          campaignId: p.campaignId,
          kind: p.kind,
          stage: p.stage,
          key: p.key,
          number,
          symbol: p.symbol,
          date: p.date,
          asOf: p.asOf,
          summary: p.summary,
          fileName,
          fileHash: createHash('sha256').update(buf).digest('hex'),
          bytes: buf.length,
          search: searchText(numberText, documentLabel(p.kind, p.stage), p.summary, formatDateShort(p.date)),
          at,
        },
        replacing,
      );
      // The plan a campaign cites is this kế hoạch once it has a number.
      if (p.kind === 'ke_hoach' && number !== null && !p.campaignPlan.number.trim()) {
        raw.prepare('UPDATE campaigns SET plan_number = ?, plan_date = ?, updated_at = ? WHERE id = ?').run(numberText, p.date, at, p.campaignId);
      }
      staged.commit();
      return newId;
    })();
  } finally {
    staged.discard();
  }
  if (replacing && replacing.file_name !== fileName) {
    try {
      rmSync(join(dir, replacing.file_name), { force: true });
    } catch {
      // Word may still hold the old file on Windows: the new one is registered, the old one stays as an
      // unregistered leftover rather than failing a generation that succeeded.
    }
  }
  return { ...toIssued(ctx, getIssued(raw, id)!), numberText, contentBase64: buf.toString('base64') };
};

const list: Handler<'documents.list'> = (ctx, a) =>
  listIssued(ctx.conn.raw, { campaignId: a.campaignId, search: searchCondition(a.query) }).map((r) => toIssued(ctx, r));

/**
 * The bytes of a registered file, refused unless they are the ones issued: a file edited or replaced by
 * hand, or one left by another database, must not go out under this register's number.
 */
function issuedBytes(doc: IssuedDocument): Buffer {
  let bytes: Buffer | null = null;
  try {
    bytes = readFileSync(doc.path);
  } catch {
    bytes = null;
  }
  if (bytes === null || createHash('sha256').update(bytes).digest('hex') !== doc.fileHash) {
    throw new UserError(
      `Tệp "${doc.fileName}" đã bị thay đổi hoặc không còn như khi ban hành văn bản số ${doc.numberText} ngày ${formatDateShort(doc.date)}` +
        `${bytes === null ? ' (không tìm thấy tệp trong thư mục dữ liệu)' : ''}. Không mở tệp này: hãy tạo lại văn bản hoặc khôi phục thư mục văn bản từ một bản sao lưu.`,
      { code: 'conflict' },
    );
  }
  return bytes;
}

const get: Handler<'documents.get'> = (ctx, a) => {
  const row = getIssued(ctx.conn.raw, a.id);
  if (!row) throw notFound(`văn bản có mã số ${a.id}`);
  const doc = toIssued(ctx, row);
  return { ...doc, contentBase64: issuedBytes(doc).toString('base64') };
};

export const documentHandlers = {
  'documents.getSections': getSections,
  'documents.saveSections': saveSections,
  'documents.preview': preview,
  'documents.generate': generate,
  'documents.list': list,
  'documents.get': get,
};
