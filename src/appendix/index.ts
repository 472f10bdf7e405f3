import type { SheetPlan } from '../model/sheetPlan';
import type { WorkbookSnapshot } from '../model/snapshot';
import { buildPb01 } from './pb01Indicators';
import { buildPb02 } from './pb02FundingPlan';
import { buildPb03 } from './pb03Sources';
import { buildPb04 } from './pb04Disbursement';
import { readAppendixModel } from './readWorkbook';

export interface AppendixOptions {
  /** The workbook still has validation errors: print a red "figures unverified" banner. */
  unverified?: boolean;
}

/**
 * The appendix sheets (phụ biểu 01–04) of a plan, built from a snapshot of its
 * template sheets. Pure: hosts apply the plans (mode 'replaceOwn' when regenerating).
 */
export function buildAppendixPlans(snapshot: WorkbookSnapshot, opts: AppendixOptions = {}): SheetPlan[] {
  const model = readAppendixModel(snapshot);
  const unverified = opts.unverified ?? false;
  return [
    buildPb01(model, unverified),
    buildPb02(model, unverified),
    buildPb03(model, unverified),
    buildPb04(model, unverified),
  ];
}

export { readAppendixModel } from './readWorkbook';
export type { AppendixModel, AppendixSettings } from './readWorkbook';
export { UNVERIFIED_TEXT } from './titleBlock';
export { PB02_SOURCE_COLUMNS, PB02_CODE_COLUMN } from './pb02FundingPlan';
export { PB03_TYPED_ORDER } from './pb03Sources';
export { PB04_COLUMNS, PB04_CODE_COLUMN } from './pb04Disbursement';
