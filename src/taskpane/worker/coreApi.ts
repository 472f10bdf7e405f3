import type { Finding } from '../../model/finding';
import type { SheetPlan } from '../../model/sheetPlan';
import type { WorkbookSnapshot } from '../../model/snapshot';
import { buildAppendixPlans } from '../../appendix';
import { validateSnapshot } from '../../validation';
import { assessWorkbook, type WorkbookState } from '../../validation/workbookState';

/** The pure core the pane runs off the UI thread: plain data in, plain data out. */
export interface CoreApi {
  validateSnapshot(snapshot: WorkbookSnapshot): Finding[];
  assessWorkbook(snapshot: WorkbookSnapshot): WorkbookState;
  buildAppendixPlans(snapshot: WorkbookSnapshot, opts?: { unverified?: boolean }): SheetPlan[];
}

export const CORE: CoreApi = {
  validateSnapshot,
  assessWorkbook,
  buildAppendixPlans: (snapshot, opts) => buildAppendixPlans(snapshot, opts),
};
