// The static serving both hosts share, on a real folder with real links: what a path resolves to, what is
// refused, and the headers on every answer.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PRODUCTION_CSP } from '../../../../../core/hosts/static/csp.ts';
import { decodePath, type StaticReply, serveStatic } from '../../../../../core/hosts/static/serve.ts';

let base: string;
let root: string;

beforeAll(() => {
  base = mkdtempSync(join(tmpdir(), 'tdkt-static-'));
  root = join(base, 'web');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>TĐKT</title>');
  writeFileSync(join(root, 'assets', 'index-abc.js'), 'console.log("TĐKT")');
  writeFileSync(join(root, 'assets', 'index-abc.css'), 'body{}');
  writeFileSync(join(root, 'assets', 'font.woff2'), Buffer.from([1, 2, 3]));
  writeFileSync(join(root, 'assets', 'data.bin'), Buffer.from([0]));
  writeFileSync(join(base, 'secret.txt'), 'bí mật');
  writeFileSync(join(base, 'secret.js'), 'bí mật');
  mkdirSync(join(base, 'outside'));
  writeFileSync(join(base, 'outside', 'x.js'), 'bí mật');
  symlinkSync(join(base, 'secret.txt'), join(root, 'leak.txt'));
  symlinkSync('../../secret.js', join(root, 'assets', 'leak.js'));
  symlinkSync(join(base, 'outside'), join(root, 'assets', 'out'));
  // A link that stays inside the folder is an ordinary file.
  symlinkSync('index-abc.js', join(root, 'assets', 'alias.js'));
});

afterAll(() => rmSync(base, { recursive: true, force: true }));

const text = (r: StaticReply) => r.body?.toString('utf8') ?? '';
const get = (path: string, method = 'GET', folder = root) => serveStatic(folder, method, path, PRODUCTION_CSP);

describe('decodePath', () => {
  it('decodes %-sequences and refuses bad ones, NUL and backslashes instead of throwing', () => {
    expect(decodePath('/Ph%C6%B0%E1%BB%9Dng%201')).toBe('/Phường 1');
    for (const bad of ['/%', '/%E0%A4%A', '/%ZZ', '/%C0%AF', '/%00index.html', '/a%5c..%5cb', '/a\\b']) expect(decodePath(bad), bad).toBeNull();
  });
});

describe('serveStatic', () => {
  it('serves index.html at the root and files with their types and the security headers', async () => {
    const page = await get('/');
    expect(page.status).toBe(200);
    expect(text(page)).toBe('<!doctype html><title>TĐKT</title>');
    expect(page.headers).toEqual({
      'content-type': 'text/html; charset=utf-8',
      'content-length': String(Buffer.byteLength('<!doctype html><title>TĐKT</title>')),
      'cache-control': 'no-cache',
      'content-security-policy': PRODUCTION_CSP,
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
    });
    expect((await get('/assets/index-abc.js')).headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect((await get('/assets/index-abc.css')).headers['content-type']).toBe('text/css; charset=utf-8');
    expect((await get('/assets/font.woff2')).headers['content-type']).toBe('font/woff2');
    expect((await get('/assets/data.bin')).headers['content-type']).toBe('application/octet-stream');
    expect(text(await get('/assets/alias.js'))).toBe('console.log("TĐKT")');
    expect(text(await get('/assets/../assets/index-abc.js'))).toBe('console.log("TĐKT")');
  });

  it('answers a missing asset with 404 and only extension-less routes with index.html', async () => {
    for (const path of ['/assets/missing.js', '/missing.css', '/assets/index-abc.js/x.js', `/${'a'.repeat(300)}.js`]) {
      const missing = await get(path);
      expect(missing.status, path).toBe(404);
      expect(text(missing)).toBe('Không có tệp này.');
      expect(missing.headers['content-security-policy']).toBe(PRODUCTION_CSP);
      expect(missing.headers['referrer-policy']).toBe('no-referrer');
    }
    for (const path of ['/campaigns/12', '/assets', '/assets/', '//[', `/${'a'.repeat(300)}`]) {
      const route = await get(path);
      expect(route.status, path).toBe(200);
      expect(text(route)).toContain('<title>TĐKT</title>');
    }
  });

  it('answers a path that does not decode with 400, whatever its shape', async () => {
    for (const path of ['/%', '/%E0%A4%A', '/assets/%ZZ.js', '/%00index.html', '/..%5csecret.txt', '*', 'http://127.0.0.1/', '']) {
      const bad = await get(path);
      expect(bad.status, path).toBe(400);
      expect(text(bad)).toBe('Địa chỉ yêu cầu không hợp lệ.');
      expect(bad.headers['content-type']).toBe('text/plain; charset=utf-8');
    }
  });

  it('never leaves the folder, by dots or by links', async () => {
    const attempts = [
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/..%2fsecret.txt',
      '/assets/..%2f..%2fsecret.txt',
      '/assets/../../secret.js',
      '/leak.txt',
      '/assets/leak.js',
      '/assets/out/x.js',
      '/assets/out/../../secret.txt',
    ];
    for (const path of attempts) {
      const r = await get(path);
      expect(r.status, path).toBe(404);
      expect(text(r)).not.toContain('bí mật');
    }
  });

  it('accepts only GET and HEAD; HEAD has the headers and no body', async () => {
    const post = await get('/', 'POST');
    expect(post.status).toBe(405);
    expect(post.headers.allow).toBe('GET, HEAD');
    const head = await get('/assets/index-abc.js', 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body).toBeNull();
    expect(head.headers['content-length']).toBe(String(Buffer.byteLength('console.log("TĐKT")')));
  });

  it('says so in Vietnamese when the interface was never built', async () => {
    const empty = join(base, 'not-built');
    for (const folder of [empty, join(base, 'no-such-folder')]) {
      mkdirSync(empty, { recursive: true });
      for (const path of ['/', '/index.html', '/campaigns']) {
        const r = await get(path, 'GET', folder);
        expect(r.status).toBe(500);
        expect(text(r)).toBe('Thiếu tệp giao diện index.html: hãy dựng lại giao diện hoặc cài lại TĐKT.');
      }
    }
  });
});
