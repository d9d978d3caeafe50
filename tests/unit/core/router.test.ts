import { latestVersion } from '../../../db/migrations/index.ts';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { describe, expect, it } from 'vitest';
import type { Database } from '../../../db/schema.ts';
import { methods } from '../../../core/api/contract.ts';
import { DATA_SUBFOLDERS } from '../../../core/files/data-folder.ts';
import { handlers } from '../../../core/handlers.ts';
import { LOG_FILE_NAME } from '../../../core/log/file.ts';
import { JobRunner } from '../../../core/jobs/runner.ts';
import { createLog, logFolder } from '../../../core/log/logger.ts';
import { createRouter, type Handlers } from '../../../core/router.ts';
import { demoApp, freshApp, refusal, tempDir } from '../helpers.ts';

/** English a user must never read: zod's, SQLite's and Node's own words. */
const ENGLISH = /constraint|failed|database|locked|expected|received|invalid|unexpected|required|object|string|number|undefined|unrecognized|readonly|disk|such file|too many|syntax/i;

type ApiError = Awaited<ReturnType<typeof refusal>>;

/** The user's text of a refusal; field names the caller sent (in quotes) are its own words, not ours. */
function userText(error: ApiError): string {
  return [error.message, ...Object.values(error.fields ?? {})].join('\n').replace(/"[^"]*"/gu, '""');
}

function expectVietnamese(error: ApiError): void {
  expect(userText(error)).not.toMatch(ENGLISH);
  expect(error.message).toMatch(/[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/iu);
}

interface LogLine {
  [key: string]: unknown;
  err: { type: string; message: string; stack: string };
  args: Record<string, unknown>;
}

function logLines(dataDir: string): LogLine[] {
  return readFileSync(join(logFolder(dataDir), LOG_FILE_NAME), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line));
}

function logLine(dataDir: string, match: (line: LogLine) => boolean): LogLine {
  const line = logLines(dataDir).find(match);
  if (!line) throw new Error('no such line in the log');
  return line;
}

const unit = { code: 'P-LT', name: 'Phường Linh Trung', kind: 'phuong_xa' } as const;

describe('the router', () => {
  it('has a handler for every method of the contract', () => {
    expect(Object.keys(handlers).sort()).toEqual(Object.keys(methods).sort());
  });

  it('refuses unknown methods and bad arguments with Vietnamese envelopes, never throwing', async () => {
    const app = freshApp();
    expect(await app.call('org.dropAll', {})).toEqual({ ok: false, error: { code: 'unknown_method', message: 'Không có chức năng "org.dropAll".' } });
    expect(await app.call('toString', {})).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
    const bad = await app.call('org.listUnits', { query: 5 });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid' } });
    const extra = await app.call('app.info', { evil: true });
    expect(extra).toMatchObject({ ok: false, error: { code: 'invalid' } });
    const missing = await app.call('works.get', { id: 999 });
    expect(missing).toEqual({ ok: false, error: { code: 'not_found', message: 'Không tìm thấy công trình có mã số 999.', fields: undefined } });
    app.close();
  });
});

