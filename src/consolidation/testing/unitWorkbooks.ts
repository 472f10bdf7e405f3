import ExcelJS from 'exceljs';
import { catalog } from '../../domain/catalog';
import { parentCode } from '../../domain/lines';
import { TYPED_SOURCE_KEYS } from '../../domain/sources';
import { MONEY_UNITS, type Level, type MoneyUnit } from '../../domain/units';
import { SHEET_NAMES, TOTAL_ROW_CODE } from '../../domain/workbookLayout';
import { SAMPLE_DETAILS, SAMPLE_INDICATORS, SAMPLE_PLAN } from '../../demo/sampleData';
import { addPlanSheet } from '../../host/xlsx/applyPlan';
import type { SheetPlan } from '../../model/sheetPlan';
import { buildTemplatePlans } from '../../templates';
import { KeyedCells, isSummable } from '../outputPlans';
import type { Amounts } from '../types';

/** One lower unit's workbook for tests and the bench: the sample plan × scale, in its own unit. */
export interface UnitSpec {
  name: string;
  level?: Level;
  year?: number;
  unit?: MoneyUnit;
  /** Whole multiplier of the sample figures (keeps the 5 % counterpart exact). */
  scale?: number;
  /** Allocation of DA4 · DTPT_NSTW typed this much (triệu) below the plan: the unit's own OVER_ALLOCATION. */
  overAllocateBy?: number;
}

/** The unit's plan in triệu đồng, by leaf (details summed into their leaf). */
export function unitPlanTrieu(spec: UnitSpec): Record<string, Amounts> {
  const scale = spec.scale ?? 1;
  const out: Record<string, Amounts> = {};
  for (const [code, amounts] of Object.entries(SAMPLE_PLAN)) {
    const leaf = catalog.byCode.has(code) ? code : parentCode(code)!;
    const target = (out[leaf] ??= {});
    for (const [k, v] of Object.entries(amounts)) target[k] = Math.round(((target[k] ?? 0) + v * scale) * 1000) / 1000;
  }
  return out;
}

/** The unit's allocation in triệu: TONG, DA1 and DA4 equal to what the plan spends (less any over-allocation). */
export function unitAllocationTrieu(spec: UnitSpec): Record<string, Amounts> {
  const plan = unitPlanTrieu(spec);
  const out: Record<string, Amounts> = {};
  for (const line of [TOTAL_ROW_CODE, 'DA1', 'DA4']) {
    const sum: Amounts = {};
    for (const [code, amounts] of Object.entries(plan)) {
      if (line !== TOTAL_ROW_CODE && !isUnder(code, line)) continue;
      for (const [k, v] of Object.entries(amounts)) sum[k] = Math.round(((sum[k] ?? 0) + v) * 1000) / 1000;
    }
    out[line] = sum;
  }
  if (spec.overAllocateBy) {
    out.DA4.DTPT_NSTW -= spec.overAllocateBy;
    out[TOTAL_ROW_CODE].DTPT_NSTW -= spec.overAllocateBy;
  }
  return out;
}

function isUnder(code: string, ancestor: string): boolean {
  for (let c: string | null = code; c; c = parentCode(c)) if (c === ancestor) return true;
  return false;
}

export function unitPlans(spec: UnitSpec): SheetPlan[] {
  const unit = spec.unit ?? 'trieu';
  const factor = MONEY_UNITS.trieu.dong / MONEY_UNITS[unit].dong;
  const scale = spec.scale ?? 1;
  const plans = buildTemplatePlans(
    { level: spec.level ?? 'xa', year: spec.year ?? 2024, unit, unitName: spec.name, counterpartPercent: 5 },
    { details: SAMPLE_DETAILS },
  );
  const sheet = (name: string) => new KeyedCells(plans.find((p) => p.name === name)!);
  const plan = sheet(SHEET_NAMES.plan);
  for (const [code, amounts] of Object.entries(SAMPLE_PLAN)) {
    for (const [k, v] of Object.entries(amounts)) plan.set(code, k, Math.round(v * scale * factor * 1000) / 1000);
  }
  const allocation = sheet(SHEET_NAMES.allocation);
  for (const [code, amounts] of Object.entries(unitAllocationTrieu(spec))) {
    for (const k of TYPED_SOURCE_KEYS) {
      if (amounts[k]) allocation.set(code, k, Math.round(amounts[k] * factor * 1000) / 1000);
    }
  }
  const indicators = sheet(SHEET_NAMES.indicators);
  for (const [code, target] of Object.entries(unitIndicators(spec))) indicators.set(code, 'KE_HOACH', target);
  return plans;
}

/** The unit's indicator targets: the sample's, counts and additive amounts × scale. */
export function unitIndicators(spec: UnitSpec): Record<string, number | string> {
  const scale = spec.scale ?? 1;
  const out: Record<string, number | string> = {};
  // CT08 is left out: the sample's own note explains it, a commune's would not (a warning).
  for (const ind of SAMPLE_INDICATORS.filter((i) => i.code !== 'CT08'))
    out[ind.code] = typeof ind.target === 'number' && isSummable(ind.code) ? ind.target * scale : ind.target;
  return out;
}

export async function unitWorkbookBuffer(plans: SheetPlan[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  for (const plan of plans) addPlanSheet(workbook, plan);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
