import type { Check } from '../checkContext';
import type { Finding } from '../../model/finding';
import { numberAsTextFinding } from '../amountSlipFindings';
import { moneyEn, moneyVn } from '../format';
import { unusualAmountCells, cellTag } from '../amountCells';

/**
 * NUMBER_AS_TEXT: a number typed as text. Excel's SUM skips it, and so do the tool's own
 * totals; on a money sheet the finding says how much every total above the cell is missing.
 */
export const checkNumberAsText: Check = (model, ctx) => {
  const out: Finding[] = [];
  for (const c of unusualAmountCells(model)) {
    if (c.n.state !== 'number' || !c.n.asText) continue;
    const missing =
      c.kind === 'money' && c.n.value !== 0
        ? {
            vi: `các ô tổng phía trên thiếu ${moneyVn(c.n.value, ctx.unit)}`,
            en: `so every total above it is missing ${moneyEn(c.n.value, ctx.unit)}`,
          }
        : null;
    const at = { sheet: c.sheet, row: c.row, col: c.col, lineCode: c.lineCode, sourceKey: c.sourceKey };
    out.push(numberAsTextFinding(at, String(c.raw.v), c.n.value, missing, cellTag(c)));
  }
  return out;
};
