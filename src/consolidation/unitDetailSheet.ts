import { catalog } from '../domain/catalog';
import { SOURCES, TYPED_SOURCE_KEYS } from '../domain/sources';
import { MONEY_UNITS, type MoneyUnit } from '../domain/units';
import { sheetMarker } from '../domain/workbookLayout';
import { UNIT_DETAIL_KEYS, UNIT_DETAIL_SHEET_ID, UNIT_DETAIL_SHEET_NAME } from '../domain/unitDetailLayout';
import type { CellPlan, SheetPlan } from '../model/sheetPlan';
import { cellList, columnRefs, sumAcross } from '../templates/formulas';
import type { Amounts } from './types';

export { UNIT_DETAIL_SHEET_NAME, UNIT_DETAIL_KEYS };
const col = (key: string) => (UNIT_DETAIL_KEYS as readonly string[]).indexOf(key);
const HEADER_ROW = 4;
const KEY_ROW = 5;
const TOTAL_ROW = 6;

/** One unit's figures on one leaf line (converted), with its detail rows under it. */
export interface UnitLineBlock {
  unitName: string;
  amounts: Amounts;
  details: Array<{ code: string; name: string; amounts: Amounts }>;
}

/**
 * "Chi tiết theo đơn vị": per leaf line with money, a line row summing (formulas) one row per
 * unit; each unit's detail rows (works) sit under its row, marked with the unit, and are not
 * summed again (the unit row already holds them). Total columns are formulas on every row.
 */
