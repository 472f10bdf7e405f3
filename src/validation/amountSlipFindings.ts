import type { SourceKey } from '../domain/sources';
import type { MoneyUnit } from '../domain/units';
import type { Finding } from '../model/finding';
import { makeFinding } from './findingFactory';
import { amountEn, amountVn, clip, formatEn, formatVn } from './format';
import { dateOfSerial } from './dateCells';

/**
 * The findings of a cell holding no figure of hers — text, a date, an absurd or negative figure —
 * worded once: the workbook's amount checks (checks/notANumber.ts …) and her own sum columns
 * (layout/sumColumnSlips.ts) say the same thing of the same slip. `tag` names the cell's line and column.
 */

export interface SlipAt {
  sheet: string;
  row: number;
  col: number;
  lineCode?: string;
  sourceKey?: SourceKey;
}
type Tag = { vi: string; en: string };

export function notANumberFinding(at: SlipAt, text: string, tag: Tag): Finding {
  return makeFinding('NOT_A_NUMBER', {
    ...at,
    message: `"${clip(text)}" không phải số; Excel không cộng ô này — ${tag.vi}.`,
    messageEn: `"${clip(text)}" is not a number; Excel skips it — ${tag.en}.`,
  });
}

/**
 * A number typed as text: Excel's SUM skips it. `missing`: on money, what every total above it
 * lacks (none for a figure nothing sums, or one of 0).
 */
export function numberAsTextFinding(at: SlipAt, text: string, value: number, missing: Tag | null, tag: Tag): Finding {
  const [vi, en] = missing ? [`, ${missing.vi}`, `, ${missing.en}`] : ['', ''];
  return makeFinding('NUMBER_AS_TEXT', {
    ...at,
    actual: value,
    message: `Số lưu dạng văn bản "${clip(text)}": Excel không cộng ô này${vi}; nhập lại dạng số ${formatVn(value, 6)} — ${tag.vi}.`,
    messageEn: `Number stored as text "${clip(text)}": Excel formulas skip it${en}; retype it as the number ${formatEn(value, 6)} — ${tag.en}.`,
  });
}

/** A date cell: Excel holds (and sums) its serial number. */
export function dateShownFinding(at: SlipAt, serial: number, tag: Tag): Finding {
  const shown = dateOfSerial(serial);
  const [vi, en] = shown ? [`ngày ${shown}`, `the date ${shown}`] : ['định dạng ngày', 'a date format'];
  return makeFinding('DATE_IN_AMOUNT', {
    ...at,
    actual: serial,
    message: `Ô hiển thị ${vi}: Excel lưu là số ${formatVn(serial, 6)} và cộng vào các ô tổng; nhập lại số liệu và đặt định dạng số — ${tag.vi}.`,
    messageEn: `The cell shows ${en}: Excel stores ${formatEn(serial, 6)} and adds it to the totals; retype the figure with a number format — ${tag.en}.`,
  });
}

/**
 * Money under a percent format: it shows `shown` % and Excel sums `shown` / 100 (typing 300
 * into a % cell stores 3). A formula's result needs only the format set right.
 */
export function percentShownFinding(at: SlipAt, shown: number, stored: number, formula: boolean, tag: Tag): Finding {
  const [fixVn, fixEn] = formula
    ? ['đặt định dạng số cho ô', 'give the cell a number format']
    : ['đặt định dạng số rồi nhập lại số liệu', 'give the cell a number format and retype the figure'];
  return makeFinding('PERCENT_IN_AMOUNT', {
    ...at,
    actual: shown,
    message: `Ô số tiền có định dạng phần trăm: hiển thị ${formatVn(shown, 6)} % nhưng Excel lưu và cộng ${formatVn(stored, 8)} vào các ô tổng; ${fixVn} — ${tag.vi}.`,
    messageEn: `An amount cell with a percent format: it shows ${formatEn(shown, 6)} % but Excel stores ${formatEn(stored, 8)} and adds that to the totals; ${fixEn} — ${tag.en}.`,
  });
}

/** A date typed as text: Excel skips it. */
export function dateTextFinding(at: SlipAt, text: string, tag: Tag): Finding {
  return makeFinding('DATE_IN_AMOUNT', {
    ...at,
    message: `Ô chứa ngày "${clip(text)}" dạng văn bản thay vì số liệu; Excel không cộng ô này — ${tag.vi}.`,
    messageEn: `The cell holds the date "${clip(text)}" as text instead of a figure; Excel skips it — ${tag.en}.`,
  });
}

/** `value`: the cell's value as read (a number shown short, typed text as typed). */
export function outOfRangeFinding(at: SlipAt, value: unknown, tag: Tag): Finding {
  const shown = clip(shortNumber(value));
  return makeFinding('VALUE_OUT_OF_RANGE', {
    ...at,
    message: `Số "${shown}" ngoài phạm vi (lớn hơn 10^15 hoặc không hữu hạn): không thể là số kế hoạch, không tính vào tổng khi kiểm tra — ${tag.vi}.`,
    messageEn: `"${shown}" is out of range (above 10^15 or not finite): no plan figure; left out of the totals checked — ${tag.en}.`,
  });
}

export function negativeAmountFinding(at: SlipAt, value: number, unit: MoneyUnit, tag: Tag): Finding {
  return makeFinding('NEGATIVE_AMOUNT', {
    ...at,
    actual: value,
    message: `Số vốn không được âm — ${tag.vi}: ${amountVn(value, unit)}.`,
    messageEn: `Amounts cannot be negative — ${tag.en}: ${amountEn(value, unit)}.`,
  });
}

/** 1e+308 rather than 309 digits; typed text as typed. */
function shortNumber(v: unknown): string {
  if (typeof v === 'number') return Number.isFinite(v) ? v.toExponential(3).replace(/\.?0+e/, 'e') : String(v);
  return String(v);
}
