// The walk-through in a real browser against the real host and a fresh SQLite file: first start
// → demo data → the seed's figures → a new ward found without diacritics → its work registered and
// completed → the dashboard moves by exactly that. All of it at 1366×768, the usual office screen,
// where every page is photographed and measured: text size, table actions, the works' columns.
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { fold } from '../../core/text/fold.ts';
import { type Running, SHOTS } from './host.ts';
import { openSession } from './session.ts';
import { createUi } from './ui.ts';

let app: Running;
let page: Page;
/** Demo figures at 11/4/2021, before anything was added: works completed, units reported. */
let completedDayBefore = '';
let reportedDayBefore = '';

const { shot, menu, typeDate, choose, text, readability, clippedActions, offScreenHeaders } = createUi(() => page, SHOTS);

/** Every screen of the menu, with what shows it is drawn. */
const PAGES: [string, string][] = [
  ['Tổng quan', 'summary-line'],
  ['Đơn vị', 'units-table'],
  ['Khối, cụm thi đua', 'members-table'],
  ['Đợt thi đua', 'campaigns-table'],
  ['Công trình', 'works-table'],
  ['Báo cáo đơn vị', 'reports-page'],
  ['Văn bản', 'documents-page'],
  ['Sao lưu', 'backup-table'],
  ['Cơ quan', 'margins-form'],
];

async function dashboardAt(date: string) {
  await menu('Tổng quan');
  await typeDate(page.getByRole('textbox', { name: 'Tính đến ngày' }), date);
  await expect.poll(() => text('summary-line')).toContain(`Tính đến ngày ${date}`);
}

// A fresh database, as a new user first meets the app: no agency, no demo until the first start offers it.
openSession({ agency: false, demo: false, ready: null }, (a) => {
  app = a;
  page = a.page;
});

