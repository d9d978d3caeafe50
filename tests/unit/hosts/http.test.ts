import { request } from 'node:http';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TdktApp } from '../../../core/app.ts';
import { type HttpHost, startHttpHost } from '../../../core/hosts/http/server.ts';
import { freshApp, tempDir } from '../helpers.ts';

function post(port: number, path: string, body: string, headers: Record<string, string>) {
  return new Promise<{ status: number; json: unknown; headers: Record<string, unknown> }>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method: 'POST', headers }, (res) => {
      let text = '';
      res.on('data', (c) => (text += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, json: text ? JSON.parse(text) : null, headers: res.headers }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

describe('the browser host', () => {
  let app: TdktApp;
  let host: HttpHost;
  let port: number;
  beforeAll(async () => {
    app = freshApp();
    const web = tempDir();
    mkdirSync(web, { recursive: true });
    writeFileSync(join(web, 'index.html'), '<!doctype html><title>TĐKT</title>');
    host = await startHttpHost(app, { staticDir: web });
    port = Number(new URL(host.url).port);
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
    const r = await post(port, '/api/app.info', '{}', { authorization: `Bearer ${host.token}`, host: `127.0.0.1:${port}` });
    expect(r.status).toBe(200);
    expect(r.json).toMatchObject({ ok: true, result: { units: 0, campaigns: 0 } });
    const bad = await post(port, '/api/org.saveUnit', JSON.stringify({ code: '', name: '', kind: 'co_quan' }), {
      authorization: `Bearer ${host.token}`,
      host: `127.0.0.1:${port}`,
    });
    expect(bad.json).toMatchObject({ ok: false, error: { code: 'invalid', fields: { name: 'Nhập tên đơn vị' } } });
  });

  it('refuses a missing or wrong token, and a foreign Host header', async () => {
    const none = await post(port, '/api/app.info', '{}', { host: `127.0.0.1:${port}` });
    expect(none.status).toBe(401);
    const wrong = await post(port, '/api/app.info', '{}', { authorization: 'Bearer nope', host: `127.0.0.1:${port}` });
    expect(wrong.status).toBe(401);
    const rebinding = await post(port, '/api/app.info', '{}', { authorization: `Bearer ${host.token}`, host: 'evil.example:80' });
    expect(rebinding.status).toBe(421);
    const junk = await post(port, '/api/app.info', '{not json', { authorization: `Bearer ${host.token}`, host: `127.0.0.1:${port}` });
    expect(junk.status).toBe(400);
  });
});
