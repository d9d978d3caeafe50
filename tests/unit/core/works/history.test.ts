// A status history entry typed wrong (the completion dated 19/5 instead of 01/3, a status picked by
// mistake) is corrected or deleted; the history still reads forward and the work's status is the one
// its latest entry gives, with the change in the audit log (issue 8).
import { describe, expect, it } from 'vitest';
import type { TdktApp } from '../../../../core/app.ts';
import { historyProblem, statusFrom } from '../../../../core/works/history.ts';
import { freshApp, refusal, unitAndCampaign } from '../../helpers.ts';

async function doneWork(): Promise<{ app: TdktApp; workId: number; campaignId: number }> {
  const app = freshApp('2021-05-19T03:00:00.000Z');
  const { unit, campaign } = await unitAndCampaign(app);
  const w = await app.invoke('works.save', { campaignId: campaign.id, unitId: unit.id, title: 'Trồng 100 cây xanh', level: 'co_so', registeredOn: '2021-03-15' });
  await app.invoke('works.setStatus', { id: w.id, status: 'dang_thuc_hien', date: '2021-03-20' });
  // The completion of 01/4 entered on the day it was recorded instead.
  await app.invoke('works.setStatus', { id: w.id, status: 'hoan_thanh', date: '2021-05-19', note: 'Biên bản nghiệm thu' });
  return { app, workId: w.id, campaignId: campaign.id };
}

const auditOf = (app: TdktApp, action: string) =>
  (app.connection.raw.prepare("SELECT detail FROM audit_log WHERE entity = 'work' AND action = ? ORDER BY id").pluck().all(action) as string[]).map(
    (d) => JSON.parse(d),
  );

describe('the rules of a corrected history', () => {
  const reg = { id: 1, date: '2021-03-15', status: 'da_dang_ky' as const };
  it('reads forward from the registration with allowed changes only', () => {
    expect(historyProblem('2021-03-15', [reg, { id: 2, date: '2021-04-01', status: 'hoan_thanh' }])).toBeNull();
    expect(historyProblem('2021-03-15', [{ id: 2, date: '2021-04-01', status: 'hoan_thanh' }])).toBe('Lịch sử phải bắt đầu bằng "Đã đăng ký".');
    expect(historyProblem('2021-03-15', [reg, { id: 2, date: '2021-03-01', status: 'hoan_thanh' }])).toBe(
      'Ngày 01/3/2021 trước ngày đăng ký 15/3/2021.',
    );
    expect(
      historyProblem('2021-03-15', [reg, { id: 2, date: '2021-04-01', status: 'huy' }, { id: 3, date: '2021-04-02', status: 'hoan_thanh' }]),
    ).toBe('Lịch sử không hợp lệ: ngày 02/4/2021 chuyển từ "Hủy" sang "Hoàn thành".');
  });

  it('gives the status of the latest entry, dated from when it began', () => {
    expect(statusFrom([reg, { id: 2, date: '2021-04-01', status: 'hoan_thanh' }, { id: 3, date: '2021-04-09', status: 'hoan_thanh' }])).toEqual({
      status: 'hoan_thanh',
      completed_on: '2021-04-01',
      cancelled_on: null,
    });
    expect(statusFrom([reg, { id: 2, date: '2021-04-01', status: 'huy' }])).toEqual({ status: 'huy', completed_on: null, cancelled_on: '2021-04-01' });
    expect(statusFrom([reg])).toEqual({ status: 'da_dang_ky', completed_on: null, cancelled_on: null });
  });
});

