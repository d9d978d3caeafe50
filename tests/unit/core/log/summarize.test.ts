import { describe, expect, it } from 'vitest';
import { summarizeArgs } from '../../../../core/log/summarize.ts';

describe('arguments in the log', () => {
  it('keeps the shape and cuts the person\'s data short', () => {
    const args = {
      id: 12,
      active: true,
      name: 'Nguyễn Thị Minh Khai, Phó Chủ tịch',
      workIds: [1, 2, 3, 4, 5, 6, 7],
      meeting: { place: 'Hội trường', participants: [['a']] },
    };
    expect(summarizeArgs(args)).toEqual({
      id: 12,
      active: true,
      name: 'Nguyễn Thị Minh Khai, Ph… (34 ký tự)',
      workIds: [1, 2, 3, 4, 5, '… (7 mục)'],
      meeting: { place: 'Hội trường', participants: ['[1 mục]'] },
    });
  });

  it('bounds what a hostile call can put in a line', () => {
    const huge = Object.fromEntries(Array.from({ length: 1_000 }, (_, i) => [`k${'x'.repeat(100)}${i}`, 'y'.repeat(10_000)]));
    expect(JSON.stringify(summarizeArgs(huge)).length).toBeLessThan(2_000);
  });
});