describe('TĐKT in the browser host', () => {
  test('first start asks for the agency, then offers demo data', async () => {
    await expect.poll(() => text('setup-title')).toBe('Thiết lập ban đầu — TĐKT');
    // Saving with nothing filled shows Vietnamese messages next to the fields.
    await page.getByRole('button', { name: 'Lưu và tiếp tục' }).click();
    await expect.poll(() => page.getByText('Nhập tên cơ quan', { exact: true }).isVisible()).toBe(true);

    await page.getByLabel('Cơ quan chủ quản', { exact: true }).fill('Ủy ban nhân dân Thành phố Hồ Chí Minh');
    await page.getByLabel('Tên cơ quan', { exact: true }).fill('Ủy ban nhân dân thành phố Thủ Đức');
    await page.getByLabel('Địa danh', { exact: true }).fill('Thủ Đức');
    await page.getByLabel('Viết tắt (ký hiệu văn bản)', { exact: true }).fill('UBND');
    await page.getByLabel('Thẩm quyền ký', { exact: true }).fill('KT. CHỦ TỊCH');
    await page.getByLabel('Chức vụ người ký', { exact: true }).fill('Phó Chủ tịch');
    await page.getByLabel('Họ tên người ký', { exact: true }).fill('Nguyễn Kỳ Phùng');
    await expect.poll(() => text('place-date-preview')).toMatch(/^Thủ Đức, ngày \d{2} tháng \d{1,2} năm \d{4}$/u);
    await shot('01-setup-agency');
    await page.getByRole('button', { name: 'Lưu và tiếp tục' }).click();

    await page.getByTestId('load-demo').waitFor();
    await shot('02-setup-demo');
    await page.getByTestId('load-demo').click();
    await page.getByTestId('dashboard').waitFor();
  });

  test('the dashboard shows the seed figures: 118/254 (46,46%) and 136/703 (19,35%)', async () => {
    await dashboardAt('12/4/2021');
    await expect.poll(() => text('card-units-ratio')).toBe('118/254');
    expect(await text('card-units-percent')).toBe('46,46%');
    expect(await text('card-works-ratio')).toBe('136/703');
    expect(await text('card-works-percent')).toBe('19,35%');
    expect(await text('card-groups')).toContain('25 khối, 04 cụm');
    expect(await text('summary-line')).toBe(
      'Tính đến ngày 12/4/2021, toàn thành phố có 25 khối và 04 cụm thi đua với 254 đơn vị đăng ký 703 công trình. ' +
        'Đã có 118/254 cơ quan, đơn vị có báo cáo kết quả, đạt 46,46%; có 136/703 công trình đã hoàn thành, đạt 19,35%.',
    );
    await shot('03-dashboard-demo');

    // The seed article printed truncated figures; the setting reproduces them.
    await page.getByTestId('truncate-toggle').click();
    await expect.poll(() => text('card-units-percent')).toBe('46,45%');
    expect(await text('card-works-percent')).toBe('19,34%');
    await page.getByTestId('truncate-toggle').click();
    await expect.poll(() => text('card-units-percent')).toBe('46,46%');

    // A day that does not exist is refused beside the box; the figures stay at the last day taken.
    const asOf = page.getByRole('textbox', { name: 'Tính đến ngày' });
    await asOf.click();
    await asOf.press('ControlOrMeta+a');
    await asOf.pressSequentially('31/02/2021');
    await asOf.press('Tab');
    await expect.poll(() => text('as-of-error')).toMatch(/28 ngày/u);
    expect(await asOf.inputValue()).toBe('31/02/2021');
    expect(await text('summary-line')).toContain('Tính đến ngày 12/4/2021');

    await dashboardAt('11/4/2021');
    expect(await page.getByTestId('as-of-error').count()).toBe(0);
    completedDayBefore = ((await text('card-works-ratio')) ?? '').split('/')[0];
    reportedDayBefore = ((await text('card-units-ratio')) ?? '').split('/')[0];
    expect(Number(completedDayBefore)).toBeLessThanOrEqual(136);
    expect(Number(reportedDayBefore)).toBeLessThanOrEqual(118);
  });

  test('a new ward is added and found by typing without diacritics', async () => {
    await menu('Đơn vị');
    await page.getByTestId('add-unit').click();
    const dialog = page.getByRole('dialog', { name: 'Thêm đơn vị' });
    await dialog.getByLabel('Tên đơn vị', { exact: true }).fill('Phường Linh Trung 2');
    await dialog.getByLabel('Mã đơn vị', { exact: true }).fill('P-LT2');
    await choose(dialog.getByRole('combobox', { name: 'Loại đơn vị' }), null, 'Phường, xã');
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await page.getByText('Đã lưu đơn vị "Phường Linh Trung 2".').waitFor();

    // A code already in use is refused by core, and the message lands next to the code field.
    await page.getByTestId('add-unit').click();
    const again = page.getByRole('dialog', { name: 'Thêm đơn vị' });
    await again.getByLabel('Tên đơn vị', { exact: true }).fill('Phường Linh Trung 3');
    await again.getByLabel('Mã đơn vị', { exact: true }).fill('P-LT2');
    await again.getByRole('button', { name: 'Lưu' }).click();
    await again.getByText('Mã "P-LT2" đã dùng cho đơn vị "Phường Linh Trung 2".').first().waitFor();
    await shot('04-unit-code-taken');
    await again.getByRole('button', { name: 'Hủy' }).click();
    await again.waitFor({ state: 'hidden' });

    await page.getByTestId('unit-search').fill('linh trung');
    const names = page.getByTestId('unit-name');
    const matches = (n: string) => fold(n).includes('linh') && fold(n).includes('trung');
    // Wait for the searched list, not the full one still on screen while the query runs.
    await expect.poll(async () => (await names.allTextContents()).every(matches)).toBe(true);
    const found = await names.allTextContents();
    expect(found).toContain('Phường Linh Trung 2');
    // The demo names the ward by its People's Committee.
    expect(found).toContain('Ủy ban nhân dân phường Linh Trung');
    await shot('05-units-search');
  });

  test('a work is registered for it and marked completed, with its history', async () => {
    await menu('Công trình');
    await page.getByTestId('works-page').waitFor();
    await page.getByTestId('add-work').click();
    const dialog = page.getByRole('dialog', { name: 'Đăng ký công trình, phần việc' });
    await choose(dialog.getByRole('combobox', { name: 'Đơn vị đăng ký' }), 'linh trung 2', 'Phường Linh Trung 2 (P-LT2)');
    await dialog.getByLabel('Tên công trình, phần việc', { exact: true }).fill('Mở rộng hẻm 12 đường Hoàng Diệu 2');
    await dialog.getByRole('combobox', { name: 'Lĩnh vực' }).fill('Chỉnh trang đô thị, mở rộng các tuyến hẻm');
    await dialog.getByLabel('Chỉ tiêu đo được', { exact: true }).fill('Mở rộng 1 tuyến hẻm, dài 180 m, rộng 4 m');
    await typeDate(dialog.getByRole('textbox', { name: 'Thời hạn hoàn thành' }), '30/4/2021');
    await typeDate(dialog.getByRole('textbox', { name: 'Ngày đăng ký' }), '10/4/2021');
    await dialog.getByLabel('Người phụ trách', { exact: true }).fill('Trần Văn Bình');
    await shot('06-work-form');
    await dialog.getByRole('button', { name: 'Đăng ký' }).click();
    // The new ward is not in the campaign yet: the app asks before enrolling it.
    const ask = page.getByRole('dialog', { name: 'Đơn vị chưa tham gia đợt thi đua' });
    await ask.getByText('Đơn vị "Phường Linh Trung 2" chưa tham gia đợt thi đua').waitFor();
    await ask.getByRole('button', { name: 'Thêm vào đợt và đăng ký' }).click();
    await page.getByText('Đã đăng ký "Mở rộng hẻm 12 đường Hoàng Diệu 2".').waitFor();

    await page.getByTestId('work-search').fill('hem 12 hoang dieu');
    await expect.poll(() => page.getByTestId('work-link').allTextContents()).toEqual(['Mở rộng hẻm 12 đường Hoàng Diệu 2']);
    await page.getByTestId('work-link').click();
    const drawer = page.getByTestId('work-drawer');
    await drawer.getByTestId('work-title').waitFor();
    await choose(drawer.getByRole('combobox', { name: 'Trạng thái mới' }), null, 'Hoàn thành');
    await typeDate(drawer.getByRole('textbox', { name: 'Ngày cập nhật' }), '12/4/2021');
    await drawer.getByTestId('status-save').click();
    await expect.poll(async () => (await drawer.getByTestId('work-status').textContent())?.trim()).toBe('Hoàn thành');
    const history = drawer.getByTestId('work-history');
    await expect.poll(() => history.textContent()).toContain('12/4/2021 — Hoàn thành');
    expect(await history.textContent()).toContain('10/4/2021 — Đã đăng ký');
    await shot('07-work-completed');
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'hidden' });

    // Registration review: the flag filter keeps only works that lack a measurable target.
    await page.getByTestId('work-search').fill('');
    await choose(page.getByRole('combobox', { name: 'Lọc theo cảnh báo' }), null, 'Thiếu chỉ tiêu đo được');
    await expect.poll(() => text('work-count')).not.toBe('704 công trình');
    const flagged = await page.locator('.flag-tag').allTextContents();
    expect(flagged).toContain('Thiếu chỉ tiêu');
    await shot('08-works-flag-filter');
  });

  test('the ward reports, and the dashboard moves by exactly one unit and one work', async () => {
    await menu('Báo cáo đơn vị');
    await page.getByTestId('add-report').click();
    const dialog = page.getByRole('dialog', { name: 'Ghi nhận báo cáo của đơn vị' });
    await choose(dialog.getByRole('combobox', { name: 'Đơn vị' }), 'linh trung 2', 'Phường Linh Trung 2 (P-LT2)');
    await typeDate(dialog.getByRole('textbox', { name: 'Ngày báo cáo' }), '12/4/2021');
    await dialog.getByLabel('Nội dung', { exact: true }).fill('Đã hoàn thành mở rộng hẻm 12 đường Hoàng Diệu 2.');
    await dialog.getByRole('button', { name: 'Ghi nhận' }).click();
    await page.getByText(/Đã ghi nhận báo cáo của "Phường Linh Trung 2" ngày 12\/4\/2021/u).waitFor();

    await dashboardAt('12/4/2021');
    await expect.poll(() => text('card-works-ratio')).toBe('137/704');
    expect(await text('card-works-percent')).toBe('19,46%');
    expect(await text('card-units-ratio')).toBe('119/255');
    expect(await text('card-units-percent')).toBe('46,67%');
    await shot('09-dashboard-after');

    // The day before, the work was registered but not yet completed and the ward had not reported.
    await dashboardAt('11/4/2021');
    await expect.poll(() => text('card-works-ratio')).toBe(`${completedDayBefore}/704`);
    expect(await text('card-units-ratio')).toBe(`${reportedDayBefore}/255`);
  });

  test('khối/cụm: a membership is added, ended, and kept as history', async () => {
    await menu('Khối, cụm thi đua');
    await page.getByTestId('members-table').waitFor();
    // A membership ended is kept as history, not deleted.
    const addMember = page.getByTestId('add-member-form');
    await choose(addMember.getByRole('combobox', { name: 'Đơn vị' }), 'linh trung 2', 'Phường Linh Trung 2 (P-LT2)');
    await typeDate(addMember.getByRole('textbox', { name: 'Từ ngày' }), '01/4/2021');
    await addMember.getByRole('button', { name: 'Thêm thành viên' }).click();
    const row = page.getByTestId('members-table').locator('tr', { hasText: 'Phường Linh Trung 2' });
    await row.waitFor();
    await row.getByRole('button', { name: 'Kết thúc' }).click();
    const end = page.getByRole('dialog', { name: /Kết thúc vai trò thành viên/u });
    await typeDate(end.getByRole('textbox'), '20/5/2021');
    await end.getByRole('button', { name: 'Kết thúc' }).click();
    await row.waitFor({ state: 'detached' });
    await page.getByText('Hiện cả lịch sử').click();
    await expect.poll(() => row.textContent()).toContain('20/5/2021');
    await shot('10-groups-history');
  });

  test('a follow-up campaign is created and unfinished works are carried over into it', async () => {
    await menu('Đợt thi đua');
    await page.getByText('Đợt hoạt động cao điểm thi đua chào mừng 100 ngày thành lập thành phố Thủ Đức').first().click();
    await page.getByTestId('campaign-form').waitFor();
    await expect.poll(() => text('participant-count')).toBe('255 đơn vị tham gia');
    await shot('11-campaign-form');
    await page.getByRole('button', { name: 'Hủy' }).click();
    await page.getByTestId('campaign-form').waitFor({ state: 'hidden' });

    await page.getByTestId('add-campaign').click();
    const form = page.getByTestId('campaign-form');
    await page.getByTestId('save-campaign').click();
    await form.getByText('Nhập tên đợt/phong trào thi đua').waitFor();
    await form.getByLabel('Tên đợt, phong trào thi đua', { exact: true }).fill('Đợt thi đua chào mừng Quốc khánh 02/9/2021');
    await typeDate(form.getByRole('textbox', { name: 'Từ ngày' }), '20/5/2021');
    await typeDate(form.getByRole('textbox', { name: 'Đến ngày' }), '02/9/2021');
    await page.getByTestId('save-campaign').click();
    await page.getByText('Đã lưu "Đợt thi đua chào mừng Quốc khánh 02/9/2021".').waitFor();

    await menu('Công trình');
    const demo = 'Đợt hoạt động cao điểm thi đua chào mừng 100 ngày thành lập thành phố Thủ Đức (12/3/2021 – 19/5/2021)';
    await choose(page.getByRole('combobox', { name: 'Đợt thi đua' }), null, demo);
    await choose(page.getByRole('combobox', { name: 'Lọc theo trạng thái' }), null, 'Đang thực hiện');
    await expect.poll(() => text('work-count')).not.toBe('704 công trình');
    const rows = page.getByTestId('works-table').locator('.ant-table-row');
    await rows.nth(0).locator('input[type=checkbox]').check();
    await rows.nth(1).locator('input[type=checkbox]').check();
    await page.getByRole('button', { name: 'Chuyển tiếp (2)' }).click();
    const dialog = page.getByRole('dialog', { name: 'Chuyển tiếp 2 công trình sang đợt khác' });
    await shot('12-carry-over');
    await dialog.getByRole('button', { name: 'Chuyển tiếp' }).click();
    await page.getByText('Đã chuyển tiếp 2 công trình.').waitFor();

    await menu('Đợt thi đua');
    const row = page.getByTestId('campaigns-table').locator('tr', { hasText: 'Quốc khánh' });
    // Each carried work brings its unit into the new campaign.
    await expect.poll(async () => (await row.locator('td').allTextContents()).slice(4, 6)).toEqual(['2', '2']);
  });

  test('backup: a copy is made and restoring asks first', async () => {
    await menu('Sao lưu');
    await page.getByTestId('backup-now').click();
    await expect.poll(() => page.getByTestId('backup-table').locator('tbody tr.ant-table-row').count()).toBe(1);
    await page.getByTestId('backup-table').getByRole('button', { name: 'Khôi phục' }).click();
    await page.getByText('Trước khi thay, tệp dữ liệu hiện tại được tự động sao lưu').waitFor();
    await shot('13-backup-restore-confirm');
    await page.getByRole('button', { name: 'Hủy' }).click();

    // Into a folder of the user's choosing (the browser mode asks for its path): written there, and
    // the data folder's list is unchanged.
    const usb = mkdtempSync(join(tmpdir(), 'tdkt-e2e-usb-'));
    await page.getByTestId('backup-to-folder').click();
    await page.getByTestId('path-input').fill(usb);
    await page.getByRole('button', { name: 'Sao lưu', exact: true }).click();
    await page.getByText(`Đã sao lưu vào ${usb}`).waitFor();
    expect(readdirSync(usb)).toHaveLength(1);
    expect(await page.getByTestId('backup-table').locator('tbody tr.ant-table-row').count()).toBe(1);
    const viewport = page.viewportSize();
    await page.setViewportSize({ width: 1366, height: 768 });
    await shot('13b-backup-page-1366');
    if (viewport) await page.setViewportSize(viewport);

    // "Xuất nhật ký": a .zip of the log files, the lines JSON, this session's opening among them.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('logs-export').click()]);
    expect(download.suggestedFilename()).toMatch(/^nhat-ky-tdkt-\d{8}-\d{4}\.zip$/u);
    const saved = join(usb, download.suggestedFilename());
    await download.saveAs(saved);
    const log = strFromU8(unzipSync(readFileSync(saved))['tdkt.log']);
    expect(log.split('\n').filter(Boolean).map((l) => JSON.parse(l))).toContainEqual(expect.objectContaining({ event: 'open' }));
    await page.getByText(`Đã xuất nhật ký: ${download.suggestedFilename()}`).waitFor();
  });

  test('Cơ quan: a margin outside NĐ 30 is refused next to its field, one inside is saved', async () => {
    await menu('Cơ quan');
    const form = page.getByTestId('margins-form');
    const left = form.getByLabel('Lề trái', { exact: true });
    await left.fill('40');
    await form.getByRole('button', { name: 'Lưu' }).click();
    await form.getByText('Lề trái phải từ 30 đến 35 mm theo Nghị định 30/2020/NĐ-CP').waitFor();
    await shot('14-agency-margin-refused');
    await left.fill('32');
    // The message going away moves the button up: click it once the form has settled.
    await form.getByText('Lề trái phải từ 30 đến 35 mm theo Nghị định 30/2020/NĐ-CP').waitFor({ state: 'detached' });
    await form.getByRole('button', { name: 'Lưu' }).click();
    await page.getByText('Đã lưu lề trang.').waitFor();
    // Read back from core, not from what the form still holds.
    await menu('Sao lưu');
    await menu('Cơ quan');
    await expect.poll(() => page.getByTestId('margins-form').getByLabel('Lề trái', { exact: true }).inputValue()).toBe('32');
  });

  test('Cơ quan: the council threshold is edited in its card, refused out of range, read back from core', async () => {
    await menu('Cơ quan');
    const form = page.getByTestId('council-threshold-form');
    const field = form.getByLabel('Tỷ lệ phiếu đồng ý cần đạt', { exact: true });
    await expect.poll(() => field.inputValue()).toBe('80,00');
    await field.fill('120');
    await form.getByRole('button', { name: 'Lưu' }).click();
    await form.getByText('Tỷ lệ phiếu đồng ý cần đạt từ 50% đến 100%').waitFor();
    await field.fill('66,67');
    await form.getByText('Tỷ lệ phiếu đồng ý cần đạt từ 50% đến 100%').waitFor({ state: 'detached' });
    await form.getByRole('button', { name: 'Lưu' }).click();
    await page.getByText('Đã lưu tỷ lệ phiếu đồng ý cần đạt.').waitFor();
    await shot('14b-agency-council-threshold');
    expect(((await app.api('settings.get', {})) as { councilThreshold: number }).councilThreshold).toBe(66.67);
  });
  test('at 1366×768 every page reads at 13 px or more, cuts no table action and shows the works\' key columns', async () => {
    for (const [name, ready] of PAGES) {
      await menu(name);
      await page.getByTestId(ready).first().waitFor();
      // Rows drawn, not the loading skeleton.
      await page.waitForTimeout(300);
      await shot(`20-${fold(name).replaceAll(/[^a-z]+/gu, '-')}-1366`);
      expect(await readability(), name).toEqual([]);
      expect(await clippedActions(), name).toEqual([]);
    }
    await menu('Công trình');
    const works = page.getByTestId('works-table');
    await works.locator('.ant-table-row').first().waitFor();
    expect(await offScreenHeaders(works, ['Cấp', 'Chỉ tiêu', 'Thời hạn'])).toEqual([]);
    await menu('Tổng quan');
    const values = await page.getByTestId('chart-value').first().evaluate((el) => Number.parseFloat(getComputedStyle(el).fontSize));
    expect(values).toBeGreaterThanOrEqual(12);
  });

  test('units are found by the abbreviations officials type', async () => {
    await menu('Đơn vị');
    const search = page.getByTestId('unit-search');
    const names = page.getByTestId('unit-name');
    await search.fill('ubnd linh trung');
    await expect.poll(() => names.allTextContents()).toEqual(['Ủy ban nhân dân phường Linh Trung']);
    await search.fill('thcs linh trung');
    // The one that reads as typed comes first.
    await expect.poll(async () => (await names.allTextContents())[0]).toBe('Trường Trung học cơ sở Linh Trung');
    await shot('21-units-abbreviation');
    await search.fill('');
  });

  test('the dashboard totals its khối/cụm table, shows what comes next and leads to the group, unit and work', async () => {
    await dashboardAt('12/4/2021');
    const total = page.getByTestId('group-total');
    await expect.poll(async () => (await total.locator('td').allTextContents()).map((t) => t.trim())).toEqual([
      'Tổng cộng', '255', '119', '46,67%', '704', '137', '19,46%',
    ]);
    const milestones = await page.getByTestId('milestone').allTextContents();
    expect(milestones[0]).toBe('12/4/2021Báo cáo kết quả phục vụ sơ kếthôm nay');
    expect(milestones[1]).toBe('16/4/2021Hội nghị sơ kếtcòn 4 ngày');
    await total.scrollIntoViewIfNeeded();
    await shot('22-dashboard-total-milestones');

    await page.getByRole('tab', { name: /^Quá hạn/u }).click();
    const overdue = page.getByRole('tabpanel').locator('.ant-table-row').first();
    await overdue.waitFor();
    expect(await offScreenHeaders(page.getByRole('tabpanel').locator('.ant-table-wrapper'), ['Công trình', 'Thời hạn', 'Quá hạn'])).toEqual([]);
    expect(await overdue.locator('.ant-table-cell').last().textContent()).toMatch(/^\d+ ngày$/u);
    await shot('23-dashboard-overdue');
    const title = (await overdue.getByTestId('overdue-work-link').textContent())?.trim() ?? '';
    await overdue.getByTestId('overdue-work-link').click();
    await page.getByTestId('works-page').waitFor();
    await expect.poll(() => text('work-title')).toBe(title);
    await shot('24-work-from-dashboard');
    await page.keyboard.press('Escape');
    await page.getByTestId('work-drawer').waitFor({ state: 'hidden' });

    await page.goBack();
    await page.getByTestId('dashboard').waitFor();
    await page.getByRole('tab', { name: /^Chưa báo cáo/u }).click();
    const unit = page.getByRole('tabpanel').getByTestId('unit-link').first();
    const unitName = (await unit.textContent())?.trim();
    await unit.click();
    await expect.poll(() => page.getByTestId('unit-name').allTextContents()).toEqual([unitName]);

    await page.goBack();
    await page.getByTestId('dashboard').waitFor();
    const group = page.getByTestId('chart-group').last();
    const groupName = (await group.textContent())?.trim();
    await group.click();
    await expect.poll(() => text('group-title')).toBe(groupName);
    await shot('25-group-from-dashboard');
  });
});