describe('correcting a status history entry', () => {
  it('moves a completion to the day it happened; the work and the "as of" figures follow, audited', async () => {
    const { app, workId, campaignId } = await doneWork();
    const before = await app.invoke('works.get', { id: workId });
    const done = before.updates.find((u) => u.status === 'hoan_thanh')!;
    expect((await app.invoke('stats.campaign', { campaignId, asOf: '2021-04-12' })).works.completed).toBe(0);
    const after = await app.invoke('works.updateHistory', { id: done.id, status: 'hoan_thanh', date: '2021-04-01', note: 'Biên bản nghiệm thu' });
    expect(after.completedOn).toBe('2021-04-01');
    expect(after.status).toBe('hoan_thanh');
    expect(after.updates.map((u) => [u.date, u.status])).toEqual([
      ['2021-03-15', 'da_dang_ky'],
      ['2021-03-20', 'dang_thuc_hien'],
      ['2021-04-01', 'hoan_thanh'],
    ]);
    expect((await app.invoke('stats.campaign', { campaignId, asOf: '2021-04-12' })).works.completed).toBe(1);
    expect(auditOf(app, 'update_history')).toEqual([
      {
        entryId: done.id,
        before: { date: '2021-05-19', status: 'hoan_thanh', note: 'Biên bản nghiệm thu' },
        after: { date: '2021-04-01', status: 'hoan_thanh', note: 'Biên bản nghiệm thu' },
      },
    ]);
    app.close();
  });

  it('changes a status picked by mistake, and the work takes it', async () => {
    const { app, workId } = await doneWork();
    const done = (await app.invoke('works.get', { id: workId })).updates.at(-1)!;
    const after = await app.invoke('works.updateHistory', { id: done.id, status: 'khong_hoan_thanh', date: '2021-05-19', note: '' });
    expect([after.status, after.completedOn]).toEqual(['khong_hoan_thanh', null]);
    app.close();
  });

  it('refuses a history that no longer reads forward, naming the field, and changes nothing', async () => {
    const { app, workId } = await doneWork();
    const work = await app.invoke('works.get', { id: workId });
    const [reg, doing] = work.updates;
    const early = await refusal(app, 'works.updateHistory', { id: doing.id, status: 'dang_thuc_hien', date: '2021-03-01' });
    expect(early.fields?.date).toBe('Ngày 01/3/2021 trước ngày đăng ký 15/3/2021.');
    const regStatus = await refusal(app, 'works.updateHistory', { id: reg.id, status: 'dang_thuc_hien', date: '2021-03-15' });
    expect(regStatus.fields?.status).toBe('Lịch sử phải bắt đầu bằng "Đã đăng ký".');
    const jump = await refusal(app, 'works.updateHistory', { id: doing.id, status: 'huy', date: '2021-03-20' });
    expect(jump.fields?.status).toBe('Lịch sử không hợp lệ: ngày 19/5/2021 chuyển từ "Hủy" sang "Hoàn thành".');
    const impossible = await refusal(app, 'works.updateHistory', { id: doing.id, status: 'dang_thuc_hien', date: '2021-02-31' });
    expect(impossible.fields?.date).toMatch(/tháng 02\/2021 chỉ có 28 ngày/u);
    expect(await app.invoke('works.get', { id: workId })).toEqual(work);
    expect(auditOf(app, 'update_history')).toEqual([]);
    app.close();
  });
});

describe('deleting a status history entry', () => {
  it('deletes one recorded by mistake; the work goes back to the status before it, audited', async () => {
    const { app, workId } = await doneWork();
    const done = (await app.invoke('works.get', { id: workId })).updates.at(-1)!;
    const after = await app.invoke('works.removeHistory', { id: done.id });
    expect([after.status, after.completedOn]).toEqual(['dang_thuc_hien', null]);
    expect(after.updates.map((u) => u.status)).toEqual(['da_dang_ky', 'dang_thuc_hien']);
    expect(auditOf(app, 'remove_history')).toEqual([
      { entryId: done.id, removed: { date: '2021-05-19', status: 'hoan_thanh', note: 'Biên bản nghiệm thu', source: 'app' } },
    ]);
    app.close();
  });

  it('keeps the registration and any entry whose removal breaks the history', async () => {
    const { app, workId } = await doneWork();
    const work = await app.invoke('works.get', { id: workId });
    const [reg] = work.updates;
    const e = await refusal(app, 'works.removeHistory', { id: reg.id });
    expect(e.message).toBe('Không xóa được dòng "Đã đăng ký" đầu tiên: lịch sử của công trình bắt đầu từ đó. Hãy sửa ngày của nó nếu cần.');
    // Cancelled then reopened: without the cancellation the reopening reads "Đang thực hiện → Đã đăng ký".
    const w2 = await app.invoke('works.save', { campaignId: work.campaignId, unitId: work.unitId, title: 'Số hóa hồ sơ', level: 'co_so', registeredOn: '2021-03-15' });
    await app.invoke('works.setStatus', { id: w2.id, status: 'dang_thuc_hien', date: '2021-03-16' });
    await app.invoke('works.setStatus', { id: w2.id, status: 'huy', date: '2021-03-17' });
    await app.invoke('works.setStatus', { id: w2.id, status: 'da_dang_ky', date: '2021-03-18' });
    const cancelled = (await app.invoke('works.get', { id: w2.id })).updates.find((u) => u.status === 'huy')!;
    const broken = await refusal(app, 'works.removeHistory', { id: cancelled.id });
    expect(broken.message).toBe('Không xóa được dòng này. Lịch sử không hợp lệ: ngày 18/3/2021 chuyển từ "Đang thực hiện" sang "Đã đăng ký".');
    expect((await refusal(app, 'works.removeHistory', { id: 9999 })).code).toBe('not_found');
    expect(await app.invoke('works.get', { id: workId })).toEqual(work);
    app.close();
  });
});
