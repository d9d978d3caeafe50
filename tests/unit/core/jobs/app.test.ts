// The jobs through the app and its router, as every host reaches them: events to subscribers, jobs.get /
// list / cancel / file, Vietnamese refusals, and nothing written to the database by any of them.
import { describe, expect, it } from 'vitest';
import type { AppEvent, JobInfo } from '../../../../core/api/types.ts';
import type { TdktApp } from '../../../../core/app.ts';
import { listZip } from '../../../../core/files/zip.ts';
import { sampleEntries, zipJob } from '../../../fixtures/jobs/zip-job.ts';
import { databaseDigest, demoApp, freshApp, refusal, tempDir } from '../../helpers.ts';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

function until(app: TdktApp, id: string, done: (info: JobInfo) => boolean): Promise<JobInfo> {
  return new Promise((resolve) => {
    const stop = app.onEvent((event) => {
      if (event.payload.id === id && done(event.payload)) {
        stop();
        resolve(event.payload);
      }
    });
  });
}

describe('jobs through the app', () => {
  it('pushes every change to subscribers and answers jobs.get, jobs.list and jobs.file', async () => {
    const app = freshApp();
    const events: AppEvent[] = [];
    const stop = app.onEvent((e) => events.push(e));
    const id = app.startJob(zipJob(sampleEntries(5, 50_000), 'goi.zip'));
    const finished = await until(app, id, (i) => i.state !== 'dang_chay');
    expect(finished.state).toBe('xong');
    stop();
    expect(events.every((e) => e.name === 'progress' && e.payload.id === id)).toBe(true);
    expect(events[0].payload).toMatchObject({ state: 'dang_chay', done: 0, total: 5, label: 'Đang chờ để nén 5 tệp' });
    expect(await app.invoke('jobs.get', { id })).toEqual(finished);
    expect(await app.invoke('jobs.list', {})).toEqual([finished]);
    const file = await app.invoke('jobs.file', { id, index: 0 });
    expect(file.fileName).toBe('goi.zip');
    const copy = join(tempDir(), 'ban-sao.zip');
    writeFileSync(copy, Buffer.from(file.contentBase64, 'base64'));
    expect(listZip(copy).map((e) => e.name)).toEqual(['tep-001.txt', 'tep-002.txt', 'tep-003.txt', 'tep-004.txt', 'tep-005.txt']);
    expect(await refusal(app, 'jobs.file', { id, index: 1 })).toEqual({ code: 'not_found', message: 'Không tìm thấy tệp thứ 2 của việc này.' });
    app.close();
  });

  it('cancels through jobs.cancel; an unknown or malformed id is refused in Vietnamese; the database is untouched', async () => {
    const app = await demoApp();
    const before = databaseDigest(app.connection.raw);
    const id = app.startJob(zipJob(sampleEntries(40, 300_000), 'huy.zip'));
    await until(app, id, (i) => i.done >= 1);
    const cancelled = await app.invoke('jobs.cancel', { id });
    expect(cancelled.state).toBe('da_huy');
    expect(cancelled.files).toEqual([]);
    expect(await refusal(app, 'jobs.get', { id: '6f1c2a4e-8b3d-4f5a-9c7e-1d2b3a4c5d6e' })).toEqual({
      code: 'not_found',
      message: 'Không tìm thấy việc này (có thể đã xong từ lâu hoặc chương trình đã được mở lại).',
    });
    const bad = await refusal(app, 'jobs.cancel', { id: '../../etc' });
    expect(bad.code).toBe('invalid');
    expect(bad.fields).toEqual({ id: 'Mã việc không hợp lệ' });
    expect(databaseDigest(app.connection.raw)).toBe(before);
    app.close();
  });

  it('closing the app cancels a running job and stops its worker', async () => {
    const app = freshApp();
    const events: JobInfo[] = [];
    app.onEvent((e) => events.push(e.payload));
    const id = app.startJob(zipJob(sampleEntries(40, 300_000), 'dong.zip'));
    await until(app, id, (i) => i.done >= 1);
    app.close();
    expect(events.at(-1)).toMatchObject({ id, state: 'da_huy' });
  });
});
