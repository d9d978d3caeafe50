// The numbering register and the register of documents, drafts and issued (migrations 0002, 0005,
// 0011), and the section texts edited for a document. A document belongs to its subject: a campaign
// (its rows keep campaign_id, with no subject_type) or, for the award documents, a proposal, a meeting
// or a decision (subject_type and subject_id).
// Synchronous on the raw connection so that choosing a number, recording the document and moving its
// file into place happen in one transaction.
import { randomUUID } from 'node:crypto';
import type BetterSqlite3 from 'better-sqlite3';
import type { Selectable } from 'kysely';
import type { IssuedDocumentsTable, ReportStage } from '../../db/schema.ts';
import type { DocumentKind, DocumentSubject } from './kinds.ts';
import { UserError } from '../api/envelope.ts';
import type { SqlCondition } from '../search.ts';
import { pad2 } from '../text/numbers.ts';

export interface RegisterKey {
  /** Issuer abbreviation: each issuer (UBND, HĐTĐKT…) keeps its own sequence. */
  issuer: string;
  /** "KH", "BC", "GM", "CV" (công văn). */
  docType: string;
  year: number;
}

/** A row of issued_documents as SQLite returns it. */
export type IssuedRow = Selectable<IssuedDocumentsTable>;

/** What a document is about: its drafts, versions and saved edits are kept per subject and kind. */
export interface RegisterSubject {
  type: DocumentSubject;
  id: number;
}

/** The rows of one subject: a campaign's are those of its campaign_id that have no other subject. */
function subjectWhere(s: RegisterSubject): { sql: string; params: [number] | [string, number] } {
  return s.type === 'campaign'
    ? { sql: 'campaign_id = ? AND subject_type IS NULL', params: [s.id] }
    : { sql: 'subject_type = ? AND subject_id = ?', params: [s.type, s.id] };
}

function subjectColumns(s: RegisterSubject): { subject_type: string | null; subject_id: number | null } {
  return s.type === 'campaign' ? { subject_type: null, subject_id: null } : { subject_type: s.type, subject_id: s.id };
}

export function usedNumbers(raw: BetterSqlite3.Database, key: RegisterKey, exceptId?: number): Set<number> {
  const rows = raw
    .prepare<[string, string, number, number], { number: number }>(
      'SELECT number FROM issued_documents WHERE issuer = ? AND doc_type = ? AND year = ? AND number IS NOT NULL AND id != ?',
    )
    .all(key.issuer, key.docType, key.year, exceptId ?? -1);
  return new Set(rows.map((r) => r.number));
}

export function lastNumber(raw: BetterSqlite3.Database, key: RegisterKey): number {
  const counter = raw
    .prepare<[string, string, number], { last_number: number }>(
      'SELECT last_number FROM doc_counters WHERE issuer = ? AND doc_type = ? AND year = ?',
    )
    .get(key.issuer, key.docType, key.year);
  const used = raw
    .prepare<[string, string, number], { n: number | null }>(
      'SELECT max(number) AS n FROM issued_documents WHERE issuer = ? AND doc_type = ? AND year = ?',
    )
    .get(key.issuer, key.docType, key.year);
  return Math.max(counter?.last_number ?? 0, used?.n ?? 0);
}

/** The number the next document of the sequence gets: from 01 on 1 January, one past the last. */
export function nextInSequence(raw: BetterSqlite3.Database, key: RegisterKey): number {
  return lastNumber(raw, key) + 1;
}

export function bumpCounter(raw: BetterSqlite3.Database, key: RegisterKey, number: number, at: string): void {
  raw
    .prepare(
      `INSERT INTO doc_counters (issuer, doc_type, year, last_number, updated_at) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (issuer, doc_type, year) DO UPDATE SET last_number = max(last_number, excluded.last_number), updated_at = excluded.updated_at`,
    )
    .run(key.issuer, key.docType, key.year, number, at);
}

/**
 * The newest document of its kind for a subject (the highest version): a draft a generation replaces
 * in place, or the issued document a new version would supersede.
 */
export function latestOfKind(
  raw: BetterSqlite3.Database,
  subject: RegisterSubject,
  kind: DocumentKind,
  stage: ReportStage | null,
): IssuedRow | undefined {
  const where = subjectWhere(subject);
  return raw
    .prepare<unknown[], IssuedRow>(
      `SELECT * FROM issued_documents WHERE ${where.sql} AND kind = ? AND stage IS ?
        ORDER BY version DESC, id DESC LIMIT 1`,
    )
    .get(...where.params, kind, stage);
}

export function getIssued(raw: BetterSqlite3.Database, id: number): IssuedRow | undefined {
  return raw.prepare<[number], IssuedRow>('SELECT * FROM issued_documents WHERE id = ?').get(id);
}

