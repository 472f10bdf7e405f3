import type { HyperFormula as HyperFormulaEngine, RawCellContent } from 'hyperformula';
import type { SheetSnapshot } from '../../model/snapshot';

import { pendingCell, pendingCol, pendingRow, pendingSheet, type PendingFormula } from './pendingFormula';

export type { PendingFormula } from './pendingFormula';

/**
 * Computes formula results a file did not cache, with HyperFormula built only from the
 * sheets read (cross-sheet references like 'Kế hoạch vốn'!E5 work between them).
 * Fills the pending cells of `sheets` in place.
 */
export function evaluateMissingResults(sheets: SheetSnapshot[], pending: PendingFormula[]): void {
  const data: Record<string, RawCellContent[][]> = {};
  const asked = new Set(pending.map((p) => pendingCell(sheets, p)));
  for (const sheet of sheets) {
    // A cached error stays that error (HyperFormula parses '=#REF!').
    // Text gets a leading apostrophe, or HyperFormula would read "7" as a number and "=x" as a formula.
    // Only the cells asked for go in as formulas; a formula whose result is known (cached, or
    // computed by the fast paths) goes in as that result, so HyperFormula does not build a whole
    // sheet of whole-column SUMIFs again (minutes at 12,000 lines).
    data[sheet.name] = sheet.rows.map((row) =>
      row.map((c) => (asked.has(c) ? c.f : c.t === 'e' ? `=${String(c.v)}` : c.t === 's' ? `'${String(c.v)}` : c.v)),
    );
  }
  // Loaded on first need: most files are either cached by Excel or use only the template's sums.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { HyperFormula } = require('hyperformula') as typeof import('hyperformula');
  let hf: HyperFormulaEngine;
  try {
    hf = HyperFormula.buildFromSheets(data, { licenseKey: 'gpl-v3', useArrayArithmetic: true });
  } catch {
    for (const p of pending) Object.assign(pendingCell(sheets, p), { v: '#VALUE!', t: 'e' });
    return;
  }
  try {
    for (const p of pending) {
      const sheetId = hf.getSheetId(sheets[pendingSheet(p)].name);
      const cell = pendingCell(sheets, p);
      const value =
        sheetId === undefined ? null : hf.getCellValue({ sheet: sheetId, row: pendingRow(p), col: pendingCol(p) });
      if (value === null || value === undefined) Object.assign(cell, { v: 0, t: 'n' });
      else if (typeof value === 'number') Object.assign(cell, { v: value, t: 'n' });
      else if (typeof value === 'string')
        Object.assign(cell, value === '' ? { v: null, t: 'z' } : { v: value, t: 's' });
      else if (typeof value === 'boolean') Object.assign(cell, { v: value, t: 'b' });
      else Object.assign(cell, { v: (value as { value: string }).value ?? '#VALUE!', t: 'e' });
    }
  } finally {
    hf.destroy();
  }
}
