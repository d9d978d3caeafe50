// The Văn bản page in a real browser against the real host: the demo campaign's báo cáo sơ kết as of
// 12/4/2021 is edited, previewed in the page (docx-preview drawing the very file) and made a dự thảo,
// caught as a browser download that reads "Số:      /BC-UBND"; in the register it is "Dự thảo" and is
// issued there (Số defaulting to the register's next, Ngày ban hành typed), then shows "Đã ban hành"
// with 01/BC-UBND, and the file downloaded from the row reads "Số: 01/BC-UBND", passes the decree checks
// the unit tests make on the XML, and LibreOffice renders it with the header and the seed's figures
// sentence read back from the PDF. The register finds it typed without diacritics, with the hash of the
// downloaded file; making it again asks first and gives a version 2 draft. A giấy mời without a place
// shows core's field error next to the place input.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { attr, bodyTexts, openDocx, paragraphs, sections } from '../unit/documents-xml.ts';
import { SHOTS } from './host.ts';
import { openSession } from './session.ts';
import { HAS_RENDER_TOOLS, type Rendered, renderDocx } from './render.ts';
import { createUi } from './ui.ts';

const OUT = join(SHOTS, 'van-ban');
const SEED =
  'Tính đến ngày 12/4/2021, toàn thành phố có 25 khối và 04 cụm thi đua với 254 đơn vị đăng ký 703 công trình. ' +
  'Đã có 118/254 cơ quan, đơn vị có báo cáo kết quả, đạt 46,46%; có 136/703 công trình đã hoàn thành, đạt 19,35%.';
const EDITED = 'Các đơn vị đã chủ động, sáng tạo trong tổ chức thi đua.';

let page: Page;
let draftFile = '';
let downloaded = '';
const BLANK = /^Số: \u00a0+\/BC-UBND$/u;
const { shot, typeDate, choose, text } = createUi(() => page, OUT);

const flat = (s: string) => s.replace(/\s+/gu, ' ').trim();

openSession(
  {
    shots: OUT,
    prepare: async (a) => {
      await a.api('agency.saveSigner', { authority: 'KT. CHỦ TỊCH', title: 'Phó Chủ tịch', name: 'Nguyễn Kỳ Phùng' });
    },
    route: '#/van-ban',
    ready: 'documents-page',
  },
  (a) => {
    page = a.page;
  },
);

