import type { CellNumber } from '../validation/cellNumber';
import type { MoneyUnit } from '../domain/units';
import type { Finding } from '../model/finding';
import { clip } from '../validation/format';
import { looksLikeDateText } from '../validation/dateCells';
import { lineShort } from '../validation/describe';
import {
  dateShownFinding,
  dateTextFinding,
  negativeAmountFinding,
  notANumberFinding,
  numberAsTextFinding,
  outOfRangeFinding,
  percentShownFinding,
} from '../validation/amountSlipFindings';
import { moneyWithUnitFinding } from '../validation/checks/numberWithUnit';

/**
 * A cell of her own sum column that has no source key (a "Ngân sách trung ương › Tổng" across
 * capital types) holding no figure: text, a date, a negative or absurd figure, or a figure Excel
 * does not sum as shown (a number typed as text, money under a % format). The workbook
 * checks read only source columns, so without this such a cell went unreported (text) or came
 * out as a sum mismatch (a date: its serial number against the parts). Worded as those checks
 * word it (amountSlipFindings.ts). `null`: a figure, or blank, or an error value (FORMULA_ERROR
 * reads every cell). `value`: the cell's value as read.
 */
export function sumColumnSlip(
  n: CellNumber,
  value: unknown,
  at: { sheet: string; row: number; col: number; lineCode: string; header: string },
  unit: MoneyUnit,
  /** Her sum column, or her column of figures disbursed or carried over (ownDisbursement.ts). */
  column: 'sum' | 'disbursed' | 'carried' = 'sum',
): Finding | null {
  const line = lineShort(at.lineCode);
  const [vi, en] = {
    sum: ['cột tổng', 'sum column'],
    disbursed: ['cột giải ngân', 'disbursed column'],
    carried: ['cột vốn kéo dài', 'carried-over column'],
  }[column];
  const tag = { vi: `${line.vi} · ${vi} "${clip(at.header)}"`, en: `${line.en} · ${en} "${clip(at.header)}"` };
  const cell = { sheet: at.sheet, row: at.row, col: at.col, lineCode: at.lineCode };
  if (n.state === 'text') {
    const text = n.text.trim();
    if (looksLikeDateText(text)) return dateTextFinding(cell, text, tag);
    return moneyWithUnitFinding(cell, text, unit, tag) ?? notANumberFinding(cell, text, tag);
  }
  if (n.state === 'error') return n.outOfRange ? outOfRangeFinding(cell, value, tag) : null;
  if (n.state !== 'number') return null;
  if (n.date) return dateShownFinding(cell, n.value, tag);
  // Her own sums add the figure as shown; Excel's SUM over the column skips text and counts a hundredth of a %.
  if (n.asText) return numberAsTextFinding(cell, String(value), n.value, null, tag);
  if (n.percent && n.value > 0) return percentShownFinding(cell, n.value, n.value / 100, n.formula, tag);
  return n.value < 0 ? negativeAmountFinding(cell, n.value, unit, tag) : null;
}
