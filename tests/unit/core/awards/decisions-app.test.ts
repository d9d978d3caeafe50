// Ban hành from the register on a real database: decisions.nextNumber says the number the register
// would give (read-only, for the dialog), and decisions.issue issues the decision and its quyết định
// .docx as one event — one number, one row of the document register, the file kept in the data
// folder; making the document again returns that one; a failure leaves no number, no row, no file.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { databaseDigest, refusal } from '../../helpers.ts';
import { texts } from '../documents/kinds/award-round.ts';
import { awardsFixture, throughCouncil } from './fixture.ts';

const qdRows = (f: { raw: import('better-sqlite3').Database }) =>
  f.raw.prepare("SELECT id, status, number, kind, subject_type, subject_id FROM issued_documents WHERE doc_type = 'QĐ'").all();

describe('decisions.nextNumber', () => {
  it('gives the number Ban hành would give, by decision or by issuer and year, and writes nothing', async () => {
    const f = await awardsFixture();
    f.raw.prepare("INSERT INTO doc_counters (issuer, doc_type, year, last_number, updated_at) VALUES ('UBND', 'QĐ', 2021, 24, 'x')").run();
    const { decision } = await throughCouncil(f);
    const before = databaseDigest(f.raw);
    expect(await f.app.invoke('decisions.nextNumber', { decisionId: decision.id })).toEqual({ number: 25, numberText: '25/QĐ-UBND', year: 2021 });
    expect(await f.app.invoke('decisions.nextNumber', { issuerId: null, year: 2021 })).toEqual({ number: 25, numberText: '25/QĐ-UBND', year: 2021 });
    // This year by default (the fixture's clock is 20/4/2021); another year starts at 01.
    expect(await f.app.invoke('decisions.nextNumber', {})).toMatchObject({ number: 25, year: 2021 });
    expect(await f.app.invoke('decisions.nextNumber', { year: 2022 })).toEqual({ number: 1, numberText: '01/QĐ-UBND', year: 2022 });
    expect(databaseDigest(f.raw)).toBe(before);
    const issued = await f.app.invoke('decisions.issue', { id: decision.id });
    expect(issued.number).toBe(25);
    expect(await f.app.invoke('decisions.nextNumber', { year: 2021 })).toMatchObject({ number: 26 });
    expect((await refusal(f.app, 'decisions.nextNumber', { decisionId: decision.id })).code).toBe('conflict');
    expect((await refusal(f.app, 'decisions.nextNumber', { decisionId: decision.id, year: 2021 })).fields).toHaveProperty('decisionId');
    f.app.close();
  });
});

describe('decisions.issue', () => {
  it('registers the issued quyết định with the decision: one number, one row, the file; made again it is that one', async () => {
    const f = await awardsFixture();
    const { decision } = await throughCouncil(f);
    const issued = await f.app.invoke('decisions.issue', { id: decision.id });
    expect(issued).toMatchObject({ status: 'da_ban_hanh', number: 1, numberText: '01/QĐ-UBND' });
    const rows = qdRows(f) as { id: number }[];
    expect(rows).toEqual([{ id: rows[0].id, status: 'da_ban_hanh', number: 1, kind: 'quyet_dinh', subject_type: 'decision', subject_id: decision.id }]);
    const doc = await f.app.invoke('documents.get', { id: rows[0].id });
    expect(doc).toMatchObject({ fileName: 'quyet-dinh_01-QĐ-UBND_2021-04-20.docx', numberText: '01/QĐ-UBND' });
    expect(texts(doc.contentBase64)).toContain(
      '(Kèm theo Quyết định số 01/QĐ-UBND ngày 20 tháng 4 năm 2021 của Chủ tịch Ủy ban nhân dân thành phố Thủ Đức)',
    );
    // Making the document again returns the issued one: no draft, no second number.
    const again = await f.app.invoke('documents.generate', { kind: 'quyet_dinh', decisionId: decision.id });
    expect(again).toMatchObject({ id: rows[0].id, status: 'da_ban_hanh', number: 1, contentBase64: doc.contentBase64 });
    expect(qdRows(f)).toHaveLength(1);
    expect(f.raw.prepare("SELECT last_number FROM doc_counters WHERE doc_type = 'QĐ'").pluck().all()).toEqual([1]);
    f.app.close();
  });

  it('issues the draft document when there is one, in place', async () => {
    const f = await awardsFixture();
    const { decision } = await throughCouncil(f);
    const draft = await f.app.invoke('documents.generate', { kind: 'quyet_dinh', decisionId: decision.id });
    await f.app.invoke('decisions.issue', { id: decision.id, number: 12 });
    expect(qdRows(f)).toEqual([{ id: draft.id, status: 'da_ban_hanh', number: 12, kind: 'quyet_dinh', subject_type: 'decision', subject_id: decision.id }]);
    f.app.close();
  });

  it('leaves no number, no register row and no file when the write fails half-way', async () => {
    const f = await awardsFixture();
    const { decision } = await throughCouncil(f);
    const folder = join(f.app.dataDir, 'van-ban');
    const files = () => {
      try {
        return readdirSync(folder);
      } catch {
        return [];
      }
    };
    const before = { digest: databaseDigest(f.raw), files: files() };
    f.raw.exec(`CREATE TEMP TRIGGER fail_second BEFORE INSERT ON awards
      WHEN (SELECT count(*) FROM awards WHERE decision_id = NEW.decision_id) >= 1
      BEGIN SELECT RAISE(ABORT, 'disk full'); END`);
    const error = await refusal(f.app, 'decisions.issue', { id: decision.id });
    expect(error.message).not.toMatch(/disk full|SQLITE/iu);
    f.raw.exec('DROP TRIGGER fail_second');
    expect({ digest: databaseDigest(f.raw), files: files() }).toEqual(before);
    expect((await f.app.invoke('decisions.issue', { id: decision.id })).number).toBe(1);
    expect(files()).toEqual(['quyet-dinh_01-QĐ-UBND_2021-04-20.docx']);
    f.app.close();
  });
});
