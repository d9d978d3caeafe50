// Serves the built renderer from app://tdkt/ instead of file://. A standard, secure scheme gives the page a
// real origin (so CSP 'self', fetch and the frame check mean something) and no file-system reach: only
// files under the renderer folder can be answered.
import { readFile, stat } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import { protocol } from 'electron';

export const APP_SCHEME = 'app';
export const APP_HOST = 'tdkt';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

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

/**
 * The file a request maps to, or null when it is not ours or would leave the renderer folder.
 * Paths without an extension fall back to index.html (client-side routes).
 */
export function resolveAppPath(root: string, requestUrl: string): { file: string; fallback: boolean } | null {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.hostname !== APP_HOST) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0')) return null;
  const base = resolve(root);
  const relative = pathname === '/' || pathname === '' ? 'index.html' : pathname.replace(/^\/+/, '');
  const file = resolve(base, relative);
  if (file !== base && !file.startsWith(base + sep)) return null;
  return { file, fallback: extname(file) === '' };
}

function securityHeaders(csp: string, contentType: string): Headers {
  return new Headers({
    'Content-Type': contentType,
    'Content-Security-Policy': csp,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-cache',
  });
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

export async function respond(root: string, request: Request, csp: string): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return new Response('Phương thức không được hỗ trợ.', { status: 405, headers: securityHeaders(csp, 'text/plain; charset=utf-8') });
  }
  const target = resolveAppPath(root, request.url);
  if (!target) {
    return new Response('Không có tệp này.', { status: 404, headers: securityHeaders(csp, 'text/plain; charset=utf-8') });
  }
  let file = target.file;
  if (!(await isFile(file))) {
    if (!target.fallback) {
      return new Response('Không có tệp này.', { status: 404, headers: securityHeaders(csp, 'text/plain; charset=utf-8') });
    }
    file = resolve(root, 'index.html');
  }
  const body = await readFile(file);
  const type = CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
  return new Response(request.method === 'HEAD' ? null : body, { status: 200, headers: securityHeaders(csp, type) });
}

/** Call after `app` is ready. */
export function serveRenderer(root: string, csp: string): void {
  protocol.handle(APP_SCHEME, (request) => respond(root, request, csp));
}
