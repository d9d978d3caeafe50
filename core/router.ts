// The one door into core: validates the method name and its arguments, runs the handler, and turns
// every outcome into an envelope. Hosts never see a thrown error or a stack trace.
import { z } from 'zod';
import { DatabaseError } from '../db/errors.ts';
import { type Envelope, UserError } from './api/envelope.ts';
import { isMethod, type Method, methods, type ParsedArgs, type Result } from './api/contract.ts';
import type { Context } from './context.ts';

export type Handler<M extends Method> = (ctx: Context, args: ParsedArgs<M>) => Promise<Result<M>> | Result<M>;
export type Handlers = { [M in Method]: Handler<M> };

function zodToUserError(error: z.ZodError): UserError {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const path = issue.path.join('.') || '_';
    fields[path] ??= issue.message;
  }
  const first = Object.entries(fields)[0];
  const where = first[0] === '_' ? '' : ` (trường "${first[0]}")`;
  return new UserError(`Dữ liệu không hợp lệ${where}: ${first[1]}`, { fields });
}

export function toEnvelopeError(error: unknown): Envelope<never> {
  if (error instanceof UserError) {
    return { ok: false, error: { code: error.code, message: error.message, fields: error.fields } };
  }
  if (error instanceof z.ZodError) return toEnvelopeError(zodToUserError(error));
  if (error instanceof DatabaseError) return { ok: false, error: { code: 'database', message: error.message } };
  const message = error instanceof Error ? error.message : String(error);
  return { ok: false, error: { code: 'internal', message: `Lỗi không mong đợi: ${message}` } };
}

export function createRouter(handlers: Handlers, getContext: () => Context) {
  return {
    async call(method: string, args: unknown): Promise<Envelope> {
      if (typeof method !== 'string' || !isMethod(method)) {
        return {
          ok: false,
          error: { code: 'unknown_method', message: `Không có chức năng "${String(method)}".` },
        };
      }
      const parsed = methods[method].args.safeParse(args ?? {});
      if (!parsed.success) return toEnvelopeError(parsed.error);
      try {
        const handler = handlers[method] as (ctx: Context, a: unknown) => unknown;
        return { ok: true, result: await handler(getContext(), parsed.data) };
      } catch (error) {
        return toEnvelopeError(error);
      }
    },
  };
}

export type Router = ReturnType<typeof createRouter>;
