// The messages between the runner (main thread) and the jobs worker, and how an error and large bytes
// cross between them. Structured clone keeps neither an error's class nor a UserError's fields, and
// copies every byte it is not told to transfer.
import { UserError } from '../api/envelope.ts';
import type { ErrorCode } from '../api/envelope.ts';

export interface RunMessage {
  type: 'run';
  jobId: string;
  task: string;
  input: unknown;
  /** One Int32 the runner sets to 1 to cancel: a task busy in a synchronous loop never reads a message. */
  cancel: SharedArrayBuffer;
}

/** Sent after the flag is set, for a task that awaits (and so reads messages) between its steps. */
export interface CancelMessage {
  type: 'cancel';
}

export type WorkerMessage =
  | { type: 'progress'; jobId: string; done: number; total: number }
  | { type: 'done'; jobId: string; output: unknown }
  | { type: 'failed'; jobId: string; error: WireError }
  | { type: 'cancelled'; jobId: string };

/** An error as it crosses: a refusal keeps its Vietnamese text and fields, anything else what the log needs. */
export type WireError =
  | { user: { message: string; code: ErrorCode; fields?: Record<string, string> } }
  | { other: { name: string; message: string; stack?: string; code?: string; path?: string } };

export function toWire(error: unknown): WireError {
  if (error instanceof UserError) return { user: { message: error.message, code: error.code, fields: error.fields } };
  const e = (error instanceof Error ? error : new Error(String(error))) as Error & { code?: unknown; path?: unknown };
  return {
    other: {
      name: e.name,
      message: e.message,
      stack: e.stack,
      code: typeof e.code === 'string' ? e.code : undefined,
      path: typeof e.path === 'string' ? e.path : undefined,
    },
  };
}

/** The error again on the main thread, of a kind the router's toEnvelopeError recognises. */
export function fromWire(wire: WireError): Error {
  if ('user' in wire) return new UserError(wire.user.message, { code: wire.user.code, fields: wire.user.fields });
  const { name, message, stack, code, path } = wire.other;
  const error = Object.assign(new Error(message), code === undefined ? {} : { code }, path === undefined ? {} : { path });
  error.name = name;
  if (stack) error.stack = stack;
  return error;
}

/**
 * The ArrayBuffers of `value` that may be moved rather than copied: those a typed array covers whole.
 * A view into a larger buffer (Node's pooled small Buffers share one 8 KB slab) is copied, or moving
 * it would empty the other views of that buffer.
 */
export function transferables(value: unknown): ArrayBuffer[] {
  const found = new Set<ArrayBuffer>();
  const seen = new Set<object>();
  const walk = (v: unknown): void => {
    if (typeof v !== 'object' || v === null || seen.has(v)) return;
    seen.add(v);
    if (ArrayBuffer.isView(v)) {
      if (v.buffer instanceof ArrayBuffer && v.byteOffset === 0 && v.byteLength === v.buffer.byteLength) found.add(v.buffer);
      return;
    }
    for (const item of Array.isArray(v) ? v : Object.values(v)) walk(item);
  };
  walk(value);
  return [...found];
}