/**
 * `wanted`, or with "-2", "-3"… before ".docx" while another row's file has that name: two campaigns'
 * drafts of the same kind and date must not overwrite each other's file.
 */
export function freeFileName(raw: BetterSqlite3.Database, wanted: string, exceptId?: number): string {
  const taken = new Set(
    raw.prepare<[number], string>('SELECT file_name FROM issued_documents WHERE id != ?').pluck().all(exceptId ?? -1),
  );
  let name = wanted;
  for (let n = 2; taken.has(name); n++) name = wanted.replace(/\.docx$/u, `-${n}.docx`);
  return name;
}

/** The file a row points at and what it says about it. */
interface FileRecord {
  date: string;
  asOf: string | null;
  summary: string;
  fileName: string;
  fileHash: string;
  bytes: number;
  search: string;
  at: string;
}

/** The register key, ký hiệu and file of a row, as the named parameters of its INSERT or UPDATE. */
function fileColumns(r: FileRecord & { key: RegisterKey; symbol: string }) {
  return {
    issuer: r.key.issuer,
    doc_type: r.key.docType,
    year: r.key.year,
    symbol: r.symbol,
    doc_date: r.date,
    as_of: r.asOf,
    summary: r.summary,
    file_name: r.fileName,
    file_hash: r.fileHash,
    bytes: r.bytes,
    search: r.search,
    at: r.at,
  };
}

export interface DraftRecord extends FileRecord {
  /** The campaign it is listed under: a campaign document's subject, or the campaign an award document belongs to. */
  campaignId: number | null;
  subject: RegisterSubject;
  kind: DocumentKind;
  stage: ReportStage | null;
  /** The register the draft would be issued into if issued on its own date. */
  key: RegisterKey;
  symbol: string;
  version: number;
  supersedes: number | null;
  requestJson: string;
}

/** Inserts a draft, or rewrites `replacing` (a draft) in place: same row, uuid and version. */
export function saveDraft(raw: BetterSqlite3.Database, r: DraftRecord, replacing?: IssuedRow): number {
  if (replacing && replacing.status !== 'du_thao') throw new Error(`issued_documents ${replacing.id} is issued, not a draft`);
  const values = {
    ...fileColumns(r),
    ...subjectColumns(r.subject),
    campaign_id: r.campaignId,
    kind: r.kind,
    stage: r.stage,
    version: r.version,
    supersedes: r.supersedes,
    request_json: r.requestJson,
  };
  let id: number;
  if (replacing) {
    raw
      .prepare(
        `UPDATE issued_documents SET campaign_id = @campaign_id, subject_type = @subject_type, subject_id = @subject_id,
           kind = @kind, stage = @stage, issuer = @issuer,
           doc_type = @doc_type, year = @year, symbol = @symbol, doc_date = @doc_date, as_of = @as_of, summary = @summary,
           file_name = @file_name, file_hash = @file_hash, bytes = @bytes, search = @search, request_json = @request_json,
           updated_at = @at
         WHERE id = @id AND status = 'du_thao'`,
      )
      .run({ ...values, id: replacing.id });
    id = replacing.id;
  } else {
    id = Number(
      raw
        .prepare(
          `INSERT INTO issued_documents (uuid, campaign_id, subject_type, subject_id, kind, stage, status, issuer, doc_type, year,
             number, symbol, doc_date, as_of, summary, file_name, file_hash, bytes, search, version, supersedes, request_json,
             created_at, updated_at)
           VALUES (@uuid, @campaign_id, @subject_type, @subject_id, @kind, @stage, 'du_thao', @issuer, @doc_type, @year,
             NULL, @symbol, @doc_date, @as_of, @summary, @file_name, @file_hash, @bytes, @search, @version, @supersedes, @request_json,
             @at, @at)`,
        )
        .run({ ...values, uuid: randomUUID() }).lastInsertRowid,
    );
  }
  raw
    .prepare("INSERT INTO audit_log (at, action, entity, entity_id, detail) VALUES (?, ?, 'issued_document', ?, ?)")
    .run(r.at, replacing ? 'redraft' : 'draft', id, JSON.stringify({ version: r.version, supersedes: r.supersedes, date: r.date, hash: r.fileHash }));
  return id;
}

export interface IssueRecord extends FileRecord {
  key: RegisterKey;
  number: number;
  symbol: string;
}

