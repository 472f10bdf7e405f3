import { SheetExistsError } from '../host/types';
import { dateOfSerial, isDateFormat } from '../validation/dateCells';
import { formatEn, formatVn } from '../validation/format';
import type { Lang, Translate } from './i18n';

/**
 * A number as the reader writes it: Vietnamese 1.238.075,5 or English 1,238,075.5, up to
 * 3 decimals (triệu đồng). The same formatter as the finding messages (no browser ICU).
 */
export function formatNumber(value: number, lang: Lang = 'vi'): string {
  if (!Number.isFinite(value)) return String(value);
  return lang === 'vi' ? formatVn(value, 3) : formatEn(value, 3);
}

/**
 * A cell's number as its number format shows it in Excel: a date (dd/mm/yyyy), a percentage,
 * grouped figures ('#,##0.000'), or plain for 'General' (a year stays 2024, not 2.024).
 */
export function formatCellNumber(value: number, numberFormat: string | undefined, lang: Lang = 'vi'): string {
  if (!Number.isFinite(value)) return String(value);
  const date = isDateFormat(numberFormat) ? dateOfSerial(value) : '';
  if (date) return date;
  // Quoted text and [colour]/[locale] sections say nothing about the kind of number.
  const fmt = (numberFormat ?? '').replace(/"[^"]*"/g, '').replace(/\[[^\]]*]/g, '');
  if (fmt.includes('%')) {
    const decimals = /\.(0+)/.exec(fmt)?.[1].length ?? 0;
    return `${lang === 'vi' ? formatVn(value * 100, decimals) : formatEn(value * 100, decimals)}%`;
  }
  if (/#,#|0,0/.test(fmt)) return formatNumber(value, lang);
  const plain = String(Number(value.toPrecision(11)));
  return lang === 'vi' ? plain.replace('.', ',') : plain;
}

/** A plain-words message for anything thrown (never a stack trace). */
export function describeError(error: unknown, t: Translate): string {
  const exists = asSheetExistsError(error);
  if (exists) return t('errorSheetsExist', { names: exists.names.join('”, “') });
  const message = error instanceof Error ? error.message : typeof error === 'string' ? error : '';
  const firstLine = message.split('\n')[0].trim();
  if (!firstLine) return t('errorUnknown');
  return t('errorGeneric', { detail: firstLine.length > 240 ? `${firstLine.slice(0, 240)}…` : firstLine });
}

/** SheetExistsError, also when it crossed a bundle boundary and lost its prototype. */
export function asSheetExistsError(error: unknown): SheetExistsError | null {
  if (error instanceof SheetExistsError) return error;
  if (
    error &&
    typeof error === 'object' &&
    (error as { name?: unknown }).name === 'SheetExistsError' &&
    Array.isArray((error as { names?: unknown }).names)
  ) {
    return new SheetExistsError((error as { names: string[] }).names);
  }
  return null;
}
