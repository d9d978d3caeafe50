// How the tests work the screens: menu items by name, antd date pickers typed the way users type,
// selects filtered and picked by their exact label, screenshots after the motion has settled.
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

  return { shot, menu, typeDate, choose, text };
}
