// The names that read as typed come first, an abbreviation read as its full form.
import { describe, expect, it } from 'vitest';
import { phraseFirst } from '../../../../renderer/src/search.ts';

const SCHOOLS = ['Trường Trung học cơ sở Linh Chiểu', 'Trường Trung học cơ sở Linh Tây', 'Trường Trung học cơ sở Linh Trung'];

describe('phraseFirst', () => {
  it('puts "Trường Trung học cơ sở Linh Trung" first for "thcs linh trung", the rest in their order', () => {
    expect(phraseFirst(SCHOOLS, 'thcs linh trung', (n) => n)).toEqual([SCHOOLS[2], SCHOOLS[0], SCHOOLS[1]]);
    expect(phraseFirst(SCHOOLS, 'linh trung', (n) => n)).toEqual([SCHOOLS[2], SCHOOLS[0], SCHOOLS[1]]);
  });
  it('leaves the order alone for one plain word', () => {
    expect(phraseFirst(SCHOOLS, 'trung', (n) => n)).toEqual(SCHOOLS);
  });
});
