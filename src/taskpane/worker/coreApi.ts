import type { Finding } from '../../model/finding';
import type { SheetPlan } from '../../model/sheetPlan';
import type { WorkbookSnapshot } from '../../model/snapshot';
import { buildAppendixPlans } from '../../appendix';
import type { WorkbookState } from '../../validation/workbookState';
import { assessAnyWorkbook, readOwnMapping, validateAnyWorkbook } from '../../layout/validateAny';
import type { LayoutMapping } from '../../layout/mapping';

/** The pure core the pane runs off the UI thread: plain data in, plain data out. */
export interface CoreApi {
  /** `mapping`: her own table read through this (edited) mapping instead of the saved / found one. */
  validateSnapshot(snapshot: WorkbookSnapshot, mapping?: LayoutMapping): Finding[];
  assessWorkbook(snapshot: WorkbookSnapshot): WorkbookState;
  buildAppendixPlans(snapshot: WorkbookSnapshot, opts?: { unverified?: boolean }): SheetPlan[];
  /** Her own table's mapping (saved review laid over what the reader finds); null for a template. */
  readMapping(snapshot: WorkbookSnapshot): LayoutMapping | null;
}

/** Kiểm tra works on any open workbook: the template, or her own table read in place. */
export const CORE: CoreApi = {
  validateSnapshot: (snapshot, mapping) => validateAnyWorkbook(snapshot, mapping),
  assessWorkbook: assessAnyWorkbook,
  buildAppendixPlans: (snapshot, opts) => buildAppendixPlans(snapshot, opts),
  readMapping: readOwnMapping,
};
