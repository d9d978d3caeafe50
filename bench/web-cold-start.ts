// Issue 2, Speed: browser host cold start to the dashboard rendered with demo data ≤ 1.5 s.
// Each run starts from nothing the app keeps warm: a fresh server process (the bundled host as `npm run
// web` runs it, bundled afresh here) on a fresh copy of the demo database, and a fresh browser context
// (no HTTP cache, no storage). Chromium itself is launched once, outside the timing: on the user's
// machine the browser is already open when the host prints its URL.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { bundleWebHost } from '../build/bundle-web-host.ts';
import { CHROMIUM, ROOT, startHost } from '../tests/e2e/host.ts';
import { type BenchOptions, type BenchResult, defaultOptions, median, round, runStandalone, tempDir } from './lib.ts';

const NODE = join(ROOT, 'node_modules/.bin/node');
const TARGET_MS = 1500;
const RUNS = 5;
const EXPECTED_TEXT = '118/254';
const RUN_TIMEOUT_MS = 30_000;
const NAME = 'web cold start: server spawn → dashboard shows 118/254 (Chromium already running)';

function newestMtime(path: string): number {
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = st.mtimeMs;
  for (const entry of readdirSync(path)) {
    if (entry === 'node_modules') continue;
    newest = Math.max(newest, newestMtime(join(path, entry)));
  }
  return newest;
}

/**
 * out/web is shared with `npm run web` and the e2e tests, so it is only written when missing. When it
 * is older than the sources the bench builds its own copy elsewhere instead of replacing theirs under
 * their feet, and serves that one.
 */
function webBundle(tmp: string, log: (m: string) => void): string {
  const shared = join(ROOT, 'out/web');
  const index = join(shared, 'index.html');
  const build = (outDir: string) => {
    const t0 = performance.now();
    // Through our Node: the .bin shim's `env node` may find the system's older one.
    const args = [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--config', 'vite.web.config.ts', '--logLevel', 'warn', '--outDir', outDir, '--emptyOutDir'];
    try {
      execFileSync(NODE, args, { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
    } catch {
      throw new Error('the web UI did not build (vite output above)');
    }
    log(`web-cold-start: built the web UI into ${outDir} in ${round(performance.now() - t0, 0)} ms`);
    return outDir;
  };
  if (!existsSync(index)) return build(shared);
  const sources = Math.max(newestMtime(join(ROOT, 'renderer')), newestMtime(join(ROOT, 'core')), statSync(join(ROOT, 'vite.web.config.ts')).mtimeMs);
  if (sources > statSync(index).mtimeMs) return build(join(tmp, 'web'));
  return shared;
}

function demoDatabase(dir: string, log: (m: string) => void): string {
  const path = join(dir, 'demo.sqlite');
  const t0 = performance.now();
  execFileSync(NODE, ['core/hosts/cli/main.ts', 'demo', '--db', path], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  log(`web-cold-start: demo database in ${round(performance.now() - t0, 0)} ms`);
  return path;
}

function copyDatabase(from: string, to: string): void {
  copyFileSync(from, to);
  // The CLI closes cleanly (WAL checkpointed), but a leftover journal must travel with the file.
  for (const suffix of ['-wal', '-shm']) if (existsSync(from + suffix)) copyFileSync(from + suffix, to + suffix);
}

export async function benchWebColdStart(options: BenchOptions = defaultOptions): Promise<BenchResult[]> {
  const tmp = tempDir('web');
  const t0 = performance.now();
  const browser = await chromium.launch(CHROMIUM);
  const launchMs = performance.now() - t0;
  try {
    const staticDir = webBundle(tmp.path, options.log);
    // Into out/web-host, where `npm run web` puts it: from a temp folder it would not find better-sqlite3.
    await bundleWebHost();
    const demo = demoDatabase(tmp.path, options.log);
    const times: number[] = [];
    const phases: string[] = [];
    for (let run = 0; run < RUNS; run++) {
      const db = join(tmp.path, `run-${run}.sqlite`);
      copyDatabase(demo, db);
      const context = await browser.newContext({ locale: 'vi-VN', viewport: { width: 1366, height: 768 } });
      const page = await context.newPage();
      const start = performance.now();
      // Outside the try: a host that does not start fails with its own output, not as a missing dashboard.
      const host = await startHost(db, staticDir);
      try {
        const listening = performance.now() - start;
        await page.goto(host.url, { waitUntil: 'commit', timeout: RUN_TIMEOUT_MS });
        await page.waitForFunction((text) => document.body?.innerText.includes(text), EXPECTED_TEXT, {
          polling: 'raf',
          timeout: RUN_TIMEOUT_MS,
        });
        const total = performance.now() - start;
        times.push(total);
        phases.push(`${round(listening, 0)}+${round(total - listening, 0)}`);
        options.log(`web-cold-start: run ${run + 1}: ${round(total, 0)} ms (server up ${round(listening, 0)} ms, page ${round(total - listening, 0)} ms)`);
      } catch (error) {
        // Kept outside the temp folder, which is removed on the way out.
        const shot = join(tmpdir(), `tdkt-bench-web-cold-start-failed.png`);
        await page.screenshot({ path: shot }).catch(() => undefined);
        throw new Error(`run ${run + 1}: the dashboard did not show "${EXPECTED_TEXT}" (screenshot ${shot}): ${(error as Error).message.split('\n')[0]}`);
      } finally {
        await context.close();
        await host.stop();
      }
    }
    return [
      {
        name: NAME,
        median: round(median(times), 0),
        unit: 'ms',
        target: TARGET_MS,
        note: `${RUNS} runs, server+page ms: ${phases.join(', ')}; Chromium launch ${round(launchMs, 0)} ms not counted`,
      },
    ];
  } finally {
    await browser.close();
    tmp.remove();
  }
}

if (import.meta.main) await runStandalone(benchWebColdStart);