/** Turns a draft into the issued document: its number in the register, its date, its file; locked after. */
export function markIssued(raw: BetterSqlite3.Database, id: number, r: IssueRecord): void {
  if (usedNumbers(raw, r.key, id).has(r.number)) {
    throw new UserError(`Số ${pad2(r.number)}/${r.symbol} đã được dùng trong năm ${r.key.year}. Chọn số khác hoặc để phần mềm tự cấp số.`, {
      code: 'conflict',
      fields: { number: 'Số đã dùng trong năm' },
    });
  }
  const changed = raw
    .prepare(
      `UPDATE issued_documents SET status = 'da_ban_hanh', issuer = @issuer, doc_type = @doc_type, year = @year, number = @number,
         symbol = @symbol, doc_date = @doc_date, as_of = @as_of, summary = @summary, file_name = @file_name,
         file_hash = @file_hash, bytes = @bytes, search = @search, issued_at = @at, updated_at = @at
       WHERE id = @id AND status = 'du_thao'`,
    )
    .run({ ...fileColumns(r), id, number: r.number }).changes;
  if (changed !== 1) throw new Error(`issued_documents ${id} is not a draft`);
  bumpCounter(raw, r.key, r.number, r.at);
  raw
    .prepare("INSERT INTO audit_log (at, action, entity, entity_id, detail) VALUES (?, 'issue', 'issued_document', ?, ?)")
    .run(r.at, id, JSON.stringify({ number: r.number, symbol: r.symbol, date: r.date, hash: r.fileHash }));
}

export function listIssued(
  raw: BetterSqlite3.Database,
  filter: { campaignId?: number; search: SqlCondition | null },
): IssuedRow[] {
  const where: string[] = [];
  const params: unknown[] = [];
  if (filter.campaignId !== undefined) {
    where.push('campaign_id = ?');
    params.push(filter.campaignId);
  }
  if (filter.search) {
    where.push(filter.search.sql);
    params.push(...filter.search.params);
  }
  return raw
    .prepare<unknown[], IssuedRow>(
      `SELECT * FROM issued_documents ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY doc_date DESC, id DESC LIMIT 1000`,
    )
    .all(...params);
}

export function savedSections(raw: BetterSqlite3.Database, subject: RegisterSubject, kind: DocumentKind): Record<string, string> {
  const where = subjectWhere(subject);
  const rows = raw
    .prepare<unknown[], { key: string; text: string }>(`SELECT key, text FROM document_sections WHERE ${where.sql} AND kind = ?`)
    .all(...where.params, kind);
  return Object.fromEntries(rows.map((r) => [r.key, r.text]));
}

/** Replaces the stored edits of one document of a subject; texts equal to the app's own are not kept. */
export function replaceSections(
  raw: BetterSqlite3.Database,
  subject: RegisterSubject,
  kind: DocumentKind,
  edited: Record<string, string>,
  at: string,
): void {
  const where = subjectWhere(subject);
  const { subject_type, subject_id } = subjectColumns(subject);
  const campaignId = subject.type === 'campaign' ? subject.id : null;
  raw.transaction(() => {
    raw.prepare(`DELETE FROM document_sections WHERE ${where.sql} AND kind = ?`).run(...where.params, kind);
    const put = raw.prepare(
      'INSERT INTO document_sections (campaign_id, subject_type, subject_id, kind, key, text, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
    );
    for (const [key, text] of Object.entries(edited)) put.run(campaignId, subject_type, subject_id, kind, key, text, at);
    // A campaign's entry as it always was; another subject's names its type beside the id.
    const detail = subject.type === 'campaign' ? { kind, keys: Object.keys(edited) } : { subject: subject.type, kind, keys: Object.keys(edited) };
    raw
      .prepare("INSERT INTO audit_log (at, action, entity, entity_id, detail) VALUES (?, 'save', 'document_sections', ?, ?)")
      .run(at, subject.id, JSON.stringify(detail));
  })();
}

/** File name → sha256 of every registered document (to tell this database's files from any other). */
export function registeredFiles(raw: BetterSqlite3.Database): Map<string, string> {
  const rows = raw.prepare<[], { file_name: string; file_hash: string }>('SELECT file_name, file_hash FROM issued_documents').all();
  return new Map(rows.map((r) => [r.file_name, r.file_hash]));
}

/** The issued document of a kind for a subject, newest version first: what another document cites. */
export function issuedOfKind(raw: BetterSqlite3.Database, subject: RegisterSubject, kind: DocumentKind): IssuedRow | undefined {
  const where = subjectWhere(subject);
  return raw
    .prepare<unknown[], IssuedRow>(
      `SELECT * FROM issued_documents WHERE ${where.sql} AND kind = ? AND status = 'da_ban_hanh' ORDER BY version DESC, id DESC LIMIT 1`,
    )
    .get(...where.params, kind);
}

/** The name of the issuer a register row's ký hiệu belongs to: the agency's, or one of the other issuers'. */
export function issuerNameOf(raw: BetterSqlite3.Database, abbreviation: string): string {
  const agency = raw.prepare<[], { name: string; abbreviation: string }>('SELECT name, abbreviation FROM agency WHERE id = 1').get();
  if (agency && agency.abbreviation.trim() === abbreviation) return agency.name;
  return raw.prepare<[string], string>('SELECT name FROM issuers WHERE abbreviation = ?').pluck().get(abbreviation) ?? agency?.name ?? '';
}
