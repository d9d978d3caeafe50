// One preview for every kind of file: a registration form and a .tdkt packet, dropped as bytes or named
// by path, reach the same pipeline as the JSON input; anything else is refused by name, changing nothing.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { TdktApp } from '../../../../../core/app.ts';
import { databaseDigest, demoApp, refusal, tempDir } from '../../../helpers.ts';

const apps: TdktApp[] = [];
afterEach(() => {
  for (const app of apps.splice(0)) app.close();
});

describe('exchange.preview reads each kind of file', () => {
  it('takes the demo campaign\'s own registration form back as 703 unchanged works', async () => {
    const app = await demoApp();
    apps.push(app);
    const form = await app.invoke('exchange.excelForm', { campaignId: 1 });
    const before = databaseDigest(app.connection.raw);
    const p = await app.invoke('exchange.preview', { fileName: form.fileName, contentBase64: form.contentBase64 });
    expect(p.what).toBe('registration_form');
    expect(p.counts.works).toMatchObject({ new: 0, changed: 0, unchanged: 703, error: 0, conflict: 0 });
    expect(databaseDigest(app.connection.raw)).toBe(before);
  });

  it('opens a packet named by path as it opens the dropped bytes', async () => {
    const app = await demoApp();
    apps.push(app);
    const packet = await app.invoke('exchange.exportPacket', { campaignId: 1, unitCode: 'CQ001' });
    const path = join(tempDir(), packet.fileName);
    writeFileSync(path, Buffer.from(packet.contentBase64, 'base64'));
    const byPath = await app.invoke('exchange.preview', { path });
    const byBytes = await app.invoke('exchange.preview', { fileName: packet.fileName, contentBase64: packet.contentBase64 });
    expect(byPath.counts).toEqual(byBytes.counts);
    expect(byPath.counts.works.error).toBe(0);
  });

  it('refuses a file that is neither a packet nor a workbook, naming it', async () => {
    const app = await demoApp();
    apps.push(app);
    const before = databaseDigest(app.connection.raw);
    const e = await refusal(app, 'exchange.preview', { fileName: 'bao-cao.docx', contentBase64: Buffer.from('PK\u0003\u0004').toString('base64') });
    expect(e.message).toBe('Không nhập được tệp "bao-cao.docx": chỉ nhập được gói dữ liệu .tdkt và biểu mẫu Excel .xlsx do phần mềm tạo ra.');
    expect(databaseDigest(app.connection.raw)).toBe(before);
  });
});
