// The browser host: the same router over HTTP, for `npm run web` and the e2e tests. It listens on
// 127.0.0.1 only, and every API call must carry the random token printed at start; the Host header
// is checked too, so a web page elsewhere cannot reach it through DNS rebinding. Any web page the user
// visits can still send it requests (an <img src> needs no token), so no request, however malformed, may
// stop it: each is answered inside one guard, and a client that dribbles its request is cut off.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Envelope } from '../../api/envelope.ts';
import type { AppEvent, JobInfo } from '../../api/types.ts';
import type { TdktApp } from '../../app.ts';
import { PRODUCTION_CSP } from '../static/csp.ts';
import { BAD_PATH_TEXT, decodePath, INTERNAL_ERROR_TEXT, type StaticReply, securityHeaders, serveStatic, textReply } from '../static/serve.ts';

const MAX_BODY = 20 * 1024 * 1024;
const REQUEST_TIMEOUT_MS = 30_000;
const API_PREFIX = '/api/';
/** Server-sent events of the jobs (core/jobs): an EventSource cannot send a header, so the token may come as ?token=. */
const EVENTS_PATH = '/api/events';
/** A comment line this often keeps the stream open through anything idle-minded and finds dead clients. */
const HEARTBEAT_MS = 25_000;

export interface HttpHostOptions {
  staticDir: string;
  port?: number;
  token?: string;
  /** A request (headers and body) not wholly received this long after it began is cut off with 408. */
  requestTimeoutMs?: number;
}

export interface HttpHost {
  server: Server;
  url: string;
  token: string;
  close(): Promise<void>;
}

function sendJson(res: ServerResponse, status: number, body: Envelope): void {
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    ...securityHeaders(PRODUCTION_CSP),
  });
  res.end(JSON.stringify(body));
}

function refuse(res: ServerResponse, status: number, message: string, code: 'invalid' | 'internal' = 'invalid'): void {
  sendJson(res, status, { ok: false, error: { code, message } });
}

function sendReply(res: ServerResponse, reply: StaticReply): void {
  res.writeHead(reply.status, reply.headers);
  res.end(reply.body ?? undefined);
}

function sameToken(given: string, token: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

type Body = { text: string } | 'too-large' | 'aborted';

function readBody(req: IncomingMessage): Promise<Body> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        // The rest still flows in and is dropped; the answer closes the connection.
        req.off('data', onData);
        req.resume();
        resolve('too-large');
        return;
      }
      chunks.push(chunk);
    };
    req.on('data', onData);
    req.once('end', () => resolve({ text: Buffer.concat(chunks).toString('utf8') }));
    // The client went away, or the request time limit cut it off: nobody is left to answer.
    req.once('error', () => resolve('aborted'));
    req.once('close', () => resolve('aborted'));
  });
}

/**
 * The path of the request target, still %-encoded. Taken apart by hand: `new URL()` throws on targets
 * such as `//[`, and would read `//evil.example/api/…` as a host name followed by an API path.
 */
function targetPath(target: string): string {
  return target.split('?', 1)[0];
}

async function callApi(app: TdktApp, token: string, path: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const auth = req.headers.authorization ?? '';
  if (!auth.startsWith('Bearer ') || !sameToken(auth.slice(7), token)) return refuse(res, 401, 'Thiếu hoặc sai mã truy cập (token).');
  if (req.method !== 'POST') return refuse(res, 405, 'Chỉ nhận POST.');
  const method = decodePath(path.slice(API_PREFIX.length));
  if (method === null) return refuse(res, 400, BAD_PATH_TEXT);
  const body = await readBody(req);
  if (body === 'aborted') return;
  if (body === 'too-large') {
    res.setHeader('connection', 'close');
    return refuse(res, 413, 'Dữ liệu gửi lên quá lớn (tối đa 20 MB).');
  }
  let args: unknown;
  try {
    args = body.text ? JSON.parse(body.text) : {};
  } catch {
    // V8's own text ("Unexpected token … in JSON at position 1") is English and says nothing to the user.
    return refuse(res, 400, 'Dữ liệu gửi lên không đúng định dạng, không đọc được.');
  }
  sendJson(res, 200, await app.call(method, args));
}

