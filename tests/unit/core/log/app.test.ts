// "Xuất nhật ký": the log files of this database as one .zip, with the lines the router wrote.
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { RotatingLogFile } from '../../../../core/log/file.ts';
import { logFolder } from '../../../../core/log/logger.ts';
import { TdktApp } from '../../../../core/app.ts';
import { migrate } from '../../../../db/migrate.ts';
import { latestVersion, migrations } from '../../../../db/migrations/index.ts';
import { freshApp, tempDir } from '../../helpers.ts';

describe('logs.export', () => {
  it('zips the log files, the router\'s error lines in them', async () => {
    const app = freshApp();
    const refused = await app.call('org.saveUnit', { code: 'A', name: 'Phường A', kind: 'phuong_xa', parentId: 999 });
    expect(refused.ok).toBe(false);
    const out = await app.invoke('logs.export', {});
    expect(out.fileName).toMatch(/^nhat-ky-tdkt-\d{8}-\d{4}\.zip$/u);
    const zip = Buffer.from(out.contentBase64, 'base64');
    expect(zip.length).toBe(out.bytes);
    const files = unzipSync(zip);
    expect(Object.keys(files)).toEqual(['tdkt.log']);
    const lines = strFromU8(files['tdkt.log']).split('\n').filter(Boolean).map((l) => JSON.parse(l));
    expect(lines[0]).toMatchObject({ level: 'info', event: 'open', schemaVersion: latestVersion });
    expect(lines).toContainEqual(expect.objectContaining({ level: 'error', method: 'org.saveUnit', code: 'SQLITE_CONSTRAINT_FOREIGNKEY' }));
    app.close();
  });

  it('takes the rotated files too, newest first', async () => {
    const app = freshApp();
    const file = new RotatingLogFile(logFolder(app.dataDir), { maxBytes: 400, files: 5 });
    for (let n = 0; n < 80; n++) file.write(`${JSON.stringify({ n, msg: 'dòng cũ' })}\n`);
    file.close();
    const files = unzipSync(Buffer.from((await app.invoke('logs.export', {})).contentBase64, 'base64'));
    expect(Object.keys(files)).toEqual(['tdkt.log', 'tdkt.log.1', 'tdkt.log.2', 'tdkt.log.3', 'tdkt.log.4']);
    expect(strFromU8(files['tdkt.log'])).toContain('"n":79');
    app.close();
  });

  it('has the upgrade of an older file in it: from which version, to which, and where its copy went', async () => {
    const dbPath = join(tempDir(), 'tdkt.sqlite');
    const raw = new BetterSqlite3(dbPath);
    migrate(raw, dbPath, migrations.filter((m) => m.version <= 2));
    raw.close();
    const app = new TdktApp({ dbPath });
    const files = unzipSync(Buffer.from((await app.invoke('logs.export', {})).contentBase64, 'base64'));
    const lines = strFromU8(files['tdkt.log']).split('\n').filter(Boolean).map((l) => JSON.parse(l));
    expect(lines[0]).toMatchObject({ event: 'migration', from: 2, to: latestVersion, backup: expect.stringMatching(/truoc-nang-cap-v2-.*\.bak$/u) });
    app.close();
  });
});
