// The web host's bundle carries the jobs worker as its own file: built here by the same function
// `npm run build:web` uses, the bundled worker runs a real job in plain Node, and the bundled host
// serves the job events and jobs.list.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { bundleWebHost, WEB_HOST_BUNDLE, WEB_HOST_WORKER } from '../../../build/bundle-web-host.ts';
import type { JobInfo } from '../../../core/api/types.ts';
import type { Context } from '../../../core/context.ts';
import { JobRunner } from '../../../core/jobs/runner.ts';
import { sampleEntries, zipJob } from '../../fixtures/jobs/zip-job.ts';
import { freshApp, ROOT, tempDir } from '../helpers.ts';

function get(url: string, headers: Record<string, string> = {}, body?: string): Promise<{ status: number; type: string; text: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: body === undefined ? 'GET' : 'POST', headers }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => {
        text += c;
        // An event stream does not end: its first lines are enough.
        if (res.headers['content-type']?.startsWith('text/event-stream') && text.includes('\n\n')) req.destroy();
      });
      const done = () => resolve({ status: res.statusCode ?? 0, type: String(res.headers['content-type']), text });
      res.on('end', done);
      res.on('close', done);
    });
    req.on('error', reject);
    req.end(body);
  });
}

describe('the web host bundle', () => {
  it('emits worker.mjs beside main.mjs, and that worker runs a real job', async () => {
    await bundleWebHost();
    expect(existsSync(WEB_HOST_BUNDLE)).toBe(true);
    expect(existsSync(WEB_HOST_WORKER)).toBe(true);
    expect(join(WEB_HOST_WORKER, '..')).toBe(join(WEB_HOST_BUNDLE, '..'));
    const app = freshApp();
    const runner = new JobRunner({ emit() {}, workerUrl: pathToFileURL(WEB_HOST_WORKER) });
    const ctx: Context = { conn: app.connection, dataDir: app.dataDir, reopen() {}, now: () => new Date(), jobs: runner };
    const id = runner.start(ctx, zipJob(sampleEntries(6, 20_000), 'ban-dong-goi.zip'));
    const info = await new Promise<JobInfo>((resolve) => {
      const poll = setInterval(() => {
        const job = runner.get(id);
        if (job.state !== 'dang_chay') {
          clearInterval(poll);
          resolve(job);
        }
      }, 20);
    });
    runner.close();
    app.close();
    expect(info).toMatchObject({ state: 'xong', done: 6, total: 6, label: 'Đã nén xong 6 tệp' });
    expect(existsSync(info.files[0].path)).toBe(true);
  });

  it('the bundled host answers the event stream and jobs.list', async () => {
    const web = join(tempDir(), 'web');
    mkdirSync(web);
    writeFileSync(join(web, 'index.html'), '<!doctype html><title>TĐKT</title>');
    const child = spawn(join(ROOT, 'node_modules/.bin/node'), [WEB_HOST_BUNDLE, '--db', join(tempDir(), 'tdkt.sqlite'), '--port', '0', '--static', web], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      const url = await new Promise<URL>((resolve, reject) => {
        let out = '';
        child.stdout.on('data', (d: Buffer) => {
          out += d.toString('utf8');
          const m = /TĐKT: (http:\/\/\S+)/u.exec(out);
          if (m) resolve(new URL(m[1]));
        });
        child.once('exit', (code) => reject(new Error(`host exited ${code}: ${out}`)));
      });
      const token = url.searchParams.get('token')!;
      const events = await get(`${url.origin}/api/events?token=${token}`);
      expect(events.status).toBe(200);
      expect(events.type).toBe('text/event-stream; charset=utf-8');
      expect(events.text.startsWith('retry: 2000\n\n')).toBe(true);
      const list = await get(`${url.origin}/api/jobs.list`, { authorization: `Bearer ${token}` }, '{}');
      expect(JSON.parse(list.text)).toEqual({ ok: true, result: [] });
    } finally {
      child.kill('SIGTERM');
    }
  });
});
