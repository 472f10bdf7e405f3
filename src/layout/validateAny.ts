import type { Finding } from '../model/finding';
import type { WorkbookSnapshot } from '../model/snapshot';
import { hasTemplateSheet, validateSnapshot } from '../validation';
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
