import type { Finding } from '../model/finding';
import type { WorkbookSnapshot } from '../model/snapshot';
import { hasTemplateSheet, validateSnapshot } from '../validation';
import { assessWorkbook, type WorkbookState } from '../validation/workbookState';
import { readLayout } from './readLayout';
import { validateLayout } from './validateLayout';

/**
 * The pane's Kiểm tra on whatever workbook is open: the template's checks when it has the
 * template sheets, else her own table read in place (findings on her cells); a workbook
 * that is neither gets the template's "sheet missing" findings, as before.
 */
export function validateAnyWorkbook(snapshot: WorkbookSnapshot): Finding[] {
  if (hasTemplateSheet(snapshot)) return validateSnapshot(snapshot);
  const mapping = readLayout(snapshot);
  return mapping.tables.length ? validateLayout(snapshot, mapping) : validateSnapshot(snapshot);
}

/** The pane's view of the open workbook: the template's state, or her own table (which holds figures). */
export function assessAnyWorkbook(snapshot: WorkbookSnapshot): WorkbookState {
  if (hasTemplateSheet(snapshot)) return assessWorkbook(snapshot);
  return readLayout(snapshot).tables.length
    ? { hasTemplate: false, hasFigures: true, ownTable: true }
    : assessWorkbook(snapshot);
}
