import type { Check } from '../checkContext';
import type { Finding } from '../../model/finding';
import { makeFinding } from '../findingFactory';
import { clip, formatEn, formatVn, moneyEn, moneyVn } from '../format';
import { unusualAmountCells, cellTag } from '../amountCells';

/**
 * NUMBER_AS_TEXT: a number typed as text. Excel's SUM skips it, and so do the tool's own
 * totals; on a money sheet the finding says how much every total above the cell is missing.
 */
export const checkNumberAsText: Check = (model, ctx) => {
  const out: Finding[] = [];
  for (const c of unusualAmountCells(model)) {
    if (c.n.state !== 'number' || !c.n.asText) continue;
    const tag = cellTag(c);
    const text = clip(String(c.raw.v));
    const [missing, missingEn] =
      c.kind === 'money' && c.n.value !== 0
        ? [
            `, các ô tổng phía trên thiếu ${moneyVn(c.n.value, ctx.unit)}`,
            `, so every total above it is missing ${moneyEn(c.n.value, ctx.unit)}`,
          ]
        : ['', ''];
    out.push(
      makeFinding('NUMBER_AS_TEXT', {
        sheet: c.sheet,
        row: c.row,
        col: c.col,
        lineCode: c.lineCode,
        sourceKey: c.sourceKey,
        actual: c.n.value,
        message: `Số lưu dạng văn bản "${text}": Excel không cộng ô này${missing}; nhập lại dạng số ${formatVn(c.n.value, 6)} — ${tag.vi}.`,
        messageEn: `Number stored as text "${text}": Excel formulas skip it${missingEn}; retype it as the number ${formatEn(c.n.value, 6)} — ${tag.en}.`,
      }),
    );
  }
  return out;
};
