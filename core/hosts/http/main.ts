// Entry of `npm run web`: the app in a browser, for machines without the Electron binary and for the
// e2e tests. It runs as the bundle build/bundle-web-host.ts makes (out/web-host/main.mjs), and from
// source as well.
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { DB_FILE_NAME, TdktApp } from '../../app.ts';
import { startHttpHost } from './server.ts';

/** The project folder (where out/web is), found upward from this file: bundled, it sits in out/web-host. */
function projectRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
}

const { values } = parseArgs({
  options: { db: { type: 'string' }, port: { type: 'string' }, static: { type: 'string' } },
  strict: true,
});
const dbPath = resolve(values.db ?? join(process.env.TDKT_DATA_DIR ?? join(homedir(), '.tdkt'), DB_FILE_NAME));
let app: TdktApp;
try {
  app = new TdktApp({ dbPath });
} catch (error) {
  process.stderr.write(`Lỗi: ${(error as Error).message}\n`);
  process.exit(1);
}
const host = await startHttpHost(app, {
  staticDir: resolve(values.static ?? join(projectRoot(), 'out/web')),
  port: values.port ? Number(values.port) : 0,
});
process.stdout.write(`TĐKT: ${host.url}\n(dữ liệu: ${dbPath}; Ctrl+C để dừng)\n`);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    void host.close().then(() => {
      app.close();
      process.exit(0);
    });
  });
}
