// What every host (IPC, HTTP, CLI, tests) gets back from the router: never a thrown error across a wall.

// 'confirm': nothing was done; the message is a question, and the same call with the option it names goes ahead.
export type ErrorCode = 'invalid' | 'not_found' | 'conflict' | 'confirm' | 'unknown_method' | 'database' | 'internal';

export interface ApiError {
  code: ErrorCode;
  /** Vietnamese, for the user. */
  message: string;
  /** Field path ("name", "phases.0.startDate") → Vietnamese message shown next to that field. */
  fields?: Record<string, string>;
}

export type Envelope<T = unknown> = { ok: true; result: T } | { ok: false; error: ApiError };

/** A problem the user can fix. Thrown inside core, turned into an envelope by the router. */
export class UserError extends Error {
  readonly code: ErrorCode;
  readonly fields?: Record<string, string>;
  constructor(message: string, options: { code?: ErrorCode; fields?: Record<string, string> } = {}) {
    super(message);
    this.name = 'UserError';
    this.code = options.code ?? 'invalid';
    this.fields = options.fields;
  }
}

/** One invalid field: the message is shown next to it and also as the overall message. */
export function fieldError(field: string, message: string): UserError {
  return new UserError(message, { fields: { [field]: message } });
}

export function notFound(what: string): UserError {
  return new UserError(`Không tìm thấy ${what}.`, { code: 'not_found' });
}
