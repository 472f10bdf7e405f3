import type { Check } from '../checkContext';
import type { Finding } from '../finding';
import { makeFinding } from '../findingFactory';
import { a1 } from '../../templates/sheetPlan';

const ERROR_VALUES = new Set(['#REF!', '#VALUE!', '#DIV/0!', '#N/A', '#NAME?', '#NUM!', '#NULL!']);

/** FORMULA_ERROR: an error value in any read cell of the template sheets. */
export const checkFormulaError: Check = (model) => {
  const out: Finding[] = [];
  for (const sheet of [model.settings, model.allocation, model.plan, model.indicators]) {
    if (!sheet) continue;
    sheet.sheet.rows.forEach((cells, row) => {
      (cells ?? []).forEach((cell, col) => {
        if (!cell || cell.t !== 'e') return;
        const value = String(cell.v);
        const known = ERROR_VALUES.has(value.toUpperCase());
        out.push(makeFinding('FORMULA_ERROR', {
          sheet: sheet.name, row, col,
          message: `${sheet.name}!${a1(row, col)} hiển thị lỗi ${value}${cell.f ? ` (công thức ${cell.f})` : ''}${known && value === '#REF!' ? ': công thức tham chiếu tới ô đã bị xóa' : ''}.`,
          messageEn: `${sheet.name}!${a1(row, col)} shows the error ${value}${cell.f ? ` (formula ${cell.f})` : ''}${known && value === '#REF!' ? ': the formula refers to deleted cells' : ''}.`,
        }));
      });
    });
  }
  return out;
};
