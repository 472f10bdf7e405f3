import { MONEY_UNITS, type MoneyUnit } from '../domain/units';
/**
 * Compares a figure with what it should equal using interval arithmetic on the declared
 * precision: each typed figure is ± half a unit of its last shown decimal, so a sum of n
 * figures may honestly differ from a typed total by their combined half-units plus the
 * total's own. Beyond that, a factor of ≈1,000 or ≈1,000,000 means a unit slip.
 */
export type Verdict = 'equal' | 'rounding' | 'unit' | 'different';

export interface Judgement {
  verdict: Verdict;
  /** actual − expected */
  diff: number;
  tolerance: number;
  /** For 'unit': actual ≈ factor × expected (1000, 1e6, 0.001, 1e-6). */
  factor?: number;
}

/** The steps between the money units: nghìn → triệu, đồng → triệu (or đồng → nghìn). */
export const UNIT_FACTORS = [1_000, 1_000_000];
/** Relative slack for a unit slip: the wrong-unit figure is itself usually rounded. */
const UNIT_RELATIVE_SLACK = 0.005;

export function floatEpsilon(...values: number[]): number {
  return 1e-9 * Math.max(1, ...values.map(Math.abs));
}

export function judge(actual: number, expected: number, tolerance: number): Judgement {
  const diff = actual - expected;
  // floatEpsilon(actual, expected) without building a list: judge runs for every relation of a plan.
  const eps = 1e-9 * Math.max(1, Math.abs(actual), Math.abs(expected));
  if (Math.abs(diff) <= eps) return { verdict: 'equal', diff: 0, tolerance };
  if (Math.abs(diff) <= tolerance + eps) return { verdict: 'rounding', diff, tolerance };
  const factor = unitFactor(actual, expected, tolerance);
  if (factor) return { verdict: 'unit', diff, tolerance, factor };
  return { verdict: 'different', diff, tolerance };
}

/** actual ≈ k × expected for k = 1e3, 1e6 or their inverses, within rounding. */
export function unitFactor(actual: number, expected: number, tolerance: number): number | undefined {
  if (actual === 0 || expected === 0 || Math.sign(actual) !== Math.sign(expected)) return undefined;
  for (const k of UNIT_FACTORS) {
    if (Math.abs(actual - k * expected) <= k * tolerance + UNIT_RELATIVE_SLACK * Math.abs(k * expected)) return k;
    if (Math.abs(expected - k * actual) <= k * tolerance + UNIT_RELATIVE_SLACK * Math.abs(k * actual)) return 1 / k;
  }
  return undefined;
}

/** "gấp khoảng 1.000 lần kế hoạch" / "nhỏ hơn kế hoạch khoảng 1.000 lần": a unit factor against `than`. */
export function describeFactor(factor: number, than: { vi: string; en: string }): { vi: string; en: string } {
  const larger = factor >= 1;
  const million = larger ? factor >= 1e6 : factor <= 1e-6;
  const vi = million ? '1.000.000' : '1.000';
  const en = million ? '1,000,000' : '1,000';
  return larger
    ? { vi: `gấp khoảng ${vi} lần ${than.vi}`, en: `about ${en} times larger than ${than.en}` }
    : { vi: `nhỏ hơn ${than.vi} khoảng ${vi} lần`, en: `about ${en} times smaller than ${than.en}` };
}

/**
 * Which unit a figure `factor` times too large (or small) looks typed in: in a triệu đồng
 * workbook, ×1,000 is nghìn đồng and ×1,000,000 is đồng.
 */
export function unitHint(factor: number, unit: MoneyUnit): { vi: string; en: string } {
  const declared = MONEY_UNITS[unit];
  const target = declared.dong / factor;
  const match = (Object.keys(MONEY_UNITS) as MoneyUnit[]).find(
    (u) => Math.abs(MONEY_UNITS[u].dong / target - 1) < 1e-9,
  );
  if (!match) return { vi: 'nghi nhầm đơn vị tính', en: 'looks like a unit slip' };
  const m = MONEY_UNITS[match];
  return {
    vi: `có vẻ nhập theo ${m.label} thay vì ${declared.label}`,
    en: `looks typed in ${m.labelEn} instead of ${declared.labelEn}`,
  };
}
