// app://tdkt serves the built renderer from one folder and nothing outside it, always with the CSP, and
// answers every path exactly as the browser host does: both go through core/hosts/static.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { type IncomingHttpHeaders, request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { TdktApp } from '../../core/app.ts';
import { type HttpHost, startHttpHost } from '../../core/hosts/http/server.ts';
import { PRODUCTION_CSP } from '../../core/hosts/static/csp.ts';
import { APP_ENTRY_URL, respond } from '../../electron/protocol.ts';
import { freshApp } from './helpers.ts';

vi.mock('electron', () => {
  const electron = { protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() } };
  return { ...electron, default: electron };
});

let base: string;
let root: string;

beforeAll(() => {
  base = mkdtempSync(join(tmpdir(), 'tdkt-protocol-'));
  root = join(base, 'renderer');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>TĐKT</title>');
  writeFileSync(join(root, 'assets', 'index-abc.js'), 'console.log("TĐKT")');
  writeFileSync(join(root, 'assets', 'index-abc.css'), 'body{}');
  writeFileSync(join(root, 'assets', 'font.woff2'), Buffer.from([1, 2, 3]));
  // Outside the renderer folder: must never be served.
  writeFileSync(join(base, 'secret.txt'), 'bí mật');
  writeFileSync(join(base, 'tdkt.sqlite'), 'dữ liệu');
  symlinkSync(join(base, 'secret.txt'), join(root, 'leak.txt'));
  symlinkSync(base, join(root, 'assets', 'up'));
  // A sparse 3 GB file: reading it fails with a RangeError, a failure nobody planned for.
  writeFileSync(join(root, 'assets', 'huge.js'), '');
  truncateSync(join(root, 'assets', 'huge.js'), 3 * 1024 ** 3);
});

afterAll(() => rmSync(base, { recursive: true, force: true }));

function get(url: string, method = 'GET') {
  return respond(root, new Request(url, { method }), PRODUCTION_CSP);
}

describe('app:// responses', () => {
  it('serves index.html at the entry URL and at the root, with the CSP, nosniff and no referrer', async () => {
    for (const url of [APP_ENTRY_URL, 'app://tdkt/', 'app://tdkt']) {
      const response = await get(url);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(response.headers.get('content-security-policy')).toBe(PRODUCTION_CSP);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('referrer-policy')).toBe('no-referrer');
      expect(await response.text()).toContain('TĐKT');
    }
  });

  it('serves assets with their types', async () => {
    expect((await get('app://tdkt/assets/index-abc.js')).headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect((await get('app://tdkt/assets/index-abc.css')).headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect((await get('app://tdkt/assets/font.woff2')).headers.get('content-type')).toBe('font/woff2');
    expect(await (await get('app://tdkt/assets/index-abc.js')).text()).toBe('console.log("TĐKT")');
  });

  it('answers client-side routes with index.html but a missing asset with 404', async () => {
    const route = await get('app://tdkt/campaigns/12');
    expect(route.status).toBe(200);
    expect(await route.text()).toContain('<title>TĐKT</title>');
    const missing = await get('app://tdkt/assets/missing.js');
    expect(missing.status).toBe(404);
    expect(await missing.text()).toBe('Không có tệp này.');
    expect(missing.headers.get('content-security-policy')).toBe(PRODUCTION_CSP);
    expect(missing.headers.get('referrer-policy')).toBe('no-referrer');
  });

  it('never leaves the renderer folder, by dots or by links', async () => {
    const attempts = [
      'app://tdkt/../secret.txt',
      'app://tdkt/%2e%2e/secret.txt',
      'app://tdkt/..%2fsecret.txt',
      'app://tdkt/..%2Ftdkt.sqlite',
      'app://tdkt/assets/..%2f..%2fsecret.txt',
      'app://tdkt/..%5csecret.txt',
      'app://tdkt/leak.txt',
      'app://tdkt/assets/up/secret.txt',
      'app://tdkt/assets/up/tdkt.sqlite',
    ];
    for (const url of attempts) {
      const response = await get(url);
      expect(response.status, url).not.toBe(200);
      const body = await response.text();
      expect(body).not.toContain('bí mật');
      expect(body).not.toContain('dữ liệu');
    }
  });

  it('refuses a path with a NUL byte or a bad %-sequence with 400', async () => {
    for (const url of ['app://tdkt/%00index.html', 'app://tdkt/index.html%00', 'app://tdkt/assets/index-abc.js%00.png', 'app://tdkt/%E0%A4%A', 'app://tdkt/%']) {
      const response = await get(url);
      expect(response.status, url).toBe(400);
      expect(await response.text()).toBe('Địa chỉ yêu cầu không hợp lệ.');
    }
  });

  it('answers only its own host', async () => {
    expect((await get('app://evil/index.html')).status).toBe(404);
    expect((await get('https://tdkt/index.html')).status).toBe(404);
  });

  it('accepts only GET and HEAD', async () => {
    expect((await get(APP_ENTRY_URL, 'POST')).status).toBe(405);
    const head = await get(APP_ENTRY_URL, 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });

  it('answers an unexpected failure with a Vietnamese 500 and logs it', async () => {
    const log = vi.spyOn(console, 'error');
    try {
      const response = await get('app://tdkt/assets/huge.js');
      expect(response.status).toBe(500);
      expect(await response.text()).toBe('Lỗi không mong đợi khi trả lời yêu cầu. Hãy thử lại; nếu lỗi lặp lại, hãy khởi động lại TĐKT.');
      expect(response.headers.get('content-security-policy')).toBe(PRODUCTION_CSP);
      expect(String(log.mock.calls[0]?.[0])).toContain('TĐKT: lỗi không mong đợi khi trả lời GET "app://tdkt/assets/huge.js"');
    } finally {
      log.mockRestore();
    }
  });
});

describe('app:// and the browser host', () => {
  let app: TdktApp;
  let host: HttpHost;
  let port: number;
  beforeAll(async () => {
    app = freshApp();
    host = await startHttpHost(app, { staticDir: root });
    port = Number(new URL(host.url).port);
  });
  afterAll(async () => {
    await host.close();
    app.close();
  });

  function overHttp(path: string) {
    return new Promise<{ status: number; headers: IncomingHttpHeaders; body: string }>((resolve, reject) => {
      const req = httpRequest({ host: '127.0.0.1', port, path }, (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      });
      req.on('error', reject);
      req.end();
    });
  }

  it('give the same status, headers and body for the same path', async () => {
    const paths = ['/', '/assets/index-abc.js', '/assets/missing.js', '/campaigns/12', '/leak.txt', '/assets/up/secret.txt', '/%', '/%00index.html'];
    for (const path of paths) {
      const http = await overHttp(path);
      const electron = await get(`app://tdkt${path}`);
      // Only what HTTP itself adds to every answer differs.
      const { date, connection, 'keep-alive': keepAlive, ...httpHeaders } = http.headers;
      expect(Object.fromEntries(electron.headers), path).toEqual(httpHeaders);
      expect(electron.status, path).toBe(http.status);
      expect(await electron.text(), path).toBe(http.body);
    }
  });
});
