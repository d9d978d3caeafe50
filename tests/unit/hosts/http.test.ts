import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { type IncomingHttpHeaders, request } from 'node:http';
import { connect } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TdktApp } from '../../../core/app.ts';
import { type HttpHost, startHttpHost } from '../../../core/hosts/http/server.ts';
import { PRODUCTION_CSP } from '../../../core/hosts/static/csp.ts';
import { freshApp, ROOT, tempDir } from '../helpers.ts';

interface Answer {
  status: number;
  text: string;
  headers: IncomingHttpHeaders;
}

/** A request with an exact request target; a host that stopped answering fails the test within 3 s. */
function send(port: number, path: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}) {
  return new Promise<Answer>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method: options.method ?? 'GET', headers: options.headers }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (c) => (text += c));
      res.on('end', () => {
        clearTimeout(timer);
        resolve({ status: res.statusCode ?? 0, text, headers: res.headers });
      });
    });
    const timer = setTimeout(() => {
      req.destroy();
      reject(new Error(`Không có trả lời cho ${path}`));
    }, 3000);
    req.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    req.end(options.body);
  });
}

function post(port: number, path: string, body: string, headers: Record<string, string>) {
  return send(port, path, { method: 'POST', body, headers }).then((r) => ({ ...r, json: r.text ? JSON.parse(r.text) : null }));
}

describe('the browser host', () => {
  let app: TdktApp;
  let host: HttpHost;
  let port: number;
  let web: string;
  let auth: Record<string, string>;
  beforeAll(async () => {
    app = freshApp();
    const base = tempDir();
    web = join(base, 'web');
    mkdirSync(join(web, 'assets'), { recursive: true });
    writeFileSync(join(web, 'index.html'), '<!doctype html><title>TĐKT</title>');
    writeFileSync(join(web, 'assets', 'index-abc.js'), 'console.log("TĐKT")');
    writeFileSync(join(base, 'secret.txt'), 'bí mật');
    // Links a build could contain, pointing out of the folder: they must never be followed.
    symlinkSync(join(base, 'secret.txt'), join(web, 'leak.txt'));
    symlinkSync(base, join(web, 'assets', 'up'));
    host = await startHttpHost(app, { staticDir: web });
    port = Number(new URL(host.url).port);
    auth = { authorization: `Bearer ${host.token}`, host: `127.0.0.1:${port}` };
  });
  afterAll(async () => {
    await host.close();
    app.close();
  });

  it('listens on 127.0.0.1 only and prints a URL with a random token', () => {
    const address = host.server.address();
    expect(typeof address === 'object' && address?.address).toBe('127.0.0.1');
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]{20,}$/);
  });

  it('answers API calls that carry the token with the router envelope', async () => {
    const r = await post(port, '/api/app.info', '{}', auth);
    expect(r.status).toBe(200);
    expect(r.json).toMatchObject({ ok: true, result: { units: 0, campaigns: 0 } });
    const bad = await post(port, '/api/org.saveUnit', JSON.stringify({ code: '', name: '', kind: 'co_quan' }), auth);
    expect(bad.json).toMatchObject({ ok: false, error: { code: 'invalid', fields: { name: 'Nhập tên đơn vị' } } });
  });

  it('refuses a missing or wrong token, and a foreign Host header', async () => {
    const none = await post(port, '/api/app.info', '{}', { host: `127.0.0.1:${port}` });
    expect(none.status).toBe(401);
    const wrong = await post(port, '/api/app.info', '{}', { authorization: 'Bearer nope', host: `127.0.0.1:${port}` });
    expect(wrong.status).toBe(401);
    const rebinding = await post(port, '/api/app.info', '{}', { authorization: `Bearer ${host.token}`, host: 'evil.example:80' });
    expect(rebinding.status).toBe(421);
  });

  it('refuses a body that is not JSON in Vietnamese, without the parser’s own text', async () => {
    for (const body of ['{not json', '{"a":', '\u0000', '[1,]']) {
      const junk = await post(port, '/api/app.info', body, auth);
      expect(junk.status).toBe(400);
      expect(junk.json).toEqual({ ok: false, error: { code: 'invalid', message: 'Dữ liệu gửi lên không đúng định dạng, không đọc được.' } });
    }
  });

  it('refuses a body over 20 MB with 413, in Vietnamese', async () => {
    const big = await post(port, '/api/app.info', `"${'x'.repeat(21 * 1024 * 1024)}"`, auth);
    expect(big.status).toBe(413);
    expect(big.json).toEqual({ ok: false, error: { code: 'invalid', message: 'Dữ liệu gửi lên quá lớn (tối đa 20 MB).' } });
    expect((await post(port, '/api/app.info', '{}', auth)).status).toBe(200);
  });

  it('answers a path that does not decode with a Vietnamese 400, and stays up', async () => {
    for (const path of ['/%', '/%E0%A4%A', '/assets/%ZZ.js', '/%C0%AF', '/index.html%']) {
      const r = await send(port, path);
      expect(r.status, path).toBe(400);
      expect(r.text).toBe('Địa chỉ yêu cầu không hợp lệ.');
      expect(r.headers['content-type']).toBe('text/plain; charset=utf-8');
      expect(r.headers['content-security-policy']).toBe(PRODUCTION_CSP);
      expect((await send(port, '/')).status).toBe(200);
    }
  });

  it('answers an API name that does not decode with a 400 envelope, with or without the token', async () => {
    for (const path of ['/api/%', '/api/app.%ZZ', '/api/%E0%A4%A']) {
      const withToken = await post(port, path, '{}', auth);
      expect(withToken.status, path).toBe(400);
      expect(withToken.json).toEqual({ ok: false, error: { code: 'invalid', message: 'Địa chỉ yêu cầu không hợp lệ.' } });
      expect((await post(port, path, '{}', { host: `127.0.0.1:${port}` })).status).toBe(401);
    }
    expect((await post(port, '/api/app.info', '{}', auth)).json).toMatchObject({ ok: true });
  });

  it('survives request targets that are not URLs at all', async () => {
    const odd = await send(port, '//[');
    expect(odd.status).toBe(200);
    expect(odd.text).toContain('<title>TĐKT</title>');
    // Not read as a host name followed by an API path: these are (missing) files, and files take no POST.
    for (const path of ['//[/api/app.info', '//evil.example/api/app.info']) {
      expect((await send(port, path, { method: 'POST', body: '{}', headers: auth })).status).toBe(405);
    }
    // Absolute-form and asterisk-form targets are for proxies, not for this host.
    for (const path of [`http://127.0.0.1:${port}/`, '*']) {
      const r = await send(port, path, { headers: { host: `127.0.0.1:${port}` } });
      expect(r.status, path).toBe(400);
      expect(r.text).toBe('Địa chỉ yêu cầu không hợp lệ.');
    }
    expect((await send(port, '/')).status).toBe(200);
  });

  it('serves the app with the shared CSP, no referrer and no sniffing', async () => {
    const page = await send(port, '/');
    expect(page.status).toBe(200);
    expect(page.text).toBe('<!doctype html><title>TĐKT</title>');
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.headers['content-security-policy']).toBe(PRODUCTION_CSP);
    expect(page.headers['referrer-policy']).toBe('no-referrer');
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    const script = await send(port, '/assets/index-abc.js');
    expect(script.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(script.text).toBe('console.log("TĐKT")');
  });

  it('answers a missing asset with 404 and only extension-less routes with index.html', async () => {
    const missing = await send(port, '/assets/missing.js');
    expect(missing.status).toBe(404);
    expect(missing.text).toBe('Không có tệp này.');
    expect(missing.headers['content-security-policy']).toBe(PRODUCTION_CSP);
    const route = await send(port, '/campaigns/12');
    expect(route.status).toBe(200);
    expect(route.text).toContain('<title>TĐKT</title>');
  });

  it('never follows a link out of the static folder', async () => {
    for (const path of ['/leak.txt', '/assets/up/secret.txt']) {
      const r = await send(port, path);
      expect(r.status, path).toBe(404);
      expect(r.text).not.toContain('bí mật');
    }
    expect(readFileSync(join(web, 'leak.txt'), 'utf8')).toBe('bí mật');
  });
});

