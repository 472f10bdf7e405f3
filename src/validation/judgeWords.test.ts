import { describeFactor, floatEpsilon, judge, unitFactor, unitHint } from './judge';

const than = { vi: 'kế hoạch', en: 'the plan' };

describe('describeFactor', () => {
  it('larger or smaller, a thousand or a million times', () => {
    expect(describeFactor(1000, than)).toEqual({
      vi: 'gấp khoảng 1.000 lần kế hoạch',
      en: 'about 1,000 times larger than the plan',
    });
    expect(describeFactor(1e6, than)).toEqual({
      vi: 'gấp khoảng 1.000.000 lần kế hoạch',
      en: 'about 1,000,000 times larger than the plan',
    });
    expect(describeFactor(1, than).vi).toBe('gấp khoảng 1.000 lần kế hoạch');
    expect(describeFactor(0.001, than)).toEqual({
      vi: 'nhỏ hơn kế hoạch khoảng 1.000 lần',
      en: 'about 1,000 times smaller than the plan',
    });
    expect(describeFactor(1e-6, than)).toEqual({
      vi: 'nhỏ hơn kế hoạch khoảng 1.000.000 lần',
      en: 'about 1,000,000 times smaller than the plan',
    });
    expect(describeFactor(999_999, than).en).toBe('about 1,000 times larger than the plan');
  });
});

describe('unitHint', () => {
  it('the unit a slip looks typed in, from the workbook unit', () => {
    expect(unitHint(1000, 'trieu')).toEqual({
      vi: 'có vẻ nhập theo nghìn đồng thay vì triệu đồng',
      en: 'looks typed in thousand VND instead of million VND',
    });
    expect(unitHint(1e6, 'trieu').vi).toBe('có vẻ nhập theo đồng thay vì triệu đồng');
    expect(unitHint(0.001, 'nghin').vi).toBe('có vẻ nhập theo triệu đồng thay vì nghìn đồng');
    // Every message puts "it" before the English hint: "it looks like a unit slip".
    expect(unitHint(1000, 'dong')).toEqual({ vi: 'nghi nhầm đơn vị tính', en: 'looks like a unit slip' });
  });
});

describe('judge and unitFactor', () => {
  it('equal within float noise, rounding within the tolerance, then a unit factor, else different', () => {
    expect(judge(0.1 + 0.2, 0.3, 0)).toEqual({ verdict: 'equal', diff: 0, tolerance: 0 });
    expect(judge(100.4, 100, 0.5)).toMatchObject({ verdict: 'rounding', tolerance: 0.5 });
    expect(judge(100.4, 100, 0.5).diff).toBeCloseTo(0.4, 12);
    expect(judge(100_000, 100, 0)).toEqual({ verdict: 'unit', diff: 99_900, tolerance: 0, factor: 1000 });
    expect(judge(0.1, 100, 0)).toEqual({ verdict: 'unit', diff: -99.9, tolerance: 0, factor: 0.001 });
    expect(judge(150, 100, 0)).toEqual({ verdict: 'different', diff: 50, tolerance: 0 });
  });

  it('a unit factor within half a percent, or the tolerance scaled by it; never across zero or signs', () => {
    expect(unitFactor(100_499, 100, 0)).toBe(1000);
    expect(unitFactor(100_501, 100, 0)).toBeUndefined();
    expect(unitFactor(100_501, 100, 0.002)).toBe(1000);
    expect(unitFactor(100, 100_499, 0)).toBe(0.001);
    expect(unitFactor(100, 100_501, 0)).toBeUndefined();
    expect(unitFactor(100, 100_501, 0.002)).toBe(0.001);
    expect(unitFactor(100_000_000, 100, 0)).toBe(1e6);
    expect(unitFactor(100, 100_000_000, 0)).toBe(1e-6);
    expect(unitFactor(0, 100, 0)).toBeUndefined();
    expect(unitFactor(100_000, 0, 0)).toBeUndefined();
    expect(unitFactor(-100_000, 100, 0)).toBeUndefined();
    expect(unitFactor(-100_000, -100, 0)).toBe(1000);
  });

  it('float noise scales with the figures, never below 1e-9', () => {
    expect(floatEpsilon()).toBe(1e-9);
    expect(floatEpsilon(0.5)).toBe(1e-9);
    expect(floatEpsilon(-2e6, 10)).toBeCloseTo(2e-3, 15);
  });
});
