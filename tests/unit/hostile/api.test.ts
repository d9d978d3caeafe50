// The hostile-input corpus (tests/fixtures/hostile) sent through the real HTTP host, with its token, to
// every method of the contract, on the demo database in a real file. For every case: the host answers
// with an envelope; a refusal is Vietnamese (no English word, no raw SQLite/Node text) and leaves the
// database's logical dump and the files beside it exactly as they were; a read never changes them; an
// accepted write stores NFC text without characters XML forbids; a returned .docx is valid XML text.
import { copyFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { methods } from '../../../core/api/contract.ts';
import { TdktApp } from '../../../core/app.ts';
import { DATA_SUBFOLDERS } from '../../../core/files/data-folder.ts';
import { type HttpHost, startHttpHost } from '../../../core/hosts/http/server.ts';
import { WRITE_METHODS } from '../../fixtures/hostile/baselines.ts';
import { baselineFor, casesFor, type HostileCase } from '../../fixtures/hostile/generate.ts';
import { databaseDigest, demoApp, tempDir } from '../helpers.ts';

const NOW = '2021-04-20T03:00:00.000Z';

/** English (zod's, V8's, SQLite's, Node's defaults) and traces of internals. */
const ENGLISH: RegExp[] = [
  /\b(?:expected|received|invalid|required|unexpected|unrecognized|unknown|constraint|failed|database|locked|object|string|number|boolean|array|undefined|null|nan|json|sqlite|input|value|option|syntax|position|attempt|readonly|disk|cannot|must|should|too (?:big|small|long|short|many))\b/i,
  /error\b/i,
  /\bat \S+ \(|node:|file:\/\/|\.ts\b|\bSQLITE_|\bE[A-Z]{3,}\b/,
];
/** Our own words that look English: the product names the Vietnamese texts use on purpose. */
const OUR_TERMS = [/\(SQLite\)/g, /\(token\)/g, /YYYY-MM-DD/g];
const VIETNAMESE = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/iu;

/** Characters XML 1.0 forbids (a .docx holding one does not open). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching them is the point
const XML_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|\p{Cs}/u;
/** What clean stored text never holds: controls but tab and newline, noncharacters, lone surrogates. */
const NOT_CLEAN = /(?![\t\n])\p{Cc}|\p{Noncharacter_Code_Point}|\p{Cs}/u;

interface Envelope {
  ok: boolean;
  result?: unknown;
  error?: { code: string; message: string; fields?: Record<string, string> };
}

/** A message without what the caller sent quoted back, and without our product terms. */
function userWords(message: string, echoes: string[]): string {
  let text = message;
  for (const term of OUR_TERMS) text = text.replace(term, '');
  for (const echo of [...echoes].sort((a, b) => b.length - a.length)) {
    if (echo) for (const [open, close] of ['""', '“”', "''"]) text = text.replaceAll(`${open}${echo}${close}`, `${open}${close}`);
  }
  return text;
}

function languageProblems(env: Envelope, echoes: string[]): string[] {
  const problems: string[] = [];
  const texts = [env.error?.message ?? '', ...Object.values(env.error?.fields ?? {})];
  for (const [i, raw] of texts.entries()) {
    const where = i === 0 ? 'thông báo' : 'thông báo trường';
    if (typeof raw !== 'string' || !raw.trim()) {
      problems.push(`${where} trống`);
      continue;
    }
    const text = userWords(raw, echoes);
    const english = ENGLISH.map((re) => text.match(re)?.[0]).find(Boolean);
    if (english) problems.push(`${where} có tiếng Anh "${english}": ${raw.slice(0, 160)}`);
    else if (!VIETNAMESE.test(text)) problems.push(`${where} không phải tiếng Việt: ${raw.slice(0, 160)}`);
  }
  return problems;
}

/** Names and sizes of the files beside the database (the data folder included), logs and the live file aside. */
function filesBeside(folder: string, dbName: string): string {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      const rel = relative(folder, path);
      if (entry.isDirectory()) {
        if (entry.name !== DATA_SUBFOLDERS.logs) walk(path);
      } else if (![dbName, `${dbName}-wal`, `${dbName}-shm`, `${dbName}-journal`].includes(rel)) {
        out.push(`${rel}:${statSync(path).size}`);
      }
    }
  };
  walk(folder);
  return out.sort().join('\n');
}

