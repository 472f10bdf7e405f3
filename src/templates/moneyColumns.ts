import { MONEY_COLUMN_KEYS } from '../domain/workbookLayout';
import { SOURCES, type SourceKey } from '../domain/sources';
import type { CellPlan, RangeRef } from '../model/sheetPlan';

/**
 * Column and header layout shared by the two money sheets (Giao vốn, Kế hoạch vốn):
 * STT | MA | NOI_DUNG | the source keys in SOURCE_KEYS order | GHI_CHU, then the marker.
 */
export type MoneyColumnKey = (typeof MONEY_COLUMN_KEYS)[number];

/** 0-based rows of a money sheet's fixed top block. */
export const MONEY_LAYOUT = {
  titleRow: 0,
  subtitleRow: 1,
  unitRow: 2,
  headerTop: 4,
  headerBottom: 5,
  numberingRow: 6,
  keyRow: 7,
  firstDataRow: 8,
} as const;

/** Columns left of (and including) NOI_DUNG stay visible when scrolling right. */
export const MONEY_FROZEN_COLS = 3;

export function moneyCol(key: MoneyColumnKey): number {
  return MONEY_COLUMN_KEYS.indexOf(key);
}
/** Column of the sheet marker: the first column after the last key. */
export const MONEY_MARKER_COL = MONEY_COLUMN_KEYS.length;
export const MONEY_LAST_COL = MONEY_COLUMN_KEYS.length - 1;

/** Columns whose values sum to a total source column (TONG → DTPT, SN, LONG_GHEP, …). */
export function partCols(key: SourceKey): number[] {
  const source = SOURCES.find((s) => s.key === key);
  return (source?.parts ?? []).map((p) => moneyCol(p));
}

const SINGLE_HEADERS: Partial<Record<MoneyColumnKey, string>> = {
  STT: 'STT',
  MA: 'Mã',
  NOI_DUNG: 'Nội dung',
  TONG: 'Tổng cộng',
  LONG_GHEP: 'Vốn lồng ghép',
  TIN_DUNG: 'Vốn tín dụng chính sách',
  HUY_DONG: 'Vốn huy động hợp pháp khác',
  DAN_GOP: 'Dân đóng góp',
  GHI_CHU: 'Ghi chú',
};
const TEXT_COLUMN_LETTERS: Partial<Record<MoneyColumnKey, string>> = { STT: 'A', MA: 'B', NOI_DUNG: 'C', GHI_CHU: 'D' };
/** Two-level groups: the composite source and its parts under one merged top header. */
const GROUP_HEADERS: Partial<Record<SourceKey, string>> = { DTPT: 'Vốn ĐTPT', SN: 'Vốn SN' };

export const MONEY_COLUMN_WIDTHS: Record<MoneyColumnKey, number> = {
  STT: 6,
  MA: 16,
  NOI_DUNG: 56,
  GHI_CHU: 20,
  TONG: 15,
  DTPT: 14,
  DTPT_NSTW: 14,
  DTPT_NSDP: 14,
  SN: 14,
  SN_NSTW: 14,
  SN_NSDP: 14,
  LONG_GHEP: 13,
  TIN_DUNG: 13,
  HUY_DONG: 13,
  DAN_GOP: 13,
};

/** Header cells (two rows + numbering row) and their merges. */
export function moneyHeader(): { cells: CellPlan[]; merges: RangeRef[] } {
  const { headerTop: top, headerBottom: bottom, numberingRow } = MONEY_LAYOUT;
  const cells: CellPlan[] = [];
  const merges: RangeRef[] = [];
  let sourceNumber = 0;
  MONEY_COLUMN_KEYS.forEach((key, col) => {
    const group = Object.entries(GROUP_HEADERS).find(([composite]) => {
      const parts = SOURCES.find((s) => s.key === composite)?.parts ?? [];
      return composite === key || (parts as string[]).includes(key);
    });
    if (group) {
      const [composite, label] = group;
      if (composite === key) {
        const span = partCols(composite as SourceKey).length;
        cells.push({ row: top, col, value: label, style: 'header' });
        for (let c = col + 1; c <= col + span; c++) cells.push({ row: top, col: c, style: 'header' });
        merges.push({ top, bottom: top, left: col, right: col + span });
        cells.push({ row: bottom, col, value: 'Tổng', style: 'header' });
      } else {
        cells.push({ row: bottom, col, value: SOURCES.find((s) => s.key === key)!.header, style: 'header' });
      }
    } else {
      cells.push({ row: top, col, value: SINGLE_HEADERS[key] ?? key, style: 'header' });
      cells.push({ row: bottom, col, style: 'header' });
      merges.push({ top, bottom, left: col, right: col });
    }
    // Column numbering row as in official appendices: letters for text columns, numbers for money.
    const isSource = SOURCES.some((s) => s.key === key);
    cells.push({
      row: numberingRow,
      col,
      value: isSource ? String(++sourceNumber) : (TEXT_COLUMN_LETTERS[key] ?? ''),
      style: 'numbering',
    });
  });
  return { cells, merges };
}
