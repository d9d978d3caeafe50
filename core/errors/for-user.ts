// What a host prints or shows when something fails outside the router's envelope: opening the
// database at start, a CLI command writing its --out file. Same rules as the router: Vietnamese only,
// the app's own refusals as they are, SQLite's and Node's failures by their sentence, anything else
// a bug the user is told to report. Electron's main process and the browser host's start can use it too.
import { DatabaseError } from '../../db/errors.ts';
import { UserError } from '../api/envelope.ts';
import { explainSystemError, SUPPORT_HINT } from './system.ts';

export interface ForUser {
  message: string;
  /** Neither the app's refusal nor a known failure: worth the stack in the log or on stderr. */
  bug: boolean;
}

export function forUser(error: unknown): ForUser {
  // TdktApp.invoke throws the router's envelope as apiError: its message is already the user's.
  if (error instanceof UserError || error instanceof DatabaseError || (error as { apiError?: unknown } | null)?.apiError) {
    return { message: (error as Error).message, bug: false };
  }
  const explained = explainSystemError(error);
  if (explained) return { message: explained.message, bug: false };
  return { message: `Lỗi không mong đợi, việc này chưa làm được. ${SUPPORT_HINT}`, bug: true };
}
