import type { Check } from '../checkContext';
import type { Finding } from '../finding';
import { makeFinding } from '../findingFactory';
import { moneyEn, moneyVn } from '../format';
import { unusualAmountCells } from '../amountCells';
import { a1 } from '../../templates/sheetPlan';

/**
 * NEGATIVE_AMOUNT: a typed planned or allocated amount below zero. Formula cells that go
 * negative only because a typed part does are not flagged again: one slip, one finding.
 */
export const checkNegativeAmount: Check = (model, ctx) => {
  const out: Finding[] = [];
  for (const c of unusualAmountCells(model)) {
    if (c.kind !== 'money' || c.raw.f || c.n.state !== 'number' || c.n.value >= 0) continue;
    out.push(makeFinding('NEGATIVE_AMOUNT', {
      sheet: c.sheet, row: c.row, col: c.col, lineCode: c.lineCode, sourceKey: c.sourceKey, actual: c.n.value,
      message: `${c.sheet}!${a1(c.row, c.col)} (${c.lineCode}, ${c.sourceKey}) = ${moneyVn(c.n.value, ctx.unit)}: số vốn không được âm.`,
      messageEn: `${c.sheet}!${a1(c.row, c.col)} (${c.lineCode}, ${c.sourceKey}) = ${moneyEn(c.n.value, ctx.unit)}: amounts cannot be negative.`,
    }));
  }
  return out;
};
