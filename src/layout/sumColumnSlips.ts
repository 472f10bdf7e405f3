import type { CellNumber } from '../validation/cellNumber';
import type { Finding } from '../model/finding';
import { makeFinding } from '../validation/findingFactory';
import { clip, formatEn, formatVn } from '../validation/format';
import { dateOfSerial, looksLikeDateText } from '../validation/dateCells';
import { lineShort } from '../validation/describe';

/**
 * A cell of her own sum column that has no source key (a "Ngân sách trung ương › Tổng" across
 * capital types) holding no figure: text, a date, a negative or absurd figure. The workbook
 * checks read only source columns, so without this such a cell went unreported (text) or came
 * out as a sum mismatch (a date: its serial number against the parts). `null`: a figure, or
 * blank, or an error value (FORMULA_ERROR reads every cell).
 */
export function sumColumnSlip(
  n: CellNumber,
  at: { sheet: string; row: number; col: number; lineCode: string; header: string },
): Finding | null {
  const line = lineShort(at.lineCode);
  const tag = { vi: `${line.vi} · cột tổng "${clip(at.header)}"`, en: `${line.en} · sum column "${clip(at.header)}"` };
  const base = { sheet: at.sheet, row: at.row, col: at.col, lineCode: at.lineCode };
  if (n.state === 'text') {
    const text = n.text.trim();
    if (looksLikeDateText(text)) {
      return makeFinding('DATE_IN_AMOUNT', {
        ...base,
        message: `Ô chứa ngày "${clip(text)}" dạng văn bản thay vì số liệu; Excel không cộng ô này — ${tag.vi}.`,
        messageEn: `The cell holds the date "${clip(text)}" as text instead of a figure; Excel skips it — ${tag.en}.`,
      });
    }
    return makeFinding('NOT_A_NUMBER', {
      ...base,
      message: `"${clip(text)}" không phải số; Excel không cộng ô này — ${tag.vi}.`,
      messageEn: `"${clip(text)}" is not a number; Excel skips it — ${tag.en}.`,
    });
  }
  if (n.state === 'error' && n.outOfRange) {
    return makeFinding('VALUE_OUT_OF_RANGE', {
      ...base,
      message: `Số "${clip(n.text)}" ngoài phạm vi (lớn hơn 10^15 hoặc không hữu hạn): không thể là số kế hoạch — ${tag.vi}.`,
      messageEn: `"${clip(n.text)}" is out of range (above 10^15 or not finite): no plan figure — ${tag.en}.`,
    });
  }
  if (n.state !== 'number') return null;
  if (n.date) {
    const shown = dateOfSerial(n.value);
    const [vi, en] = shown ? [`ngày ${shown}`, `the date ${shown}`] : ['định dạng ngày', 'a date format'];
    return makeFinding('DATE_IN_AMOUNT', {
      ...base,
      actual: n.value,
      message: `Ô hiển thị ${vi}: Excel lưu là số ${formatVn(n.value, 6)}; nhập lại số liệu và đặt định dạng số — ${tag.vi}.`,
      messageEn: `The cell shows ${en}: Excel stores ${formatEn(n.value, 6)}; retype the figure with a number format — ${tag.en}.`,
    });
  }
  if (n.value < 0) {
    return makeFinding('NEGATIVE_AMOUNT', {
      ...base,
      actual: n.value,
      message: `Số vốn không được âm — ${tag.vi}: ${formatVn(n.value)}.`,
      messageEn: `Amounts cannot be negative — ${tag.en}: ${formatEn(n.value)}.`,
    });
  }
  return null;
}
