import { catalog } from '../domain/catalog';
import type { SourceKey } from '../domain/sources';
import { TOTAL_ROW_CODE } from '../domain/workbookLayout';
import { a1 } from '../templates/sheetPlan';
import type { MoneySheet } from './workbookModel';

/** Names for messages: "ô F12 (dòng DA4, cột Vốn đầu tư phát triển – NSTW)". */
export function sourceName(key: SourceKey): { vi: string; en: string } {
  const s = catalog.sourceByKey.get(key);
  return { vi: s?.name ?? key, en: s?.nameEn ?? key };
}

export function lineName(code: string): { vi: string; en: string } {
  if (code === TOTAL_ROW_CODE) return { vi: 'dòng Tổng cộng', en: 'the grand-total row' };
  return { vi: `dòng ${code}`, en: `line ${code}` };
}

export function cellOf(sheet: MoneySheet, code: string, key: SourceKey): { row: number; col: number; address: string } {
  const row = sheet.rowOf.get(code) ?? sheet.keyRow;
  const col = sheet.colOf(key);
  return { row, col, address: a1(row, Math.max(col, 0)) };
}

export function whereVn(sheet: MoneySheet, code: string, key: SourceKey): string {
  return `${sheet.name}!${cellOf(sheet, code, key).address} (${lineName(code).vi}, ${sourceName(key).vi})`;
}

export function whereEn(sheet: MoneySheet, code: string, key: SourceKey): string {
  return `${sheet.name}!${cellOf(sheet, code, key).address} (${lineName(code).en}, ${sourceName(key).en})`;
}
