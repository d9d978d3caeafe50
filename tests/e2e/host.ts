// The browser host as a real child process on a fresh database, and Debian's Chromium driving it.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BrowserContext, chromium, type Page } from 'playwright-core';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const SHOTS = join(ROOT, 'test-output/e2e');

export interface Running {
  url: string;
  page: Page;
  /** The host's API as the page calls it, for setting up data without clicking through screens. */
  api(method: string, args?: unknown): Promise<unknown>;
  stop(): Promise<void>;
}

function startHost(dbPath: string): Promise<{ child: ChildProcess; url: string }> {
  // node_modules/.bin/node is the pinned Node 24; a bare `node` here is Node 20.
  const child = spawn(join(ROOT, 'node_modules/.bin/node'), ['core/hosts/http/main.ts', '--db', dbPath, '--port', '0'], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolvePromise, reject) => {
    let out = '';
    let err = '';
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error(`Máy chủ không in địa chỉ sau 30 giây.\nstdout: ${out}\nstderr: ${err}`));
    }, 30_000);
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString('utf8');
      const m = /TĐKT: (http:\/\/127\.0\.0\.1:\d+\/\?token=\S+)/u.exec(out);
      if (m) {
        clearTimeout(timer);
        resolvePromise({ child, url: m[1] });
      }
    });
    child.stderr?.on('data', (d: Buffer) => {
      err += d.toString('utf8');
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Máy chủ dừng (mã ${code}).\nstdout: ${out}\nstderr: ${err}`));
    });
  });
}

/** Removes the files directly in `dir`, not its folders: each test file cleans only its own pictures. */
function emptyFolder(dir: string): void {
  mkdirSync(dir, { recursive: true });
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isFile()) rmSync(join(dir, entry.name), { force: true });
  }
}

async function callApi(url: string, method: string, args: unknown): Promise<unknown> {
  const base = new URL(url);
  const response = await fetch(new URL(`/api/${method}`, base), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${base.searchParams.get('token')}` },
    body: JSON.stringify(args ?? {}),
  });
  const envelope = (await response.json()) as { ok: boolean; result?: unknown; error?: { message: string } };
  if (!envelope.ok) throw new Error(`${method}: ${envelope.error?.message}`);
  return envelope.result;
}

/** `shots` is where this test file keeps its pictures; only this run's are left there. */
export async function startApp(shots = SHOTS): Promise<Running> {
  emptyFolder(shots);
  const work = mkdtempSync(join(tmpdir(), 'tdkt-e2e-'));
  const { child, url } = await startHost(join(work, 'e2e.sqlite'));
  let context: BrowserContext | undefined;
  const stop = async () => {
    await context?.close().catch(() => {});
    if (child.exitCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
    }
    rmSync(work, { recursive: true, force: true });
  };
  try {
    context = await chromium.launchPersistentContext(join(work, 'chromium-profile'), {
      executablePath: '/usr/bin/chromium',
      // Chromium's own new headless mode, so playwright adds no headless flag of its own.
      headless: false,
      args: [
        '--headless=new',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
      viewport: { width: 1440, height: 900 },
      locale: 'vi-VN',
      timezoneId: 'Asia/Ho_Chi_Minh',
    });
    const page = context.pages()[0] ?? (await context.newPage());
    return { url, page, api: (method, args) => callApi(url, method, args), stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
