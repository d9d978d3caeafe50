// Sổ khen thưởng in a real browser against the real host at 1366×768: a yearly proposal with five
// nominees goes through a council meeting and a decision (seeded over HTTP, as the page's own calls
// go), the draft is issued from the screen, its lines show their số sổ and money, the Giấy khen are
// printed as a PDF job whose progress bar reaches 100 % and offers the file, and a line is revoked
// with its reason, staying in the register, marked.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { type Running, SHOTS } from './host.ts';
import { openSession } from './session.ts';
import { createUi } from './ui.ts';

const shots = join(SHOTS, 'awards');
let app: Running;
let page: Page;
const { shot, jobOffersFile, menu, text, readability, clippedActions, offScreenHeaders } = createUi(() => page, shots);

const NOMINEES = ['Nguyễn Văn An', 'Tạ Thị Lan Anh', 'Trần Văn Ánh', 'Lê Minh Bình', 'Đặng Thị Đào'];
const DATE = '2025-03-10';

const api = <T>(method: string, args?: unknown) => app.api(method, args) as Promise<T>;
let meetingId = 0;
let signerId = 0;

async function seedDecision(): Promise<void> {
  const signer = await api<{ id: number }>('agency.saveSigner', { authority: 'KT. Chủ tịch', title: 'Phó Chủ tịch', name: 'Nguyễn Kỳ Phùng' });
  const people = await api<{ id: number; fullName: string }[]>('people.list', {});
  const proposal = await api<{ id: number }>('proposals.create', { year: 2025, submissionNumber: '12/TTr-UBND', submissionDate: DATE });
  for (const name of NOMINEES) {
    const person = people.find((p) => p.fullName === name);
    if (!person) throw new Error(`Không có ${name} trong dữ liệu mẫu`);
    await api('proposals.addNominee', { proposalId: proposal.id, kind: 'ca_nhan', personId: person.id, formCode: 'giay_khen_ca_nhan', achievement: 'Hoàn thành xuất sắc nhiệm vụ năm 2024' });
  }
  const nominees = (await api<{ nomineeList: { id: number }[] }>('proposals.get', { id: proposal.id })).nomineeList;
  const meeting = await api<{ id: number }>('meetings.create', { date: DATE, place: 'Hội trường UBND thành phố', membersTotal: 9, membersPresent: 8, proposalIds: [proposal.id] });
  await api('meetings.setVotes', { meetingId: meeting.id, votes: nominees.map((n) => ({ nomineeId: n.id, agree: 8 })) });
  meetingId = meeting.id;
  signerId = signer.id;
  await draftDecision();
}

const draftDecision = () =>
  api('decisions.create', { meetingId, formCode: 'giay_khen_ca_nhan', date: DATE, signerId, achievement: 'Đã hoàn thành xuất sắc nhiệm vụ năm 2024' });

/** Font sizes under 13 px of antd's tags, which the shared readability check does not look at. */
const smallTags = () =>
  page.evaluate(() => [...document.querySelectorAll<HTMLElement>('.ant-tag')].filter((t) => Number.parseFloat(getComputedStyle(t).fontSize) < 13).map((t) => t.textContent));

openSession({ shots, timeoutMs: 20_000, prepare: seedDecision }, (a) => {
  app = a;
  page = a.page;
});

