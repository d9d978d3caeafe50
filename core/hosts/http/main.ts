// Entry of `npm run web`: the app in a browser, for machines without the Electron binary and for the
// e2e tests. It runs as the bundle build/bundle-web-host.ts makes (out/web-host/main.mjs), and from
// source as well.
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { DB_FILE_NAME, TdktApp } from '../../app.ts';
import { forUser } from '../../errors/for-user.ts';
import { type HttpHost, startHttpHost } from './server.ts';

/** The project folder (where out/web is), found upward from this file: bundled, it sits in out/web-host. */
function projectRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
}

function fail(message: string): never {
  process.stderr.write(`Lỗi: ${message}\n`);
  process.exit(1);
}

let values: { db?: string; port?: string; static?: string };
try {
  ({ values } = parseArgs({ options: { db: { type: 'string' }, port: { type: 'string' }, static: { type: 'string' } }, strict: true }));
} catch {
  fail('tham số không hợp lệ. Dùng: --db <tệp dữ liệu> --port <cổng> --static <thư mục giao diện>.');
}
const port = values.port === undefined ? 0 : /^\d{1,5}$/u.test(values.port) ? Number(values.port) : Number.NaN;
if (!(port >= 0 && port <= 65535)) fail(`--port phải là một số nguyên từ 0 đến 65535 (đã nhập "${values.port}").`);
const dbPath = resolve(values.db ?? join(process.env.TDKT_DATA_DIR ?? join(homedir(), '.tdkt'), DB_FILE_NAME));
let app: TdktApp;
try {
  app = new TdktApp({ dbPath });
} catch (error) {
  // A DatabaseError is already the user's sentence; anything else is said without Node's own text.
  fail(forUser(error).message);
}
let host: HttpHost;
try {
  host = await startHttpHost(app, { staticDir: resolve(values.static ?? join(projectRoot(), 'out/web')), port });
} catch (error) {
  app.close();
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EADDRINUSE') fail(`cổng ${port} đang được chương trình khác dùng: chọn cổng khác bằng --port, hoặc bỏ --port để tự chọn.`);
  fail(`không mở được máy chủ trên 127.0.0.1:${port}${code ? ` (mã ${code})` : ''}.`);
}
process.stdout.write(`TĐKT: ${host.url}\n(dữ liệu: ${dbPath}; Ctrl+C để dừng)\n`);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    void host.close().then(() => {
      try {
        app.close();
      } catch (error) {
        process.stderr.write(`Lỗi: ${forUser(error).message}\n`);
        process.exit(1);
      }
      process.exit(0);
    });
  });
}
