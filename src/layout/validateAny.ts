import type { Finding } from '../model/finding';
import type { WorkbookSnapshot } from '../model/snapshot';
import { hasTemplateSheet, validateSnapshot } from '../validation';
import { assessWorkbook, type WorkbookState } from '../validation/workbookState';
import type { LayoutMapping } from './mapping';
import { readLayout } from './readLayout';
import { applySavedMapping, MAPPING_SHEET_NAME, readSavedMapping } from './savedMapping';
import { validateLayout } from './validateLayout';

/**
 * Her table's mapping: as the layout reader finds it, with the review she saved in the
 * workbook laid over it (a damaged saved mapping is listed as not mapped, never guessed).
 */
export function mappingOf(snapshot: WorkbookSnapshot): LayoutMapping {
  const found = readLayout(snapshot);
  const saved = readSavedMapping(snapshot);
  if (!saved) return found;
  if ('mapping' in saved) return applySavedMapping(found, saved.mapping);
  return {
    ...found,
    unmapped: [
      ...found.unmapped,
      {
        cell: `${MAPPING_SHEET_NAME}!A3`,
        text: '',
        why: `Ánh xạ đã lưu bị hỏng (${saved.error}); dùng ánh xạ đọc được / the saved mapping is damaged; the one read from the table is used`,
      },
    ],
  };
}

/** Her own table's mapping for the pane's review; null for a template workbook or no table. */
export function readOwnMapping(snapshot: WorkbookSnapshot): LayoutMapping | null {
  if (hasTemplateSheet(snapshot)) return null;
  const mapping = mappingOf(snapshot);
  return mapping.tables.length ? mapping : null;
}

/**
 * The pane's Kiểm tra on whatever workbook is open: the template's checks when it has the
 * template sheets, else her own table read in place (findings on her cells) through
 * `mapping` (the one being reviewed) or the saved / found one; a workbook that is neither
 * gets the template's "sheet missing" findings, as before.
 */
export function validateAnyWorkbook(snapshot: WorkbookSnapshot, mapping?: LayoutMapping): Finding[] {
  if (hasTemplateSheet(snapshot)) return validateSnapshot(snapshot);
  const layout = mapping ?? mappingOf(snapshot);
  return layout.tables.length ? validateLayout(snapshot, layout) : validateSnapshot(snapshot);
}

/** The pane's view of the open workbook: the template's state, or her own table (which holds figures). */
export function assessAnyWorkbook(snapshot: WorkbookSnapshot): WorkbookState {
  if (hasTemplateSheet(snapshot)) return assessWorkbook(snapshot);
  return readLayout(snapshot).tables.length
    ? { hasTemplate: false, hasFigures: true, ownTable: true }
    : assessWorkbook(snapshot);
}
