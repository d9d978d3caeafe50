// The import pipeline's API: preview a file (read and staged once), preview again with the user's
// answers, apply what was staged, read the packets log, undo the last import.
import { basename } from 'node:path';
import type { Handler } from '../../router.ts';
import type { Context } from '../../context.ts';
import { UserError } from '../../api/envelope.ts';
import type { ImportPreview } from '../../api/types.ts';
import { todayIso } from '../../text/dates.ts';
import { formLookup } from '../forms/app.ts';
import { readWorkbook } from '../forms/read-workbook.ts';
import type { ImportInput } from '../inputs.ts';
import { applyImport } from './apply.ts';
import { alreadyImported, packetLog } from './log.ts';
import { plan, type StageOptions } from './plan.ts';
import { isWorkbook, readFileBytes, readInputBytes, readJsonInput, stage, staging, unstage } from './staging.ts';
import { undoLastImport } from './undo.ts';

/** The preview of a staged input: the plan's rows, read-only (nothing is written); the plan is kept for apply. */
export function previewOf(ctx: Context, stagingId: string, options: StageOptions): ImportPreview {
  const raw = ctx.conn.raw;
  const staged = staging(ctx.conn, stagingId);
  const input = staged.input;
  const p = plan(raw, input, options);
  staged.previewed = p;
  const s = input.source;
  return {
    stagingId,
    file: s.file,
    what: s.what,
    sender: s.sender ?? null,
    alreadyImported: alreadyImported(raw, input),
    counts: p.counts,
    rows: p.rows,
    notes: p.notes,
    toWrite: p.writes.length,
  };
}

const preview: Handler<'exchange.preview'> = async (ctx, a) => {
  const options = { now: ctx.now(), resolutions: a.resolutions, skip: a.skip };
  if (a.stagingId) return previewOf(ctx, a.stagingId, options);
  let input: ImportInput;
  if (a.content !== undefined && a.fileName) input = readJsonInput(a.content, a.fileName);
  else {
    const name = a.path ? basename(a.path) : a.fileName;
    if (name === undefined || (a.path === undefined && a.contentBase64 === undefined)) throw new UserError('Chọn tệp để xem trước.');
    const bytes = a.path ? readFileBytes(a.path) : Buffer.from(a.contentBase64 as string, 'base64');
    input = isWorkbook(name) ? (await readWorkbook(bytes, name, formLookup(ctx), todayIso(ctx.now()))).input : readInputBytes(name, bytes);
  }
  return previewOf(ctx, stage(ctx.conn, input), options);
};

const apply: Handler<'exchange.apply'> = (ctx, a) => {
  const { input, previewed } = staging(ctx.conn, a.stagingId);
  const result = applyImport(ctx.conn.raw, input, { now: ctx.now(), resolutions: a.resolutions, skip: a.skip }, previewed, ctx.dataDir);
  if (result.packetId !== null) unstage(ctx.conn, a.stagingId);
  return result;
};

export const exchangeHandlers = {
  'exchange.preview': preview,
  'exchange.apply': apply,
  'exchange.log': ((ctx, a) => packetLog(ctx.conn.raw, a.limit)) as Handler<'exchange.log'>,
  'exchange.undoLast': ((ctx) => undoLastImport(ctx.conn.raw, ctx.now(), ctx.dataDir)) as Handler<'exchange.undoLast'>,
};
