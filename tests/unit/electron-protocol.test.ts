// app://tdkt serves the built renderer from one folder and nothing outside it, always with the CSP.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { PRODUCTION_CSP } from '../../core/hosts/static/csp.ts';
import { APP_ENTRY_URL, resolveAppPath, respond } from '../../electron/protocol.ts';

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
});

afterAll(() => rmSync(base, { recursive: true, force: true }));

function get(url: string, method = 'GET') {
  return respond(root, new Request(url, { method }), PRODUCTION_CSP);
}

describe('app:// responses', () => {
  it('serves index.html at the entry URL and at the root, with the CSP', async () => {
    for (const url of [APP_ENTRY_URL, 'app://tdkt/', 'app://tdkt']) {
      const response = await get(url);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(response.headers.get('content-security-policy')).toBe(PRODUCTION_CSP);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
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
  });

  it('never leaves the renderer folder', async () => {
    const attempts = [
      'app://tdkt/../secret.txt',
      'app://tdkt/%2e%2e/secret.txt',
      'app://tdkt/..%2fsecret.txt',
      'app://tdkt/..%2Ftdkt.sqlite',
      'app://tdkt/assets/..%2f..%2fsecret.txt',
      'app://tdkt/..%5csecret.txt',
      'app://tdkt/%00index.html',
    ];
    for (const url of attempts) {
      const response = await get(url);
      const body = await response.text();
      expect(body).not.toContain('bí mật');
      expect(body).not.toContain('dữ liệu');
    }
    expect(resolveAppPath(root, 'app://tdkt/..%2f..%2fsecret.txt')).toBeNull();
    expect(resolveAppPath(root, 'app://tdkt/%E0%A4%A')).toBeNull();
  });

  it('answers only its own host', async () => {
    expect((await get('app://evil/index.html')).status).toBe(404);
    expect(resolveAppPath(root, 'https://tdkt/index.html')).toBeNull();
  });

  it('accepts only GET and HEAD', async () => {
    expect((await get(APP_ENTRY_URL, 'POST')).status).toBe(405);
    const head = await get(APP_ENTRY_URL, 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });
});
