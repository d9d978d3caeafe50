// The document handlers: sections to edit (the app's text, or the user's saved edits), a preview that
// is the very file, generation of a dự thảo into the register (number left blank, replaced in place as
// often as asked), and ban hành (NĐ 30 Điều 15: the number comes after signature): the draft is rebuilt
// from the request it was made from with the next number of its (issuer, type, year) register, or the
// văn thư's, and the date of issue, and is locked from then on. Every file is recorded with its hash and
// written whole into the data folder's "van-ban" folder, and served only while it is byte for byte the
// one recorded. This pipeline is the same for every kind: what a kind reads, says and builds is its
// module (core/documents/registry.ts), what it is called and numbered as is its row of kinds.ts.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { ReportStage } from '../../db/schema.ts';
import { methods } from '../api/contract.ts';
import { fieldError, notFound, UserError } from '../api/envelope.ts';
import { documentLabel } from '../api/labels.ts';
import type { DocumentSection, IssuedDocument } from '../api/types.ts';
import { readHolidays } from '../calendar/app.ts';
import { getCampaign, latestCampaignId } from '../campaigns/app.ts';
import type { Context } from '../context.ts';
import { dataSubfolder } from '../files/data-folder.ts';
import { stageFile } from '../files/write.ts';
import type { Handler } from '../router.ts';
import { searchCondition, searchText } from '../search.ts';
import { readSettings } from '../settings/app.ts';
import { defaultAsOf } from '../stats/as-of.ts';
import { formatDateShort, todayIso } from '../text/dates.ts';
import { campaignInfo } from './data.ts';
import { type DocumentDates, documentDates } from './dates.ts';
import { type Issuing, resolveIssuing } from './issuing.ts';
import {
  type AwardSubject,
  type DocumentRequest,
  isSubjectModule,
  type KindBody,
  type KindModule,
  type SubjectFacts,
  type SubjectKindModule,
} from './kind-module.ts';
import { type DocumentKind, isDocumentKind, kindInfo } from './kinds.ts';
import type { DocumentFrame } from './model.ts';
import { checkManualNumber, docSymbol, formatDocNumber, registerType } from './numbering.ts';
import {
  freeFileName,
  getIssued,
  type IssuedRow,
  latestOfKind,
  listIssued,
  markIssued,
  nextInSequence,
  type RegisterKey,
  type RegisterSubject,
  replaceSections,
  saveDraft,
  savedSections,
  usedNumbers,
} from './register.ts';
import { kindModule } from './registry.ts';
import { editedOnly, lines, resolveTexts, type SectionDef } from './sections.ts';

interface Prepared {
  kind: DocumentKind;
  module: KindModule;
  stage: ReportStage | null;
  /** The campaign the register lists it under: a campaign document's own, an award document's subject's. */
  campaignId: number | null;
  subject: RegisterSubject;
  /** An award document's subject as its module read it. */
  facts: SubjectFacts | null;
  asOf: string | null;
  date: string;
  defs: SectionDef[];
  saved: Record<string, string>;
  edits: Record<string, string>;
  symbol: string;
  key: RegisterKey;
  summary: string;
  warnings: string[];
  build(number: number | null): Promise<Buffer>;
}

/** The request field naming each award subject, and how a missing one is asked for. */
const SUBJECT_FIELDS = {
  proposal: { field: 'proposalId', what: 'đề nghị khen thưởng', cli: '--proposal' },
  meeting: { field: 'meetingId', what: 'cuộc họp Hội đồng', cli: '--meeting' },
  decision: { field: 'decisionId', what: 'quyết định khen thưởng', cli: '--decision' },
} as const satisfies Record<AwardSubject, { field: keyof DocumentRequest; what: string; cli: string }>;

function subjectOf(a: DocumentRequest, module: SubjectKindModule): RegisterSubject {
  const { field, what, cli } = SUBJECT_FIELDS[module.subject];
  const id = a[field];
  if (id === undefined) {
    throw new UserError(`${kindInfo(a.kind).label} được lập từ một ${what}: chọn ${what} (dòng lệnh: ${cli} ID).`, {
      fields: { [field]: `Chọn ${what}` },
    });
  }
  return { type: module.subject, id };
}

