// The browser host's event stream over real HTTP: a job's progress arrives as server-sent events, in
// order and up to its total, behind the same token as the API; jobs.get answers the same over POST.
import { mkdirSync, writeFileSync } from 'node:fs';
import { type IncomingMessage, request } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JobInfo } from '../../../core/api/types.ts';
import type { TdktApp } from '../../../core/app.ts';
import { type HttpHost, startHttpHost } from '../../../core/hosts/http/server.ts';
import { sampleEntries, zipJob } from '../../fixtures/jobs/zip-job.ts';
import { freshApp, tempDir } from '../helpers.ts';

interface Stream {
  res: IncomingMessage;
  /** Resolves with the events seen once `done` holds for one of them. */
  until(done: (event: { name: string; data: unknown }) => boolean): Promise<{ name: string; data: unknown }[]>;
  close(): void;
}

function openStream(port: number, path: string, headers: Record<string, string> = {}): Promise<Stream> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, headers }, (res) => {
      const events: { name: string; data: unknown }[] = [];
      let buffer = '';
      let waiter: (() => void) | null = null;
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        buffer += chunk;
        let end = buffer.indexOf('\n\n');
        while (end >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const name = /^event: (.*)$/mu.exec(block)?.[1];
          const data = /^data: (.*)$/mu.exec(block)?.[1];
          if (name && data) events.push({ name, data: JSON.parse(data) });
          end = buffer.indexOf('\n\n');
        }
        waiter?.();
      });
      resolve({
        res,
        until: (done) =>
          new Promise((ok, fail) => {
            const timer = setTimeout(() => fail(new Error(`no such event in ${JSON.stringify(events).slice(0, 500)}`)), 20_000);
            waiter = () => {
              if (events.some(done)) {
                clearTimeout(timer);
                ok([...events]);
              }
            };
            waiter();
          }),
        close: () => req.destroy(),
      });
    });
    req.on('error', reject);
    req.end();
  });
}

function post(port: number, method: string, body: unknown, token: string): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: `/api/${method}`, method: 'POST', headers: { authorization: `Bearer ${token}` } }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (c) => (text += c));
      res.on('end', () => resolve(JSON.parse(text)));
    });
    req.on('error', reject);
    req.end(JSON.stringify(body));
  });
}

describe('the browser host’s job events', () => {
  let app: TdktApp;
  let host: HttpHost;
  let port: number;
  beforeAll(async () => {
    app = freshApp();
    const web = join(tempDir(), 'web');
    mkdirSync(web);
    writeFileSync(join(web, 'index.html'), '<!doctype html><title>TĐKT</title>');
    host = await startHttpHost(app, { staticDir: web });
    port = Number(new URL(host.url).port);
  });
  afterAll(async () => {
    await host.close();
    app.close();
  });

  it('streams a job’s progress in order up to its total, with ?token= as EventSource sends it', async () => {
    const stream = await openStream(port, `/api/events?token=${host.token}`);
    expect(stream.res.statusCode).toBe(200);
    expect(stream.res.headers['content-type']).toBe('text/event-stream; charset=utf-8');
    const id = app.startJob(zipJob(sampleEntries(30, 100_000), 'sse.zip'));
    const events = await stream.until((e) => (e.data as JobInfo).id === id && (e.data as JobInfo).state === 'xong');
    stream.close();
    const mine = events.map((e) => e.data as JobInfo).filter((j) => j.id === id);
    expect(events.every((e) => e.name === 'progress')).toBe(true);
    const done = mine.map((j) => j.done);
    expect(done).toEqual([...done].sort((a, b) => a - b));
    expect(mine.filter((j) => j.state === 'dang_chay').at(-1)?.label).toBe('Đã nén 30 tệp, đang lưu tệp');
    expect(mine.some((j) => j.label === 'Đang nén 30/30 tệp')).toBe(true);
    const last = mine.at(-1)!;
    expect(last).toMatchObject({ state: 'xong', done: 30, total: 30, label: 'Đã nén xong 30 tệp' });
    // Polling gives the same as the stream's last event.
    expect(await post(port, 'jobs.get', { id }, host.token)).toEqual({ ok: true, result: last });
  });

  it('sends a client that connects late the jobs there are now', async () => {
    const id = app.startJob(zipJob(sampleEntries(2, 1000), 'muon.zip'));
    const finished = await new Promise<JobInfo>((resolve) => {
      const stop = app.onEvent((e) => {
        if (e.payload.id === id && e.payload.state === 'xong') {
          stop();
          resolve(e.payload);
        }
      });
    });
    const stream = await openStream(port, '/api/events', { authorization: `Bearer ${host.token}` });
    const events = await stream.until((e) => (e.data as JobInfo).id === id);
    stream.close();
    expect(events.find((e) => (e.data as JobInfo).id === id)?.data).toEqual(finished);
  });

  it('refuses a stream without the token, in Vietnamese', async () => {
    for (const path of ['/api/events', '/api/events?token=sai', `/api/events?tok=${host.token}`]) {
      const answer = await new Promise<{ status: number; text: string }>((resolve, reject) => {
        const req = request({ host: '127.0.0.1', port, path }, (res) => {
          let text = '';
          res.setEncoding('utf8');
          res.on('data', (c: string) => (text += c));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
        });
        req.on('error', reject);
        req.end();
      });
      expect(answer.status).toBe(401);
      expect(JSON.parse(answer.text)).toEqual({ ok: false, error: { code: 'invalid', message: 'Thiếu hoặc sai mã truy cập (token).' } });
    }
  });

  it('closes while a stream is still open', async () => {
    const other = freshApp();
    const web = join(tempDir(), 'web');
    mkdirSync(web);
    const h = await startHttpHost(other, { staticDir: web });
    const stream = await openStream(Number(new URL(h.url).port), `/api/events?token=${h.token}`);
    const ended = new Promise((resolve) => stream.res.once('end', resolve));
    await h.close();
    await ended;
    other.close();
  });
});
