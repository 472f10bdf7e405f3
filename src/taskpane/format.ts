import { SheetExistsError } from '../host/types';
import type { Lang, Translate } from './i18n';

/**
 * A number as the reader writes it: Vietnamese 1.238.075,5 or English 1,238,075.5.
 * Up to 3 decimals (triệu đồng), trailing zeros dropped. Done by hand so it does not
 * depend on the ICU data of the browser that hosts the pane.
 */
export function formatNumber(value: number, lang: Lang = 'vi'): string {
  if (!Number.isFinite(value)) return String(value);
  const [group, decimal] = lang === 'vi' ? ['.', ','] : [',', '.'];
  const rounded = Math.round(Math.abs(value) * 1000) / 1000;
  const [intPart, fracPart = ''] = rounded.toFixed(3).split('.');
  const grouped = intPart.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  const frac = fracPart.replace(/0+$/, '');
  const sign = value < 0 && rounded !== 0 ? '-' : '';
  return sign + grouped + (frac ? decimal + frac : '');
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
  if (error && typeof error === 'object' && (error as { name?: unknown }).name === 'SheetExistsError' && Array.isArray((error as { names?: unknown }).names)) {
    return new SheetExistsError((error as { names: string[] }).names);
  }
  return null;
}
