// Cá nhân and Danh mục khen thưởng in a real browser against the real host, on the demo database, at
// 1366×768: a person with a compound tên added through the form, found by searches without diacritics,
// the list in official order (tên, tên đệm, họ), and a catalogue row edited with a Vietnamese decimal
// comma and its money recounted from the base salary of the chosen day.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { type Running, SHOTS } from './host.ts';
import { openSession } from './session.ts';
import { createUi } from './ui.ts';

const shots = join(SHOTS, 'people');
let app: Running;
let page: Page;
const { shot, menu, typeDate, text, readability, clippedActions, offScreenHeaders } = createUi(() => page, shots);

const names = () => page.getByTestId('person-name').allTextContents();

openSession({ shots }, (a) => {
  app = a;
  page = a.page;
});

describe('Cá nhân', () => {
  test('lists the demo people by tên, then tên đệm, then họ, and fits the screen', async () => {
    await menu('Cá nhân');
    await page.getByTestId('people-table').waitFor();
    await expect.poll(() => text('person-count')).toBe('40 người · xếp theo tên, tên đệm, họ');
    // An < Anh < Ánh (tên), then the three Bình by tên đệm: Minh < Thị < Văn.
    expect((await names()).slice(0, 6)).toEqual(['Nguyễn Văn An', 'Tạ Thị Lan Anh', 'Trần Văn Ánh', 'Lê Minh Bình', 'Nguyễn Thị Bình', 'Dương Văn Bình']);
    await shot('01-people');
    const table = page.getByTestId('people-table');
    expect(await offScreenHeaders(table, ['Họ và tên', 'Giới tính', 'Năm sinh', 'Chức vụ', 'Đơn vị', 'Đối tượng'])).toEqual([]);
    expect(await clippedActions()).toEqual([]);
    expect(await readability()).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  });

  test('adds a person with a compound tên, shown as it will sort before saving', async () => {
    await page.getByTestId('add-person').click();
    const form = page.getByTestId('person-form');
    await form.getByLabel('Họ và tên', { exact: true }).fill('Phạm Hoàng Minh Tâm');
    await expect.poll(() => text('name-parts')).toBe('Sắp xếp theo tên Tâm, tên đệm Hoàng Minh, họ Phạm');
    await form.getByLabel('Tên (nếu là tên ghép)').fill('Hoàng');
    await expect.poll(() => page.getByText('Tên "Hoàng" phải là phần cuối của họ và tên "Phạm Hoàng Minh Tâm"', { exact: false }).isVisible()).toBe(true);
    await form.getByLabel('Tên (nếu là tên ghép)').fill('Minh Tâm');
    await expect.poll(() => text('name-parts')).toBe('Sắp xếp theo tên Minh Tâm, tên đệm Hoàng, họ Phạm (tên ghép nhập tay)');
    await form.getByLabel('Nữ').check();
    await form.getByLabel('Năm sinh').fill('1989');
    await form.getByLabel('Chức vụ').fill('Công chức Văn hóa - Xã hội');
    const unit = form.getByLabel('Đơn vị', { exact: true });
    await unit.click();
    await unit.fill('linh trung');
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: 'Ủy ban nhân dân phường Linh Trung' }).click();
    const staff = form.getByLabel('Đối tượng');
    await staff.click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option[title="Công chức"]').click();
    await shot('02-person-form');
    await page.getByRole('button', { name: 'Lưu' }).click();
    await expect.poll(() => text('person-count')).toBe('41 người · xếp theo tên, tên đệm, họ');
  });

  test('finds people typed without diacritics: "tam" → Tâm, "dang" → Đặng', async () => {
    const search = page.getByTestId('person-search');
    await search.fill('tam');
    // "Minh Tâm" before "Thanh Tâm": the tên set by hand sorts as a whole.
    await expect.poll(names).toEqual(['Phạm Hoàng Minh Tâm', 'Nguyễn Trần Thanh Tâm']);
    const row = page.locator('.ant-table-row', { hasText: 'Phạm Hoàng Minh Tâm' });
    expect(await row.textContent()).toContain('Nữ1989Công chức Văn hóa - Xã hộiỦy ban nhân dân phường Linh TrungCông chức');
    await shot('03-people-search-tam');
    await search.fill('dang');
    await expect.poll(names).toEqual(['Đặng Thị Đào', 'Đặng Văn Đức']);
    await search.fill('');
    await expect.poll(() => text('person-count')).toBe('41 người · xếp theo tên, tên đệm, họ');
  });
});

