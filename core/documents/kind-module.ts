// What a kind of document supplies to the document pipeline (core/documents/app.ts), which does
// everything every kind shares: who issues and signs, the date rules, the saved edits, the number and
// the register. A kind reads its own data, says its sections and builds its file; the few kinds with
// something particular at issue (a kế hoạch is the plan its campaign cites, a quyết định is the
// decision issued) say it here too. A campaign's kind is given its campaign; an award document's kind
// (its table row names a proposal, a meeting or a decision) reads its own subject.
import type BetterSqlite3 from 'better-sqlite3';
import type { ReportStage } from '../../db/schema.ts';
import type { ParsedArgs } from '../api/contract.ts';
import type { Context } from '../context.ts';
import type { PercentMode } from '../text/numbers.ts';
import type { DocumentDates } from './dates.ts';
import type { Issuing } from './issuing.ts';
import type { DocumentKind, DocumentSubject } from './kinds.ts';
import type { CampaignInfo, DocumentFrame } from './model.ts';
import type { RegisterSubject } from './register.ts';
import type { SectionDef } from './sections.ts';

export type DocumentRequest = ParsedArgs<'documents.getSections'>;

/** A campaign document's request as the pipeline has resolved it before the kind takes over. */
export interface CampaignDocument {
  ctx: Context;
  request: DocumentRequest;
  campaignId: number;
  campaign: CampaignInfo;
  issuing: Issuing;
  /** "Tính đến ngày" as resolved (typed, or the last day with data). */
  asOf: string;
  stage: ReportStage | null;
  percentMode: PercentMode;
  dates: DocumentDates;
  /** The saved edits with the request's own texts over them: a kind may refuse one (an unknown «figure»). */
  edits: Readonly<Record<string, string>>;
  /** The frame with the number left blank. */
  frame: DocumentFrame;
}

export interface KindBody {
  /** The kind's own sections (the pipeline adds Nơi nhận and the drafting unit). */
  defs: SectionDef[];
  /** The file, in `frame` (numbered or not), with every section's text resolved. */
  build(frame: DocumentFrame, texts: Record<string, string>): Promise<Buffer>;
}

/** At issue, inside the transaction that records the number. */
export interface IssuedFacts {
  campaignId: number;
  /** "19/KH-UBND". */
  numberText: string;
  date: string;
  at: string;
}

interface KindModuleBase {
  id: DocumentKind;
  /** The section whose text the register keeps as the document's summary. */
  summaryKey: string;
  /** Saved sections an explicit argument of the request fills in, so that what the caller just passed wins. */
  overriddenBy?(request: DocumentRequest): string[];
}

/** A campaign's document. */
export interface DocumentKindModule extends KindModuleBase {
  /** The stage when the request gives none; null (the default) for a kind without stages. */
  stage?(c: { request: DocumentRequest; campaign: CampaignInfo; today: string; asOf: string }): ReportStage | null;
  load(d: CampaignDocument): KindBody;
  /**
   * A number and date this document already has outside the register (a plan signed before it was
   * typed in), taken at issue while they are free and no number is given.
   */
  recordedNumber?(raw: BetterSqlite3.Database, campaignId: number | null): { number: number; symbol: string; date: string } | null;
  issued?(raw: BetterSqlite3.Database, facts: IssuedFacts): void;
}

export type AwardSubject = Exclude<DocumentSubject, 'campaign'>;

/** What an award document's subject says about the document, read by its module. */
export interface SubjectFacts {
  /** The campaign the register lists it under; null for a proposal or a decision of a year. */
  campaignId: number | null;
  /** The subject's own date (the proposal's submission, the meeting, the decision); null when it has none. */
  date: string | null;
  /** A subject that names its issuer and signer (a decision) has them over the request's. */
  issuerId?: number | null;
  signerId?: number | null;
  /** The document bears the subject's date and no other (a decision is issued on its own date). */
  fixedDate?: boolean;
  /**
   * The body whose document it is when not this agency's (a unit's tờ trình đề nghị): drafted here under
   * its name for it to sign and number, and never issued into this agency's register.
   */
  foreign?: { parentBody: string; name: string; abbreviation: string };
}

/** An award document's request as the pipeline has resolved it before the kind takes over. */
export interface SubjectDocument {
  ctx: Context;
  request: DocumentRequest;
  subject: RegisterSubject;
  facts: SubjectFacts;
  issuing: Issuing;
  dates: DocumentDates;
  edits: Readonly<Record<string, string>>;
  frame: DocumentFrame;
}

/** At issue, inside the transaction that records the number, before the register takes it. */
export interface SubjectIssue {
  subjectId: number;
  number: number;
  symbol: string;
  date: string;
  now: Date;
}

/** A proposal's, a meeting's or a decision's document. */
export interface SubjectKindModule extends KindModuleBase {
  subject: AwardSubject;
  /** Reads the subject; one that does not exist is refused by name. */
  facts(raw: BetterSqlite3.Database, id: number): SubjectFacts;
  load(d: SubjectDocument): KindBody;
  /** A number and date the subject already has (a decision issued without its document), taken while free. */
  recordedNumber?(raw: BetterSqlite3.Database, subjectId: number): { number: number; symbol: string; date: string } | null;
  /** What issuing the document issues with it; a refusal here rolls the whole issue back. */
  issue?(raw: BetterSqlite3.Database, facts: SubjectIssue): void;
  /**
   * The subject is issued with its document, once (a decision): making the document again returns the
   * issued one, never a new version under a second number.
   */
  issuedOnce?: boolean;
}

export type KindModule = DocumentKindModule | SubjectKindModule;

export function isSubjectModule(m: KindModule): m is SubjectKindModule {
  return 'subject' in m;
}
