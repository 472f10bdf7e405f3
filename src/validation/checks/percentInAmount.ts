import type { Check } from '../checkContext';
import type { Finding } from '../../model/finding';
import { percentShownFinding } from '../amountSlipFindings';
import { unusualAmountCells, cellTag } from '../amountCells';

/**
 * PERCENT_IN_AMOUNT: money under a percent format (a format copied from a rate column, or the
 * cell formatted % before she typed). It shows 300 % where Excel holds and sums 3: her totals
 * by formula count 3, typed totals 300. A figure of 0 shows 0 % and sums 0: nothing to say.
 * A negative figure is NEGATIVE_AMOUNT's. Indicator values may be percentages: never here.
 */
export const checkPercentInAmount: Check = (model) => {
  const out: Finding[] = [];
  for (const c of unusualAmountCells(model)) {
    const n = c.n;
    if (c.kind !== 'money' || n.state !== 'number' || !n.percent || n.value <= 0) continue;
    const stored = typeof c.raw.v === 'number' ? c.raw.v : n.value / 100;
    const at = { sheet: c.sheet, row: c.row, col: c.col, lineCode: c.lineCode, sourceKey: c.sourceKey };
    out.push(percentShownFinding(at, n.value, stored, n.formula, cellTag(c)));
  }
  return out;
};
