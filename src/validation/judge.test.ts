import { describeFactor, floatEpsilon, judge, unitHint, unitFactor } from './judge';

describe('judge (interval arithmetic on declared precision)', () => {
  it('tells equal, rounding, unit slip and difference apart', () => {
    expect(judge(0.1 + 0.2, 0.3, 0).verdict).toBe('equal');
    expect(judge(900.001, 900, 0.0015).verdict).toBe('rounding');
    expect(judge(900.002, 900, 0.0015).verdict).toBe('different');
    expect(judge(900_000, 900, 0.0015)).toMatchObject({ verdict: 'unit', factor: 1000 });
    expect(judge(0.9, 900, 0.0015)).toMatchObject({ verdict: 'unit', factor: 0.001 });
    expect(judge(3_347_500, 3.3475, 0.0005)).toMatchObject({ verdict: 'unit', factor: 1_000_000 });
  });
  it('needs the factor within rounding', () => {
    expect(unitFactor(950_000, 900, 0.0015)).toBeUndefined();
    expect(unitFactor(-900_000, 900, 0)).toBeUndefined();
  });
  it('allows half a percent of slack for a rounded wrong-unit figure, not more', () => {
    // 0.44 % off a thousandfold: still a unit slip; 0.67 % off: a different figure.
    expect(unitFactor(904_000, 900, 0)).toBe(1000);
    expect(unitFactor(906_000, 900, 0)).toBeUndefined();
    expect(unitFactor(0.904, 900, 0)).toBe(0.001);
    expect(unitFactor(0.906, 900, 0)).toBeUndefined();
    expect(unitFactor(904_000_000, 900, 0)).toBe(1_000_000);
    expect(unitFactor(906_000_000, 900, 0)).toBeUndefined();
    expect(judge(906_000, 900, 0.0015).verdict).toBe('different');
  });
  it('scales the float epsilon with the larger magnitude, never below 1e-9', () => {
    expect(floatEpsilon(0.5)).toBe(1e-9);
    expect(floatEpsilon(3, -2_000_000)).toBeCloseTo(2e-3, 15);
    // 20,000,000.1 typed against a sum that float arithmetic leaves 4e-9 off is still equal.
    expect(judge(20_000_000.1, 20_000_000.1 + 4e-9, 0).verdict).toBe('equal');
  });
  it('sees no unit slip against zero or across signs, however wide the rounding', () => {
    expect(unitFactor(0.5, 0, 0.001)).toBeUndefined();
    expect(unitFactor(0, 0.5, 0.001)).toBeUndefined();
    expect(judge(0.5, 0, 0.001).verdict).toBe('different');
    // |−900 − 1000 × 0.9| is within 1000 × 2 + 0.5 %: only the signs rule the slip out.
    expect(unitFactor(-900, 0.9, 2)).toBeUndefined();
  });
  it('names the unit a slipped figure looks typed in', () => {
    expect(unitHint(1000, 'trieu').vi).toBe('có vẻ nhập theo nghìn đồng thay vì triệu đồng');
    expect(unitHint(1_000_000, 'trieu').en).toBe('looks typed in VND instead of million VND');
    expect(unitHint(0.001, 'dong').vi).toContain('nghìn đồng thay vì đồng');
    expect(unitHint(1000, 'dong').vi).toBe('nghi nhầm đơn vị tính');
  });
  it('says a factor against what it is compared with', () => {
    const plan = { vi: 'kế hoạch', en: 'the plan' };
    expect(describeFactor(1000, plan)).toEqual({
      vi: 'gấp khoảng 1.000 lần kế hoạch',
      en: 'about 1,000 times larger than the plan',
    });
    expect(describeFactor(1e-6, plan)).toEqual({
      vi: 'nhỏ hơn kế hoạch khoảng 1.000.000 lần',
      en: 'about 1,000,000 times smaller than the plan',
    });
  });
});
