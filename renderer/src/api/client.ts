// The renderer's only door to core. In Electron the preload exposes window.tdkt.invoke; in the browser
// host the same router answers POST /api/<method> behind a per-run token.
import type { Args, Method, Result, ShellMethod, ShellResults } from '../../../core/api/contract.ts';
import type { ApiError, Envelope } from '../../../core/api/envelope.ts';

interface Bridge {
  invoke(method: string, args: unknown): Promise<Envelope>;
}

/** A call that came back with ok:false (or never reached core). Carries the Vietnamese message and field errors. */
export class ApiCallError extends Error {
  readonly apiError: ApiError;
  constructor(apiError: ApiError) {
    super(apiError.message);
    this.name = 'ApiCallError';
    this.apiError = apiError;
  }
}

const TOKEN_KEY = 'tdkt.token';

// The token arrives once in the URL the host prints; keep it for reloads of this tab and take it out of
// the address bar so it is not bookmarked or shown on a screenshot.
function readToken(): string {
  const url = new URL(window.location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    sessionStorage.setItem(TOKEN_KEY, fromUrl);
    url.searchParams.delete('token');
    window.history.replaceState(null, '', url.pathname + url.search + url.hash);
    return fromUrl;
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}

let token: string | null = null;

/** The browser host's token, for a request that cannot carry the header (an EventSource: useJob.ts). */
export function sessionToken(): string {
  token ??= readToken();
  return token;
}

function bridge(): Bridge | undefined {
  // Not a global declaration: the preload's own typing lives on the electron side.
  return (window as unknown as { tdkt?: Bridge }).tdkt;
}

async function overHttp(method: string, args: unknown): Promise<Envelope> {
  token ??= readToken();
  let response: Response;
  try {
    response = await fetch(`/api/${method}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      body: JSON.stringify(args ?? {}),
    });
  } catch {
    return {
      ok: false,
      error: { code: 'internal', message: 'Không kết nối được với chương trình. Hãy kiểm tra cửa sổ đang chạy TĐKT.' },
    };
  }
  try {
    return (await response.json()) as Envelope;
  } catch {
    const message =
      response.status === 401 || response.status === 403
        ? 'Phiên làm việc không hợp lệ. Hãy mở lại đúng địa chỉ mà chương trình đã in ra.'
        : `Chương trình trả lời không đúng dạng (mã ${response.status}).`;
    return { ok: false, error: { code: 'internal', message } };
  }
}

export async function call<M extends Method>(method: M, args: Args<M>): Promise<Result<M>> {
  const b = bridge();
  const envelope = b ? await b.invoke(method, args) : await overHttp(method, args);
  if (!envelope.ok) throw new ApiCallError(envelope.error);
  return envelope.result as Result<M>;
}

/**
 * A native dialog of the desktop shell (electron/dialogs.ts), over the same bridge; null in the browser
 * mode, which has no dialogs and asks for a typed path instead.
 */
export async function callShell<M extends ShellMethod>(method: M, args: Record<string, unknown> = {}): Promise<ShellResults[M] | null> {
  const b = bridge();
  if (!b) return null;
  const envelope = await b.invoke(method, args);
  if (!envelope.ok) throw new ApiCallError(envelope.error);
  return envelope.result as ShellResults[M];
}

/** Vietnamese text of any failure, for a message toast. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiCallError) return error.apiError.message;
  // A fault of the page itself (or of the IPC wall): its text is the browser's English, for the console.
  console.error(error);
  return 'Lỗi không mong đợi trong giao diện. Hãy tải lại cửa sổ (F5) rồi thử lại.';
}
