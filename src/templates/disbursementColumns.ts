import { DISBURSEMENT_COLUMN_KEYS, type DisbursementColumnKey } from '../domain/workbookLayout';
import type { CapitalType } from '../domain/disbursement';
import { CAPITAL_COLUMNS, CAPITAL_TYPES } from '../domain/disbursementColumns';

export {
  CAPITAL_COLUMNS,
  CAPITAL_TYPES,
  DISB_AMOUNT_KEYS,
  DISB_RATES,
  PLAN_SOURCE_OF,
} from '../domain/disbursementColumns';
import type { CellPlan, RangeRef } from '../model/sheetPlan';
import { MONEY_LAYOUT } from './moneyColumns';

/**
 * Columns and two-level header of Giải ngân: STT | Mã | Nội dung, then per capital type
 * (ĐTPT, SN) plan · disbursed · rate for the year and for funds carried over, then Ghi chú.
 * Rows use the money sheets' top block (MONEY_LAYOUT).
 */
export const DISB_LAYOUT = MONEY_LAYOUT;

export function disbCol(key: DisbursementColumnKey): number {
  return DISBURSEMENT_COLUMN_KEYS.indexOf(key);
}
export const DISB_MARKER_COL = DISBURSEMENT_COLUMN_KEYS.length;
export const DISB_LAST_COL = DISBURSEMENT_COLUMN_KEYS.length - 1;
export const DISB_FROZEN_COLS = 3;

export const DISB_COLUMN_WIDTHS: Record<DisbursementColumnKey, number> = Object.fromEntries(
  DISBURSEMENT_COLUMN_KEYS.map((k) => [
    k,
    k === 'STT' ? 6 : k === 'MA' ? 16 : k === 'NOI_DUNG' ? 48 : k === 'GHI_CHU' ? 18 : k.startsWith('TL') ? 9 : 13,
  ]),
) as Record<DisbursementColumnKey, number>;

const GROUP_LABEL: Record<CapitalType, string> = { DTPT: 'Vốn đầu tư phát triển', SN: 'Vốn sự nghiệp' };

/** Header cells and merges: capital type on top, the six roles below, then the numbering row. */
export function disbursementHeader(year: number): { cells: CellPlan[]; merges: RangeRef[] } {
  const { headerTop: top, headerBottom: bottom, numberingRow } = DISB_LAYOUT;
  const cells: CellPlan[] = [];
  const merges: RangeRef[] = [];
  const single: Array<[DisbursementColumnKey, string, string]> = [
    ['STT', 'STT', 'A'],
    ['MA', 'Mã', 'B'],
    ['NOI_DUNG', 'Nội dung', 'C'],
    ['GHI_CHU', 'Ghi chú', 'D'],
  ];
  for (const [key, label, letter] of single) {
    const col = disbCol(key);
    cells.push({ row: top, col, value: label, style: 'header' }, { row: bottom, col, style: 'header' });
    cells.push({ row: numberingRow, col, value: letter, style: 'numbering' });
    merges.push({ top, bottom, left: col, right: col });
  }
  let n = 0;
  for (const type of CAPITAL_TYPES) {
    const c = CAPITAL_COLUMNS[type];
    const first = disbCol(c.plan);
    cells.push({ row: top, col: first, value: GROUP_LABEL[type], style: 'header' });
    for (let col = first + 1; col <= first + 5; col++) cells.push({ row: top, col, style: 'header' });
    merges.push({ top, bottom: top, left: first, right: first + 5 });
    const roles: Array<[DisbursementColumnKey, string]> = [
      [c.plan, `Kế hoạch năm ${year}`],
      [c.disbursed, 'Giải ngân'],
      [c.rate, 'Tỷ lệ'],
      [c.carried, 'Vốn năm trước kéo dài sang'],
      [c.carriedDisbursed, 'Đã giải ngân'],
      [c.carriedRate, 'Tỷ lệ'],
    ];
    const base = n;
    roles.forEach(([key, label], i) => {
      cells.push({ row: bottom, col: disbCol(key), value: label, style: 'header' });
      const number =
        i === 2
          ? `${base + 3}=${base + 2}/${base + 1}`
          : i === 5
            ? `${base + 6}=${base + 5}/${base + 4}`
            : `${base + i + 1}`;
      cells.push({ row: numberingRow, col: disbCol(key), value: number, style: 'numbering' });
    });
    n += 6;
  }
  return { cells, merges };
}
