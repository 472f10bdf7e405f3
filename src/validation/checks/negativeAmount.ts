import type { Check } from '../checkContext';
import type { Finding } from '../../model/finding';
import { negativeAmountFinding } from '../amountSlipFindings';
import { cellTag, unusualAmountCells } from '../amountCells';

/**
 * NEGATIVE_AMOUNT: a typed planned or allocated amount below zero. Formula cells that go
 * negative only because a typed part does are not flagged again: one slip, one finding.
 */
export const checkNegativeAmount: Check = (model, ctx) => {
  const out: Finding[] = [];
  for (const c of unusualAmountCells(model)) {
    if (c.kind !== 'money' || c.n.state !== 'number' || c.n.value >= 0 || c.raw.f) continue;
    const at = { sheet: c.sheet, row: c.row, col: c.col, lineCode: c.lineCode, sourceKey: c.sourceKey };
    out.push(negativeAmountFinding(at, c.n.value, ctx.unit, cellTag(c)));
  }
  return out;
};