/** Opens a raw connection, writes `head`, then one more byte every 100 ms; resolves when the host closes it. */
async function dribble(port: number, head: string) {
  const socket = connect(port, '127.0.0.1');
  const started = Date.now();
  socket.write(head);
  const drip = setInterval(() => socket.write(' '), 100);
  let answer = '';
  socket.on('data', (d) => (answer += d));
  socket.on('error', () => {});
  const closedAfter = await new Promise<number>((resolve) => {
    const giveUp = setTimeout(() => resolve(Number.POSITIVE_INFINITY), 5000);
    socket.on('close', () => {
      clearTimeout(giveUp);
      resolve(Date.now() - started);
    });
  });
  clearInterval(drip);
  socket.destroy();
  return { closedAfter, answer };
}

describe('a request that dribbles in', () => {
  it('is cut off once the request time limit passes, in its body or in its headers', async () => {
    const app = freshApp();
    const host = await startHttpHost(app, { staticDir: tempDir(), requestTimeoutMs: 1000 });
    const port = Number(new URL(host.url).port);
    const auth = { authorization: `Bearer ${host.token}`, host: `127.0.0.1:${port}` };
    try {
      const heads = [
        `POST /api/app.info HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nAuthorization: Bearer ${host.token}\r\nContent-Length: 1000\r\n\r\n`,
        `GET / HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nX-Slow: `,
      ];
      for (const head of heads) {
        const { closedAfter, answer } = await dribble(port, head);
        expect(closedAfter).toBeGreaterThanOrEqual(800);
        expect(closedAfter).toBeLessThan(1300);
        expect(answer).toMatch(/^HTTP\/1\.1 408 /);
        // Still answering others.
        expect((await post(port, '/api/app.info', '{}', auth)).status).toBe(200);
      }
    } finally {
      await host.close();
      app.close();
    }
  });

  it('is cut off within 30 s by default, counting Node’s check interval', async () => {
    const app = freshApp();
    const host = await startHttpHost(app, { staticDir: tempDir() });
    try {
      // Node looks for late requests only every connectionsCheckingInterval ms: the worst case is the sum.
      const { requestTimeout, headersTimeout, connectionsCheckingInterval } = host.server as typeof host.server & {
        connectionsCheckingInterval: number;
      };
      expect(requestTimeout).toBeGreaterThan(0);
      expect(headersTimeout).toBeLessThanOrEqual(requestTimeout);
      expect(requestTimeout + connectionsCheckingInterval).toBeLessThanOrEqual(30_000);
    } finally {
      await host.close();
      app.close();
    }
  });
});

