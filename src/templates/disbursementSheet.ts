import { DISBURSEMENT_COLUMN_KEYS, SHEET_NAMES, TOTAL_ROW_CODE, sheetMarker } from '../domain/workbookLayout';
import { MONEY_UNITS } from '../domain/units';
import type { Settings } from '../domain/settings';
import { a1, columnLetter } from '../model/a1';
import type { CellPlan, CellStyle, DataValidationPlan, SheetPlan } from '../model/sheetPlan';
import { MONEY_AMOUNT_ERROR, unitLine, unitNameLine } from './moneySheet';
import { moneyCol } from './moneyColumns';
import { buildMoneyRows, sumsDetailBlock, type DetailRowSpec, type MoneyRow } from './moneyRows';
import { moneySheetStyles, styleKey, wrappedRowHeight, type RowKind } from './styles';
import { sumOfCells, sumOfRows } from './formulas';
import { PROGRAM_TITLE } from './planSheet';
import {
  DISB_AMOUNT_KEYS,
  DISB_COLUMN_WIDTHS,
  DISB_FROZEN_COLS,
  DISB_LAST_COL,
  DISB_LAYOUT,
  DISB_MARKER_COL,
  DISB_RATES,
  PLAN_SOURCE_OF,
  disbCol,
  disbursementHeader,
} from './disbursementColumns';

/** Rates show one decimal, the way reports print them ("98,0%"). */
export const RATE_FORMAT = '0.0%';
const rateStyle = (kind: RowKind) => `rate_${kind}`;

/**
 * The year's plan of a line, looked up on "Kế hoạch vốn" by the line's code (column Mã), so
 * rows inserted or moved on either sheet do not break it. SUMIF over whole columns: 0 when
 * the line is missing, the same in Excel, LibreOffice and HyperFormula.
 */
export function planLookup(row: number, source: 'DTPT' | 'SN'): string {
  const sheet = `'${SHEET_NAMES.plan}'`;
  const code = columnLetter(moneyCol('MA'));
  const value = columnLetter(moneyCol(source));
  return `SUMIF(${sheet}!$${code}:$${code},$${columnLetter(disbCol('MA'))}${row + 1},${sheet}!$${value}:$${value})`;
}

/** GN/KH as a fraction, blank while the plan is blank or 0. SUM() skips text, so no #VALUE!. */
export function rateFormula(row: number, numCol: number, denCol: number): string {
  const num = a1(row, numCol);
  const den = a1(row, denCol);
  return `IF(SUM(${den})=0,"",SUM(${num})/SUM(${den}))`;
}

function disbursementStyles(numFmt: string): Record<string, CellStyle> {
  const styles = moneySheetStyles(numFmt);
  for (const kind of ['total', 'project', 'group', 'leaf', 'detail'] as RowKind[]) {
    const formula = styles[styleKey.money(kind, true)];
    styles[rateStyle(kind)] = { ...formula, numFmt: RATE_FORMAT };
  }
  return styles;
}

/**
 * Giải ngân: lines as on "Kế hoạch vốn" (same order, detail rows under their leaf). KH is
 * looked up from the plan on leaves and detail rows; GN, KD and GNKD are typed there;
 * parents and TONG are sums; rates are formulas on every row.
 */
