import type { Check } from '../checkContext';
import type { Finding } from '../../model/finding';
import { makeFinding } from '../findingFactory';
import { clip } from '../format';
import { parseA1 } from '../../model/a1';
import { cellFormula, cellType, cellValue, rowCount, rowLength, type SheetSnapshot } from '../../model/snapshot';
import { unusualAmountCells } from '../amountCells';

const ERROR_VALUES = new Set(['#REF!', '#VALUE!', '#DIV/0!', '#N/A', '#NAME?', '#NUM!', '#NULL!']);
const REF = /\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?/g;

interface ErrorCell {
  row: number;
  col: number;
  value: string;
  f?: string;
}

/**
 * FORMULA_ERROR: an error value in any read cell of the template sheets. One slip, one
 * finding: a formula that only shows an error because a cell it sums does (a deleted row
 * turns every total above it into #REF!) is not reported again.
 */
export const checkFormulaError: Check = (model) => {
  const out: Finding[] = [];
  // An amount cell's line and source: the judgments over it then know it holds no figure (unknownFigures.ts).
  const amountAt = new Map(
    unusualAmountCells(model)
      .filter((c) => c.n.state === 'error' && c.kind === 'money')
      .map((c) => [`${c.sheet}!${key(c.row, c.col)}`, c]),
  );
  for (const sheet of [model.settings, model.allocation, model.plan, model.indicators, model.disbursement]) {
    if (!sheet) continue;
    const errors = errorCells(sheet.sheet);
    const at = new Set(errors.map((e) => key(e.row, e.col)));
    const origins = errors.filter((e) => !inheritsError(e, errors, at));
    // Errors that only feed each other (no origin found) are all reported rather than none.
    for (const cell of origins.length ? origins : errors) {
      const { value, f } = cell;
      const deleted =
        value === '#REF!'
          ? { vi: ': công thức tham chiếu tới ô đã bị xóa', en: ': the formula refers to deleted cells' }
          : { vi: '', en: '' };
      const amount = amountAt.get(`${sheet.name}!${key(cell.row, cell.col)}`);
      out.push(
        makeFinding('FORMULA_ERROR', {
          sheet: sheet.name,
          row: cell.row,
          col: cell.col,
          ...(amount
            ? { lineCode: amount.lineCode, ...(amount.sourceKey ? { sourceKey: amount.sourceKey } : {}) }
            : {}),
          message: `Ô báo lỗi ${value}${deleted.vi}${f ? ` (${clip(f, 60)})` : ''}.`,
          messageEn: `The cell shows ${value}${deleted.en}${f ? ` (${clip(f, 60)})` : ''}.`,
        }),
      );
    }
  }
  return out;
};

function errorCells(sheet: SheetSnapshot): ErrorCell[] {
  const out: ErrorCell[] = [];
  // Plain loops: every cell of every template sheet is visited.
  const rows = rowCount(sheet);
  for (let row = 0; row < rows; row++) {
    const length = rowLength(sheet, row);
    for (let col = 0; col < length; col++) {
      if (cellType(sheet, row, col) !== 'e') continue;
      const value = cellValue(sheet, row, col);
      // #CYCLE! (a formula evaluator's mark for a loop) is CIRCULAR_REFERENCE's, once per loop.
      if (value !== '#CYCLE!') out.push({ row, col, value: String(value), f: cellFormula(sheet, row, col) });
    }
  }
  return out;
}

/**
 * The error came from another error cell this same-sheet formula refers to (and the
 * formula holds no error literal of its own, like SUM(F12,#REF!)).
 */
function inheritsError(cell: ErrorCell, errors: ErrorCell[], at: Set<number>): boolean {
  const f = cell.f?.toUpperCase();
  if (!f || f.includes('!') || [...ERROR_VALUES].some((e) => f.includes(e))) return false;
  for (const m of f.matchAll(REF)) {
    const a = parseA1(`${m[1]}${m[2]}`);
    const b = m[3] ? parseA1(`${m[3]}${m[4]}`) : a;
    const [top, bottom, left, right] = [
      Math.min(a.row, b.row),
      Math.max(a.row, b.row),
      Math.min(a.col, b.col),
      Math.max(a.col, b.col),
    ];
    const other = (row: number, col: number) => (row !== cell.row || col !== cell.col) && at.has(key(row, col));
    if ((bottom - top + 1) * (right - left + 1) <= errors.length) {
      for (let row = top; row <= bottom; row++)
        for (let col = left; col <= right; col++) if (other(row, col)) return true;
    } else if (
      errors.some((e) => e.row >= top && e.row <= bottom && e.col >= left && e.col <= right && other(e.row, e.col))
    )
      return true;
  }
  return false;
}

const key = (row: number, col: number) => row * 16_384 + col;
