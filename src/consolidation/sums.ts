import { catalog } from '../domain/catalog';
import { SOURCES, TYPED_SOURCE_KEYS, type SourceKey } from '../domain/sources';
import { MONEY_UNITS, type MoneyUnit } from '../domain/units';
import { TOTAL_ROW_CODE } from '../domain/workbookLayout';
import type { Amounts, UnitReading } from './types';

/** Factor from a unit's money unit to the output unit (đồng → triệu: 0.000001). */
export function conversionFactor(from: MoneyUnit, to: MoneyUnit): number {
  return MONEY_UNITS[from].dong / MONEY_UNITS[to].dong;
}

/** Float noise off (0.1 + 0.2), down to a millionth of the output unit. */
export function round6(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}

export function scaled(amounts: Amounts, factor: number): Amounts {
  const out: Amounts = {};
  for (const [k, v] of Object.entries(amounts)) out[k] = round6(v * factor);
  return out;
}

export function addInto(target: Amounts, amounts: Amounts): void {
  for (const [k, v] of Object.entries(amounts)) target[k] = round6((target[k] ?? 0) + v);
}

/** A source's value from typed amounts: a typed key as is, a composite (DTPT, SN, TONG) as the sum of its parts. */
export function sourceValue(amounts: Amounts, key: SourceKey): number {
  const source = SOURCES.find((s) => s.key === key)!;
  if (!source.parts.length) return amounts[key] ?? 0;
  return round6(source.parts.reduce((s, p) => s + sourceValue(amounts, p), 0));
}

/** Plan totals of a unit per capital type (DTPT, SN, LONG_GHEP, …, TONG), converted. */
export const TOTAL_COLUMNS: SourceKey[] = ['DTPT', 'SN', 'LONG_GHEP', 'TIN_DUNG', 'HUY_DONG', 'DAN_GOP', 'TONG'];
export function planTotals(unit: UnitReading, factor: number): Record<string, number> {
  const all: Amounts = {};
  for (const amounts of Object.values(unit.plan)) addInto(all, scaled(amounts, factor));
  return Object.fromEntries(TOTAL_COLUMNS.map((k) => [k, sourceValue(all, k)]));
}

export interface ConsolidatedSums {
  /** Leaf code → summed plan (output unit). */
  plan: Record<string, Amounts>;
  /**
   * TONG / line code → summed allocation, only where every unit that was given a source at
   * all gave it on this line (a partial sum would read as a shortfall).
   */
  allocation: Record<string, Amounts>;
}

export function sumUnits(units: Array<{ reading: UnitReading; factor: number }>): ConsolidatedSums {
  const plan: Record<string, Amounts> = {};
  for (const { reading, factor } of units) {
    for (const [code, amounts] of Object.entries(reading.plan)) addInto((plan[code] ??= {}), scaled(amounts, factor));
  }
  const allocation: Record<string, Amounts> = {};
  for (const key of TYPED_SOURCE_KEYS) {
    const given = units.filter((u) => u.reading.allocation[TOTAL_ROW_CODE]?.[key] !== undefined);
    if (!given.length) continue;
    for (const code of [TOTAL_ROW_CODE, ...catalog.nodes.map((n) => n.code)]) {
      if (!given.every((u) => u.reading.allocation[code]?.[key] !== undefined)) continue;
      const total = given.reduce((s, u) => s + u.reading.allocation[code][key] * u.factor, 0);
      (allocation[code] ??= {})[key] = round6(total);
    }
  }
  return { plan, allocation };
}
