// logs.export: the log files of this database as one .zip the user saves and sends to support (the
// "Xuất nhật ký" button of the Sao lưu page). JSON lines pack about ten to one, so the five files of
// 5 MB at most travel as a few MB.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { UserError } from '../api/envelope.ts';
import type { Handler } from '../router.ts';
import { logFileNames } from './file.ts';
import { logFolder } from './logger.ts';

const pad = (n: number) => String(n).padStart(2, '0');

const exportLogs: Handler<'logs.export'> = (ctx) => {
  const dir = logFolder(ctx.dataDir);
  const files: Record<string, Uint8Array> = {};
  for (const name of logFileNames()) {
    const path = join(dir, name);
    if (existsSync(path)) files[name] = readFileSync(path);
  }
  if (Object.keys(files).length === 0) throw new UserError(`Chưa có nhật ký nào trong thư mục "${dir}".`, { code: 'not_found' });
  const zip = zipSync(files, { level: 6 });
  const t = ctx.now();
  const stamp = `${t.getFullYear()}${pad(t.getMonth() + 1)}${pad(t.getDate())}-${pad(t.getHours())}${pad(t.getMinutes())}`;
  return { fileName: `nhat-ky-tdkt-${stamp}.zip`, contentBase64: Buffer.from(zip).toString('base64'), bytes: zip.length };
};

export const logHandlers = { 'logs.export': exportLogs };
