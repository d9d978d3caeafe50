// Shared plumbing of the CLI commands: argument parsing, opening the database, Vietnamese errors.
import { existsSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { TdktApp } from '../../app.ts';
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

/** init/demo refuse to overwrite an existing file unless --force. */
export function createFresh(dbPath: string, force: boolean): TdktApp {
  if (existsSync(dbPath)) {
    if (!force) throw new CliError(`Tệp "${dbPath}" đã tồn tại. Dùng --force để ghi đè.`);
    for (const suffix of ['', '-wal', '-shm']) rmSync(`${dbPath}${suffix}`, { force: true });
  }
  return new TdktApp({ dbPath });
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
