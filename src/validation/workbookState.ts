import type { WorkbookSnapshot } from '../model/snapshot';
import { forEachAmountCell } from './amountCells';
import { buildWorkbookModel, hasTemplateSheet } from './workbookModel';

/**
 * What the workbook holds before any check is judged: the pane must not say "no problems,
 * ready for appendices" about a template with no figures, nor about a workbook without one.
 */
export interface WorkbookState {
  /** Any template sheet found (by name or by its marker). */
  hasTemplate: boolean;
  /** Any figure typed (not a template formula) in an amount or indicator cell. */
  hasFigures: boolean;
  /** No template, but her own plan table was found and is checked in place (src/layout). */
  ownTable?: boolean;
}

export function assessWorkbook(snapshot: WorkbookSnapshot): WorkbookState {
  if (!hasTemplateSheet(snapshot)) return { hasTemplate: false, hasFigures: false };
  let hasFigures = false;
  try {
    forEachAmountCell(buildWorkbookModel(snapshot), (c) => {
      if (hasFigures || c.raw.f !== undefined) return;
      if (c.raw.t === 'z' || (c.raw.t === 's' && String(c.raw.v).trim() === '')) return;
      hasFigures = true;
    });
  } catch {
    hasFigures = true; // unreadable: let the checks speak rather than claim "empty"
  }
  return { hasTemplate: true, hasFigures };
}
