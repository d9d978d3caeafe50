// Bundles the browser host (core/hosts/http/main.ts and all it imports but the native better-sqlite3)
// into one file, out/web-host/main.mjs, and the jobs worker beside it as worker.mjs (build/bundle-worker.ts). Loading kysely, zod and docx file by file is most of a cold
// start (≈ 360 ms against ≈ 200 ms bundled on the 2-core CI machine), and the cold start to the
// dashboard is a target. Run by `npm run web`, `npm run test:e2e` and the web cold-start bench. The bundle
// must stay inside the project: that is where Node finds better-sqlite3 for it.
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { bundleJobWorker, REQUIRE_BANNER } from './bundle-worker.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const WEB_HOST_BUNDLE = join(ROOT, 'out/web-host/main.mjs');
/** Beside the host's bundle with its extension, where core/jobs/runner.ts looks for it. */
export const WEB_HOST_WORKER = join(ROOT, 'out/web-host/worker.mjs');

export async function bundleWebHost(): Promise<void> {
  await build({
    entryPoints: [join(ROOT, 'core/hosts/http/main.ts')],
    outfile: WEB_HOST_BUNDLE,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node24',
    // A native addon: loaded from node_modules as it is, never bundled.
    external: ['better-sqlite3'],
    // CommonJS packages (pino) require Node's built-ins at run time; an ES-module bundle has no
    // require of its own, so it gets Node's.
    banner: { js: REQUIRE_BANNER },
    logLevel: 'warning',
  });
  await bundleJobWorker(WEB_HOST_WORKER);
}

if (import.meta.main) await bundleWebHost();
