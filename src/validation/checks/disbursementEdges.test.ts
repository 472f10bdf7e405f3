import { SnapshotBuilder, constant, disbCell } from '../testing/snapshotBuilder';
import { runCheck } from '../testing/runCheck';
import { checkCarryoverExpired } from './carryoverExpired';
import { checkDisbursedOverPlan } from './disbursedOverPlan';
import { moneyEn, moneyVn, formatEn, formatVn, clip } from '../format';

const carried = (asOf: string, kd: number | ReturnType<typeof constant>, gn?: number | string) => {
  const b = new SnapshotBuilder({ year: 2024 }).setting('NGAY_SO_LIEU', asOf).disb('DA1.ND4.TT', 'KD_DTPT', kd);
  return gn === undefined ? b : b.disb('DA1.ND4.TT', 'GNKD_DTPT', gn);
};

describe('CARRYOVER_EXPIRED edges', () => {
  it('nothing disbursed: the whole carry-over lapses', () => {
    const f = runCheck(checkCarryoverExpired, carried('2025-01-01', 4200));
    expect(f.map((x) => [x.expected, x.actual])).toEqual([[4200, 0]]);
    expect(f[0].message).toContain('vốn kéo dài chưa giải ngân 4.200 triệu đồng');
  });

  it('within the rounding of the shown decimals it is fully disbursed; a text disbursement counts as none', () => {
    expect(runCheck(checkCarryoverExpired, carried('2025-01-01', constant(4200, '#,##0.000'), 4199.9996))).toEqual([]);
    expect(runCheck(checkCarryoverExpired, carried('2025-01-01', constant(4200, '#,##0.000'), 4199.998))).toHaveLength(
      1,
    );
    expect(runCheck(checkCarryoverExpired, carried('2025-01-01', 4200, 'bốn nghìn')).map((x) => x.actual)).toEqual([0]);
  });

  it('no carry-over, a zero or negative one, or no as-of date: nothing to say', () => {
    expect(runCheck(checkCarryoverExpired, carried('2025-01-01', 0))).toEqual([]);
    expect(runCheck(checkCarryoverExpired, carried('2025-01-01', -5))).toEqual([]);
    expect(runCheck(checkCarryoverExpired, carried('', 4200))).toEqual([]);
  });

  it('without a settings sheet there is no as-of date, so no deadline is judged', () => {
    const b = carried('x', 4200).omitSheet('settings');
    expect(runCheck(checkCarryoverExpired, b)).toEqual([]);
  });
});

describe('DISBURSED_OVER_PLAN edges', () => {
  it('disbursement without any plan is over a plan of 0', () => {
    const b = new SnapshotBuilder().disb('DA8', 'GN_SN', 15);
    const f = runCheck(checkDisbursedOverPlan, b);
    expect(f.map((x) => [x.cell, x.expected, x.actual])).toEqual([[disbCell(b.build(), 'DA8', 'GN_SN'), 0, 15]]);
  });

  it('disbursement below the plan, and text disbursement, are no finding', () => {
    const b = new SnapshotBuilder().plan('DA8', 'SN_NSTW', 500).disb('DA8', 'GN_SN', 499).disb('DA7', 'GN_SN', 'hết');
    expect(runCheck(checkDisbursedOverPlan, b)).toEqual([]);
  });

  it('the plan figure typed with decimals widens the rounding margin', () => {
    const b = new SnapshotBuilder()
      .plan('DA8', 'SN_NSTW', 500)
      .disb('DA8', 'KD_SN', constant(100, '#,##0.0'))
      .disb('DA8', 'GNKD_SN', constant(100.04, '#,##0.0'));
    expect(runCheck(checkDisbursedOverPlan, b)).toEqual([]);
  });
});

describe('money words', () => {
  it('in đồng no second figure in brackets; otherwise the amount in đồng beside', () => {
    expect(moneyVn(1500, 'dong')).toBe('1.500 đồng');
    expect(moneyEn(1500, 'dong')).toBe('1,500 VND');
    expect(moneyVn(1.5, 'nghin')).toBe('1,5 nghìn đồng (1.500 đồng)');
    expect(moneyEn(1.5, 'nghin')).toBe('1.5 thousand VND (1,500 VND)');
  });

  it('numbers beyond 10^21 or not finite are written with an exponent', () => {
    expect(formatVn(2e21)).toBe('2,000e+21');
    expect(formatEn(-Infinity)).toBe('-Infinity');
    expect(formatVn(-0.0001)).toBe('0');
    expect(formatEn(1234.5678, 2)).toBe('1,234.57');
    expect(formatVn(0.1 + 0.2, 20)).toBe('0,3');
  });

  it('clip keeps text up to the limit and marks a cut with "…"', () => {
    expect(clip('x'.repeat(40))).toBe('x'.repeat(40));
    expect(clip('x'.repeat(41))).toBe(`${'x'.repeat(39)}…`);
    expect(clip('abcdef', 4)).toBe('abc…');
  });
});
