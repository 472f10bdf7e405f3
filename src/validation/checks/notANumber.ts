import { END_OF_PHASE_TEXT } from '../../domain/indicators';
import type { Check } from '../checkContext';
import type { Finding } from '../../model/finding';
import { makeFinding } from '../findingFactory';
import { parseNumberText } from '../parseAmount';
import { clip, formatVn } from '../format';
import { cellTag, unusualAmountCells } from '../amountCells';

/** "04 hộ" → 4: the leading number of a count typed with its unit, to suggest a fix. */
function leadingNumber(text: string): string | null {
  const m = /^\s*([-\d.,]+)\s*\S/.exec(text);
  const parsed = m ? parseNumberText(m[1]) : null;
  return parsed ? formatVn(parsed.value, 6) : null;
}

/**
 * NOT_A_NUMBER: text that is not a number in an amount or indicator value ("04 hộ").
 * "Đánh giá cuối giai đoạn" is a legal indicator value.
 */
export const checkNotANumber: Check = (model) => {
  const out: Finding[] = [];
  for (const c of unusualAmountCells(model)) {
    if (c.n.state !== 'text') continue;
    const text = c.n.text.trim();
    if (c.kind === 'indicator' && text.toLowerCase() === END_OF_PHASE_TEXT.toLowerCase()) continue;
    const lead = leadingNumber(text);
    const tag = cellTag(c);
    out.push(
      makeFinding('NOT_A_NUMBER', {
        sheet: c.sheet,
        row: c.row,
        col: c.col,
        lineCode: c.lineCode,
        sourceKey: c.sourceKey,
        message: `"${clip(text)}" không phải số${lead ? `: nhập ${lead} và ghi đơn vị ở cột ĐVT` : ''} — ${tag.vi}.`,
        messageEn: `"${clip(text)}" is not a number${lead ? `: type ${lead} and put the unit in the unit column` : ''} — ${tag.en}.`,
      }),
    );
  }
  return out;
};
