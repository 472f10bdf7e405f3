import type { Check } from '../checkContext';
import type { Finding } from '../../model/finding';
import { makeFinding } from '../findingFactory';
import { clip, formatEn, formatVn } from '../format';
import { cellTag, unusualAmountCells } from '../amountCells';

/** NUMBER_AS_TEXT: a number typed as text; other checks use its parsed value, Excel's SUM skips it. */
export const checkNumberAsText: Check = (model) => {
  const out: Finding[] = [];
  for (const c of unusualAmountCells(model)) {
    if (c.n.state !== 'number' || !c.n.asText) continue;
    out.push(
      makeFinding('NUMBER_AS_TEXT', {
        sheet: c.sheet,
        row: c.row,
        col: c.col,
        lineCode: c.lineCode,
        sourceKey: c.sourceKey,
        actual: c.n.value,
        message: `Số lưu dạng văn bản "${clip(String(c.raw.v))}": Excel không cộng ô này, nên nhập lại dạng số ${formatVn(c.n.value, 6)} — ${cellTag(c).vi}.`,
        messageEn: `Number stored as text "${clip(String(c.raw.v))}": Excel formulas skip it; retype it as the number ${formatEn(c.n.value, 6)} — ${cellTag(c).en}.`,
      }),
    );
  }
  return out;
};
