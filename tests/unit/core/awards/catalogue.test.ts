// The catalogue as the law stood on a day, read from the rows migration 0012 seeds: each form's row of
// the decree in force, and the base salary of that day.
import { afterEach, describe, expect, it } from 'vitest';
import type { TdktApp } from '../../../../core/app.ts';
import { baseSalaryOn, formsOn } from '../../../../core/awards/catalogue.ts';
import { freshApp } from '../../helpers.ts';

let app: TdktApp;
afterEach(() => app?.close());

describe('formsOn', () => {
  it('picks the period of the day, on its first and last days too', () => {
    app = freshApp();
    const raw = app.connection.raw;
    const giayKhen = (date: string) => formsOn(raw, date, 'ca_nhan').filter((f) => f.code === 'giay_khen_ca_nhan');
    expect(giayKhen('2021-04-20').map((f) => f.legalBasis)).toEqual(['Nghị định số 91/2017/NĐ-CP']);
    expect(giayKhen('2023-12-31').map((f) => f.legalBasis)).toEqual(['Nghị định số 91/2017/NĐ-CP']);
    expect(giayKhen('2024-01-01').map((f) => f.legalBasis)).toEqual(['Nghị định số 98/2023/NĐ-CP']);
    expect(giayKhen('2025-06-30').map((f) => f.awardedBy)).toEqual([['chu_tich_xa', 'chu_tich_huyen', 'thu_truong', 'giam_doc_dn']]);
    expect(giayKhen('2025-07-01').map((f) => f.awardedBy)).toEqual([['chu_tich_xa', 'thu_truong', 'giam_doc_dn']]);
    expect(giayKhen('2017-09-30')).toEqual([]);
  });

  it('gives one row per form on a day, for one recipient or all', () => {
    app = freshApp();
    const all = formsOn(app.connection.raw, '2026-12-01');
    expect(new Set(all.map((f) => f.code)).size).toBe(all.length);
    expect(all.length).toBe(12);
    const families = formsOn(app.connection.raw, '2026-12-01', 'ho_gia_dinh').map((f) => f.name);
    expect(families).toEqual(['Giấy khen', 'Gia đình văn hóa']);
  });
});

describe('baseSalaryOn', () => {
  it('takes the latest amount in force by the day; none before the first', () => {
    app = freshApp();
    const raw = app.connection.raw;
    expect(baseSalaryOn(raw, '2019-06-30')).toBeNull();
    expect(baseSalaryOn(raw, '2019-07-01')?.amount).toBe(1_490_000);
    expect(baseSalaryOn(raw, '2023-06-30')?.amount).toBe(1_490_000);
    expect(baseSalaryOn(raw, '2023-07-01')?.amount).toBe(1_800_000);
    expect(baseSalaryOn(raw, '2026-12-01')).toMatchObject({ validFrom: '2024-07-01', amount: 2_340_000, legalBasis: 'Nghị định số 73/2024/NĐ-CP' });
  });
});