/** The token of a request: the Authorization header, or for the event stream only, ?token= as well. */
function givenToken(req: IncomingMessage, fromQuery: boolean): string {
  const auth = req.headers.authorization ?? '';
  if (auth.startsWith('Bearer ')) return auth.slice(7);
  if (!fromQuery) return '';
  const query = (req.url ?? '').split('?')[1] ?? '';
  return new URLSearchParams(query).get('token') ?? '';
}

/** The app's events as `event: progress` lines, starting with every job the app knows now. */
function streamEvents(app: TdktApp, token: string, req: IncomingMessage, res: ServerResponse, open: Set<ServerResponse>): void {
  if (!sameToken(givenToken(req, true), token)) {
    refuse(res, 401, 'Thiếu hoặc sai mã truy cập (token).');
    return;
  }
  if (req.method !== 'GET') {
    refuse(res, 405, 'Chỉ nhận GET.');
    return;
  }
  res.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-store',
    connection: 'keep-alive',
    ...securityHeaders(PRODUCTION_CSP),
  });
  // Once ended (the host is closing) a write would be an error event nobody listens to.
  const write = (text: string) => {
    if (!res.writableEnded) res.write(text);
  };
  const send = (event: AppEvent) => write(`event: ${event.name}\ndata: ${JSON.stringify(event.payload)}\n\n`);
  const stop = app.onEvent(send);
  open.add(res);
  write('retry: 2000\n\n');
  void app.call('jobs.list', {}).then((envelope) => {
    if (envelope.ok) for (const job of envelope.result as JobInfo[]) send({ name: 'progress', payload: job });
  });
  const heartbeat = setInterval(() => write(': \n\n'), HEARTBEAT_MS);
  heartbeat.unref();
  res.once('close', () => {
    stop();
    clearInterval(heartbeat);
    open.delete(res);
  });
}

export function startHttpHost(app: TdktApp, options: HttpHostOptions): Promise<HttpHost> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  const limit = options.requestTimeoutMs ?? REQUEST_TIMEOUT_MS;
  // Node looks for overdue requests once per interval, so the worst case is timeout + interval: the two
  // together make the limit.
  const checkEvery = Math.max(1, Math.round(limit / 30));
  let allowedHosts: string[] = [];
  const streams = new Set<ServerResponse>();

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!allowedHosts.includes(req.headers.host ?? '')) return refuse(res, 421, 'Máy chủ chỉ phục vụ địa chỉ 127.0.0.1.');
    const path = targetPath(req.url ?? '');
    if (path === EVENTS_PATH) return streamEvents(app, token, req, res, streams);
    if (path.startsWith(API_PREFIX)) return callApi(app, token, path, req, res);
    sendReply(res, await serveStatic(options.staticDir, req.method ?? '', path, PRODUCTION_CSP));
  }

  const server = createServer({ requestTimeout: limit - checkEvery, headersTimeout: limit - checkEvery, connectionsCheckingInterval: checkEvery }, (req, res) => {
    handle(req, res).catch((error: unknown) => {
      const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
      process.stderr.write(`TĐKT: lỗi không mong đợi khi trả lời ${req.method} ${JSON.stringify(req.url)}: ${detail}\n`);
      if (res.headersSent) res.destroy();
      else if (targetPath(req.url ?? '').startsWith(API_PREFIX)) refuse(res, 500, INTERNAL_ERROR_TEXT, 'internal');
      else sendReply(res, textReply(500, INTERNAL_ERROR_TEXT, PRODUCTION_CSP, req.method));
    });
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
        close: () =>
          new Promise<void>((done) => {
            // An event stream never ends by itself: the server would wait for it forever.
            for (const res of streams) res.end();
            server.close(() => done());
          }),
      });
    });
  });
}
