import { catalog } from '../domain/catalog';
import { SHEET_NAMES } from '../domain/workbookLayout';
import type { SheetPlan } from '../model/sheetPlan';
import { buildTemplatePlans } from '../templates';
import type { ConsolidatedSums } from './sums';
import type { ConsolidationOptions } from './types';
import { KeyedCells } from '../templates/keyedCells';

export { KeyedCells };

/** Per indicator: the summed target (counts and additive amounts) or the units' own values listed. */
export interface IndicatorResult {
  total?: number;
  listed: Array<{ unitName: string; value: number | string }>;
}

/** Indicators that add up across units: counts, and amounts without a "per" (km yes, income/person no). */
export function isSummable(code: string): boolean {
  const ind = catalog.indicatorByCode.get(code);
  if (!ind) return false;
  return ind.kind === 'count' || (ind.kind === 'decimal' && !ind.unit.includes('/'));
}

/**
 * The upper level's four template sheets, built by the template builders and filled with the
 * sums: plan leaves typed with the summed figures (parents stay formulas), the allocation
 * where every unit gave it, indicators summed or listed per unit.
 */
export function buildConsolidatedTemplate(
  options: ConsolidationOptions,
  sums: ConsolidatedSums,
  indicators: Map<string, IndicatorResult>,
  slips: Map<string, string[]> = new Map(),
): SheetPlan[] {
  const plans = buildTemplatePlans({
    level: options.level,
    year: options.year,
    unit: options.unit,
    unitName: options.name,
  });
  const sheet = (name: string) => new KeyedCells(plans.find((p) => p.name === name)!);
  const plan = sheet(SHEET_NAMES.plan);
  for (const [code, amounts] of Object.entries(sums.plan)) {
    const atLevel: string[] = [];
    for (const [key, value] of Object.entries(amounts)) {
      if (value === 0) continue;
      // A unit in its own layout gave this summed line a figure with nothing below it: the
      // line's formula carries it, said in the note column.
      if (plan.isFormula(code, key)) {
        plan.addToSum(code, key, value);
        atLevel.push(`${key} ${value}`);
      } else plan.set(code, key, value);
    }
    const notes: string[] = [];
    if (atLevel.length)
      notes.push(
        `Gồm số đơn vị giao ở dòng này, không chi tiết / includes figures units gave at this line only: ${atLevel.join('; ')}`,
      );
    notes.push(...(slips.get(code) ?? []));
    if (notes.length) plan.set(code, 'GHI_CHU', notes.join(' · '));
  }
  const allocation = sheet(SHEET_NAMES.allocation);
  for (const [code, amounts] of Object.entries(sums.allocation)) {
    for (const [key, value] of Object.entries(amounts)) allocation.set(code, key, value);
  }
  allocation.set('TONG', 'GHI_CHU', 'Tổng vốn giao cho các đơn vị cấp dưới');
  const ind = sheet(SHEET_NAMES.indicators);
  for (const [code, result] of indicators) {
    if (result.total !== undefined) ind.set(code, 'KE_HOACH', result.total);
    const listed = result.listed.map((l) => `${l.unitName}: ${l.value}`).join('; ');
    const why = isSummable(code) ? 'Không cộng được (giá trị chữ)' : 'Tỷ lệ/bình quân, không cộng';
    if (listed) ind.set(code, 'GHI_CHU', `${why}: ${listed}`);
  }
  return plans;
}
