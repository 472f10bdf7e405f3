import { LEVEL_LABELS, MONEY_UNITS, type MoneyUnit } from '../domain/units';
import { sheetMarker } from '../domain/workbookLayout';
import { a1, columnLetter } from '../model/a1';
import type { CellPlan, SheetPlan } from '../model/sheetPlan';
import { TOTAL_COLUMNS } from './sums';
import type { UnitReport } from './types';

export const SUBMISSION_SHEET_NAME = 'Tình hình nộp';
const HEADER_ROW = 4;
const FIRST_ROW = 5;
/** 0-based row of the index-th input on "Tình hình nộp" (cross-level findings point there). */
export function submissionRow(index: number): number {
  return FIRST_ROW + index;
}

const STATUS_LABEL: Record<UnitReport['status'], string> = {
  ok: 'Hợp lệ / ok',
  findings: 'Có phát hiện / findings',
  unreadable: 'Không đọc được / unreadable',
};
const TOTAL_HEADERS: Record<string, string> = {
  DTPT: 'Tổng vốn ĐTPT',
  SN: 'Tổng vốn SN',
  LONG_GHEP: 'Lồng ghép',
  TIN_DUNG: 'Tín dụng',
  HUY_DONG: 'Huy động khác',
  DAN_GOP: 'Dân góp',
  TONG: 'Tổng cộng',
};
const COLUMNS = [
  { header: 'STT', width: 6 },
  { header: 'Tệp / File', width: 28 },
  { header: 'Đơn vị (DON_VI)', width: 24 },
  { header: 'Cấp', width: 8 },
  { header: 'Năm', width: 7 },
  { header: 'Đơn vị tính', width: 14 },
  { header: 'Trạng thái / Status', width: 18 },
  { header: 'Được cộng / Summed', width: 11 },
  { header: 'Lỗi', width: 7 },
  { header: 'Cảnh báo', width: 9 },
  ...TOTAL_COLUMNS.map((k) => ({ header: TOTAL_HEADERS[k], width: 14 })),
  { header: 'Ghi chú / Notes', width: 60 },
];
const FIRST_TOTAL_COL = 10;
const SUMMED_COL = 7;

/**
 * "Tình hình nộp": one row per input file (who submitted what, its status and findings, its
 * plan totals in the output unit), then a total of the summed units as SUMIF formulas.
 */
export function buildSubmissionSheet(units: UnitReport[], year: number, unit: MoneyUnit): SheetPlan {
  const cells: CellPlan[] = [];
  const put = (row: number, col: number, value: string | number | null, style?: string) =>
    cells.push({ row, col, value, ...(style ? { style } : {}) });
  put(0, 0, sheetMarker('report', 'submissions'));
  put(1, 0, `TÌNH HÌNH NỘP KẾ HOẠCH CỦA CÁC ĐƠN VỊ NĂM ${year} / SUBMISSIONS`, 'title');
  put(2, 0, `Đơn vị tính: ${MONEY_UNITS[unit].label} (số của đơn vị nhập theo đơn vị khác đã quy đổi)`, 'note');
  COLUMNS.forEach((c, col) => put(HEADER_ROW, col, c.header, 'header'));
  units.forEach((u, i) => {
    const row = submissionRow(i);
    const converted = u.converted ? `quy đổi từ ${MONEY_UNITS[u.moneyUnit as MoneyUnit]?.label ?? u.moneyUnit}` : '';
    const notes = [u.reason, converted, ...u.findings.filter((f) => isCrossLevel(f.code)).map((f) => f.message)]
      .filter(Boolean)
      .join(' · ');
    put(row, 0, i + 1, 'body');
    put(row, 1, u.file, 'body');
    put(row, 2, u.unit, 'body');
    put(row, 3, LEVEL_LABELS[u.level as keyof typeof LEVEL_LABELS]?.label ?? u.level, 'body');
    put(row, 4, u.year, 'body');
    put(row, 5, MONEY_UNITS[u.moneyUnit as MoneyUnit]?.label ?? u.moneyUnit, 'body');
    put(row, 6, STATUS_LABEL[u.status], `status_${u.status}`);
    put(row, SUMMED_COL, u.summed ? 'Có' : 'Không', 'body');
    put(row, 8, u.errors, 'body');
    put(row, 9, u.warnings, 'body');
    TOTAL_COLUMNS.forEach((k, j) =>
      put(row, FIRST_TOTAL_COL + j, u.status === 'unreadable' ? null : u.totals[k], 'money'),
    );
    put(row, FIRST_TOTAL_COL + TOTAL_COLUMNS.length, notes, 'body');
  });
  const totalRow = submissionRow(units.length);
  put(totalRow, 1, 'Cộng các đơn vị được tổng hợp / total of the summed units', 'totalText');
  if (units.length) {
    const summed = `${a1(FIRST_ROW, SUMMED_COL)}:${a1(totalRow - 1, SUMMED_COL)}`;
    TOTAL_COLUMNS.forEach((_, j) => {
      const col = FIRST_TOTAL_COL + j;
      const range = `${columnLetter(col)}${FIRST_ROW + 1}:${columnLetter(col)}${totalRow}`;
      cells.push({ row: totalRow, col, formula: `SUMIF(${summed},"Có",${range})`, style: 'moneyTotal' });
    });
  }
  const border = { border: 'thin' as const, vAlign: 'top' as const, wrap: true };
  const numFmt = MONEY_UNITS[unit].numFmt;
  return {
    id: 'submissions',
    name: SUBMISSION_SHEET_NAME,
    kind: 'report',
    styles: {
      title: { bold: true, fontSize: 14 },
      note: { italic: true },
      header: { bold: true, fill: 'D9E1F2', border: 'thin', wrap: true, hAlign: 'center', vAlign: 'middle' },
      body: border,
      status_ok: { ...border, fill: 'E2EFDA' },
      status_findings: { ...border, fill: 'FFF4CE' },
      status_unreadable: { ...border, fill: 'FDE7E9' },
      money: { border: 'thin', vAlign: 'top', numFmt },
      moneyTotal: { border: 'thin', bold: true, numFmt, fill: 'FCE4D6' },
      totalText: { border: 'thin', bold: true, fill: 'FCE4D6' },
    },
    cells,
    columns: COLUMNS.map((c, index) => ({ index, width: c.width })),
    rows: [{ index: 0, hidden: true }],
    merges: [],
    validations: [],
    freeze: { rows: HEADER_ROW + 1, cols: 3 },
    print: {
      orientation: 'landscape',
      paper: 'A4',
      fitToWidth: true,
      titleRows: { first: HEADER_ROW, last: HEADER_ROW },
    },
  };
}

const CROSS = new Set([
  'ALLOCATION_DIFFERS_FROM_DECISION',
  'DUPLICATE_UNIT',
  'UNIT_YEAR_MISMATCH',
  'UNIT_LEVEL_MISMATCH',
  'UNIT_UNREADABLE',
]);
export function isCrossLevel(code: string): boolean {
  return CROSS.has(code);
}
