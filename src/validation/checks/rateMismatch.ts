import type { Check } from '../checkContext';
import type { Finding } from '../../model/finding';
import { makeFinding } from '../findingFactory';
import { floatEpsilon } from '../judge';
import { readCellNumber } from '../cellNumber';
import { cellAt, hasFormulaAt } from '../../model/snapshot';
import { disbTag, percentEn, percentVn } from '../disbursementDescribe';
import { DISB_RATES } from '../../domain/disbursementColumns';

/**
 * RATE_MISMATCH: a rate typed over the template's formula that differs from GN/KH by more
 * than half a unit of its last shown decimal ("89,1%" typed for 89,11 % passes). A number
 * without a percent format may be a fraction (0,891) or percent points (89,1): either passes.
 */
export const checkRateMismatch: Check = (model) => {
  const sheet = model.disbursement;
  if (!sheet) return [];
  const out: Finding[] = [];
  for (const [code, row] of sheet.rowOf) {
    for (const r of DISB_RATES) {
      const col = sheet.colOf(r.rate);
      if (col < 0) continue;
      // Still the template's formula (every rate of a plan as made): nothing typed to judge.
      if (hasFormulaAt(sheet.sheet, row, col)) continue;
      const raw = cellAt(sheet.sheet, row, col);
      const typed = readCellNumber(raw);
      if (typed.state !== 'number' || typed.formula) continue;
      const den = sheet.amount(code, r.den);
      const num = sheet.amount(code, r.num);
      if (den.state !== 'number' || den.value <= 0) continue;
      const expected = ((num.state === 'number' ? num.value : 0) / den.value) * 100;
      const percentShown = raw.t === 's' ? String(raw.v).trim().endsWith('%') : /%/.test(raw.nf ?? '');
      const candidates = percentShown ? [typed.value] : [typed.value, typed.value * 100];
      const tolerance = (v: number) => (v === typed.value ? typed.halfUnit : typed.halfUnit * 100);
      if (candidates.some((v) => Math.abs(v - expected) <= tolerance(v) + floatEpsilon(v, expected))) continue;
      const shown = percentShown ? typed.value : typed.value <= 1.5 ? typed.value * 100 : typed.value;
      const tag = disbTag(code, r.rate);
      out.push(
        makeFinding('RATE_MISMATCH', {
          sheet: sheet.name,
          row,
          col,
          lineCode: code,
          expected,
          actual: shown,
          message: `Tỷ lệ ghi ${percentVn(shown, 2)} nhưng giải ngân / kế hoạch = ${percentVn(expected, 2)}; nên khôi phục công thức — ${tag.vi}.`,
          messageEn: `The rate reads ${percentEn(shown, 2)} but disbursed / plan = ${percentEn(expected, 2)}; restore the formula — ${tag.en}.`,
        }),
      );
    }
  }
  return out;
};
