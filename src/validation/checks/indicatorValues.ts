import { catalog } from '../../domain/catalog';
import type { Check } from '../checkContext';
import type { Finding } from '../../model/finding';
import { makeFinding } from '../findingFactory';
import { formatEn, formatVn } from '../format';
import { forEachAmountCell } from '../amountCells';

/** INDICATOR_VALUE_INVALID: percentages outside 0–100, counts not whole or negative, negative decimals. */
export const checkIndicatorValues: Check = (model) => {
  const out: Finding[] = [];
  forEachAmountCell(
    model,
    (c) => {
      // A date is DATE_IN_AMOUNT's: its serial number (45.427) is no percentage she typed.
      if (c.kind !== 'indicator' || c.n.state !== 'number' || c.n.date) return;
      const indicator = catalog.indicatorByCode.get(c.lineCode);
      if (!indicator) return;
      const v = c.n.value;
      let problem: [string, string] | null = null;
      if (indicator.kind === 'percent' && (v < 0 || v > 100))
        problem = ['Tỷ lệ phải trong khoảng 0–100 %', 'A percentage must be within 0–100'];
      else if (indicator.kind === 'count' && (v < 0 || !Number.isInteger(v)))
        problem = [
          `Số lượng (${indicator.unit}) phải là số nguyên không âm`,
          `A count (${indicator.unit}) must be a whole number ≥ 0`,
        ];
      else if (indicator.kind === 'decimal' && v < 0)
        problem = ['Giá trị không được âm', 'The value cannot be negative'];
      if (!problem) return;
      out.push(
        makeFinding('INDICATOR_VALUE_INVALID', {
          sheet: c.sheet,
          row: c.row,
          col: c.col,
          lineCode: c.lineCode,
          actual: v,
          message: `${problem[0]}, đang là ${formatVn(v, 6)} — ${c.lineCode} ${indicator.name}.`,
          messageEn: `${problem[1]}, found ${formatEn(v, 6)} — ${c.lineCode} ${indicator.nameEn}.`,
        }),
      );
    },
    'indicator',
  );
  return out;
};