/** What every kind shares once its subject is known: who issues and signs, the number's key, the frame. */
async function prepared(
  ctx: Context,
  a: DocumentRequest,
  o: {
    module: KindModule;
    stage: ReportStage | null;
    campaignId: number | null;
    subject: RegisterSubject;
    facts: SubjectFacts | null;
    asOf: string | null;
    dates: DocumentDates;
    issuing: Issuing;
    load(edits: Record<string, string>, frame: DocumentFrame): KindBody;
  },
): Promise<Prepared> {
  const info = kindInfo(a.kind);
  const raw = ctx.conn.raw;
  const { issuer, signer } = o.issuing;
  const { margins } = await readSettings(ctx);
  const { date } = o.dates;
  const saved = savedSections(raw, o.subject, a.kind);
  const edits: Record<string, string> = { ...saved };
  for (const key of o.module.overriddenBy?.(a) ?? []) delete edits[key];
  Object.assign(edits, a.texts ?? {});

  const appDefs = o.issuing.frameSections(edits);
  const appTexts = resolveTexts(appDefs, edits);
  const draftingUnit = appTexts.donViSoanThao.trim();
  const symbol = docSymbol(info.docType, issuer.abbreviation, draftingUnit);
  const key: RegisterKey = { issuer: issuer.abbreviation.trim(), docType: registerType(info.docType), year: Number(date.slice(0, 4)) };
  const frame = (number: number | null): DocumentFrame => ({
    issuer,
    signer,
    number: { number, symbol },
    date,
    recipients: lines(appTexts.noiNhan),
    draftingUnit,
    margins,
  });

  const body = o.load(edits, frame(null));
  const builderTexts = resolveTexts(body.defs, edits);
  return {
    kind: a.kind,
    module: o.module,
    stage: o.stage,
    campaignId: o.campaignId,
    subject: o.subject,
    facts: o.facts,
    asOf: info.asOf ? o.asOf : null,
    date,
    defs: [...body.defs, ...appDefs],
    saved,
    edits,
    symbol,
    key,
    summary: builderTexts[o.module.summaryKey],
    warnings: o.dates.warnings,
    build: (n) => {
      o.issuing.recipients(appTexts.noiNhan, draftingUnit);
      return body.build(frame(n), builderTexts);
    },
  };
}

/** An award document: its subject read by its module, which may name the issuer, the signer and the date. */
async function prepareSubject(ctx: Context, a: DocumentRequest, module: SubjectKindModule): Promise<Prepared> {
  const raw = ctx.conn.raw;
  const subject = subjectOf(a, module);
  const facts = module.facts(raw, subject.id);
  if (facts.fixedDate && facts.date && a.date && a.date !== facts.date) {
    throw fieldError(
      'date',
      `${kindInfo(a.kind).label} mang ngày của chính nó (${formatDateShort(facts.date)}), không đề ngày ${formatDateShort(a.date)} được. Muốn đổi ngày, sửa ngày ở ${SUBJECT_FIELDS[module.subject].what} rồi tạo lại dự thảo.`,
    );
  }
  const resolved = await resolveIssuing(ctx, {
    kind: a.kind,
    issuerId: facts.issuerId === undefined ? a.issuerId : (facts.issuerId ?? undefined),
    signerId: facts.signerId === undefined ? a.signerId : (facts.signerId ?? undefined),
  });
  // Another body's document carries that body's name and ký hiệu, in the agency's locality.
  const issuing = facts.foreign ? { ...resolved, issuer: { ...facts.foreign, locality: resolved.issuer.locality } } : resolved;
  const dates = documentDates({
    kind: a.kind,
    stage: null,
    today: todayIso(ctx.now()),
    asOf: todayIso(ctx.now()),
    planDate: null,
    subjectDate: facts.date,
    milestones: [],
    holidays: readHolidays(raw),
    date: a.date,
  });
  return prepared(ctx, a, {
    module,
    stage: null,
    campaignId: facts.campaignId,
    subject,
    facts,
    asOf: null,
    dates,
    issuing,
    load: (edits, frame) => module.load({ ctx, request: a, subject, facts, issuing, dates, edits, frame }),
  });
}

