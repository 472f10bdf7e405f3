import { settingsSchema, type SettingsInput } from '../domain/settings';
import type { SheetPlan } from '../model/sheetPlan';
import { buildSettingsSheet } from './settingsSheet';
import { buildAllocationSheet } from './allocationSheet';
import { buildPlanSheet } from './planSheet';
import { buildIndicatorSheet } from './indicatorSheet';
import { buildDisbursementSheet } from './disbursementSheet';
import type { DetailRowSpec } from './moneyRows';

export type { DetailRowSpec } from './moneyRows';
export { buildMoneyRows } from './moneyRows';
export { nextDetailCode, detailCode } from './detailRows';
export { buildSettingsSheet, buildAllocationSheet, buildPlanSheet, buildIndicatorSheet, buildDisbursementSheet };
export { MONEY_LAYOUT } from './moneyColumns';
export { buildUnitAllocationSheet, UNIT_ALLOCATION_SHEET_NAME, UNIT_ALLOCATION_SHEET_ID } from './unitAllocationSheet';

export interface TemplateExtras {
  /** Detail rows (individual works) on Kế hoạch vốn, right under their leaf in this order. */
  details?: DetailRowSpec[];
}

/**
 * The template sheets in workbook order: Thông tin, Giao vốn, Kế hoạch vốn, Chỉ tiêu, Giải ngân
 * (the same order as SHEET_NAMES; Giải ngân has the plan's detail rows too).
 * Options are parsed with the shared zod schema (defaults filled; invalid input throws).
 */
export function buildTemplatePlans(input: SettingsInput, extras: TemplateExtras = {}): SheetPlan[] {
  const options = settingsSchema.parse(input);
  return [
    buildSettingsSheet(options),
    buildAllocationSheet(options),
    buildPlanSheet(options, extras.details ?? []),
    buildIndicatorSheet(options),
    buildDisbursementSheet(options, extras.details ?? []),
  ];
}