describe('Danh mục khen thưởng', () => {
  test('shows the forms of a chosen day with their money, and edits a row with a decimal comma', async () => {
    await menu('Danh mục khen thưởng');
    await page.getByTestId('catalogue-table').waitFor();
    await typeDate(page.getByRole('textbox', { name: 'Áp dụng ngày' }), '20/4/2021');
    await expect.poll(() => text('catalogue-salary')).toBe('Mức lương cơ sở ngày 20/4/2021: 1.490.000 đồng');
    const row = page.locator('.ant-table-row', { hasText: 'Giấy khen · Cá nhân' });
    await expect.poll(() => row.textContent()).toContain('0,3447.000 đồng');
    expect(await row.textContent()).toContain('Nghị định số 91/2017/NĐ-CP');
    await shot('04-catalogue-2021');
    // A day that does not exist is refused beside the box; the list stays at the last day taken.
    const day = page.getByRole('textbox', { name: 'Áp dụng ngày' });
    await day.click();
    await day.press('ControlOrMeta+a');
    await day.pressSequentially('31/02/2021');
    await day.press('Tab');
    await expect.poll(() => text('catalogue-day-error')).toMatch(/28 ngày/u);
    expect(await text('catalogue-salary')).toBe('Mức lương cơ sở ngày 20/4/2021: 1.490.000 đồng');
    await typeDate(day, '20/4/2021');
    expect(await page.getByTestId('catalogue-day-error').count()).toBe(0);

    // "Thời kỳ mới" starts the day after the row's period ends.
    await row.getByRole('button', { name: 'Thời kỳ mới' }).click();
    await expect.poll(() => page.getByTestId('award-form').getByRole('textbox', { name: 'Áp dụng từ ngày' }).inputValue()).toBe('01/01/2024');
    await page.getByRole('button', { name: 'Hủy' }).click();
    await expect.poll(() => page.getByTestId('award-form').count()).toBe(0);
    const table = page.getByTestId('catalogue-table');
    expect(await offScreenHeaders(table, ['Danh hiệu, hình thức', 'Cấp có thẩm quyền', 'Hệ số', 'Tiền thưởng', 'Thời kỳ áp dụng'])).toEqual([]);
    expect(await clippedActions()).toEqual([]);
    expect(await readability()).toEqual([]);
    // The menu's longest name is whole, on two lines.
    const item = page.getByRole('menuitem', { name: 'Danh mục khen thưởng' });
    expect(await item.evaluate((el) => el.querySelector('.ant-menu-title-content')!.scrollWidth <= el.querySelector('.ant-menu-title-content')!.clientWidth)).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);

    await row.getByRole('button', { name: 'Sửa' }).click();
    const form = page.getByTestId('award-form');
    const multiplier = form.getByLabel('Hệ số tiền thưởng');
    await multiplier.fill('0,3,5');
    await page.getByRole('button', { name: 'Lưu' }).click();
    await expect.poll(() => page.getByText('Hệ số là một số, tối đa 3 chữ số thập phân, ví dụ 0,3 hoặc 1,5').isVisible()).toBe(true);
    await multiplier.fill('0,35');
    await shot('05-award-form');
    await page.getByRole('button', { name: 'Lưu' }).click();
    await expect.poll(() => row.textContent()).toContain('0,35522.000 đồng');

    await page.getByTestId('catalogue-all').click();
    await expect.poll(() => page.locator('.ant-table-row', { hasText: 'Giấy khen · Cá nhân' }).count()).toBe(3);
    await shot('06-catalogue-every-period');
  });
});

describe('Cơ quan', () => {
  test('names what the agency’s head may award, and saves it', async () => {
    await menu('Cơ quan');
    const level = page.getByTestId('agency-form').getByLabel('Thẩm quyền khen thưởng của người đứng đầu');
    await level.waitFor();
    expect(await page.getByTestId('agency-authority').textContent()).toContain('Chủ tịch UBND cấp xã');
    await level.click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option[title="Chủ tịch UBND cấp huyện (đến 30/6/2025)"]').click();
    await shot('07-agency-authority');
    await page.getByTestId('agency-form').getByRole('button', { name: 'Lưu' }).click();
    await expect.poll(async () => ((await app.api('settings.getAgency')) as { authorityLevel: string }).authorityLevel).toBe('chu_tich_huyen');
  });
});
