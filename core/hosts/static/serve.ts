// Static serving of the built renderer, once for both of its hosts: the browser host (HTTP on
// 127.0.0.1) and the Electron window's app:// scheme. A request path becomes a file inside one folder or
// a refusal, and every answer carries the same security headers, so a hole closed here is closed in both.
// It answers with plain data; each host turns that into its own response type.
import { readFile, realpath, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';

export interface StaticReply {
  status: number;
  headers: Record<string, string>;
  /** null for HEAD: the same headers, no body. */
  body: Buffer<ArrayBuffer> | null;
}

export const BAD_PATH_TEXT = 'Địa chỉ yêu cầu không hợp lệ.';
export const NOT_FOUND_TEXT = 'Không có tệp này.';
export const METHOD_TEXT = 'Phương thức không được hỗ trợ.';
export const INTERNAL_ERROR_TEXT = 'Lỗi không mong đợi khi trả lời yêu cầu. Hãy thử lại; nếu lỗi lặp lại, hãy khởi động lại TĐKT.';
const NO_INTERFACE_TEXT = 'Thiếu tệp giao diện index.html: hãy dựng lại giao diện hoặc cài lại TĐKT.';

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

/** On every answer of both hosts, the API's JSON included. */
export function securityHeaders(csp: string): Record<string, string> {
  return {
    'content-security-policy': csp,
    'x-content-type-options': 'nosniff',
    // The token of the browser host rides in the page's URL: no request may carry it elsewhere.
    'referrer-policy': 'no-referrer',
  };
}

function reply(status: number, contentType: string, content: Buffer<ArrayBuffer>, csp: string, method: string, extra: Record<string, string> = {}): StaticReply {
  return {
    status,
    headers: {
      'content-type': contentType,
      'content-length': String(content.length),
      'cache-control': 'no-cache',
      ...securityHeaders(csp),
      ...extra,
    },
    body: method === 'HEAD' ? null : content,
  };
}

export function textReply(status: number, text: string, csp: string, method = 'GET', extra: Record<string, string> = {}): StaticReply {
  return reply(status, 'text/plain; charset=utf-8', Buffer.from(text, 'utf8'), csp, method, extra);
}

/**
 * The decoded form of a %-encoded path, or null when it cannot be a file name here: a bad %-sequence
 * (decodeURIComponent throws, and a throw in a request handler used to stop the host), a NUL, or a
 * backslash, which Windows would read as a separator the containment check below never saw.
 */
export function decodePath(encoded: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(encoded);
  } catch {
    return null;
  }
  return /[\0\\]/u.test(decoded) ? null : decoded;
}

function isMissing(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException).code;
  return code === 'ENOENT' || code === 'ENOTDIR' || code === 'ENAMETOOLONG' || code === 'ELOOP';
}

function inside(folder: string, path: string): boolean {
  return path === folder || path.startsWith(folder + sep);
}

/**
 * The real path of a regular file under `root`, or null when there is none or it lies outside: a link
 * inside the folder that points out of it counts as outside.
 */
async function realFileUnder(root: string, file: string): Promise<string | null> {
  try {
    const [realRoot, real] = await Promise.all([realpath(root), realpath(file)]);
    if (!inside(realRoot, real)) return null;
    return (await stat(real)).isFile() ? real : null;
  } catch (error) {
    if (isMissing(error)) return null;
    throw error;
  }
}

/**
 * The answer to `method` on `encodedPath` (the request's path, still %-encoded, without the query) from
 * the built renderer in `root`. A missing asset is 404; only extension-less paths — the app's own
 * client-side routes — fall back to index.html. Errors other than a missing file are thrown for the host
 * to log and answer with INTERNAL_ERROR_TEXT.
 */
export async function serveStatic(root: string, method: string, encodedPath: string, csp: string): Promise<StaticReply> {
  if (method !== 'GET' && method !== 'HEAD') return textReply(405, METHOD_TEXT, csp, method, { allow: 'GET, HEAD' });
  const path = decodePath(encodedPath);
  if (path === null || !path.startsWith('/')) return textReply(400, BAD_PATH_TEXT, csp, method);
  const base = resolve(root);
  const index = join(base, 'index.html');
  const file = resolve(base, path.replace(/^\/+/u, ''));
  if (!inside(base, file)) return textReply(404, NOT_FOUND_TEXT, csp, method);
  let found = await realFileUnder(base, file);
  if (found === null) {
    if (file !== index && extname(file) !== '') return textReply(404, NOT_FOUND_TEXT, csp, method);
    found = await realFileUnder(base, index);
    if (found === null) return textReply(500, NO_INTERFACE_TEXT, csp, method);
  }
  const type = CONTENT_TYPES[extname(found).toLowerCase()] ?? 'application/octet-stream';
  return reply(200, type, await readFile(found), csp, method);
}
