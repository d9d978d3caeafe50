// The one rule of dated rows the catalogue's queries and its page share.
import { describe, expect, it } from 'vitest';
import { inForce, latestFrom } from '../../../../core/awards/dated.ts';

describe('dated rows', () => {
  it('are in force from the first to the last day, an open end for ever', () => {
    const closed = { validFrom: '2024-01-01', validTo: '2025-06-30' };
    expect([inForce(closed, '2023-12-31'), inForce(closed, '2024-01-01'), inForce(closed, '2025-06-30'), inForce(closed, '2025-07-01')]).toEqual([
      false,
      true,
      true,
      false,
    ]);
    expect(inForce({ validFrom: '2025-07-01', validTo: null }, '2099-12-31')).toBe(true);
  });

  it('take the latest row started by the day, whatever the order given', () => {
    const rows = [{ validFrom: '2024-07-01' }, { validFrom: '2019-07-01' }, { validFrom: '2023-07-01' }];
    expect(latestFrom(rows, '2019-06-30')).toBeNull();
    expect(latestFrom(rows, '2023-07-01')).toBe(rows[2]);
    expect(latestFrom(rows, '2030-01-01')).toBe(rows[0]);
  });
});
