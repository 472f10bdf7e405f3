import type { Check } from '../checkContext';
import type { Finding } from '../../model/finding';
import { makeFinding } from '../findingFactory';
import { clip } from '../format';
import { unusualAmountCells, cellTag } from '../amountCells';

/**
 * VALUE_OUT_OF_RANGE: a figure no plan can hold (non-finite, or above 10^15 in any unit).
 * Such a cell is left out of every sum the checks make, so one absurd figure does not turn
 * every total above it into a finding with an absurd number.
 */
export const checkOutOfRange: Check = (model) => {
  const out: Finding[] = [];
  const cells = unusualAmountCells(model).filter((c) => c.n.state === 'error' && c.n.outOfRange);
  // Totals over a typed absurd figure are absurd too, on its sheet and on those whose formulas
  // take it (Giải ngân's year plan): the typed cell is the one to fix.
  const typed = cells.some((c) => !c.raw.f);
  for (const c of cells) {
    if (c.raw.f && typed) continue;
    const shown = clip(shortNumber(c.raw.v));
    const tag = cellTag(c);
    out.push(
      makeFinding('VALUE_OUT_OF_RANGE', {
        sheet: c.sheet,
        row: c.row,
        col: c.col,
        lineCode: c.lineCode,
        sourceKey: c.sourceKey,
        message: `Số "${shown}" ngoài phạm vi (lớn hơn 10^15 hoặc không hữu hạn): không thể là số kế hoạch, không tính vào tổng khi kiểm tra — ${tag.vi}.`,
        messageEn: `"${shown}" is out of range (above 10^15 or not finite): no plan figure; left out of the totals checked — ${tag.en}.`,
      }),
    );
  }
  return out;
};

/** 1e+308 rather than 309 digits; typed text as typed. */
function shortNumber(v: unknown): string {
  if (typeof v === 'number') return Number.isFinite(v) ? v.toExponential(3).replace(/\.?0+e/, 'e') : String(v);
  return String(v);
}