describe('refusals of the arguments, in Vietnamese', () => {
  it('names an unknown key as a field that is not allowed, even "__proto__"', async () => {
    const app = freshApp();
    const extra = await refusal(app, 'app.info', { evil: true });
    expect(extra.message).toBe('Dữ liệu không hợp lệ: Trường "evil" không được phép');
    expect(extra.fields).toEqual({ evil: 'Trường này không được phép' });
    const nested = await refusal(app, 'settings.save', { margins: { top: 20, bottom: 20, left: 30, right: 15, inner: 1 } });
    expect(nested.message).toBe('Dữ liệu không hợp lệ (trường "margins"): Trường "inner" không được phép');
    expect(nested.fields).toEqual({ 'margins.inner': 'Trường này không được phép' });
    const proto = await refusal(app, 'app.info', JSON.parse('{"__proto__": {"x": 1}}'));
    expect(proto.message).toBe('Dữ liệu không hợp lệ: Trường "__proto__" không được phép');
    expect(Object.keys(proto.fields ?? {})).toEqual(['__proto__']);
    const long = await refusal(app, 'app.info', { ['k'.repeat(100_000)]: 1 });
    expect(long.message.length).toBeLessThan(200);
    app.close();
  });

  it('says what each wrong value should be', async () => {
    const app = freshApp();
    const cases: [string, unknown, string][] = [
      ['app.info', 'x', 'Dữ liệu không hợp lệ: Dữ liệu gửi kèm phải là một nhóm trường có tên, ví dụ { "id": 1 }'],
      ['app.info', [1], 'Dữ liệu không hợp lệ: Dữ liệu gửi kèm phải là một nhóm trường có tên, ví dụ { "id": 1 }'],
      ['org.listUnits', { query: 5 }, 'Dữ liệu không hợp lệ (trường "query"): Phải là chuỗi ký tự'],
      ['org.listUnits', { includeInactive: 'có' }, 'Dữ liệu không hợp lệ (trường "includeInactive"): Phải là giá trị đúng/sai (có hoặc không)'],
      ['org.listUnits', { query: 'x'.repeat(201) }, 'Dữ liệu không hợp lệ (trường "query"): Tối đa 200 ký tự'],
      ['org.getUnit', { id: 'a' }, 'Dữ liệu không hợp lệ (trường "id"): Mã bản ghi phải là số nguyên dương'],
      ['org.getUnit', { id: 1.5 }, 'Dữ liệu không hợp lệ (trường "id"): Mã bản ghi phải là số nguyên dương'],
      ['org.getUnit', {}, 'Dữ liệu không hợp lệ (trường "id"): Thiếu mã bản ghi'],
      ['works.carryOver', { toCampaignId: 1, workIds: 'x' }, 'Dữ liệu không hợp lệ (trường "workIds"): Phải là danh sách'],
      ['documents.issue', { id: 1, number: 0 }, 'Dữ liệu không hợp lệ (trường "number"): Số văn bản từ 1'],
      ['documents.issue', { id: 1, number: 100_000 }, 'Dữ liệu không hợp lệ (trường "number"): Không được lớn hơn 99.999'],
      ['documents.generate', { kind: 'bao_cao', stage: 'so_ket', newVersion: 1 }, 'Dữ liệu không hợp lệ (trường "newVersion"): Phải là giá trị đúng/sai (có hoặc không)'],
      [
        'campaigns.save',
        { name: 'A', form: 'chuyen_de', startDate: '2021-01-01', endDate: '2021-12-31', phases: [{ name: 'B', startDate: 'x', endDate: '2021-02-01' }] },
        'Dữ liệu không hợp lệ (trường "phases › mục 1 › startDate"): Ngày không hợp lệ (cần dạng YYYY-MM-DD)',
      ],
    ];
    for (const [method, args, message] of cases) {
      const error = await refusal(app, method, args);
      expect(error.message, `${method} ${JSON.stringify(args).slice(0, 60)}`).toBe(message);
      expectVietnamese(error);
    }
    app.close();
  });

  it('answers every method given wrong types, extra keys and odd values in Vietnamese', async () => {
    const app = freshApp();
    const hostile: unknown[] = [12345, -1, 1.5, 'chuỗi', '', true, null, [], [1, 'a'], { a: 1 }, 'x'.repeat(300_000), '\ufffe', 1e308];
    let refused = 0;
    for (const [method, { args }] of Object.entries(methods)) {
      const shape = 'shape' in args ? (args.shape as Record<string, unknown>) : {};
      const variants: unknown[] = ['x', 7, [], { extra: 1 }, ...Object.keys(shape).flatMap((key) => hostile.map((v) => ({ [key]: v })))];
      for (const value of variants) {
        const env = await app.call(method, value);
        if (env.ok) continue;
        refused++;
        try {
          expectVietnamese(env.error);
        } catch (e) {
          throw new Error(`${method} ${JSON.stringify(value).slice(0, 80)} → ${env.error.message}\n${(e as Error).message}`);
        }
      }
    }
    expect(refused).toBeGreaterThan(1000);
    app.close();
  });
});

