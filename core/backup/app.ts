// Backups of the database file, kept in <data folder>/backups. Restoring first copies the current file,
// then proves the chosen backup opens and migrates (on a scratch copy) before it replaces anything.
import { copyFileSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { openDatabase } from '../../db/open.ts';
import type { BackupEntry } from '../api/types.ts';
import { notFound, UserError } from '../api/envelope.ts';
import type { Handler } from '../router.ts';
import type { Context } from '../context.ts';

function backupDir(ctx: Context): string {
  const dir = join(ctx.dataDir, 'backups');
  mkdirSync(dir, { recursive: true });
  return dir;
}

function entry(dir: string, name: string): BackupEntry {
  const s = statSync(join(dir, name));
  return { name, path: join(dir, name), bytes: s.size, createdAt: s.mtime.toISOString() };
}

export function createBackup(ctx: Context, label = 'tdkt'): BackupEntry {
  const dir = backupDir(ctx);
  const stamp = ctx.now().toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
  let name = `${label}-${stamp}.sqlite`;
  for (let i = 2; existsSync(join(dir, name)); i++) name = `${label}-${stamp}-${i}.sqlite`;
  ctx.conn.raw.prepare('VACUUM INTO ?').run(join(dir, name));
  return entry(dir, name);
}

const list: Handler<'backup.list'> = (ctx) => {
  const dir = backupDir(ctx);
  return readdirSync(dir)
    .filter((n) => n.endsWith('.sqlite'))
    .map((n) => entry(dir, n))
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.name.localeCompare(a.name));
};

const create: Handler<'backup.create'> = (ctx) => createBackup(ctx);

const restore: Handler<'backup.restore'> = (ctx, a) => {
  const dbPath = ctx.conn.path;
  if (dbPath === ':memory:') throw new UserError('Cơ sở dữ liệu trong bộ nhớ không khôi phục được từ tệp.');
  const dir = backupDir(ctx);
  const source = join(dir, a.name);
  if (!existsSync(source)) throw notFound(`bản sao lưu "${a.name}"`);
  const scratch = `${dbPath}.khoi-phuc.tmp`;
  rmSync(scratch, { force: true });
  copyFileSync(source, scratch);
  try {
    openDatabase(scratch, { create: false }).close();
  } catch (error) {
    rmSync(scratch, { force: true });
    throw new UserError(`Bản sao lưu "${a.name}" không dùng được: ${(error as Error).message}`);
  }
  const safetyCopy = createBackup(ctx, 'truoc-khoi-phuc');
  ctx.conn.close();
  for (const suffix of ['-wal', '-shm']) rmSync(`${dbPath}${suffix}`, { force: true });
  for (const suffix of ['-wal', '-shm']) rmSync(`${scratch}${suffix}`, { force: true });
  renameSync(scratch, dbPath);
  ctx.reopen();
  return { restored: a.name, safetyCopy };
};

export const backupHandlers = { 'backup.list': list, 'backup.create': create, 'backup.restore': restore };