describe('Văn bản in the browser host', () => {
  test('the báo cáo sơ kết is edited, previewed in the page and downloaded', async () => {
    const editor = page.getByTestId('doc-editor');
    await choose(editor.getByRole('combobox', { name: 'Loại văn bản' }), null, 'Báo cáo sơ kết');
    await typeDate(editor.getByRole('textbox', { name: 'Tính đến ngày' }), '12/4/2021');
    await typeDate(editor.getByRole('textbox', { name: 'Ngày văn bản' }), '14/4/2021');

    // A section rewritten by hand is marked, can be put back, and once saved stays marked.
    const uuDiem = page.getByTestId('section-uuDiem');
    await uuDiem.getByRole('textbox').fill(EDITED);
    await expect.poll(() => uuDiem.textContent()).toContain('Đã sửa');
    await uuDiem.getByRole('button', { name: 'Khôi phục' }).click();
    await expect.poll(() => uuDiem.textContent()).not.toContain('Đã sửa');
    await uuDiem.getByRole('textbox').fill(EDITED);
    await page.getByRole('button', { name: 'Lưu nội dung' }).click();
    await page.getByText('Đã lưu nội dung văn bản.').waitFor();
    await expect.poll(() => uuDiem.textContent()).not.toContain('Chưa lưu');
    expect(await uuDiem.textContent()).toContain('Đã sửa');

    await page.getByRole('button', { name: 'Xem trước' }).click();
    const preview = page.getByTestId('docx-preview');
    await preview.locator('section.docx').first().waitFor();
    expect(await text('preview-title')).toBe('Xem trước: dự thảo, chưa có số');
    const shownText = flat((await preview.textContent()) ?? '');
    expect(shownText).toContain('Tính đến ngày 12/4/2021');
    expect(shownText).toContain('118/254');
    expect(shownText).toContain(EDITED);
    await shot('01-van-ban-xem-truoc');
    // The top of page 1 as the preview draws it, to set beside LibreOffice's rendering of the file.
    const box = (await preview.locator('section.docx').first().boundingBox())!;
    const bottom = Math.min(box.y + box.height, page.viewportSize()!.height);
    await page.screenshot({ path: join(OUT, '01b-xem-truoc-dau-trang-1.png'), clip: { x: box.x, y: box.y, width: box.width, height: bottom - box.y } });

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tạo dự thảo' }).click()]);
    expect(download.suggestedFilename()).toBe('bao-cao-so-ket_du-thao_2021-04-14.docx');
    draftFile = join(OUT, download.suggestedFilename());
    await download.saveAs(draftFile);
    await expect.poll(() => text('preview-title')).toBe('Dự thảo, ngày 14/4/2021: chưa có số');
  });

  test('the draft reads the number blank, with the figures and the edit', () => {
    const { document } = openDocx(readFileSync(draftFile));
    const texts = paragraphs(document).map((p) => p.text);
    expect(texts.filter((t) => BLANK.test(t))).toHaveLength(1);
    expect(texts).toContain('Thủ Đức, ngày 14 tháng 4 năm 2021');
    expect(bodyTexts(document)).toEqual(expect.arrayContaining([SEED, EDITED]));
  });

  test('the register shows the dự thảo, issues it with the next number and then shows it issued', async () => {
    await page.getByRole('tab', { name: 'Sổ văn bản' }).click();
    const table = page.getByTestId('document-table');
    const row = table.locator('tr.ant-table-row');
    await expect.poll(() => row.count()).toBe(1);
    const cell = async (i: number) => (await row.first().locator('td').nth(i).textContent())?.trim();
    expect(await cell(1)).toBe('Dự thảo');
    await row.first().getByRole('button', { name: 'Ban hành' }).click();
    const dialog = page.getByRole('dialog', { name: 'Ban hành báo cáo sơ kết' });
    const issueForm = dialog.getByTestId('issue-form');
    await issueForm.waitFor();
    await typeDate(issueForm.getByRole('textbox', { name: 'Ngày ban hành' }), '14/4/2021');
    await expect.poll(async () => (await issueForm.textContent()) ?? '').toContain('Số tiếp theo trong sổ năm 2021: 01/BC-UBND');
    expect(await issueForm.getByRole('spinbutton', { name: 'Số' }).inputValue()).toBe('1');
    await shot('02a-ban-hanh');
    await dialog.getByRole('button', { name: 'Ban hành' }).click();
    await page.getByText('Đã ban hành báo cáo sơ kết số 01/BC-UBND, ngày 14/4/2021.').waitFor();
    await expect.poll(() => cell(1)).toBe('Đã ban hành');
    expect(await cell(2)).toBe('01/BC-UBND');
    expect(await row.first().getByRole('button', { name: 'Ban hành' }).count()).toBe(0);
    const [download] = await Promise.all([page.waitForEvent('download'), row.first().getByRole('button', { name: 'Tải về' }).click()]);
    expect(download.suggestedFilename()).toBe('bao-cao-so-ket_01-BC-UBND_2021-04-14.docx');
    downloaded = join(OUT, download.suggestedFilename());
    await download.saveAs(downloaded);
    await page.getByRole('tab', { name: 'Soạn văn bản' }).click();
  });

  test('the downloaded file is the decree’s: A4, margins, Times New Roman, titlePg, number, figures, "./."', () => {
    const { document, files } = openDocx(readFileSync(downloaded));
    const [main] = sections(document);
    expect(attr(main, 'pgSz', 'w')).toBe('11906');
    expect(attr(main, 'pgSz', 'h')).toBe('16838');
    const mar = (k: string) => Number(attr(main, 'pgMar', k));
    expect(mar('top')).toBeGreaterThanOrEqual(1134);
    expect(mar('top')).toBeLessThanOrEqual(1417);
    expect(mar('bottom')).toBeGreaterThanOrEqual(1134);
    expect(mar('bottom')).toBeLessThanOrEqual(1417);
    expect(mar('left')).toBeGreaterThanOrEqual(1701);
    expect(mar('left')).toBeLessThanOrEqual(1984);
    expect(mar('right')).toBeGreaterThanOrEqual(850);
    expect(mar('right')).toBeLessThanOrEqual(1134);
    for (const s of sections(document)) expect(s).toContain('<w:titlePg/>');
    expect(`${files['word/styles.xml']}${document}`).toMatch(/w:ascii="Times New Roman"/u);
    expect(document).not.toMatch(/w:ascii="(?!Times New Roman")[^"]+"/u);

    const texts = paragraphs(document).map((p) => p.text);
    expect(texts).toContain('Số: 01/BC-UBND');
    expect(texts).toContain('Thủ Đức, ngày 14 tháng 4 năm 2021');
    const body = bodyTexts(document);
    expect(body).toContain(SEED);
    expect(body).toContain(EDITED);
    expect(body.filter(Boolean).at(-1)).toMatch(/\.\/\.$/u);
    expect(body.filter((t) => t.includes('./.'))).toHaveLength(1);
  });

  test.skipIf(!HAS_RENDER_TOOLS)('LibreOffice renders it with the header lines and the figures sentence', () => {
    const r: Rendered = renderDocx(downloaded, OUT);
    const first = r.text(1);
    for (const line of ['ỦY BAN NHÂN DÂN', 'THÀNH PHỐ THỦ ĐỨC', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Số: 01/BC-UBND']) {
      expect(first).toContain(line);
    }
    expect(flat(first)).toContain('Thủ Đức, ngày 14 tháng 4 năm 2021');
    expect(flat(`${first} ${r.text(2)}`)).toContain(SEED);
    expect(r.pages).toBeGreaterThan(2);
  });

  test('the register finds it typed without diacritics, with the hash of the downloaded file', async () => {
    await page.getByRole('tab', { name: 'Sổ văn bản' }).click();
    await page.getByTestId('document-search').fill('bao cao so ket');
    const table = page.getByTestId('document-table');
    const row = table.locator('tr.ant-table-row');
    await expect.poll(() => row.count()).toBe(1);
    const cells = (await row.first().locator('td').allTextContents()).map((c) => c.trim());
    const hash = createHash('sha256').update(readFileSync(downloaded)).digest('hex');
    expect(cells.slice(0, 6)).toEqual([
      'Báo cáo sơ kết',
      'Đã ban hành',
      '01/BC-UBND',
      '14/4/2021',
      'Sơ kết đợt hoạt động cao điểm thi đua chào mừng 100 ngày thành lập thành phố Thủ Đức',
      hash.slice(0, 12),
    ]);
    await page.getByTestId('document-search').fill('giay moi');
    await expect.poll(() => table.getByText('Không có văn bản nào khớp.').isVisible()).toBe(true);
    await page.getByTestId('document-search').fill('');
    await shot('02-so-van-ban');
    await page.getByRole('tab', { name: 'Soạn văn bản' }).click();
  });

  test('making the issued báo cáo again asks, then gives a second draft while the issued one stays', async () => {
    await page.getByRole('button', { name: 'Tạo dự thảo' }).click();
    const ask = page.getByRole('dialog', { name: 'Văn bản đã ban hành' });
    await ask.getByText('Báo cáo sơ kết số 01/BC-UBND ngày 14/4/2021 đã ban hành nên không sửa được.', { exact: false }).waitFor();
    await shot('04-hoi-tao-du-thao-moi');
    const [download] = await Promise.all([page.waitForEvent('download'), ask.getByRole('button', { name: 'Tạo dự thảo mới' }).click()]);
    expect(download.suggestedFilename()).toBe('bao-cao-so-ket_du-thao-v2_2021-04-14.docx');
    await expect.poll(() => text('preview-title')).toBe('Dự thảo lần 2, ngày 14/4/2021: chưa có số');
    await page.getByRole('tab', { name: 'Sổ văn bản' }).click();
    const rows = page.getByTestId('document-table').locator('tr.ant-table-row');
    await expect.poll(() => rows.count()).toBe(2);
    const statuses = await Promise.all([0, 1].map(async (i) => (await rows.nth(i).locator('td').nth(1).textContent())?.trim()));
    expect(statuses.sort()).toEqual(['Dự thảo (lần 2)', 'Đã ban hành']);
    await page.getByRole('tab', { name: 'Soạn văn bản' }).click();
  });

  test('a giấy mời without a place is refused with the message next to the place', async () => {
    const editor = page.getByTestId('doc-editor');
    await choose(editor.getByRole('combobox', { name: 'Loại văn bản' }), null, 'Giấy mời');
    await page.getByRole('button', { name: 'Xem trước' }).click();
    const place = editor.locator('.ant-form-item', { has: page.getByRole('textbox', { name: 'Địa điểm' }) });
    await place.getByText('Nhập địa điểm', { exact: true }).waitFor();
    await shot('03-giay-moi-thieu-dia-diem');
    await editor.getByRole('textbox', { name: 'Địa điểm' }).fill('Hội trường Ủy ban nhân dân thành phố Thủ Đức');
    await expect.poll(() => place.getByText('Nhập địa điểm', { exact: true }).count()).toBe(0);
    await page.getByRole('button', { name: 'Xem trước' }).click();
    await expect.poll(() => text('preview-title')).toBe('Xem trước: dự thảo, chưa có số');
    await expect.poll(async () => flat((await page.getByTestId('docx-preview').textContent()) ?? '')).toContain(
      'Hội trường Ủy ban nhân dân thành phố Thủ Đức',
    );
  });
});
