// The CLI proper (started through main.ts): scripted jobs and tests reach core through the same API as the UI.
import { forUser } from '../../errors/for-user.ts';
import { commands } from './commands/index.ts';
import { CliError } from './io.ts';

function usage(): string {
  const lines = Object.values(commands).map((c) => `  ${c.usage.padEnd(72)} ${c.summary}`);
  return `Cách dùng: npm run cli -- <lệnh> [tham số]\n${lines.join('\n')}\n`;
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
    // Node's and SQLite's own texts (an --out folder that does not exist, a full disk) never reach the user.
    const { message, bug } = error instanceof CliError ? { message: error.message, bug: false } : forUser(error);
    process.stderr.write(`Lỗi: ${message}\n`);
    if (bug) process.stderr.write(process.env.TDKT_DEBUG ? `${(error as Error)?.stack ?? String(error)}\n` : 'Chạy lại với TDKT_DEBUG=1 để xem chi tiết.\n');
    return bug ? 2 : 1;
  }
}

process.exitCode = await main(process.argv.slice(2));
