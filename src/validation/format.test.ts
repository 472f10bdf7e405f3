import { timesEn, timesVn } from './format';

describe('timesVn / timesEn: how many times larger, in words an officer reads', () => {
  it('gives the rounded ratio below a million', () => {
    expect(timesVn(1700.4)).toBe('khoảng 1.700');
    expect(timesEn(1700.4)).toBe('About 1,700');
    expect(timesVn(999_999)).toBe('khoảng 999.999');
    expect(timesEn(999_999)).toBe('About 999,999');
  });
  it('says "over a million" from a million on, "over a billion" from a billion on and for no number at all', () => {
    expect(timesVn(1e6)).toBe('hơn 1 triệu');
    expect(timesEn(1e6)).toBe('Over a million');
    expect(timesVn(999_999_999)).toBe('hơn 1 triệu');
    expect(timesVn(1e9)).toBe('hơn 1 tỷ');
    expect(timesEn(1e9)).toBe('Over a billion');
    expect(timesVn(Infinity)).toBe('hơn 1 tỷ');
    expect(timesEn(NaN)).toBe('Over a billion');
  });
});
