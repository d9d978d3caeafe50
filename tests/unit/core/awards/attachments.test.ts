// proposals.attachment on a real database and data folder: the bytes come back as attached, and a stored
// file that went missing or was changed is refused in Vietnamese naming it, never handed out.
import { readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { attachmentFolder } from '../../../../core/awards/attachments.ts';
import { refusal } from '../../helpers.ts';
import { awardsFixture } from './fixture.ts';

async function attached() {
  const f = await awardsFixture();
  const p = await f.app.invoke('proposals.create', { unitId: f.units.P01, campaignId: f.campaignId, year: 2021 });
  const bytes = Buffer.from('%PDF-1.4 Báo cáo thành tích của Tổ dân phố 5', 'utf8');
  const row = await f.app.invoke('proposals.attach', { proposalId: p.id, fileName: 'Báo cáo thành tích.pdf', contentBase64: bytes.toString('base64') });
  const stored = join(attachmentFolder(f.app.dataDir), readdirSync(attachmentFolder(f.app.dataDir))[0]);
  return { f, row, bytes, stored };
}

describe('proposals.attachment', () => {
  it('gives back the bytes as attached, with the row', async () => {
    const { f, row, bytes } = await attached();
    const got = await f.app.invoke('proposals.attachment', { id: row.id });
    expect(got).toMatchObject(row);
    expect(Buffer.from(got.contentBase64, 'base64')).toEqual(bytes);
    f.app.close();
  });

  it('refuses a stored file that is gone, naming it', async () => {
    const { f, row, stored } = await attached();
    rmSync(stored);
    const error = await refusal(f.app, 'proposals.attachment', { id: row.id });
    expect(error.message).toBe(
      'Không đọc được tệp đính kèm "Báo cáo thành tích.pdf" trong thư mục dữ liệu: tệp đã bị xóa hoặc di chuyển. Khôi phục từ bản sao lưu ở trang Sao lưu.',
    );
    f.app.close();
  });

  it('refuses a stored file whose bytes changed', async () => {
    const { f, row, stored } = await attached();
    writeFileSync(stored, 'một tệp khác');
    expect((await refusal(f.app, 'proposals.attachment', { id: row.id })).message).toMatch(/^Tệp đính kèm "Báo cáo thành tích\.pdf" trong thư mục dữ liệu đã bị thay đổi/u);
    f.app.close();
  });

  it('says which attachment does not exist', async () => {
    const { f } = await attached();
    expect((await refusal(f.app, 'proposals.attachment', { id: 999 })).message).toBe('Không tìm thấy tệp đính kèm có mã số 999.');
    f.app.close();
  });
});
