import { APPENDIX_SHEET_NAMES } from '../domain/workbookLayout';
import type { LazySheetPlan, SheetPlan } from '../model/sheetPlan';
import type { WorkbookSnapshot } from '../model/snapshot';
import { buildPb01 } from './pb01Indicators';
import { buildPb02 } from './pb02FundingPlan';
import { buildPb03 } from './pb03Sources';
import { buildPb04 } from './pb04Disbursement';
import { readAppendixModel, type AppendixModel } from './readWorkbook';

export interface AppendixOptions {
  /** The workbook still has validation errors: print a red "figures unverified" banner. */
  unverified?: boolean;
}

/**
 * The appendix sheets (phụ biểu 01–04) of a plan, built from a snapshot of its
 * template sheets. Pure: hosts apply the plans (mode 'replaceOwn' when regenerating).
 */
export function buildAppendixPlans(snapshot: WorkbookSnapshot, opts: AppendixOptions = {}): SheetPlan[] {
  return appendixSheets(snapshot, opts).map((sheet) => sheet.build());
}

/**
 * The same four sheets, each built when it is written (one plan in memory at a time). They
 * hold the appendix model only, not the snapshot, which the caller can then let go.
 */
export function appendixSheets(snapshot: WorkbookSnapshot, opts: AppendixOptions = {}): LazySheetPlan[] {
  return sheetsOfModel(readAppendixModel(snapshot), opts.unverified ?? false);
}

function sheetsOfModel(model: AppendixModel, unverified: boolean): LazySheetPlan[] {
  const builders: Array<[keyof typeof APPENDIX_SHEET_NAMES, (m: AppendixModel, u: boolean) => SheetPlan]> = [
    ['pb01', buildPb01],
    ['pb02', buildPb02],
    ['pb03', buildPb03],
    ['pb04', buildPb04],
  ];
  return builders.map(([id, build]) => ({
    name: APPENDIX_SHEET_NAMES[id],
    kind: 'appendix',
    build: () => build(model, unverified),
  }));
}

export { readAppendixModel } from './readWorkbook';
export type { AppendixModel, AppendixSettings } from './readWorkbook';
export { UNVERIFIED_TEXT } from './titleBlock';
export { PB02_SOURCE_COLUMNS, PB02_CODE_COLUMN } from './pb02FundingPlan';
export { PB03_TYPED_ORDER } from './pb03Sources';
export { PB04_COLUMNS, PB04_CODE_COLUMN } from './pb04Disbursement';
