// The IPC host of the core router: one channel, one envelope in, one envelope out. The renderer is
// treated as untrusted input — the frame that sent the request is checked, the request is validated, and
// every outcome (including a refusal) comes back as an envelope rather than a rejected promise, so the UI
// has a single shape to show in Vietnamese.
import type { IpcMain, IpcMainInvokeEvent, WebContents, WebFrameMain } from 'electron';
import { z } from 'zod';
import { isMethod } from '../core/api/contract.ts';
import type { Envelope, ErrorCode } from '../core/api/envelope.ts';
import type { AppEvent } from '../core/api/types.ts';
import { forUser } from '../core/errors/for-user.ts';
import { type EventName, eventChannel, INVOKE_CHANNEL } from './channels.ts';
import type { ShellHandler } from './dialogs.ts';

/** What the IPC host needs from core; `TdktApp` satisfies it. Injected so tests can pass any router. */
export interface RouterLike {
  call(method: string, args: unknown): Promise<Envelope>;
}

export type SenderInfo = Pick<IpcMainInvokeEvent, 'sender' | 'senderFrame'>;
export type FrameGuard = (event: SenderInfo) => boolean;

const MAX_METHOD_LENGTH = 100;

const requestSchema = z
  .object({
    method: z.string().min(1).max(MAX_METHOD_LENGTH),
    args: z.unknown(),
  })
  .strict();

export const REFUSED_SENDER_MESSAGE = 'Yêu cầu bị từ chối: yêu cầu không xuất phát từ cửa sổ chính của TĐKT.';
export const BAD_REQUEST_MESSAGE = 'Yêu cầu không hợp lệ: cần có tên chức năng và dữ liệu kèm theo.';

function refuse(code: ErrorCode, message: string): Envelope<never> {
  return { ok: false, error: { code, message } };
}

export async function handleInvoke(
  router: RouterLike,
  isTrustedFrame: FrameGuard,
  event: SenderInfo,
  request: unknown,
  shell?: ShellHandler,
): Promise<Envelope> {
  let trusted = false;
  try {
    trusted = isTrustedFrame(event);
  } catch {
    // A frame that navigated away or was destroyed mid-request throws on access: not ours any more.
    trusted = false;
  }
  if (!trusted) return refuse('invalid', REFUSED_SENDER_MESSAGE);

  const parsed = requestSchema.safeParse(request);
  if (!parsed.success) return refuse('invalid', BAD_REQUEST_MESSAGE);
  const { method, args } = parsed.data;
  // Native dialogs (shell.*) are answered here, by the same trusted-frame rule, and never reach core.
  const shellAnswer = shell?.(method, args);
  if (shellAnswer) return shellAnswer;
  // The router refuses unknown names too; refusing here keeps unknown names from reaching core at all.
  if (!isMethod(method)) return refuse('unknown_method', `Không có chức năng "${method}".`);

  try {
    return await router.call(method, args);
  } catch (error) {
    // The router promises never to throw; if it ever does, the renderer still gets an envelope, in
    // Vietnamese, and the detail goes to the main process's console.
    console.error('TĐKT: the router threw', error);
    return refuse('internal', forUser(error).message);
  }
}

/** Registers the single request channel. Returns a function that removes it (for tests and shutdown). */
export function registerIpc(
  ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>,
  router: RouterLike,
  isTrustedFrame: FrameGuard,
  shell?: ShellHandler,
): () => void {
  ipcMain.handle(INVOKE_CHANNEL, (event, request: unknown) => handleInvoke(router, isTrustedFrame, event, request, shell));
  return () => ipcMain.removeHandler(INVOKE_CHANNEL);
}

/**
 * Same scheme, host and port. Compared by parts rather than `URL.origin`, which is "null" for custom
 * schemes such as app:// in Node's URL.
 */
export function isSameOrigin(url: string, origin: string): boolean {
  let a: URL;
  let b: URL;
  try {
    a = new URL(url);
    b = new URL(origin);
  } catch {
    return false;
  }
  return a.protocol === b.protocol && a.hostname === b.hostname && a.port === b.port;
}

interface WindowLike {
  isDestroyed(): boolean;
  webContents: { mainFrame: Pick<WebFrameMain, 'processId' | 'routingId'> };
}

/**
 * Trusts only the top frame of our own window, and only while it shows the app's origin. An iframe, a
 * page the window was somehow navigated to, or any other webContents is refused.
 */
export function createFrameGuard(getWindow: () => WindowLike | null, appOrigin: string): FrameGuard {
  return (event) => {
    const win = getWindow();
    if (!win || win.isDestroyed()) return false;
    if (event.sender !== win.webContents) return false;
    const frame: WebFrameMain | null = event.senderFrame;
    if (!frame || frame.parent !== null) return false;
    const top = win.webContents.mainFrame;
    // Distinct WebFrameMain objects for one frame share processId + routingId (Electron docs).
    if (frame.processId !== top.processId || frame.routingId !== top.routingId) return false;
    return isSameOrigin(frame.url, appOrigin);
  };
}

/** Pushes an event to the renderer; the preload only lets it through to listeners of that name. */
export function sendEvent(target: Pick<WebContents, 'send' | 'isDestroyed'>, name: EventName, payload: unknown): void {
  if (target.isDestroyed()) return;
  target.send(eventChannel(name), payload);
}

/** What the event forwarding needs from core; `TdktApp` satisfies it. */
export interface EventFeed {
  onEvent(listener: (event: AppEvent) => void): () => void;
}

/**
 * Passes every app event (job progress) on to the window shown now, on the channel of its name; while
 * there is no window the events are dropped (jobs.get still answers). Returns the unsubscribe.
 */
export function forwardEvents(source: EventFeed, getTarget: () => Pick<WebContents, 'send' | 'isDestroyed'> | null): () => void {
  return source.onEvent((event) => {
    const target = getTarget();
    if (target) sendEvent(target, event.name, event.payload);
  });
}
