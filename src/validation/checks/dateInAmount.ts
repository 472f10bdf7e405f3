import type { Check } from '../checkContext';
import type { Finding } from '../../model/finding';
import { dateShownFinding, dateTextFinding } from '../amountSlipFindings';
import { unusualAmountCells, cellTag } from '../amountCells';
import { looksLikeDateText } from '../dateCells';

/**
 * DATE_IN_AMOUNT: a date where an amount or indicator value belongs. A date cell is a
 * number to Excel (15/05/2024 is 45427) and goes into every total above it; a date typed
 * as text is skipped by them. Either way the figure meant is not there.
 */
export const checkDateInAmount: Check = (model) => {
  const out: Finding[] = [];
  for (const c of unusualAmountCells(model)) {
    const tag = cellTag(c);
    const base = { sheet: c.sheet, row: c.row, col: c.col, lineCode: c.lineCode, sourceKey: c.sourceKey };
    if (c.n.state === 'number' && c.n.date) out.push(dateShownFinding(base, c.n.value, tag));
    else if (c.n.state === 'text' && looksLikeDateText(c.n.text)) out.push(dateTextFinding(base, c.n.text, tag));
  }
  return out;
};