/** The first few stored values that are not clean text. */
function uncleanStored(raw: BetterSqlite3.Database): string[] {
  const found: string[] = [];
  const tables = raw.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[];
  for (const table of tables) {
    for (const row of raw.prepare(`SELECT rowid AS _rowid, * FROM "${table}"`).iterate() as Iterable<Record<string, unknown>>) {
      for (const [column, value] of Object.entries(row)) {
        if (typeof value !== 'string') continue;
        const bad = NOT_CLEAN.exec(value)?.[0];
        if (bad !== undefined || value !== value.normalize('NFC')) {
          const what = bad === undefined ? 'không ở dạng NFC' : `có U+${bad.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
          found.push(`${table}.${column} (dòng ${row._rowid}) ${what}`);
          if (found.length >= 3) return found;
        }
      }
    }
  }
  return found;
}

/** XML parts of a returned .docx that hold a character XML forbids. */
function docxProblems(result: unknown): string[] {
  const b64 = (result as { contentBase64?: unknown } | null)?.contentBase64;
  if (typeof b64 !== 'string') return [];
  const content = Buffer.from(b64, 'base64');
  // A zip starts "PK": the PDFs (test page, sample) and images (a blank's photo) hold no XML parts.
  if (content.subarray(0, 2).toString('latin1') !== 'PK') return [];
  const problems: string[] = [];
  for (const [name, bytes] of Object.entries(unzipSync(content))) {
    if (!/\.(xml|rels)$/u.test(name)) continue;
    const bad = XML_FORBIDDEN.exec(new TextDecoder('utf-8', { fatal: true }).decode(bytes))?.[0];
    if (bad !== undefined) problems.push(`tệp .docx trả về có ký tự XML cấm U+${bad.codePointAt(0)!.toString(16).toUpperCase()} trong ${name}`);
  }
  return problems;
}

function polluted(): boolean {
  const probe = {} as Record<string, unknown>;
  return probe.polluted !== undefined || Object.getOwnPropertyNames(Object.prototype).includes('polluted');
}

let app: TdktApp;
let host: HttpHost;
let folder: string;
let dbName: string;
let pristine: string;
let state: { signature: string; digest: string; files: string };
const startDir = process.cwd();
const totals = { cases: 0, refused: 0, accepted: 0, failures: 0, restores: 0 };
/** Every failing case by method, written to TDKT_HOSTILE_FINDINGS (a .json path) for whoever fixes them. */
const findings: Record<string, { case: string; mustRefuse: boolean; problems: string[] }[]> = {};
const started = performance.now();

/**
 * What can reveal a write: the size and nanosecond mtime of the file and its WAL, and the rows this
 * connection changed. While it stays the same no byte of the data was written, so the logical dump is
 * taken again only when it moves (and once more after each method, to prove the shortcut).
 */
function signature(): string {
  const dbPath = join(folder, dbName);
  const stamp = (path: string) => {
    try {
      const s = statSync(path, { bigint: true });
      return `${s.size}@${s.mtimeNs}`;
    } catch {
      return '-';
    }
  };
  const changes = app.connection.raw.prepare('SELECT total_changes()').pluck().get();
  return `${stamp(dbPath)} ${stamp(`${dbPath}-wal`)} ${changes} ${app.connection.raw.open}`;
}

function capture(previous?: typeof state) {
  const now = signature();
  const digest = previous && previous.signature === now ? previous.digest : databaseDigest(app.connection.raw);
  return { signature: now, digest, files: filesBeside(folder, dbName) };
}

async function startHost(): Promise<void> {
  host = await startHttpHost(app, { staticDir: tempDir('tdkt-hostile-static-') });
}

/** Puts the demo database back after a case changed what it must not (itself reported as a failure). */
async function restorePristine(): Promise<void> {
  totals.restores++;
  await host.close();
  app.close();
  const dbPath = join(folder, dbName);
  for (const suffix of ['-wal', '-shm']) rmSync(`${dbPath}${suffix}`, { force: true });
  copyFileSync(pristine, dbPath);
  app = new TdktApp({ dbPath, now: () => new Date(NOW) });
  await startHost();
  state = capture();
}

async function post(c: HostileCase): Promise<{ status: number; text: string }> {
  const port = new URL(host.url).port;
  const res = await fetch(`http://127.0.0.1:${port}/api/${c.method}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${host.token}`, 'content-type': 'application/json; charset=utf-8' },
    body: typeof c.body === 'string' ? c.body : new Uint8Array(c.body),
    signal: AbortSignal.timeout(30_000),
  });
  return { status: res.status, text: await res.text() };
}

/** Runs one case; returns what went wrong (nothing when it held). */
async function run(c: HostileCase): Promise<string[]> {
  totals.cases++;
  const before = state;
  let reply: { status: number; text: string };
  try {
    reply = await post(c);
  } catch (error) {
    return [`máy chủ không trả lời (${(error as Error).name})`];
  }
  let env: Envelope;
  try {
    env = JSON.parse(reply.text) as Envelope;
  } catch {
    return [`trả lời không phải JSON (HTTP ${reply.status}): ${reply.text.slice(0, 120)}`];
  }
  const problems: string[] = [];
  if (polluted()) problems.push('Object.prototype bị ghi thêm thuộc tính');
  if (typeof env?.ok !== 'boolean') problems.push(`trả lời không phải phong bì kết quả (HTTP ${reply.status})`);
  state = capture(before);
  let unclean: string[] = [];
  const changedData = state.digest !== before.digest;
  const changedFiles = state.files !== before.files;
  if (env.ok === false) {
    totals.refused++;
    problems.push(...languageProblems(env, c.echoes));
    if (changedData) problems.push('bị từ chối nhưng dữ liệu đã thay đổi');
    if (changedFiles) problems.push(`bị từ chối nhưng tệp bên cạnh đã thay đổi:\n${state.files}`);
  } else if (env.ok === true) {
    totals.accepted++;
    if (c.mustRefuse) problems.push(`được chấp nhận: ${JSON.stringify(env.result)?.slice(0, 120)}`);
    if (!WRITE_METHODS.has(c.method)) {
      if (changedData) problems.push('chức năng chỉ đọc nhưng dữ liệu đã thay đổi');
      if (changedFiles) problems.push('chức năng chỉ đọc nhưng tệp bên cạnh đã thay đổi');
    } else if (changedData) {
      unclean = uncleanStored(app.connection.raw);
      problems.push(...unclean.map((p) => `lưu văn bản chưa làm sạch: ${p}`));
    }
    problems.push(...docxProblems(env.result));
  }
  if (changedData && (env.ok === false || !WRITE_METHODS.has(c.method) || unclean.length > 0)) await restorePristine();
  return problems;
}

beforeAll(async () => {
  app = await demoApp(NOW);
  folder = join(app.dbPath, '..');
  dbName = relative(folder, app.dbPath);
  pristine = join(tempDir('tdkt-hostile-pristine-'), 'demo.sqlite');
  app.connection.raw.prepare('VACUUM INTO ?').run(pristine);
  await startHost();
  state = capture();
  // Relative paths a handler might accept land in a scratch folder, not in the checkout.
  process.chdir(tempDir('tdkt-hostile-cwd-'));
});

afterAll(async () => {
  process.chdir(startDir);
  await host?.close();
  app?.close();
  if (process.env.TDKT_HOSTILE_FINDINGS) writeFileSync(process.env.TDKT_HOSTILE_FINDINGS, JSON.stringify(findings, null, 1));
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `Hostile corpus: ${totals.cases} cases over ${Object.keys(methods).length} methods in ${seconds} s — ` +
      `${totals.refused} refused, ${totals.accepted} accepted, ${totals.failures} failed, ${totals.restores} restores of the database.`,
  );
});

describe('hostile input through the HTTP host', () => {
  it('starts from valid arguments for every method and from clean demo data', () => {
    for (const method of Object.keys(methods) as (keyof typeof methods)[]) {
      const parsed = methods[method].args.safeParse(baselineFor(method));
      expect(parsed.success, `${method}: add valid arguments to tests/fixtures/hostile/baselines.ts`).toBe(true);
    }
    expect(uncleanStored(app.connection.raw)).toEqual([]);
  });

  for (const method of Object.keys(methods) as (keyof typeof methods)[]) {
    it(`${method}: refuses in Vietnamese and changes nothing`, async () => {
      const failures: string[] = [];
      for (const c of casesFor(method)) {
        const problems = await run(c);
        if (problems.length === 0) continue;
        findings[method] = [...(findings[method] ?? []), { case: c.label, mustRefuse: c.mustRefuse, problems }];
        failures.push(`${c.label}${c.mustRefuse ? '' : ' (có thể chấp nhận)'}\n    ${problems.join('\n    ')}`);
      }
      const dumped = databaseDigest(app.connection.raw);
      if (dumped !== state.digest) failures.push('dữ liệu đã thay đổi mà dấu vết tệp không cho thấy (so sánh bản kết xuất sau cùng)');
      state = { ...state, digest: dumped };
      totals.failures += failures.length;
      expect(failures, `${failures.length} trường hợp không đạt:\n${failures.join('\n')}`).toEqual([]);
    });
  }

  it('is still up after the whole corpus', async () => {
    const reply = await post({ method: 'app.info', label: 'sau cùng', body: '{}', mustRefuse: false, echoes: [] });
    expect(JSON.parse(reply.text)).toMatchObject({ ok: true, result: { units: expect.any(Number) } });
  });
});
