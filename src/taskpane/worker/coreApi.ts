import type { Finding } from '../../model/finding';
import type { SheetPlan } from '../../model/sheetPlan';
import type { WorkbookSnapshot } from '../../model/snapshot';
import { buildAppendixPlans } from '../../appendix';
import type { WorkbookState } from '../../validation/workbookState';
import { assessAnyWorkbook, validateAnyWorkbook } from '../../layout/validateAny';

/** The pure core the pane runs off the UI thread: plain data in, plain data out. */
export interface CoreApi {
  validateSnapshot(snapshot: WorkbookSnapshot): Finding[];
  assessWorkbook(snapshot: WorkbookSnapshot): WorkbookState;
  buildAppendixPlans(snapshot: WorkbookSnapshot, opts?: { unverified?: boolean }): SheetPlan[];
}

/** Kiểm tra works on any open workbook: the template, or her own table read in place. */
export const CORE: CoreApi = {
  validateSnapshot: validateAnyWorkbook,
  assessWorkbook: assessAnyWorkbook,
  buildAppendixPlans: (snapshot, opts) => buildAppendixPlans(snapshot, opts),
};
