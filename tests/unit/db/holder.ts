// The other process of the one-writer tests: opens the database named on its command line as the app
// does, then obeys lines on stdin ("put KEY VALUE", "close") and answers each on stdout. A refusal goes
// to stderr with exit code 3.
import { createInterface } from 'node:readline';
import { type Connection, openDatabase } from '../../../db/open.ts';

let conn: Connection;
try {
  conn = openDatabase(process.argv[2], { create: false });
} catch (error) {
  process.stderr.write((error as Error).message);
  process.exit(3);
}
process.stdout.write('ready\n');
for await (const line of createInterface({ input: process.stdin })) {
  const [command, key, value] = line.split(' ');
  if (command === 'put') {
    conn.raw.prepare('INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)').run(key, value);
    process.stdout.write('ok\n');
  } else if (command === 'close') {
    conn.close();
    process.stdout.write('closed\n');
    break;
  }
}
// Leaving the loop does not end the process while stdin stays open.
process.stdin.destroy();
