// Sổ văn bản to Excel: the register documents.list gives for the campaign and search, a draft without a
// number, an issued document with its number and day of issue.
import { describe, expect, it } from 'vitest';
import { demoApp } from '../../../helpers.ts';
import { readWorkbook, rowValues, sheetOf } from '../read-back.ts';

describe('documents export', () => {
  it('writes the register as documents.list gives it', async () => {
    const app = await demoApp('2021-04-20T03:00:00.000Z');
    const campaignId = (await app.invoke('stats.campaign', {})).campaign.id;
    const draft = await app.invoke('documents.generate', { kind: 'bao_cao', stage: 'so_ket', asOf: '2021-04-12', date: '2021-04-14' });
    const issued = await app.invoke('documents.issue', { id: draft.id, date: '2021-04-14' });
    await app.invoke('documents.generate', { kind: 'giay_moi', stage: 'tong_ket', date: '2021-04-20', meeting: { date: '2021-05-19', time: '08:00', place: 'Hội trường UBND thành phố' } });
    const listed = await app.invoke('documents.list', { campaignId });

    const file = await app.invoke('excel.export', { list: 'documents', campaignId });
    const sheet = sheetOf(await readWorkbook(Buffer.from(file.contentBase64, 'base64')), 'Văn bản');
    expect(rowValues(sheet, 1)).toEqual(['Sổ văn bản']);
    expect(rowValues(sheet, 3)).toEqual(['STT', 'Loại văn bản', 'Trạng thái', 'Phiên bản', 'Số, ký hiệu', 'Ngày', 'Trích yếu', 'Ngày ban hành', 'Tên tệp', 'Mã băm (SHA-256)']);
    expect(file.rows).toBe(listed.length);
    const rows = listed.map((_, i) => rowValues(sheet, 4 + i));
    expect(rows.map((r) => r[8])).toEqual(listed.map((d) => d.fileName));
    const issuedRow = rows.find((r) => r[8] === issued.fileName)!;
    expect(issuedRow.slice(1, 6)).toEqual(['Báo cáo sơ kết', 'Đã ban hành', 1, issued.numberText, new Date('2021-04-14T00:00:00Z')]);
    expect(issuedRow[7]).toEqual(new Date('2021-04-20T00:00:00Z'));
    const draftRow = rows.find((r) => r[2] === 'Dự thảo')!;
    expect(draftRow[4]).toBeUndefined();
    expect(draftRow[7]).toBeUndefined();

    const found = await app.invoke('excel.export', { list: 'documents', query: 'giay moi' });
    expect(found.rows).toBe((await app.invoke('documents.list', { query: 'giay moi' })).length);
    app.close();
  }, 60_000);
});
