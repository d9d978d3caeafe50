// The CLI proper (started through main.ts): scripted jobs and tests reach core through the same API as the UI.
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
    // CliError and API errors carry Vietnamese messages for the user; anything else is a bug.
    const known = error instanceof CliError || (error as { apiError?: unknown }).apiError || (error as Error).name === 'DatabaseError';
    process.stderr.write(`Lỗi: ${(error as Error).message}\n`);
    if (!known && process.env.TDKT_DEBUG) process.stderr.write(`${(error as Error).stack}\n`);
    return known ? 1 : 2;
  }
}

process.exitCode = await main(process.argv.slice(2));