export function buildDisbursementSheet(options: Settings, details: DetailRowSpec[] = []): SheetPlan {
  const { titleRow, subtitleRow, unitRow, headerTop, numberingRow, keyRow, firstDataRow } = DISB_LAYOUT;
  const rows = buildMoneyRows(details);
  const header = disbursementHeader(options.year);
  const cells: CellPlan[] = [...header.cells];
  const merges = [...header.merges];
  for (const row of [titleRow, subtitleRow, unitRow])
    merges.push({ top: row, bottom: row, left: 0, right: DISB_LAST_COL });
  cells.push(
    {
      row: titleRow,
      col: 0,
      value: `TÌNH HÌNH GIẢI NGÂN VỐN ${PROGRAM_TITLE} NĂM ${options.year}`,
      style: 'title',
    },
    {
      row: subtitleRow,
      col: 0,
      value: `${unitNameLine(options)} (số liệu đến ngày ghi tại "${SHEET_NAMES.settings}" – NGAY_SO_LIEU)`,
      style: 'subtitle',
    },
    { row: unitRow, col: 0, value: unitLine(options), style: 'unit' },
  );
  DISBURSEMENT_COLUMN_KEYS.forEach((key, col) => cells.push({ row: keyRow, col, value: key, style: 'key' }));
  cells.push({ row: keyRow, col: DISB_MARKER_COL, value: sheetMarker('template', 'disbursement'), style: 'key' });

  const rowOf = new Map(rows.map((r, i) => [r.code, firstDataRow + i]));
  const heights: SheetPlan['rows'] = [];
  rows.forEach((line, i) => {
    const row = firstDataRow + i;
    const height = wrappedRowHeight(line.name, DISB_COLUMN_WIDTHS.NOI_DUNG, {
      bold: line.kind !== 'leaf' && line.kind !== 'detail',
      indent: line.indent,
    });
    if (height) heights.push({ index: row, height });
    cells.push(
      { row, col: disbCol('STT'), value: line.stt, style: styleKey.text(line.kind, 'stt') },
      { row, col: disbCol('MA'), value: line.code, style: styleKey.text(line.kind, 'ma') },
      { row, col: disbCol('NOI_DUNG'), value: line.name, style: styleKey.text(line.kind, 'name', line.indent) },
      { row, col: disbCol('GHI_CHU'), style: styleKey.text(line.kind, 'note') },
    );
    for (const key of DISB_AMOUNT_KEYS) {
      const formula = amountFormula(line, row, disbCol(key), PLAN_SOURCE_OF[key], rowOf);
      cells.push(
        formula
          ? { row, col: disbCol(key), formula, style: styleKey.money(line.kind, true) }
          : { row, col: disbCol(key), style: styleKey.money(line.kind, false) },
      );
    }
    for (const r of DISB_RATES) {
      cells.push({
        row,
        col: disbCol(r.rate),
        formula: rateFormula(row, disbCol(r.num), disbCol(r.den)),
        style: rateStyle(line.kind),
      });
    }
  });

  const lastDataRow = firstDataRow + rows.length - 1;
  const validations: DataValidationPlan[] = DISB_AMOUNT_KEYS.map((key) => ({
    range: { top: firstDataRow, bottom: lastDataRow, left: disbCol(key), right: disbCol(key) },
    rule: { type: 'decimal', min: 0 },
    errorMessage: MONEY_AMOUNT_ERROR,
  }));
  return {
    id: 'disbursement',
    name: SHEET_NAMES.disbursement,
    kind: 'template',
    styles: disbursementStyles(MONEY_UNITS[options.unit].numFmt),
    cells,
    columns: [
      ...DISBURSEMENT_COLUMN_KEYS.map((key, index) => ({ index, width: DISB_COLUMN_WIDTHS[key] })),
      { index: DISB_MARKER_COL, width: 8, hidden: true },
    ],
    rows: [
      { index: titleRow, height: 36 },
      { index: subtitleRow, height: 20 },
      { index: headerTop, height: 30 },
      { index: headerTop + 1, height: 45 },
      { index: keyRow, hidden: true },
      ...heights,
    ],
    merges,
    validations,
    freeze: { rows: firstDataRow, cols: DISB_FROZEN_COLS },
    print: {
      orientation: 'landscape',
      paper: 'A4',
      fitToWidth: true,
      titleRows: { first: headerTop, last: numberingRow },
    },
    tabColor: 'BF8F00',
  };
}

/** Parents and TONG sum their children; leaves with details sum them; KH elsewhere looks up the plan. */
function amountFormula(
  line: MoneyRow,
  row: number,
  col: number,
  planSource: 'DTPT' | 'SN' | undefined,
  rowOf: Map<string, number>,
): string | undefined {
  if (line.sumOf.length > 0) {
    const rows = line.sumOf.map((code) => rowOf.get(code)!);
    return sumsDetailBlock(line) ? sumOfRows(rows, col) : sumOfCells(rows, col);
  }
  return planSource && line.code !== TOTAL_ROW_CODE ? planLookup(row, planSource) : undefined;
}
