// Which bases a document cites: in force on both boundary days, of its own kind, in the list's order.
import { describe, expect, it } from 'vitest';
import type { LegalBasis } from '../../../../core/api/types.ts';
import { basesCited, isInForce } from '../../../../core/library/rules.ts';

const basis = (id: number, over: Partial<LegalBasis>): LegalBasis => ({
  id,
  text: `Căn cứ ${id}`,
  validFrom: '2024-01-01',
  validTo: null,
  kinds: ['ke_hoach'],
  sort: 0,
  ...over,
});

describe('legal bases in force', () => {
  it('holds from the first day to the last day given, both included', () => {
    const b = { validFrom: '2024-01-01', validTo: '2025-06-30' };
    expect(['2023-12-31', '2024-01-01', '2025-06-30', '2025-07-01'].map((d) => isInForce(b, d))).toEqual([false, true, true, false]);
    expect(isInForce({ validFrom: '2024-01-01', validTo: null }, '2099-12-31')).toBe(true);
  });

  it('cites those of the kind in force on the date, by order, then start, then entry', () => {
    const list = [
      basis(1, { sort: 20 }),
      basis(2, { sort: 10, validFrom: '2024-06-01' }),
      basis(3, { sort: 10 }),
      basis(4, { kinds: ['bao_cao'] }),
      basis(5, { validTo: '2024-03-01' }),
    ];
    expect(basesCited(list, 'ke_hoach', '2024-07-01')).toEqual(['Căn cứ 3', 'Căn cứ 2', 'Căn cứ 1']);
    expect(basesCited(list, 'ke_hoach', '2024-02-01')).toEqual(['Căn cứ 5', 'Căn cứ 3', 'Căn cứ 1']);
    expect(basesCited(list, 'bao_cao', '2024-07-01')).toEqual(['Căn cứ 4']);
  });
});