async function prepare(ctx: Context, a: DocumentRequest): Promise<Prepared> {
  const module = kindModule(a.kind);
  if (isSubjectModule(module)) return prepareSubject(ctx, a, module);
  const raw = ctx.conn.raw;
  const campaignId = a.campaignId ?? (await latestCampaignId(ctx));
  const issuing = await resolveIssuing(ctx, a);
  const detail = await getCampaign(ctx, campaignId);
  const campaign = campaignInfo(detail);
  const { documentPercentMode } = await readSettings(ctx);
  const percentMode = a.percentMode ?? documentPercentMode;
  const today = todayIso(ctx.now());
  const asOf = a.asOf ?? defaultAsOf(ctx, campaignId, campaign.endDate);
  const stage = module.stage?.({ request: a, campaign, today, asOf }) ?? null;
  const dates = documentDates({
    kind: a.kind,
    stage,
    today,
    asOf,
    planDate: campaign.planDate,
    milestones: campaign.milestones,
    holidays: readHolidays(raw),
    date: a.date,
    deadline: a.deadline,
    meetingDate: a.meeting?.date,
  });
  return prepared(ctx, a, {
    module,
    stage,
    campaignId,
    subject: { type: 'campaign', id: campaignId },
    facts: null,
    asOf,
    dates,
    issuing,
    load: (edits, frame) => module.load({ ctx, request: a, campaignId, campaign, issuing, asOf, stage, percentMode, dates, edits, frame }),
  });
}

function sectionsOf(p: Prepared): DocumentSection[] {
  return p.defs.map((d) => {
    const text = p.edits[d.key] ?? d.text;
    return { key: d.key, label: d.label, text, defaultText: d.text, edited: text.trim() !== d.text.trim() };
  });
}

