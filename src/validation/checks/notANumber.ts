import { END_OF_PHASE_TEXT } from '../../domain/indicators';
import type { Check } from '../checkContext';
import type { Finding } from '../../model/finding';
import { notANumberFinding } from '../amountSlipFindings';
import { unusualAmountCells, cellTag } from '../amountCells';
import { looksLikeDateText } from '../dateCells';
import { splitNumberWithUnit } from './numberWithUnit';

/**
 * NOT_A_NUMBER: text that is not a number in an amount or indicator value ("chưa có").
 * "Đánh giá cuối giai đoạn" is a legal indicator value; a number with its unit ("04 hộ")
 * is NUMBER_WITH_UNIT and a date typed as text DATE_IN_AMOUNT, each with its own advice.
 */
export const checkNotANumber: Check = (model) => {
  const out: Finding[] = [];
  for (const c of unusualAmountCells(model)) {
    if (c.n.state !== 'text') continue;
    const text = c.n.text.trim();
    if (c.kind === 'indicator' && text.toLowerCase() === END_OF_PHASE_TEXT.toLowerCase()) continue;
    if (splitNumberWithUnit(text) || looksLikeDateText(text)) continue;
    const at = { sheet: c.sheet, row: c.row, col: c.col, lineCode: c.lineCode, sourceKey: c.sourceKey };
    out.push(notANumberFinding(at, text, cellTag(c)));
  }
  return out;
};
