import { SOURCE_KEYS } from '../../domain/sources';
import type { Check } from '../checkContext';
import type { Finding } from '../../model/finding';
import { cellAt } from '../../model/snapshot';
import { makeFinding } from '../findingFactory';
import { readCellNumber } from '../cellNumber';
import { amountEn, amountVn } from '../format';
import { sourceShort } from '../describe';

/**
 * NOT_IN_ANY_TOTAL: a row holding money that maps to no catalog line (inserted without a
 * code, or with an unknown one). Nothing adds it up, so it silently falls out of the plan
 * and the appendices. One finding per row, at its first non-zero amount.
 */
export const checkNotInAnyTotal: Check = (model, ctx) => {
  const out: Finding[] = [];
  for (const sheet of [model.allocation, model.plan]) {
    if (!sheet) continue;
    for (const row of sheet.strayRows) {
      for (const key of SOURCE_KEYS) {
        const col = sheet.colOf(key);
        if (col < 0) continue;
        const n = readCellNumber(cellAt(sheet.sheet, row, col));
        if (n.state !== 'number' || n.value === 0) continue;
        const src = sourceShort(key);
        out.push(
          makeFinding('NOT_IN_ANY_TOTAL', {
            sheet: sheet.name,
            row,
            col,
            sourceKey: key,
            actual: n.value,
            message: `Dòng này có số tiền nhưng không thuộc dòng nào của danh mục nên không được cộng vào tổng nào — ${src.vi}: ${amountVn(n.value, ctx.unit)}. Gắn dòng vào một dự án/nội dung (mã) hoặc xóa số.`,
            messageEn: `This row holds money but belongs to no catalog line, so it is in no total — ${src.en}: ${amountEn(n.value, ctx.unit)}. Attach it to a project/content (code) or remove the figure.`,
          }),
        );
        break;
      }
    }
  }
  return out;
};
