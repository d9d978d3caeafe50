// The parent's side of holder.ts: a database held open by another real process, driven line by line.
import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { ROOT } from '../helpers.ts';

/** The pinned Node 24 (bare `node` is Node 20 and cannot load better-sqlite3). */
export const NODE = join(ROOT, 'node_modules/.bin/node');
export const HOLDER = join(ROOT, 'tests/unit/db/holder.ts');

export interface OtherProcess {
  child: ChildProcess;
  put(key: string, value: string): Promise<void>;
  /** Closes the database and waits for the process to end. */
  close(): Promise<void>;
  /** Kills the process without letting it close anything. */
  kill(): Promise<void>;
}

/** Starts holder.ts on `path`; resolves once it has the database open, rejects with its refusal. */
export function holdInOtherProcess(path: string): Promise<OtherProcess> {
  const child = spawn(NODE, [HOLDER, path], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
  const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
  let err = '';
  child.stderr.on('data', (d: Buffer) => {
    err += d.toString('utf8');
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const next = async () => {
    const line = await lines.next();
    if (line.done) {
      await exited;
      throw new Error(err || 'holder.ts ended');
    }
    return line.value;
  };
  const send = async (line: string, expected: string) => {
    child.stdin.write(`${line}\n`);
    const answer = await next();
    if (answer !== expected) throw new Error(`holder.ts answered "${answer}" to "${line}"`);
  };
  return next().then((first) => {
    if (first !== 'ready') throw new Error(first);
    return {
      child,
      put: (key, value) => send(`put ${key} ${value}`, 'ok'),
      async close() {
        await send('close', 'closed');
        await exited;
      },
      async kill() {
        child.kill('SIGKILL');
        await exited;
      },
    };
  });
}
