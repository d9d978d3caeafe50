// The jobs worker bundle as Electron's main build writes it (out/main/worker.js, an ES module under the
// project's "type": "module"): self-contained, it runs a real job from a folder of its own.
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { bundleJobWorker } from '../../../build/bundle-worker.ts';
import type { JobInfo } from '../../../core/api/types.ts';
import type { Context } from '../../../core/context.ts';
import { JobRunner } from '../../../core/jobs/runner.ts';
import { sampleEntries, zipJob } from '../../fixtures/jobs/zip-job.ts';
import { freshApp, tempDir } from '../helpers.ts';

describe('the jobs worker bundle', () => {
  it('is one file that runs a real job with nothing else beside it', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'package.json'), '{"type":"module"}');
    const file = join(dir, 'worker.js');
    await bundleJobWorker(file);
    expect(readdirSync(dir).sort()).toEqual(['package.json', 'worker.js']);
    const app = freshApp();
    const events: JobInfo[] = [];
    const finished = new Promise<JobInfo>((resolve) => {
      const runner = new JobRunner({
        emit: (info) => {
          events.push(info);
          if (info.state !== 'dang_chay') {
            runner.close();
            resolve(info);
          }
        },
        workerUrl: pathToFileURL(file),
      });
      const ctx: Context = { conn: app.connection, dataDir: app.dataDir, reopen() {}, now: () => new Date(), jobs: runner };
      runner.start(ctx, zipJob(sampleEntries(4, 10_000), 'electron.zip'));
    });
    const info = await finished;
    app.close();
    expect(info).toMatchObject({ state: 'xong', done: 4, total: 4 });
    expect(existsSync(info.files[0].path)).toBe(true);
  });
});
