// The one door into core: validates the method name and its arguments, runs the handler, and turns
// every outcome into an envelope. Hosts never see a thrown error or a stack trace, and the user never
// reads SQLite's, Node's or zod's own English: what went wrong inside goes to the log, with the method.
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { DatabaseError } from '../db/errors.ts';
import { type Envelope, UserError } from './api/envelope.ts';
import { isMethod, type Method, methods, type ParsedArgs, type Result } from './api/contract.ts';
import type { Context } from './context.ts';
import { explainSystemError, SUPPORT_HINT } from './errors/system.ts';
import { shortName, validationError } from './errors/validation.ts';
import type { Logger } from './log/logger.ts';
import { summarizeArgs } from './log/summarize.ts';

export type Handler<M extends Method> = (ctx: Context, args: ParsedArgs<M>) => Promise<Result<M>> | Result<M>;
export type Handlers = { [M in Method]: Handler<M> };

/** Where a failure happened, for the log line. */
export interface CallSite {
  method: string;
  args: unknown;
}

/**
 * The envelope of any failure. A refusal the user can act on (UserError, a schema's, a DatabaseError
 * naming its file) is passed on as it is; a SQLite or file-system failure gets its Vietnamese sentence
 * and a log line; anything else is a bug: "Lỗi không mong đợi", a reference to find its log line, and
 * the stack in the log.
 */
export function toEnvelopeError(error: unknown, log?: Logger, site?: CallSite): Envelope<never> {
  if (error instanceof UserError) {
    return { ok: false, error: { code: error.code, message: error.message, fields: error.fields } };
  }
  if (error instanceof z.ZodError) return toEnvelopeError(validationError(error));
  const where = site ? { method: site.method, args: summarizeArgs(site.args) } : {};
  if (error instanceof DatabaseError) {
    log?.warn({ ...where, path: error.path, err: error }, 'database refused');
    return { ok: false, error: { code: 'database', message: error.message } };
  }
  const explained = explainSystemError(error);
  if (explained) {
    log?.error({ ...where, code: (error as { code?: string }).code, err: error }, 'system error');
    return { ok: false, error: explained };
  }
  const ref = randomUUID().slice(0, 8);
  log?.error({ ...where, ref, err: error instanceof Error ? error : { message: String(error) } }, 'unexpected error');
  return {
    ok: false,
    error: { code: 'internal', message: `Lỗi không mong đợi, việc này chưa làm được (mã tra cứu ${ref}). ${SUPPORT_HINT}` },
  };
}

export function createRouter(handlers: Handlers, getContext: () => Context, log?: Logger) {
  return {
    async call(method: string, args: unknown): Promise<Envelope> {
      if (typeof method !== 'string' || !isMethod(method)) {
        return {
          ok: false,
          error: { code: 'unknown_method', message: `Không có chức năng "${shortName(String(method))}".` },
        };
      }
      const parsed = methods[method].args.safeParse(args ?? {});
      if (!parsed.success) return toEnvelopeError(parsed.error);
      try {
        const handler = handlers[method] as (ctx: Context, a: unknown) => unknown;
        return { ok: true, result: await handler(getContext(), parsed.data) };
      } catch (error) {
        return toEnvelopeError(error, log, { method, args });
      }
    },
  };
}

export type Router = ReturnType<typeof createRouter>;
