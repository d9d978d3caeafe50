// The council's result: percent of members present, rounded half-up to the hundredth the biên bản
// prints, compared with the threshold as printed; refusals name the meeting and the nominee.
import { describe, expect, it } from 'vitest';
import { checkAttendance, checkVote, DEFAULT_THRESHOLD_HUNDREDTHS, formatThreshold, thresholdHundredths, voteResult } from '../../../../core/awards/council.ts';

describe('voteResult', () => {
  it('counts agree over present: 7 of 8 is 87,50%, passing the default 80,00%', () => {
    expect(voteResult(7, 8, DEFAULT_THRESHOLD_HUNDREDTHS)).toEqual({ hundredths: 8750, percent: '87,50%', passed: true });
    expect(voteResult(6, 8, DEFAULT_THRESHOLD_HUNDREDTHS)).toEqual({ hundredths: 7500, percent: '75,00%', passed: false });
    expect(formatThreshold(DEFAULT_THRESHOLD_HUNDREDTHS)).toBe('80,00%');
  });

  it('reaches a threshold equal to the printed figure (2 of 3 at 66,67%)', () => {
    expect(voteResult(2, 3, 6667)).toMatchObject({ percent: '66,67%', passed: true });
    expect(voteResult(2, 3, 6668).passed).toBe(false);
  });

  it('passes nobody when nobody was present', () => {
    expect(voteResult(0, 0, 1)).toMatchObject({ percent: '0,00%', passed: false });
  });
});

describe('council refusals', () => {
  it('refuses more present than members, and a vote above those present', () => {
    expect(() => checkAttendance(9, 10, 'Cuộc họp Hội đồng ngày 18/4/2021')).toThrow(
      'Cuộc họp Hội đồng ngày 18/4/2021: số thành viên có mặt (10) nhiều hơn tổng số thành viên Hội đồng (9).',
    );
    expect(() => checkVote(9, 8, 'Cuộc họp Hội đồng ngày 18/4/2021', 'Bà Đặng Thị Hoa', 'votes.0.agree')).toThrow(
      'Cuộc họp Hội đồng ngày 18/4/2021: số phiếu đồng ý cho Bà Đặng Thị Hoa (9) nhiều hơn số thành viên có mặt (8).',
    );
    expect(() => checkVote(8, 8, 'x', 'y', 'z')).not.toThrow();
  });

  it('reads a typed threshold as hundredths, refusing 0, above 100 and a third decimal', () => {
    expect(thresholdHundredths(80)).toBe(8000);
    expect(thresholdHundredths(66.67)).toBe(6667);
    for (const bad of [0, 100.01, 66.666, Number.NaN]) expect(() => thresholdHundredths(bad)).toThrow(/từ 0,01% đến 100%/u);
  });
});
