// The browser host: the same router over HTTP, for `npm run web` and the e2e tests. It listens on
// 127.0.0.1 only, and every API call must carry the random token printed at start; the Host header
// is checked too, so a web page elsewhere cannot reach it through DNS rebinding.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import type { TdktApp } from '../../app.ts';

const MAX_BODY = 20 * 1024 * 1024;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

export interface HttpHost {
  server: Server;
  url: string;
  token: string;
  close(): Promise<void>;
}

function send(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(text);
}

function sameToken(given: string, token: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) throw new Error('Dữ liệu gửi lên quá lớn.');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function serveStatic(staticDir: string, urlPath: string, res: ServerResponse): void {
  const rel = normalize(decodeURIComponent(urlPath)).replace(/^([/\\])+/, '');
  let file = join(staticDir, rel);
  if (!file.startsWith(staticDir + sep) && file !== staticDir) {
    res.writeHead(403).end();
    return;
  }
  if (!existsSync(file) || statSync(file).isDirectory()) file = join(staticDir, 'index.html');
  if (!existsSync(file)) {
    res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
    res.end('Chưa dựng giao diện: chạy "npm run web" (lệnh này dựng rồi mới chạy máy chủ).');
    return;
  }
  res.writeHead(200, {
    'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
    'content-security-policy': CSP,
    'x-content-type-options': 'nosniff',
    'cache-control': 'no-cache',
  });
  createReadStream(file).pipe(res);
}

export function startHttpHost(app: TdktApp, options: { staticDir: string; port?: number; token?: string }): Promise<HttpHost> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  let allowedHosts: string[] = [];
  const server = createServer(async (req, res) => {
    if (!allowedHosts.includes(req.headers.host ?? '')) {
      return send(res, 421, { ok: false, error: { code: 'invalid', message: 'Máy chủ chỉ phục vụ địa chỉ 127.0.0.1.' } });
    }
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (!url.pathname.startsWith('/api/')) {
      if (req.method !== 'GET' && req.method !== 'HEAD') return void res.writeHead(405).end();
      return serveStatic(options.staticDir, url.pathname, res);
    }
    const auth = req.headers.authorization ?? '';
    if (!auth.startsWith('Bearer ') || !sameToken(auth.slice(7), token)) {
      return send(res, 401, { ok: false, error: { code: 'invalid', message: 'Thiếu hoặc sai mã truy cập (token).' } });
    }
    if (req.method !== 'POST') return send(res, 405, { ok: false, error: { code: 'invalid', message: 'Chỉ nhận POST.' } });
    let args: unknown;
    try {
      const body = await readBody(req);
      args = body ? JSON.parse(body) : {};
    } catch (error) {
      return send(res, 400, { ok: false, error: { code: 'invalid', message: `Dữ liệu gửi lên không đọc được: ${(error as Error).message}` } });
    }
    const envelope = await app.call(decodeURIComponent(url.pathname.slice('/api/'.length)), args);
    send(res, 200, envelope);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      allowedHosts = [`127.0.0.1:${port}`, `localhost:${port}`];
      resolve({
        server,
        token,
        url: `http://127.0.0.1:${port}/?token=${token}`,
        close: () => new Promise<void>((done) => server.close(() => done())),
      });
    });
  });
}
