// Bundles the jobs worker (core/jobs/worker.ts and the tasks it maps) into one self-contained file, for the
// web host (out/web-host/worker.mjs) and the Electron main process (out/main/worker.js): the runner looks
// for it beside its own bundle (core/jobs/runner.ts). A file of its own, with no chunk shared with the
// main bundle: a worker thread loads one module graph, and electron-vite's CommonJS shim in a shared
// chunk collides with fflate's own `require`.
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const WORKER_SOURCE = join(ROOT, 'core/jobs/worker.ts');

/** The banner both bundles need: CommonJS packages require Node's built-ins, and an ES module has no require. */
export const REQUIRE_BANNER = "import { createRequire as __tdktCreateRequire } from 'node:module'; const require = __tdktCreateRequire(import.meta.url);";

export async function bundleJobWorker(outfile: string): Promise<void> {
  await build({
    entryPoints: [WORKER_SOURCE],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    external: ['better-sqlite3'],
    banner: { js: REQUIRE_BANNER },
    logLevel: 'warning',
  });
}
