import { catalog } from '../domain/catalog';
import type { SourceKey } from '../domain/sources';
import { TOTAL_ROW_CODE } from '../domain/workbookLayout';
import { a1 } from '../model/a1';
import type { MoneySheet } from './workbookModel';
import { forEachPart, ownInFormula, type SumRelation } from './relations';
import { MONEY_UNITS, type MoneyUnit } from '../domain/units';
import { figureEn, figureVn } from './format';

/**
 * Short names for finding messages. The pane and the reports show sheet!cell beside each
 * message, so a message names its own cell only by line and source ("DA4 · ĐTPT NSTW")
 * and gives sheet!cell only for OTHER cells it compares with ("Giao vốn!F24").
 */
const SOURCE_EN: Record<SourceKey, string> = {
  TONG: 'all sources',
  DTPT: 'investment total',
  DTPT_NSTW: 'investment central',
  DTPT_NSDP: 'investment local',
  SN: 'recurrent total',
  SN_NSTW: 'recurrent central',
  SN_NSDP: 'recurrent local',
  LONG_GHEP: 'integrated',
  TIN_DUNG: 'policy credit',
  HUY_DONG: 'other mobilised',
  DAN_GOP: "people's contribution",
};

/** "ĐTPT NSTW", "Tổng SN", "Dân góp": the column header, with its capital type where the header alone is ambiguous. */
export function sourceShort(key: SourceKey): { vi: string; en: string } {
  const s = catalog.sourceByKey.get(key);
  if (!s) return { vi: key, en: key };
  const vi = s.budget && s.capitalType ? `${s.capitalType === 'DTPT' ? 'ĐTPT' : 'SN'} ${s.header}` : s.header;
  return { vi, en: SOURCE_EN[key] };
}

export function lineShort(code: string): { vi: string; en: string } {
  return code === TOTAL_ROW_CODE ? { vi: 'Dòng tổng', en: 'Total row' } : { vi: code, en: code };
}

/** "DA4 · ĐTPT NSTW" (or just the line when no source applies). */
export function tagOf(code: string, key?: SourceKey): { vi: string; en: string } {
  const line = lineShort(code);
  if (!key) return line;
  const source = sourceShort(key);
  return { vi: `${line.vi} · ${source.vi}`, en: `${line.en} · ${source.en}` };
}

export function cellOf(sheet: MoneySheet, code: string, key: SourceKey): { row: number; col: number; address: string } {
  const row = sheet.rowOf.get(code) ?? sheet.keyRow;
  const col = sheet.colOf(key);
  return { row, col, address: a1(row, Math.max(col, 0)) };
}

/** "Giao vốn!F24": another cell a message compares with. */
export function refOf(sheet: MoneySheet, code: string, key: SourceKey): string {
  return `${sheet.name}!${cellOf(sheet, code, key).address}`;
}

/** What a sum relation compares a total with: "tổng các dòng con". */
export const PARTS_PHRASE: Record<SumRelation['kind'], { vi: string; en: string }> = {
  sources: { vi: 'tổng các nguồn', en: 'the sum of its sources' },
  children: { vi: 'tổng các dòng con', en: 'the sum of its child lines' },
  details: { vi: 'tổng các dòng chi tiết', en: 'the sum of its detail rows' },
  projects: { vi: 'tổng các dự án', en: 'the sum of the projects' },
};

/** The part cells of a relation when there are few ("F25+F30"), else null: long lists help no one. */
export function partsRef(sheet: MoneySheet, rel: SumRelation, max = 3): string | null {
  const cells: string[] = [];
  forEachPart(rel, (code, key) => {
    if (sheet.rowOf.has(code) && sheet.colOf(key) >= 0) cells.push(cellOf(sheet, code, key).address);
  });
  if (!cells.length || cells.length > max) return null;
  // A figure given at the line itself inside its SUM is one of the parts.
  const own = rel.partCodes ? ownInFormula(sheet, rel.row ?? sheet.rowOf.get(rel.code), rel.key) : 0;
  return own ? [...cells, String(own)].join('+') : cells.join('+');
}

/** "DA4 · ĐTPT NSTW: 1.000 so với 900 triệu đồng (F25+F30)." — the figures after a sum finding's point. */
export function sumFigures(
  sheet: MoneySheet,
  rel: SumRelation,
  total: number,
  sum: number,
  unit: MoneyUnit,
): [string, string] {
  const tag = tagOf(rel.code, rel.key);
  const u = MONEY_UNITS[unit];
  const parts = partsRef(sheet, rel);
  return [
    `${tag.vi}: ${figureVn(total, unit)} so với ${figureVn(sum, unit)} ${u.label}${parts ? ` (${parts})` : ''}.`,
    `${tag.en}: ${figureEn(total, unit)} vs ${figureEn(sum, unit)} ${u.labelEn}${parts ? ` (${parts})` : ''}.`,
  ];
}
