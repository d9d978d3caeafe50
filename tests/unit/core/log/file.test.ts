// The log on disk: JSON lines, each written before the call returns, rotated by size into a fixed
// number of files, and a disk that fails never throws into the app.
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOG_FILE_NAME, logFileNames, RotatingLogFile } from '../../../../core/log/file.ts';
import { createLog, logFolder } from '../../../../core/log/logger.ts';
import { tempDir } from '../../helpers.ts';

const lines = (file: string) => readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as { n: number });

describe('the log file', () => {
  it('rotates past the size into tdkt.log.1 … and keeps only the set number of files', () => {
    const dataDir = tempDir();
    const { log, close } = createLog(dataDir, { maxBytes: 2_000, files: 3 });
    for (let n = 0; n < 200; n++) log.info({ n, event: 'test' }, 'một dòng nhật ký');
    close();
    const dir = logFolder(dataDir);
    expect(readdirSync(dir).sort()).toEqual([LOG_FILE_NAME, `${LOG_FILE_NAME}.1`, `${LOG_FILE_NAME}.2`]);
    for (const name of readdirSync(dir)) expect(statSync(join(dir, name)).size).toBeLessThanOrEqual(2_000);
    // Newest first: tdkt.log ends with the last line, and the kept files run on without a gap.
    const kept = [...logFileNames({ maxBytes: 2_000, files: 3 })].reverse().flatMap((name) => lines(join(dir, name)).map((l) => l.n));
    expect(kept.at(-1)).toBe(199);
    expect(kept).toEqual(Array.from({ length: kept.length }, (_, i) => 200 - kept.length + i));
    expect(kept.length).toBeLessThan(200);
  });

  it('has every line on disk as soon as it is logged, with level, time and message', () => {
    const dataDir = tempDir();
    const { log, close } = createLog(dataDir);
    log.error({ method: 'org.saveUnit', err: new Error('hỏng') }, 'unexpected error');
    const [line] = readFileSync(join(logFolder(dataDir), LOG_FILE_NAME), 'utf8').split('\n').map((l) => (l ? JSON.parse(l) : null));
    expect(line).toMatchObject({ level: 'error', pid: process.pid, method: 'org.saveUnit', msg: 'unexpected error', err: { type: 'Error', message: 'hỏng' } });
    expect(Date.parse(line.time)).not.toBeNaN();
    close();
  });

  it('drops a line it cannot write instead of throwing, and writes again once it can', () => {
    const dataDir = tempDir();
    const dir = logFolder(dataDir);
    // The log folder's place is taken by a file: nothing can be written there.
    writeFileSync(dir, 'không phải thư mục');
    const file = new RotatingLogFile(dir);
    expect(() => file.write('{"n":1}\n')).not.toThrow();
    expect(existsSync(join(dir, LOG_FILE_NAME))).toBe(false);
    const elsewhere = new RotatingLogFile(join(dataDir, 'khac'));
    elsewhere.write('{"n":2}\n');
    expect(lines(join(dataDir, 'khac', LOG_FILE_NAME))).toEqual([{ n: 2 }]);
    elsewhere.close();
  });

  it('writes on into the file another process on the same folder started by rotating', () => {
    const dir = join(tempDir(), 'nhat-ky');
    const rotation = { maxBytes: 100, files: 3 };
    const a = new RotatingLogFile(dir, rotation);
    const b = new RotatingLogFile(dir, rotation);
    const line = (n: number) => `${JSON.stringify({ n, pad: 'x'.repeat(30) })}\n`;
    a.write(line(1));
    b.write(line(2));
    a.write(line(3)); // a rotates: tdkt.log → tdkt.log.1
    b.write(line(4)); // b's file is now tdkt.log.1, full: b writes on in a's new tdkt.log
    a.close();
    b.close();
    expect(lines(join(dir, `${LOG_FILE_NAME}.1`)).map((l) => l.n)).toEqual([1, 2]);
    expect(lines(join(dir, LOG_FILE_NAME)).map((l) => l.n)).toEqual([3, 4]);
  });
});
