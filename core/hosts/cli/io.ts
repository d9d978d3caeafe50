// Shared plumbing of the CLI commands: argument parsing, opening the database, Vietnamese errors.
import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { buildPathFor, replaceDatabaseFile } from '../../../db/replace.ts';
import { TdktApp } from '../../app.ts';
import { dataFolderFor } from '../../files/data-folder.ts';
import { isIsoDate } from '../../text/dates.ts';

/** A failure the user caused: printed as is on stderr, exit code 1. */
export class CliError extends Error {}

export interface Command {
  summary: string;
  usage: string;
  run(argv: string[]): Promise<void>;
}

/** node:util parseArgs says it in English; the option it names is the one quoted part worth keeping. */
function parseArgsMessage(error: Error & { code?: string }): string {
  const option = /'([^']+)'/u.exec(error.message)?.[1] ?? '';
  switch (error.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `không có tham số "${option}".`;
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return `lệnh này không nhận "${option}".`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      // "Option '--db <value>' argument missing", or "Option '--json' does not take an argument".
      return option.endsWith(' <value>') ? `tham số "${option.slice(0, -' <value>'.length)}" cần một giá trị.` : `tham số "${option}" không nhận giá trị.`;
    default:
      return 'hãy xem cách dùng (npm run cli -- --help).';
  }
}

export function parse<T extends NonNullable<ParseArgsConfig['options']>>(argv: string[], options: T, allowPositionals = false) {
  try {
    return parseArgs({ args: argv, options, allowPositionals, strict: true });
  } catch (error) {
    throw new CliError(`Tham số không hợp lệ: ${parseArgsMessage(error as Error & { code?: string })}`);
  }
}

export function requireDb(value: string | undefined): string {
  if (!value) throw new CliError('Thiếu --db FILE (đường dẫn tệp cơ sở dữ liệu).');
  return resolve(value);
}

export function openExisting(dbPath: string): TdktApp {
  if (!existsSync(dbPath)) throw new CliError(`Không tìm thấy tệp dữ liệu "${dbPath}".`);
  return new TdktApp({ dbPath, create: false });
}

/** A free name beside `folder` for the folder of a replaced database, e.g. "tdkt-du-lieu-cu-20210420-100000". */
function asideName(folder: string, now: Date): string {
  const stamp = now.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
  let name = `${folder}-cu-${stamp}`;
  for (let i = 2; existsSync(name); i++) name = `${folder}-cu-${stamp}-${i}`;
  return name;
}

function holdsFiles(folder: string): boolean {
  return readdirSync(folder, { recursive: true, withFileTypes: true }).some((entry) => !entry.isDirectory());
}

/**
 * init/demo: a new database at `dbPath`, filled by `fill`, refusing to overwrite an existing file unless
 * `force`. The database is built complete under a temporary name and renamed over the old file
 * (db/replace.ts), so an interruption leaves the old database or the new one. The old database's data
 * folder (its documents, backups and logs) is renamed aside rather than deleted: its backups may be the
 * only copies of the replaced data, and the new register must never meet the old files. A folder that
 * holds no file at all is removed instead, so repeated runs leave no trail of empty folders.
 */
export async function createFresh(dbPath: string, force: boolean, fill: (app: TdktApp) => Promise<void> = async () => {}): Promise<{ oldDataFolder: string | null }> {
  if (existsSync(dbPath) && !force) throw new CliError(`Tệp "${dbPath}" đã tồn tại. Dùng --force để ghi đè.`);
  const dataDir = dataFolderFor(dbPath);
  const buildDataDir = dataFolderFor(buildPathFor(dbPath));
  // Only once the build has begun is the build folder ours: until then it may be another run's.
  let building = false;
  let oldDataFolder: string | null = null;
  try {
    await replaceDatabaseFile(dbPath, {
      async build(path) {
        building = true;
        rmSync(buildDataDir, { recursive: true, force: true });
        const app = new TdktApp({ dbPath: path, dataDir: buildDataDir });
        try {
          await fill(app);
        } finally {
          app.close();
        }
      },
      beforeSwap() {
        // A folder with nothing but empty folders in it holds nothing to keep.
        if (existsSync(dataDir) && !holdsFiles(dataDir)) rmSync(dataDir, { recursive: true });
        const aside = existsSync(dataDir) ? asideName(dataDir, new Date()) : null;
        if (aside) renameSync(dataDir, aside);
        oldDataFolder = aside;
        return () => {
          if (aside) renameSync(aside, dataDir);
          oldDataFolder = null;
        };
      },
    });
  } catch (error) {
    if (building) rmSync(buildDataDir, { recursive: true, force: true });
    throw error;
  }
  try {
    renameSync(buildDataDir, dataDir);
  } catch {
    // The database is in place; its data folder is made again when it is first opened.
    rmSync(buildDataDir, { recursive: true, force: true });
  }
  return { oldDataFolder };
}

/** The line init/demo print when an old database's files were moved aside. */
export function oldDataFolderNote(oldDataFolder: string | null): string {
  return oldDataFolder ? `Tài liệu, bản sao lưu và nhật ký của cơ sở dữ liệu cũ được giữ lại trong thư mục: ${oldDataFolder}\n` : '';
}

export function optionalId(value: string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new CliError(`${name} phải là số nguyên dương (nhận được "${value}").`);
  return n;
}

export function optionalDate(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (!isIsoDate(value)) throw new CliError(`Ngày không hợp lệ: "${value}" (cần dạng YYYY-MM-DD, ví dụ 2021-04-12).`);
  return value;
}

export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}
