import type { Check } from '../checkContext';
import type { Finding } from '../../model/finding';
import { outOfRangeFinding } from '../amountSlipFindings';
import { unusualAmountCells, cellTag } from '../amountCells';

/**
 * VALUE_OUT_OF_RANGE: a figure no plan can hold (non-finite, or above 10^15 in any unit).
 * Such a cell is left out of every sum the checks make, so one absurd figure does not turn
 * every total above it into a finding with an absurd number.
 */
export const checkOutOfRange: Check = (model) => {
  const out: Finding[] = [];
  const cells = unusualAmountCells(model).filter((c) => c.n.state === 'error' && c.n.outOfRange);
  // Totals over a typed absurd figure are absurd too, on its sheet and on those whose formulas
  // take it (Giải ngân's year plan): the typed cell is the one to fix.
  const typed = cells.some((c) => !c.raw.f);
  for (const c of cells) {
    if (c.raw.f && typed) continue;
    const at = { sheet: c.sheet, row: c.row, col: c.col, lineCode: c.lineCode, sourceKey: c.sourceKey };
    out.push(outOfRangeFinding(at, c.raw.v, cellTag(c)));
  }
  return out;
};