describe('failures under the app, in Vietnamese, with the detail in the log', () => {
  it('turns a real FOREIGN KEY violation into a sentence, and logs method, code and stack', async () => {
    const app = freshApp();
    const error = await refusal(app, 'org.saveUnit', { ...unit, parentId: 999 });
    expect(error.code).toBe('conflict');
    expect(error.message).toMatch(/^Dữ liệu tham chiếu tới một bản ghi không còn/);
    expectVietnamese(error);
    const line = logLine(app.dataDir, (l) => l.method === 'org.saveUnit');
    expect(line).toMatchObject({ level: 'error', code: 'SQLITE_CONSTRAINT_FOREIGNKEY', err: { type: 'SqliteError', message: 'FOREIGN KEY constraint failed' } });
    expect(line.err.stack).toMatch(/SqliteError: FOREIGN KEY constraint failed\n\s+at /u);
    app.close();
  });

  it('holds the file: another connection cannot write to it, and the app’s own calls go through', async () => {
    // SQLITE_BUSY can no longer reach the router from outside (db/open.ts holds the file exclusively;
    // its Vietnamese sentence is checked in tests/unit/core/errors/system.test.ts): the lock is what
    // keeps a second writer's changes from vanishing.
    const app = freshApp();
    const other = new BetterSqlite3(app.dbPath, { timeout: 50 });
    try {
      expect(() => other.exec('BEGIN IMMEDIATE')).toThrow(expect.objectContaining({ code: 'SQLITE_BUSY' }));
    } finally {
      other.close();
    }
    expect((await app.invoke('org.saveUnit', unit)).code).toBe('P-LT');
    app.close();
  });

  it('says a read-only database cannot be written, and what to do', async () => {
    const source = freshApp();
    source.close();
    const raw = new BetterSqlite3(source.dbPath, { readonly: true });
    const conn = {
      path: source.dbPath,
      raw,
      db: new Kysely<Database>({ dialect: new SqliteDialect({ database: raw }) }),
      migration: { from: latestVersion, to: latestVersion, backup: null },
      close: () => raw.close(),
    };
    const dataDir = tempDir();
    const { log, close } = createLog(dataDir);
    const router = createRouter(handlers, () => ({ conn, dataDir, reopen() {}, now: () => new Date(), jobs: new JobRunner({ emit() {} }) }), log);
    const env = await router.call('org.saveUnit', unit);
    if (env.ok) throw new Error('a read-only database took a write');
    expect(env.error.message).toMatch(/^Không ghi được vào tệp dữ liệu: tệp hoặc thư mục chứa nó chỉ cho phép đọc/);
    expectVietnamese(env.error);
    expect(logLines(dataDir).at(-1)).toMatchObject({ method: 'org.saveUnit', code: 'SQLITE_READONLY', err: { message: 'attempt to write a readonly database' } });
    close();
    raw.close();
  });

  it('says a full database took nothing, and "too many SQL variables" asks for fewer items', async () => {
    const app = freshApp();
    const campaign = await app.invoke('campaigns.save', { name: 'Đợt A', form: 'chuyen_de', startDate: '2021-01-01', endDate: '2021-12-31' });
    const ids = Array.from({ length: 40_000 }, (_, i) => i + 1);
    const many = await refusal(app, 'works.carryOver', { toCampaignId: campaign.id, workIds: ids });
    expect(many.message).toMatch(/^Yêu cầu có quá nhiều mục cùng lúc/);
    expectVietnamese(many);
    const pages = app.connection.raw.pragma('page_count', { simple: true }) as number;
    app.connection.raw.pragma(`max_page_count = ${pages}`);
    let full: ApiError | undefined;
    let refusedCode = '';
    for (let i = 0; i < 1000 && !full; i++) {
      refusedCode = `P-${i}`;
      const env = await app.call('org.saveUnit', { ...unit, code: refusedCode, name: `${'Phường Linh Trung '.repeat(15)}${i}` });
      if (!env.ok) full = env.error;
    }
    if (!full) throw new Error('the database never filled up');
    // SQLite undid the transaction itself; Kysely's rollback then failed and hid SQLITE_FULL.
    expect(full.message).toMatch(/^Tệp dữ liệu không ghi được \(thường do ổ đĩa đã đầy hoặc bị lỗi\) nên thay đổi vừa rồi chưa được lưu/u);
    expectVietnamese(full);
    const errors = logLines(app.dataDir)
      .filter((l) => l.code)
      .map((l) => l.err.message);
    expect(errors).toEqual(['too many SQL variables', 'cannot rollback - no transaction is active']);
    expect(app.connection.raw.prepare('SELECT count(*) FROM units WHERE code = ?').pluck().get(refusedCode)).toBe(0);
    app.close();
  });

  it('names the file a file-system failure is about, without Node\'s text', async () => {
    const app = await demoApp();
    // The documents folder is a file: the document cannot be written.
    writeFileSync(join(app.dataDir, DATA_SUBFOLDERS.documents), 'không phải thư mục');
    const error = await refusal(app, 'documents.generate', { kind: 'bao_cao', stage: 'so_ket', asOf: '2021-04-12', date: '2021-04-14' });
    expect(error.message).toContain(`"${join(app.dataDir, DATA_SUBFOLDERS.documents)}`);
    expectVietnamese(error);
    expect(logLines(app.dataDir).find((l) => l.method === 'documents.generate')).toMatchObject({ level: 'error', err: { stack: expect.stringMatching(/\n\s+at /u) } });
    app.close();
  });

  it('answers a bug with "Lỗi không mong đợi", a reference and the hint to export the log; the stack goes to the log', async () => {
    const app = freshApp();
    const failing: Handlers = {
      ...handlers,
      'org.saveUnit': () => {
        throw new TypeError("Cannot read properties of undefined (reading 'name')");
      },
    };
    const router = createRouter(failing, () => ({ conn: app.connection, dataDir: app.dataDir, reopen() {}, now: () => new Date(), jobs: new JobRunner({ emit() {} }) }), app.log);
    const env = await router.call('org.saveUnit', { ...unit, name: `Nguyễn Văn An ${'rất dài '.repeat(20)}` });
    if (env.ok) throw new Error('the failing handler succeeded');
    expect(env.error.code).toBe('internal');
    expect(env.error.message).toMatch(/^Lỗi không mong đợi, việc này chưa làm được \(mã tra cứu [0-9a-f]{8}\)\. Nếu lỗi lặp lại, vào trang Sao lưu, bấm "Xuất nhật ký"/u);
    expect(env.error.message).not.toMatch(/Cannot|properties|reading/u);
    const ref = /mã tra cứu ([0-9a-f]{8})/u.exec(env.error.message)?.[1];
    const line = logLine(app.dataDir, (l) => l.ref === ref);
    expect(line).toMatchObject({ level: 'error', method: 'org.saveUnit', err: { type: 'TypeError', message: "Cannot read properties of undefined (reading 'name')" } });
    expect(line.err.stack).toMatch(/router\.test\.ts/u);
    // The arguments are in the log only cut short: the shape, not the person's data in full.
    expect(line.args.name).toMatch(/^Nguyễn Văn An rất dài rấ… \(174 ký tự\)$/u);
    app.close();
  });
});