export function buildUnitDetailSheet(
  lines: Map<string, UnitLineBlock[]>,
  year: number,
  unit: MoneyUnit,
  unitLabel: string,
): SheetPlan {
  const cells: CellPlan[] = [];
  const put = (row: number, c: number, value: string | number | null, style?: string) =>
    cells.push({ row, col: c, value, ...(style ? { style } : {}) });
  put(0, 0, sheetMarker('report', UNIT_DETAIL_SHEET_ID));
  put(1, 0, `CHI TIẾT KẾ HOẠCH VỐN THEO ĐƠN VỊ NĂM ${year} / PLAN BY UNIT`, 'title');
  put(2, 0, `${unitLabel} — Đơn vị tính: ${MONEY_UNITS[unit].label}`, 'note');
  UNIT_DETAIL_KEYS.forEach((key, c) => {
    const source = SOURCES.find((s) => s.key === key);
    const header = source
      ? source.parts.length
        ? source.name
        : `${source.capitalType ? `${source.capitalType} ` : ''}${source.header}`
      : { STT: 'STT', MA: 'Mã', NOI_DUNG: 'Nội dung', DON_VI: 'Đơn vị', GHI_CHU: 'Ghi chú' }[key as string]!;
    put(HEADER_ROW, c, header, 'header');
    put(KEY_ROW, c, key, 'key');
  });

  const typed = (row: number, amounts: Amounts, style: string) => {
    for (const key of TYPED_SOURCE_KEYS) put(row, col(key), amounts[key] ?? null, style);
  };
  const totals = (row: number, style: string) => {
    for (const s of SOURCES) {
      if (s.parts.length) cells.push({ row, col: col(s.key), formula: sumAcross(row, s.parts.map(col)), style });
    }
  };
  const lineRows: number[] = [];
  let row = TOTAL_ROW + 1;
  let stt = 0;
  for (const node of catalog.nodes) {
    const blocks = lines.get(node.code);
    if (!blocks?.length) continue;
    const lineRow = row++;
    lineRows.push(lineRow);
    put(lineRow, col('STT'), ++stt, 'lineText');
    put(lineRow, col('MA'), node.code, 'lineText');
    put(lineRow, col('NOI_DUNG'), node.name, 'lineText');
    put(lineRow, col('DON_VI'), `${blocks.length} đơn vị`, 'lineText');
    const unitRows: number[] = [];
    for (const block of blocks) {
      const unitRow = row++;
      unitRows.push(unitRow);
      put(unitRow, col('MA'), node.code, 'text');
      put(unitRow, col('NOI_DUNG'), block.unitName, 'text');
      put(unitRow, col('DON_VI'), block.unitName, 'text');
      typed(unitRow, block.amounts, 'money');
      totals(unitRow, 'moneyFormula');
      for (const d of block.details) {
        const detailRow = row++;
        put(detailRow, col('MA'), d.code, 'detailText');
        put(detailRow, col('NOI_DUNG'), `- ${d.name}`, 'detailText');
        put(detailRow, col('DON_VI'), block.unitName, 'detailText');
        typed(detailRow, d.amounts, 'detailMoney');
        totals(detailRow, 'detailMoney');
        put(detailRow, col('GHI_CHU'), `Chi tiết của ${block.unitName} (đã tính trong dòng đơn vị)`, 'detailText');
      }
    }
    for (const key of TYPED_SOURCE_KEYS) {
      cells.push({ row: lineRow, col: col(key), formula: sumOfMany(unitRows, col(key)), style: 'lineMoney' });
    }
    totals(lineRow, 'lineMoney');
  }
  put(TOTAL_ROW, col('NOI_DUNG'), 'TỔNG CỘNG', 'totalText');
  for (const key of TYPED_SOURCE_KEYS) {
    const formula = lineRows.length ? `SUM(${cellList(lineRows, col(key))})` : '0';
    cells.push({ row: TOTAL_ROW, col: col(key), formula, style: 'totalMoney' });
  }
  totals(TOTAL_ROW, 'totalMoney');

  const numFmt = MONEY_UNITS[unit].numFmt;
  const b = { border: 'thin' as const, vAlign: 'middle' as const };
  return {
    id: UNIT_DETAIL_SHEET_ID,
    name: UNIT_DETAIL_SHEET_NAME,
    kind: 'report',
    styles: {
      title: { bold: true, fontSize: 14 },
      note: { italic: true },
      key: { fontSize: 8, fontColor: '7F7F7F' },
      header: { bold: true, fill: 'DDEBF7', border: 'thin', wrap: true, hAlign: 'center', vAlign: 'middle' },
      text: { ...b, wrap: true },
      lineText: { ...b, bold: true, wrap: true },
      detailText: { ...b, italic: true, wrap: true, fontColor: '595959' },
      totalText: { ...b, bold: true, fill: 'FCE4D6' },
      money: { ...b, numFmt },
      moneyFormula: { ...b, numFmt, fill: 'F2F2F2' },
      detailMoney: { ...b, numFmt, italic: true, fontColor: '595959' },
      lineMoney: { ...b, numFmt, bold: true, fill: 'F2F2F2' },
      totalMoney: { ...b, numFmt, bold: true, fill: 'FCE4D6' },
    },
    cells,
    columns: UNIT_DETAIL_KEYS.map((key, index) => ({
      index,
      width: key === 'NOI_DUNG' ? 48 : key === 'DON_VI' ? 20 : key === 'MA' ? 16 : key === 'STT' ? 6 : 14,
    })),
    rows: [
      { index: 0, hidden: true },
      { index: HEADER_ROW, height: 48 },
      { index: KEY_ROW, hidden: true },
    ],
    merges: [],
    validations: [],
    freeze: { rows: KEY_ROW + 1, cols: 3 },
    print: {
      orientation: 'landscape',
      paper: 'A4',
      fitToWidth: true,
      titleRows: { first: HEADER_ROW, last: HEADER_ROW },
    },
  };
}

/** SUM over many rows: consecutive rows as ranges, and at most 200 arguments a call (Excel allows 255). */
function sumOfMany(rows: number[], c: number): string {
  const refs = columnRefs(rows, c).split(',');
  if (refs.length <= 200) return `SUM(${refs.join(',')})`;
  const chunks: string[] = [];
  for (let i = 0; i < refs.length; i += 200) chunks.push(`SUM(${refs.slice(i, i + 200).join(',')})`);
  return `SUM(${chunks.join(',')})`;
}
