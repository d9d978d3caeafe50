// The composer's choice of lists reaches core with a báo cáo, and only with it; the stage is the choice's.
import { describe, expect, it } from 'vitest';
import { toRequest } from '../../../../../renderer/src/documents/request.ts';

describe('toRequest', () => {
  const appendices = { groups: false, notReported: true, completed: false, outstanding: 'overdue' as const };

  it('sends the lists and the stage of a báo cáo', () => {
    expect(toRequest({ choice: 'bao_cao_tong_ket', appendices }, 3)).toEqual({
      kind: 'bao_cao',
      campaignId: 3,
      stage: 'tong_ket',
      appendices,
    });
  });

  it('leaves them out of the other documents', () => {
    expect(toRequest({ choice: 'cong_van_don_doc', appendices }, 3)).toEqual({ kind: 'cong_van_don_doc', campaignId: 3 });
  });

  it('sends a document\'s own rounding with the documents that print percentages, and only when chosen', () => {
    expect(toRequest({ choice: 'cong_van_don_doc', percentMode: 'truncate' }, 3)).toEqual({ kind: 'cong_van_don_doc', campaignId: 3, percentMode: 'truncate' });
    expect(toRequest({ choice: 'ke_hoach', percentMode: 'truncate' }, 3)).toEqual({ kind: 'ke_hoach', campaignId: 3 });
    expect(toRequest({ choice: 'bao_cao_so_ket', percentMode: null }, 3)).toEqual({ kind: 'bao_cao', campaignId: 3, stage: 'so_ket' });
  });
});
