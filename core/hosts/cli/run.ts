// The CLI proper (started through main.ts): scripted jobs and tests reach core through the same API as the UI.
import { explainSystemError, SUPPORT_HINT } from '../../errors/system.ts';
import { commands } from './commands/index.ts';
import { CliError } from './io.ts';

function usage(): string {
  const lines = Object.values(commands).map((c) => `  ${c.usage.padEnd(72)} ${c.summary}`);
  return `Cách dùng: npm run cli -- <lệnh> [tham số]\n${lines.join('\n')}\n`;
}

/** CliError, API refusals (already logged by the router) and DatabaseError speak Vietnamese themselves. */
function isKnown(error: unknown): boolean {
  return error instanceof CliError || !!(error as { apiError?: unknown })?.apiError || (error as Error)?.name === 'DatabaseError';
}

/** Node's and SQLite's own texts (a --out folder that does not exist, a full disk) never reach the user. */
function userMessage(error: unknown): string {
  if (isKnown(error)) return (error as Error).message;
  return explainSystemError(error)?.message ?? `Lỗi không mong đợi, lệnh chưa làm xong. ${SUPPORT_HINT}`;
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === 'help') {
    process.stdout.write(usage());
    return name ? 0 : 1;
  }
  const command = commands[name];
  if (!command) {
    process.stderr.write(`Không có lệnh "${name}".\n${usage()}`);
    return 1;
  }
  try {
    await command.run(rest);
    return 0;
  } catch (error) {
    process.stderr.write(`Lỗi: ${userMessage(error)}\n`);
    const bug = !isKnown(error) && !explainSystemError(error);
    if (bug) process.stderr.write(process.env.TDKT_DEBUG ? `${(error as Error)?.stack ?? String(error)}\n` : 'Chạy lại với TDKT_DEBUG=1 để xem chi tiết.\n');
    return bug ? 2 : 1;
  }
}

process.exitCode = await main(process.argv.slice(2));
