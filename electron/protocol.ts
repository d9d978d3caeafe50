// Serves the built renderer from app://tdkt/ instead of file://. A standard, secure scheme gives the page a
// real origin (so CSP 'self', fetch and the frame check mean something) and no file-system reach: only
// files under the renderer folder can be answered. Which file a path means, and the headers on the answer,
// are core/hosts/static's, shared with the browser host.
import { protocol } from 'electron';
import { INTERNAL_ERROR_TEXT, NOT_FOUND_TEXT, type StaticReply, serveStatic, textReply } from '../core/hosts/static/serve.ts';

export const APP_SCHEME = 'app';
export const APP_HOST = 'tdkt';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** Must run before `app` is ready: Chromium fixes scheme privileges at start-up. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      // No corsEnabled and no bypassCSP: other origins cannot read app:// and our CSP still applies.
      privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
    },
  ]);
}

function toResponse(reply: StaticReply): Response {
  return new Response(reply.body, { status: reply.status, headers: reply.headers });
}

async function replyFor(root: string, request: Request, csp: string): Promise<StaticReply> {
  let url: URL;
  try {
    url = new URL(request.url);
  } catch {
    return textReply(404, NOT_FOUND_TEXT, csp, request.method);
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.hostname !== APP_HOST) return textReply(404, NOT_FOUND_TEXT, csp, request.method);
  // Node's URL leaves a custom scheme's empty path empty; Chromium, for a standard scheme, makes it '/'.
  return serveStatic(root, request.method, url.pathname || '/', csp);
}

export async function respond(root: string, request: Request, csp: string): Promise<Response> {
  try {
    return toResponse(await replyFor(root, request, csp));
  } catch (error) {
    // A throw here would leave the page with Chromium's own English error; the details go to the log.
    console.error(`TĐKT: lỗi không mong đợi khi trả lời ${request.method} ${JSON.stringify(request.url)}:`, error);
    return toResponse(textReply(500, INTERNAL_ERROR_TEXT, csp, request.method));
  }
}

/** Call after `app` is ready. */
export function serveRenderer(root: string, csp: string): void {
  protocol.handle(APP_SCHEME, (request) => respond(root, request, csp));
}
