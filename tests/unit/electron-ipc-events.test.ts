// Job progress from the core app to the window, on the existing 'progress' event channel: a real app, a
// real job, and a stand-in for the window's webContents (the binary cannot run here).
import { describe, expect, it, vi } from 'vitest';
import type { JobInfo } from '../../core/api/types.ts';
import { forwardEvents } from '../../electron/ipc.ts';
import { sampleEntries, zipJob } from '../fixtures/jobs/zip-job.ts';
import { freshApp } from './helpers.ts';

// ipc.ts only imports types from electron; the mock makes sure nothing here can reach the real binary.
vi.mock('electron', () => ({ default: {} }));

function contents() {
  return {
    destroyed: false,
    sent: [] as [string, JobInfo][],
    isDestroyed() {
      return this.destroyed;
    },
    send(channel: string, payload: JobInfo) {
      this.sent.push([channel, payload]);
    },
  };
}

describe('job events to the window', () => {
  it('sends every change of a job on tdkt:event:progress to the window there is now, and stops when told', async () => {
    const app = freshApp();
    const first = contents();
    let target: ReturnType<typeof contents> | null = first;
    const stop = forwardEvents(app, () => target);
    const done = new Promise<void>((resolve) => app.onEvent((e) => e.payload.state === 'xong' && resolve()));
    const id = app.startJob(zipJob(sampleEntries(10, 50_000), 'cua-so.zip'));
    await done;
    expect(first.sent.length).toBeGreaterThan(2);
    expect(first.sent.every(([channel, job]) => channel === 'tdkt:event:progress' && job.id === id)).toBe(true);
    expect(first.sent.at(-1)?.[1]).toMatchObject({ state: 'xong', done: 10, total: 10, label: 'Đã nén xong 10 tệp' });

    // A closed window gets nothing; no window at all is no failure.
    first.destroyed = true;
    const count = first.sent.length;
    const second = app.startJob(zipJob(sampleEntries(1, 100), 'khong.zip'));
    await new Promise<void>((resolve) => app.onEvent((e) => e.payload.id === second && e.payload.state === 'xong' && resolve()));
    target = null;
    stop();
    const third = contents();
    target = third;
    const last = app.startJob(zipJob(sampleEntries(1, 100), 'sau.zip'));
    await new Promise<void>((resolve) => app.onEvent((e) => e.payload.id === last && e.payload.state === 'xong' && resolve()));
    expect(first.sent.length).toBe(count);
    expect(third.sent).toEqual([]);
    app.close();
  });
});