/** "bao-cao-so-ket_du-thao-v2_2021-04-14.docx" for a draft, "bao-cao-so-ket_01-BC-UBND_2021-04-14.docx" issued. */
function fileNameOf(p: Prepared, number: number | null, version = 1): string {
  const stage = p.stage ? `-${p.stage.replace('_', '-')}` : '';
  const no = number === null ? `du-thao${version > 1 ? `-v${version}` : ''}` : formatDocNumber({ number, symbol: p.symbol }).replace(/\//gu, '-');
  return `${kindInfo(p.kind).slug}${stage}_${no}_${p.date}.docx`;
}

function folder(ctx: Context): string {
  const dir = dataSubfolder(ctx.dataDir, 'documents');
  mkdirSync(dir, { recursive: true });
  return dir;
}

/**
 * The row's kind. The column takes any kind (migration 0011), so a file may hold one a newer version of
 * the app makes and this one does not: it is refused by name rather than handled as something else.
 */
function rowKind(row: IssuedRow): DocumentKind {
  if (isDocumentKind(row.kind)) return row.kind;
  throw new UserError(
    `Văn bản "${row.summary}" ngày ${formatDateShort(row.doc_date)} thuộc loại văn bản mà phiên bản phần mềm này chưa có. Hãy cập nhật phần mềm để mở văn bản này.`,
    { code: 'conflict' },
  );
}

function subjectOfRow(r: IssuedRow): IssuedDocument['subject'] {
  const type = r.subject_type;
  return (type === 'proposal' || type === 'meeting' || type === 'decision') && r.subject_id !== null ? { type, id: r.subject_id } : null;
}

function toIssued(ctx: Context, r: IssuedRow): IssuedDocument {
  return {
    id: r.id,
    campaignId: r.campaign_id,
    subject: subjectOfRow(r),
    kind: rowKind(r),
    stage: r.stage,
    status: r.status,
    version: r.version,
    supersedes: r.supersedes,
    issuedAt: r.issued_at,
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
  replaceSections(ctx.conn.raw, p.subject, p.kind, editedOnly(p.defs, { ...p.saved, ...a.texts }), ctx.now().toISOString());
  return sectionsOf(await prepare(ctx, { ...a, texts: undefined }));
};

const preview: Handler<'documents.preview'> = async (ctx, a) => {
  const p = await prepare(ctx, a);
  const buf = await p.build(null);
  return {
    fileName: fileNameOf(p, null),
    numberText: formatDocNumber({ number: null, symbol: p.symbol }),
    contentBase64: buf.toString('base64'),
    warnings: p.warnings,
  };
};

/**
 * The request a draft is rebuilt from at issue: what was asked, with the campaign, stage and as-of day
 * resolved and every section's text as the draft printed it, so that saved edits made afterwards (for
 * the next document) or a changed default do not slip into the document being issued.
 */
function draftRequest(p: Prepared, a: DocumentRequest): DocumentRequest {
  const request: DocumentRequest = { ...a, date: p.date, texts: Object.fromEntries(sectionsOf(p).map((s) => [s.key, s.text])) };
  if (p.subject.type === 'campaign') request.campaignId = p.subject.id;
  if (p.stage) request.stage = p.stage;
  if (p.asOf) request.asOf = p.asOf;
  return request;
}

function storedRequest(row: IssuedRow): DocumentRequest {
  let json: unknown;
  try {
    json = JSON.parse(row.request_json);
  } catch {
    json = null;
  }
  const parsed = methods['documents.getSections'].args.safeParse(json);
  if (!parsed.success) {
    throw new UserError(`Không đọc được nội dung của dự thảo ${documentLabel(rowKind(row), row.stage)} ngày ${formatDateShort(row.doc_date)}. Hãy tạo lại dự thảo rồi ban hành.`);
  }
  return parsed.data;
}

/**
 * Writes `buf` as `fileName` and runs `record` around it in one transaction: the file is complete and
 * fsynced before the register is touched and takes its name as the transaction's last step, so a failed
 * write rolls the row back and a failed transaction leaves no file under a registered name. The file
 * the row named before is removed afterwards.
 */
function writeRecorded(ctx: Context, fileName: string, buf: Buffer, previous: string | undefined, record: () => number): number {
  const raw = ctx.conn.raw;
  const dir = folder(ctx);
  const staged = stageFile(join(dir, fileName), buf);
  let id: number;
  try {
    id = raw.transaction(() => {
      const rowId = record();
      staged.commit();
      return rowId;
    })();
  } finally {
    staged.discard();
  }
  if (previous && previous !== fileName) {
    try {
      rmSync(join(dir, previous), { force: true });
    } catch {
      // Word may still hold the old file on Windows: the new one is registered, the old one stays as an
      // unregistered leftover rather than failing a step that succeeded.
    }
  }
  return id;
}

const hashOf = (buf: Buffer) => createHash('sha256').update(buf).digest('hex');

const generate: Handler<'documents.generate'> = async (ctx, a) => {
  const raw = ctx.conn.raw;
  const { newVersion, ...request } = a;
  const p = await prepare(ctx, request);
  const latest = latestOfKind(raw, p.subject, p.kind, p.stage);
  if (latest?.status === 'da_ban_hanh' && isSubjectModule(p.module) && p.module.issuedOnce) {
    const doc = toIssued(ctx, latest);
    return { ...doc, contentBase64: issuedBytes(doc).toString('base64'), warnings: [] };
  }
  if (latest?.status === 'da_ban_hanh' && !newVersion) {
    const issued = formatDocNumber({ number: latest.number, symbol: latest.symbol });
    throw new UserError(
      `${documentLabel(p.kind, p.stage)} số ${issued} ngày ${formatDateShort(latest.doc_date)} đã ban hành nên không sửa được. ` +
        `Tạo dự thảo mới (lần ${latest.version + 1}) thay cho văn bản này? Văn bản số ${issued} vẫn được giữ trong sổ văn bản.`,
      { code: 'confirm' },
    );
  }
  const replacing = latest?.status === 'du_thao' ? latest : undefined;
  const version = replacing ? replacing.version : latest ? latest.version + 1 : 1;
  const buf = await p.build(null);
  const fileName = freeFileName(raw, fileNameOf(p, null, version), replacing?.id);
  const numberText = formatDocNumber({ number: null, symbol: p.symbol });
  const id = writeRecorded(ctx, fileName, buf, replacing?.file_name, () =>
    saveDraft(
      raw,
      {
        campaignId: p.campaignId,
        subject: p.subject,
        kind: p.kind,
        stage: p.stage,
        key: p.key,
        symbol: p.symbol,
        date: p.date,
        asOf: p.asOf,
        summary: p.summary,
        fileName,
        fileHash: hashOf(buf),
        bytes: buf.length,
        search: searchText('dự thảo', documentLabel(p.kind, p.stage), p.summary, formatDateShort(p.date)),
        version,
        supersedes: replacing ? replacing.supersedes : (latest?.id ?? null),
        requestJson: JSON.stringify(draftRequest(p, request)),
        at: ctx.now().toISOString(),
      },
      replacing,
    ),
  );
  return { ...toIssued(ctx, getIssued(raw, id)!), numberText, contentBase64: buf.toString('base64'), warnings: p.warnings };
};

function requireDraft(ctx: Context, id: number): IssuedRow {
  const row = getIssued(ctx.conn.raw, id);
  if (!row) throw notFound(`văn bản có mã số ${id}`);
  if (row.status !== 'du_thao') {
    throw new UserError(
      `${documentLabel(rowKind(row), row.stage)} số ${formatDocNumber({ number: row.number, symbol: row.symbol })} đã ban hành ngày ${formatDateShort(row.doc_date)}; không ban hành lại được.`,
      { code: 'conflict' },
    );
  }
  return row;
}

interface IssuePlan {
  p: Prepared;
  number: number;
}

/**
 * The number and date a draft takes: the văn thư's number (unique in the year) or the next of the
 * register; the date given or today. A kế hoạch whose number the campaign already records (a plan
 * signed before it was typed into the app) takes that number and date while they are free.
 */
async function planIssue(ctx: Context, row: IssuedRow, a: { number?: number; date?: string }): Promise<IssuePlan> {
  const raw = ctx.conn.raw;
  const request = storedRequest(row);
  const module = kindModule(rowKind(row));
  if (isSubjectModule(module) && row.subject_id !== null && module.facts(raw, row.subject_id).foreign) {
    throw new UserError(
      `${kindInfo(module.id).label} là văn bản của đơn vị đề nghị: đơn vị ký và cấp số theo sổ của mình, không lấy số của cơ quan. Ghi số, ngày tờ trình ở đề nghị khen thưởng rồi tạo lại dự thảo.`,
      { code: 'conflict' },
    );
  }
  const recorded =
    a.number !== undefined
      ? null
      : isSubjectModule(module)
        ? row.subject_id === null
          ? null
          : (module.recordedNumber?.(raw, row.subject_id) ?? null)
        : (module.recordedNumber?.(raw, row.campaign_id) ?? null);
  // A decision is issued on its own date; another document on the day it is issued.
  const own = isSubjectModule(module) && row.subject_id !== null ? module.facts(raw, row.subject_id) : null;
  const date = a.date ?? recorded?.date ?? (own?.fixedDate && own.date ? own.date : todayIso(ctx.now()));
  const p = await prepare(ctx, { ...request, date });
  const used = usedNumbers(raw, p.key, row.id);
  if (a.number !== undefined) return { p, number: checkManualNumber(a.number, used, p.symbol, p.key.year) };
  if (recorded && recorded.symbol === p.symbol && recorded.date.slice(0, 4) === String(p.key.year) && !used.has(recorded.number)) {
    return { p, number: recorded.number };
  }
  return { p, number: nextInSequence(raw, p.key) };
}

const nextNumber: Handler<'documents.nextNumber'> = async (ctx, a) => {
  const { p, number } = await planIssue(ctx, requireDraft(ctx, a.id), a);
  return { number, numberText: formatDocNumber({ number, symbol: p.symbol }), date: p.date };
};

const issue: Handler<'documents.issue'> = async (ctx, a) => {
  const raw = ctx.conn.raw;
  const draft = requireDraft(ctx, a.id);
  const { p, number } = await planIssue(ctx, draft, a);
  const buf = await p.build(number);
  const fileName = freeFileName(raw, fileNameOf(p, number), draft.id);
  const numberText = formatDocNumber({ number, symbol: p.symbol });
  const at = ctx.now().toISOString();
  writeRecorded(ctx, fileName, buf, draft.file_name, () => {
    // What the document issues with it (the decision and its số sổ) goes first: the number it checks
    // for is still free, and a refusal leaves neither the number nor anything else.
    if (isSubjectModule(p.module)) {
      p.module.issue?.(raw, { subjectId: p.subject.id, number, symbol: p.symbol, date: p.date, now: ctx.now() });
    }
    markIssued(raw, draft.id, {
      key: p.key,
      number,
      symbol: p.symbol,
      date: p.date,
      asOf: p.asOf,
      summary: p.summary,
      fileName,
      fileHash: hashOf(buf),
      bytes: buf.length,
      search: searchText(numberText, documentLabel(p.kind, p.stage), p.summary, formatDateShort(p.date)),
      at,
    });
    if (!isSubjectModule(p.module) && p.campaignId !== null) p.module.issued?.(raw, { campaignId: p.campaignId, numberText, date: p.date, at });
    return draft.id;
  });
  return { ...toIssued(ctx, getIssued(raw, draft.id)!), numberText, contentBase64: buf.toString('base64'), warnings: p.warnings };
};

/**
 * Issues an award subject's document in one step (decisions.issue: the quyết định with its decision):
 * its draft when it has one, as documents.issue does; else straight from the subject, the file built
 * with `number` and, in the one transaction that registers it, the subject issued and the row written
 * as issued — one number, one row, and neither a number, a row nor a file when any part is refused.
 */
export async function issueSubjectDocument(ctx: Context, request: DocumentRequest, a: { number: number; date?: string }) {
  const raw = ctx.conn.raw;
  const p = await prepare(ctx, { ...request, date: a.date });
  const latest = latestOfKind(raw, p.subject, p.kind, p.stage);
  if (latest?.status === 'du_thao') return issue(ctx, { id: latest.id, number: a.number, date: a.date });
  const number = checkManualNumber(a.number, usedNumbers(raw, p.key), p.symbol, p.key.year);
  const buf = await p.build(number);
  const fileName = freeFileName(raw, fileNameOf(p, number));
  const numberText = formatDocNumber({ number, symbol: p.symbol });
  const at = ctx.now().toISOString();
  const file = { date: p.date, asOf: p.asOf, summary: p.summary, fileName, fileHash: hashOf(buf), bytes: buf.length, at };
  const id = writeRecorded(ctx, fileName, buf, undefined, () => {
    if (isSubjectModule(p.module)) p.module.issue?.(raw, { subjectId: p.subject.id, number, symbol: p.symbol, date: p.date, now: ctx.now() });
    const rowId = saveDraft(raw, {
      ...file,
      campaignId: p.campaignId,
      subject: p.subject,
      kind: p.kind,
      stage: p.stage,
      key: p.key,
      symbol: p.symbol,
      search: searchText('dự thảo', documentLabel(p.kind, p.stage), p.summary, formatDateShort(p.date)),
      version: latest ? latest.version + 1 : 1,
      supersedes: latest?.id ?? null,
      requestJson: JSON.stringify(draftRequest(p, request)),
    });
    markIssued(raw, rowId, { ...file, key: p.key, number, symbol: p.symbol, search: searchText(numberText, documentLabel(p.kind, p.stage), p.summary, formatDateShort(p.date)) });
    return rowId;
  });
  return { ...toIssued(ctx, getIssued(raw, id)!), numberText, contentBase64: buf.toString('base64'), warnings: p.warnings };
}

// Documents of a kind this version does not make are left out of its list (each is refused by name when opened).
const list: Handler<'documents.list'> = (ctx, a) =>
  listIssued(ctx.conn.raw, { campaignId: a.campaignId, search: searchCondition(a.query) })
    .filter((r) => isDocumentKind(r.kind))
    .map((r) => toIssued(ctx, r));

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
    const when =
      doc.status === 'du_thao'
        ? `khi tạo dự thảo ${documentLabel(doc.kind, doc.stage)} ngày ${formatDateShort(doc.date)}`
        : `khi ban hành văn bản số ${doc.numberText} ngày ${formatDateShort(doc.date)}`;
    throw new UserError(
      `Tệp "${doc.fileName}" đã bị thay đổi hoặc không còn như ${when}` +
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
  'documents.nextNumber': nextNumber,
  'documents.issue': issue,
  'documents.list': list,
  'documents.get': get,
};