describe('npm run web’s process', () => {
  it('stays up through every malformed request, and answers an unexpected failure with a logged 500', async () => {
    const dir = tempDir();
    const web = join(dir, 'web');
    mkdirSync(join(web, 'assets'), { recursive: true });
    writeFileSync(join(web, 'index.html'), '<!doctype html><title>TĐKT</title>');
    // A sparse 3 GB file: readFile refuses it with a RangeError, a failure nobody planned for.
    writeFileSync(join(web, 'assets', 'huge.js'), '');
    truncateSync(join(web, 'assets', 'huge.js'), 3 * 1024 ** 3);
    const child = spawn(process.execPath, [join(ROOT, 'core/hosts/http/main.ts'), '--db', join(dir, 'web.sqlite'), '--static', web], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    try {
      const url = await new Promise<URL>((resolve, reject) => {
        let out = '';
        child.stdout.on('data', (d) => {
          out += d;
          const m = /TĐKT: (\S+)/u.exec(out);
          if (m) resolve(new URL(m[1]));
        });
        child.once('exit', (code) => reject(new Error(`Máy chủ dừng (mã ${code}): ${stderr}`)));
      });
      const port = Number(url.port);
      const auth = { authorization: `Bearer ${url.searchParams.get('token')}`, host: `127.0.0.1:${port}` };
      for (const path of ['/%', '/%E0%A4%A', '/assets/%ZZ.js', '//[']) await send(port, path);
      await post(port, '/api/%', '{}', auth);
      const failed = await send(port, '/assets/huge.js');
      expect(failed.status).toBe(500);
      expect(failed.text).toBe('Lỗi không mong đợi khi trả lời yêu cầu. Hãy thử lại; nếu lỗi lặp lại, hãy khởi động lại TĐKT.');
      expect(stderr).toContain('TĐKT: lỗi không mong đợi khi trả lời GET "/assets/huge.js"');
      expect(stderr).toContain('ERR_FS_FILE_TOO_LARGE');
      expect((await post(port, '/api/app.info', '{}', auth)).json).toMatchObject({ ok: true });
      expect(child.exitCode).toBeNull();
    } finally {
      child.kill('SIGTERM');
      await new Promise((resolve) => (child.exitCode === null ? child.once('exit', resolve) : resolve(null)));
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('npm run web’s start', () => {
  function web(...args: string[]) {
    const r = spawnSync(process.execPath, [join(ROOT, 'core/hosts/http/main.ts'), ...args], { cwd: ROOT, encoding: 'utf8', timeout: 20_000 });
    return { code: r.status, err: r.stderr, out: r.stdout };
  }

  it('refuses a bad port or option in Vietnamese, and a port in use by naming it', async () => {
    const dir = tempDir();
    const db = join(dir, 'web.sqlite');
    for (const port of ['abc', '70000', '']) {
      expect(web('--db', db, '--port', port)).toStrictEqual({
        code: 1,
        out: '',
        err: `Lỗi: --port phải là một số nguyên từ 0 đến 65535 (đã nhập "${port}").\n`,
      });
    }
    expect(web('--db', db, '--khong-co')).toStrictEqual({
      code: 1,
      out: '',
      err: 'Lỗi: tham số không hợp lệ. Dùng: --db <tệp dữ liệu> --port <cổng> --static <thư mục giao diện>.\n',
    });
    const app = freshApp();
    const taken = await startHttpHost(app, { staticDir: dir });
    try {
      const port = new URL(taken.url).port;
      expect(web('--db', db, '--port', port)).toStrictEqual({
        code: 1,
        out: '',
        err: `Lỗi: cổng ${port} đang được chương trình khác dùng: chọn cổng khác bằng --port, hoặc bỏ --port để tự chọn.\n`,
      });
    } finally {
      await taken.close();
      app.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
