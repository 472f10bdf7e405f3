import type { Check } from '../checkContext';
import type { Finding } from '../../model/finding';
import { makeFinding } from '../findingFactory';
import { amountEn, amountVn } from '../format';
import { cellTag, unusualAmountCells } from '../amountCells';

/**
 * NEGATIVE_AMOUNT: a typed planned or allocated amount below zero. Formula cells that go
 * negative only because a typed part does are not flagged again: one slip, one finding.
 */
export const checkNegativeAmount: Check = (model, ctx) => {
  const out: Finding[] = [];
  for (const c of unusualAmountCells(model)) {
    if (c.kind !== 'money' || c.raw.f || c.n.state !== 'number' || c.n.value >= 0) continue;
    out.push(
      makeFinding('NEGATIVE_AMOUNT', {
        sheet: c.sheet,
        row: c.row,
        col: c.col,
        lineCode: c.lineCode,
        sourceKey: c.sourceKey,
        actual: c.n.value,
        message: `Số vốn không được âm — ${cellTag(c).vi}: ${amountVn(c.n.value, ctx.unit)}.`,
        messageEn: `Amounts cannot be negative — ${cellTag(c).en}: ${amountEn(c.n.value, ctx.unit)}.`,
      }),
    );
  }
  return out;
};
