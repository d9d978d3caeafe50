// How the tests work the screens: menu items by name, antd date pickers typed the way users type,
// selects filtered and picked by their exact label, screenshots after the motion has settled; and
// how they measure one: text too small to read, table actions cut off, columns off the screen.
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

export function createUi(getPage: () => Page, shots: string) {
  async function shot(name: string) {
    const page = getPage();
    // Let drawers, dialogs and popups finish their opening/closing motion so the picture shows the screen.
    await page.waitForTimeout(400);
    await page.screenshot({ path: join(shots, `${name}.png`) });
  }

  /** For afterEach: a picture of the screen a test failed on, named after the test. */
  async function shotIfFailed(task: { name: string; result?: { state?: string } }) {
    if (task.result?.state === 'fail') await shot(`failed-${task.name.slice(0, 40).replace(/[^\p{L}\p{N}]+/gu, '-')}`);
  }

  async function menu(name: string) {
    await getPage().getByRole('menuitem', { name, exact: true }).click();
  }

  /** Types a date the way a user does (d/m/yyyy) into an antd date picker and confirms it. */
  async function typeDate(input: Locator, text: string) {
    await input.click();
    await input.press('ControlOrMeta+a');
    await input.pressSequentially(text);
    await input.press('Enter');
    await expect.poll(() => input.inputValue()).toBe(text);
    await input.press('Tab');
    await expect.poll(() => getPage().locator('.ant-picker-dropdown:visible').count()).toBe(0);
    // Taken or refused, DateInput keeps the text as typed; a refused one also gets dateRule's message.
    expect(await input.inputValue()).toBe(text);
    expect(await getPage().getByText(/^Ngày không hợp lệ/u).count()).toBe(0);
  }

  /** Opens a select, types to filter, and clicks the option labelled exactly `option`. */
  async function choose(combobox: Locator, typed: string | null, option: string) {
    const page = getPage();
    await combobox.click();
    if (typed !== null) await combobox.fill(typed);
    await page.locator(`.ant-select-dropdown:visible .ant-select-item-option[title="${option}"]`).click();
    await expect.poll(() => page.locator('.ant-select-dropdown:visible').count()).toBe(0);
  }

  async function text(testId: string) {
    return (await getPage().getByTestId(testId).textContent())?.trim();
  }

  /** A job's dialog (JobProgress): the bar reaches 100 %, the job is done, and it offers one file named like `file`. */
  async function jobOffersFile(label: RegExp, file: RegExp) {
    const page = getPage();
    const bar = page.getByRole('progressbar');
    await bar.waitFor();
    await expect.poll(() => bar.getAttribute('aria-valuenow'), { timeout: 60_000 }).toBe('100');
    await expect.poll(() => page.getByTestId('job-progress').getAttribute('data-state')).toBe('xong');
    expect(await text('job-label')).toMatch(label);
    const item = page.locator('[data-testid="job-progress"] .ant-list-item');
    expect(await item.count()).toBe(1);
    expect(await item.textContent()).toMatch(file);
    await expect.poll(() => item.getByRole('button', { name: 'Tải về' }).isVisible()).toBe(true);
  }

  return {
    shotIfFailed,
    shot,
    menu,
    typeDate,
    choose,
    text,
    jobOffersFile,
    readability: (min?: number) => readability(getPage(), min),
    clippedActions: () => clippedActions(getPage()),
    offScreenHeaders: (table: Locator, titles: string[]) => offScreenHeaders(getPage(), table, titles),
  };
}

/** Visible text of the kinds a user reads, smaller than `min` px: "12px · Ng…" per offender. */
async function readability(page: Page, min = 13): Promise<string[]> {
  return page.evaluate((minPx) => {
    const selectors = [
      'body', '.ant-table-cell', '.ant-table-thead th', '.ant-menu-title-content', '.ant-form-item-label label', 'p.ant-typography',
      '.stat-title', '.stat-footer', '.ant-card-head-title', '.ant-tabs-tab', '.ant-btn', 'input', '.chart-label', '.milestone-list li',
    ];
    const out: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>(selectors.join(','))) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      const size = Number.parseFloat(getComputedStyle(el).fontSize);
      if (size < minPx) out.push(`${size}px · ${el.className || el.tagName} · ${(el.textContent ?? '').trim().slice(0, 40)}`);
    }
    return out;
  }, min);
}

/**
 * Buttons in table cells that are not whole on screen: text wider than the button, the button wider
 * than its cell, or past the visible part of its table (a table wider than the page scrolls its last
 * column out of sight: "Ngừng hoạt động" read "Ng").
 */
async function clippedActions(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>('.ant-table-tbody .ant-table-cell button, .ant-table-tbody .ant-table-cell .ant-btn')) {
      const r = el.getBoundingClientRect();
      if (r.width === 0) continue;
      const cell = el.closest('.ant-table-cell')!.getBoundingClientRect();
      const table = el.closest('.ant-table-container')!.getBoundingClientRect();
      const right = Math.min(cell.right, table.right, window.innerWidth) + 0.5;
      const left = Math.max(cell.left, table.left) - 0.5;
      if (el.scrollWidth > el.clientWidth || r.right > right || r.left < left) {
        out.push(`${(el.textContent ?? '').trim()} (text ${el.scrollWidth}/${el.clientWidth}, button ${Math.round(r.left)}–${Math.round(r.right)}, visible ${Math.round(left)}–${Math.round(right)})`);
      }
    }
    return out;
  });
}

/** The named column headers of a table that are not inside both the window and the table's visible part. */
async function offScreenHeaders(page: Page, table: Locator, titles: string[]): Promise<string[]> {
  const box = await table.boundingBox();
  const width = page.viewportSize()?.width ?? 0;
  const out: string[] = [];
  for (const t of titles) {
    const th = table.locator('.ant-table-thead th', { hasText: t }).first();
    const r = await th.boundingBox();
    if (!r || !box || r.x < box.x || r.x + r.width > Math.min(width, box.x + box.width) + 0.5) out.push(`${t} (${r ? Math.round(r.x) : '?'}–${r ? Math.round(r.x + r.width) : '?'} of ${width})`);
  }
  return out;
}