describe('Sổ khen thưởng', () => {
  test('issues the draft from the screen, giving each line its số sổ and money', async () => {
    await menu('Sổ khen thưởng');
    const decisions = page.getByTestId('decisions-table');
    const draft = decisions.locator('.ant-table-row', { hasText: 'Dự thảo' });
    await draft.waitFor();
    expect(await text('award-count')).toBe('Quyết định còn là dự thảo: ban hành để cấp số sổ cho từng dòng.');
    await draft.getByRole('button', { name: 'Ban hành' }).click();
    const form = page.getByTestId('issue-form');
    await form.getByLabel('Số quyết định').fill('25');
    await shot('01-issue');
    await page.getByRole('button', { name: 'Ban hành', exact: true }).last().click();
    await expect.poll(() => text('award-count')).toBe('Quyết định số 25/QĐ-UBND: 5 dòng');
    expect(await decisions.locator('.ant-table-row').first().textContent()).toContain('Đã ban hành');
    await expect.poll(() => page.getByTestId('book-number').allTextContents()).toHaveLength(5);
    expect((await page.getByTestId('book-number').allTextContents()).map(Number).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5]);
    const row = page.locator('[data-testid="awards-table"] .ant-table-row', { hasText: 'Đặng Thị Đào' });
    // 0,3 × 2.340.000 đồng, the base salary of 10/3/2025.
    expect(await row.textContent()).toContain('702.000');
    expect(await row.textContent()).toContain('Chưa');
    await shot('02-register');
    const table = page.getByTestId('awards-table');
    expect(await offScreenHeaders(table, ['Số sổ', 'Ông/Bà/Tập thể', 'Họ và tên / Tên tập thể', 'Chức vụ, đơn vị', 'Hình thức', 'Số tiền', 'Đã in', 'Thu hồi'])).toEqual([]);
    expect(await clippedActions()).toEqual([]);
    expect(await readability()).toEqual([]);
    expect(await smallTags()).toEqual([]);
    // No header broken inside a word ("Ông/Bà/Tậ p thể").
    expect(await table.locator('thead th').evaluateAll((ths) => ths.filter((th) => th.scrollWidth > th.clientWidth || th.getBoundingClientRect().height > 48).map((th) => th.textContent))).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  });

  test('finds a line typed without diacritics', async () => {
    await page.getByTestId('award-search').fill('dang thi dao');
    await expect.poll(() => page.getByTestId('award-name').allTextContents()).toEqual(['Đặng Thị Đào']);
    await page.getByTestId('award-search').fill('');
    await expect.poll(() => page.getByTestId('award-name').allTextContents()).toHaveLength(5);
  });

  test('prints the Giấy khen as a PDF job: the bar reaches 100 % and the file is offered', async () => {
    await page.getByTestId('print-certificates').click();
    const form = page.getByTestId('print-form');
    await form.waitFor();
    expect(await form.textContent()).toContain('mặc định');
    expect(await form.textContent()).toContain('giữ nguyên số sổ');
    const download = page.waitForEvent('download');
    await page.getByTestId('print-test-page').click();
    const testPage = await download;
    expect(testPage.suggestedFilename()).toMatch(/\.pdf$/u);
    expect((await readFile(await testPage.path())).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    await expect.poll(() => page.getByTestId('test-page-result').count()).toBe(1);
    expect(await text('test-page-result')).toMatch(/\.pdf/u);
    await shot('03-print-dialog');
    await page.getByTestId('print-ok').click();
    await jobOffersFile(/giấy khen/u, /\.pdf/u);
    await shot('04-print-done');
    await page.getByTestId('print-close').click();
    // Every line was printed once.
    await expect.poll(async () => (await page.locator('[data-testid="awards-table"] .ant-table-row').allTextContents()).every((t) => t.includes('1 lần'))).toBe(true);
  });

  test('revokes a line with its reason: it stays in the register, marked', async () => {
    const row = page.locator('[data-testid="awards-table"] .ant-table-row', { hasText: 'Trần Văn Ánh' });
    await row.getByRole('button', { name: 'Thu hồi' }).click();
    await page.getByRole('button', { name: 'Thu hồi', exact: true }).last().click();
    await expect.poll(() => page.getByText('Nhập lý do thu hồi').isVisible()).toBe(true);
    await page.getByTestId('revoke-form').getByLabel('Lý do thu hồi').fill('Kê khai không đúng thành tích');
    await shot('05-revoke');
    await page.getByRole('button', { name: 'Thu hồi', exact: true }).last().click();
    await expect.poll(() => row.getByTestId('revoked').count()).toBe(1);
    expect(await text('award-count')).toBe('Quyết định số 25/QĐ-UBND: 5 dòng');
    // The demo's own decision may hold a namesake: the revoked line is the one with the reason.
    const lines = (await app.api('awards.list', { query: 'tran van anh' })) as { revokedReason: string | null }[];
    expect(lines.filter((l) => l.revokedReason === 'Kê khai không đúng thành tích')).toHaveLength(1);
    expect(await smallTags()).toEqual([]);
    await shot('06-revoked');
  });

  test('a second draft for the same people is refused in the dialog, naming the decision they hold', async () => {
    await draftDecision();
    // Away and back: the page asks for the decisions again when it opens.
    await menu('Danh mục khen thưởng');
    await page.getByTestId('catalogue-table').waitFor();
    await menu('Sổ khen thưởng');
    const draft = page.getByTestId('decisions-table').locator('.ant-table-row', { hasText: 'Dự thảo' });
    await draft.getByRole('button', { name: 'Ban hành' }).click();
    await page.getByRole('button', { name: 'Ban hành', exact: true }).last().click();
    await expect.poll(() => page.getByTestId('issue-refusal').count()).toBe(1);
    expect(await text('issue-refusal')).toMatch(/đã được khen tại Quyết định số 25\/QĐ-UBND/u);
    await shot('07-issue-refused');
    await page.getByRole('button', { name: 'Hủy' }).click();
    expect(await draft.textContent()).toContain('Dự thảo');
  });
});
