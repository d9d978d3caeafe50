// Files appear whole or not at all: bytes go to a temporary file in the same folder, which is renamed
// over the target only once complete (a rename within one volume is atomic).
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export function tempPathFor(target: string): string {
  return join(dirname(target), `.${basename(target)}.${process.pid}-${Date.now()}.tmp`);
}

export function writeFileAtomic(target: string, data: Uint8Array): void {
  const temp = tempPathFor(target);
  try {
    writeFileSync(temp, data, { flag: 'wx' });
    renameSync(temp, target);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}
