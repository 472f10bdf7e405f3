import type { Check } from '../checkContext';
import type { Finding } from '../finding';
import { makeFinding } from '../findingFactory';
import { formatEn, formatVn } from '../format';
import { unusualAmountCells } from '../amountCells';
import { a1 } from '../../templates/sheetPlan';

/** NUMBER_AS_TEXT: a number typed as text; other checks use its parsed value, Excel's SUM skips it. */
export const checkNumberAsText: Check = (model) => {
  const out: Finding[] = [];
  for (const c of unusualAmountCells(model)) {
    if (c.n.state !== 'number' || !c.n.asText) continue;
    out.push(makeFinding('NUMBER_AS_TEXT', {
      sheet: c.sheet, row: c.row, col: c.col, lineCode: c.lineCode, sourceKey: c.sourceKey, actual: c.n.value,
      message: `${c.sheet}!${a1(c.row, c.col)} (${c.lineCode}) chứa "${String(c.raw.v)}" dạng văn bản; được đọc là ${formatVn(c.n.value, 6)} nhưng công thức Excel sẽ bỏ qua ô này — nhập lại dạng số.`,
      messageEn: `${c.sheet}!${a1(c.row, c.col)} (${c.lineCode}) holds "${String(c.raw.v)}" as text; read as ${formatEn(c.n.value, 6)} but Excel formulas skip it — retype it as a number.`,
    }));
  }
  return out;
};
