import type { Check } from '../checkContext';
import type { Finding } from '../../model/finding';
import { makeFinding } from '../findingFactory';
import { clip, formatEn, formatVn } from '../format';
import { unusualAmountCells, cellTag } from '../amountCells';
import { dateOfSerial, looksLikeDateText } from '../dateCells';

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
    if (c.n.state === 'number' && c.n.date) {
      const shown = dateOfSerial(c.n.value);
      const [vi, en] = shown ? [`ngày ${shown}`, `the date ${shown}`] : ['định dạng ngày', 'a date format'];
      out.push(
        makeFinding('DATE_IN_AMOUNT', {
          ...base,
          actual: c.n.value,
          message: `Ô hiển thị ${vi}: Excel lưu là số ${formatVn(c.n.value, 6)} và cộng vào các ô tổng; nhập lại số liệu và đặt định dạng số — ${tag.vi}.`,
          messageEn: `The cell shows ${en}: Excel stores ${formatEn(c.n.value, 6)} and adds it to the totals; retype the figure with a number format — ${tag.en}.`,
        }),
      );
    } else if (c.n.state === 'text' && looksLikeDateText(c.n.text)) {
      out.push(
        makeFinding('DATE_IN_AMOUNT', {
          ...base,
          message: `Ô chứa ngày "${clip(c.n.text)}" dạng văn bản thay vì số liệu; Excel không cộng ô này — ${tag.vi}.`,
          messageEn: `The cell holds the date "${clip(c.n.text)}" as text instead of a figure; Excel skips it — ${tag.en}.`,
        }),
      );
    }
  }
  return out;
};
