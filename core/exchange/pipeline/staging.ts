// A file read once is staged once: the ImportInput a reader produced is kept in memory under a staging
// id, per open database, so the preview can be recomputed with the user's answers and apply can run on
// exactly what was previewed without reading or parsing the file again. Only the last few are kept:
// a staging is a step of one dialog, not storage.
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { basename, extname } from 'node:path';
import type { z } from 'zod';
import type { Connection } from '../../../db/open.ts';
import { UserError } from '../../api/envelope.ts';
import { validationError } from '../../errors/validation.ts';
import type { ImportInput } from '../inputs.ts';
import { openPacket } from '../packets/open.ts';
import { importInputSchema } from './input-schema.ts';
import type { Plan } from './plan.ts';

const KEEP = 4;
/** A JSON input larger than this is not an ImportInput anyone made (10k works ≈ 5 MB). */
export const MAX_JSON_BYTES = 200 * 1024 * 1024;

/** A staged input, with the plan its last preview showed (apply reuses it while nothing changed). */
export interface Staged {
  input: ImportInput;
  previewed?: Plan;
}

const staged = new WeakMap<Connection, Map<string, Staged>>();

export function stage(conn: Connection, input: ImportInput): string {
  let map = staged.get(conn);
  if (!map) {
    map = new Map();
    staged.set(conn, map);
  }
  const id = crypto.randomUUID();
  map.set(id, { input });
  while (map.size > KEEP) map.delete(map.keys().next().value!);
  return id;
}

export function staging(conn: Connection, id: string): Staged {
  const found = staged.get(conn)?.get(id);
  if (!found) throw new UserError('Tệp đã chọn không còn trong bộ nhớ (đã mở nhiều tệp khác sau nó, hoặc tệp đã được nhập). Hãy chọn lại tệp ở trang Trao đổi dữ liệu.');
  return found;
}

export function unstage(conn: Connection, id: string): void {
  staged.get(conn)?.delete(id);
}

/**
 * An ImportInput written as JSON (the tests' and the CLI's way to hand the pipeline records directly).
 * Its source.file and sha256 are the file's own, whatever the JSON says, so the log and the "already
 * imported" check name the file the user picked.
 */
export function readJsonInput(text: string, fileName: string): ImportInput {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new UserError(`Tệp "${fileName}" không đọc được: nội dung bị hỏng hoặc không phải tệp dữ liệu để nhập.`);
  }
  const parsed = importInputSchema.safeParse(data);
  if (!parsed.success) throw new UserError(`Tệp "${fileName}": ${validationError(parsed.error as z.ZodError).message}`);
  const sha256 = createHash('sha256').update(text).digest('hex');
  return { ...parsed.data, source: { ...parsed.data.source, file: fileName, sha256 } };
}

/**
 * Reads a file's bytes into an ImportInput, by what the file is: a .tdkt packet (every check the packet
 * reader makes), or the ImportInput JSON of the tests and the CLI. The name decides, so a packet
 * renamed .json is refused as broken JSON rather than half-read.
 */
export function readInputBytes(name: string, bytes: Uint8Array): ImportInput {
  const ext = extname(name).toLowerCase();
  if (ext === '.tdkt') return openPacket(name, bytes).input;
  if (ext === '.json') {
    if (bytes.byteLength > MAX_JSON_BYTES) throw new UserError(`Tệp "${name}" quá lớn (${Math.round(bytes.byteLength / 1024 / 1024)} MB): không phải dữ liệu nhập.`);
    return readJsonInput(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8'), name);
  }
  throw new UserError(`Không nhập được tệp "${name}": chỉ nhập được gói dữ liệu .tdkt và biểu mẫu Excel .xlsx do phần mềm tạo ra.`);
}

/** A workbook goes to the Excel reader, which needs the database's campaigns and units to check it against. */
export const isWorkbook = (name: string): boolean => extname(name).toLowerCase() === '.xlsx';

/** The bytes of a file the user named, refused before reading when it is too big to be an import. */
export function readFileBytes(path: string): Uint8Array {
  const name = basename(path);
  let size: number;
  try {
    size = statSync(path).size;
  } catch {
    throw new UserError(`Không tìm thấy tệp "${path}".`);
  }
  if (size > MAX_JSON_BYTES) throw new UserError(`Tệp "${name}" quá lớn (${Math.round(size / 1024 / 1024)} MB): không phải dữ liệu nhập.`);
  return readFileSync(path);
}
