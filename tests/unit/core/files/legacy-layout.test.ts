// A database laid out the old way — "van-ban" and "backups" straight beside tdkt.sqlite, as the desktop
// kept them before each database had its own data folder — opened by today's app: the documents its
// register knows by name and hash and the backups that verify move into the data folder; a file of
// another database, one changed by hand, a cut-short backup and any name already taken stay where they
// were, untouched.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TdktApp } from '../../../../core/app.ts';
import { dataFolderFor } from '../../../../core/files/data-folder.ts';
import { tempDir } from '../../helpers.ts';

const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
const NOW = () => new Date('2021-04-20T03:00:00.000Z');

describe('carrying the old layout into the data folder', () => {
  it('moves what is provably this database’s, whole, and leaves everything else', async () => {
    const folder = tempDir();
    const dbPath = join(folder, 'tdkt.sqlite');
    // The old layout: the data folder was the database's own folder.
    const old = new TdktApp({ dbPath, dataDir: folder, now: NOW, autoBackup: false });
    await old.invoke('demo.load', {});
    const bc = await old.invoke('documents.generate', { kind: 'bao_cao', stage: 'so_ket', asOf: '2021-04-12', date: '2021-04-14' });
    const gm = await old.invoke('documents.generate', { kind: 'giay_moi', date: '2021-04-14', meeting: { place: 'Hội trường' } });
    const kh = await old.invoke('documents.generate', { kind: 'ke_hoach' });
    mkdirSync(join(folder, 'backups'));
    old.connection.raw.prepare('VACUUM INTO ?').run(join(folder, 'backups', 'tdkt-20210419-010000.sqlite'));
    old.close();
    const good = readFileSync(join(folder, 'backups', 'tdkt-20210419-010000.sqlite'));
    // What the old code left after a kill: a backup under its final name, cut short.
    writeFileSync(join(folder, 'backups', 'tdkt-20210419-020000.sqlite'), good.subarray(0, good.length / 2));
    // A document of another database in the shared folder, and one of ours changed by hand.
    writeFileSync(join(folder, 'van-ban', 'cong-van-don-doc_01-UBND-NV_2021-04-13.docx'), 'của cơ sở dữ liệu khác');
    writeFileSync(gm.path, 'sửa tay');
    // The new folder already holds a file by the name of the kế hoạch: it is not overwritten.
    const newDocs = join(dataFolderFor(dbPath), 'van-ban');
    mkdirSync(newDocs, { recursive: true });
    writeFileSync(join(newDocs, kh.fileName), 'đã có sẵn');

    const app = new TdktApp({ dbPath, now: NOW, autoBackup: false });
    expect(app.openProblems).toEqual([]);
    expect(readdirSync(newDocs).sort()).toEqual([bc.fileName, kh.fileName].sort());
    expect(sha256(readFileSync(join(newDocs, bc.fileName)))).toBe(bc.fileHash);
    expect(readFileSync(join(newDocs, kh.fileName), 'utf8')).toBe('đã có sẵn');
    expect(readdirSync(join(folder, 'van-ban')).sort()).toEqual(
      ['cong-van-don-doc_01-UBND-NV_2021-04-13.docx', gm.fileName, kh.fileName].sort(),
    );
    expect(readFileSync(join(folder, 'van-ban', gm.fileName), 'utf8')).toBe('sửa tay');
    // The moved báo cáo is served from its new place; the register's hash check still guards the rest.
    expect((await app.invoke('documents.get', { id: bc.id })).contentBase64).toBe(bc.contentBase64);
    expect((await app.call('documents.get', { id: gm.id })).ok).toBe(false);

    const listed = await app.invoke('backup.list', {});
    expect(listed.map((b) => b.name)).toEqual(['tdkt-20210419-010000.sqlite']);
    expect(sha256(readFileSync(listed[0].path))).toBe(sha256(good));
    expect(readdirSync(join(folder, 'backups'))).toEqual(['tdkt-20210419-020000.sqlite']);
    app.close();

    // Opening again changes nothing more.
    const again = new TdktApp({ dbPath, now: NOW, autoBackup: false });
    expect(readdirSync(newDocs).sort()).toEqual([bc.fileName, kh.fileName].sort());
    again.close();
  });

  it('carries the documents of any database but backups only for the desktop’s tdkt.sqlite', async () => {
    const folder = tempDir();
    const dbPath = join(folder, 'phuong.sqlite');
    const old = new TdktApp({ dbPath, dataDir: folder, now: NOW, autoBackup: false });
    await old.invoke('demo.load', {});
    const bc = await old.invoke('documents.generate', { kind: 'bao_cao', stage: 'so_ket', asOf: '2021-04-12', date: '2021-04-14' });
    mkdirSync(join(folder, 'backups'));
    old.connection.raw.prepare('VACUUM INTO ?').run(join(folder, 'backups', 'tdkt-20210419-010000.sqlite'));
    old.close();
    const app = new TdktApp({ dbPath, now: NOW, autoBackup: false });
    expect(readdirSync(join(dataFolderFor(dbPath), 'van-ban'))).toEqual([bc.fileName]);
    // The old folder, emptied, is gone; the backups folder could have been another database's: it stays.
    expect(existsSync(join(folder, 'van-ban'))).toBe(false);
    expect(readdirSync(join(folder, 'backups'))).toEqual(['tdkt-20210419-010000.sqlite']);
    app.close();
  });
});
