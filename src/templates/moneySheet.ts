import { MONEY_COLUMN_KEYS, sheetMarker, type TemplateSheetId } from '../domain/workbookLayout';
import { MONEY_UNITS, LEVEL_LABELS } from '../domain/units';
import { SOURCES } from '../domain/sources';
import type { Settings } from '../domain/settings';
import type { CellPlan, SheetPlan } from '../model/sheetPlan';
import { moneySheetStyles, styleKey, wrappedRowHeight } from './styles';
import {
  MONEY_COLUMN_WIDTHS,
  MONEY_FROZEN_COLS,
  MONEY_LAST_COL,
  MONEY_LAYOUT,
  MONEY_MARKER_COL,
  moneyCol,
  moneyHeader,
  partCols,
} from './moneyColumns';
import { sumsDetailBlock, type MoneyRow } from './moneyRows';
import { blankAwareSumAcross, sumAcross, sumOfCells } from './formulas';
import { leafSumFormula } from './detailRows';

/**
 * Builds a money sheet (Giao vốn or Kế hoạch vốn) from its rows.
 * 'plan': parents, TONG and leaves with details are sums; typed amounts on leaves/details.
 * 'allocation': amounts typed on every row; only total columns are (blank-aware) sums.
 */
export interface MoneySheetSpec {
  id: Extract<TemplateSheetId, 'plan' | 'allocation'>;
  name: string;
  title: string;
  subtitle: string;
  options: Settings;
  rows: MoneyRow[];
  mode: 'plan' | 'allocation';
}

export const MONEY_AMOUNT_ERROR = 'Số tiền phải là số không âm (≥ 0). / Amount must be a number ≥ 0.';

export function unitLine(options: Settings): string {
  return `Đơn vị tính: ${MONEY_UNITS[options.unit].label}`;
}

/** "Huyện Vĩnh Linh" or, without a name, the level ("Cấp huyện"). */
export function unitNameLine(options: Settings): string {
  const name = options.unitName.trim();
  return name ? `Đơn vị: ${name}` : `Đơn vị: …………… (cấp ${LEVEL_LABELS[options.level].label.toLowerCase()})`;
}

export function buildMoneySheet(spec: MoneySheetSpec): SheetPlan {
  const { titleRow, subtitleRow, unitRow, headerTop, numberingRow, keyRow, firstDataRow } = MONEY_LAYOUT;
  const cells: CellPlan[] = [];
  const header = moneyHeader();
  const merges = [...header.merges];
  const fullWidth = (row: number) => merges.push({ top: row, bottom: row, left: 0, right: MONEY_LAST_COL });

  cells.push({ row: titleRow, col: 0, value: spec.title, style: 'title' });
  cells.push({ row: subtitleRow, col: 0, value: spec.subtitle, style: 'subtitle' });
  cells.push({ row: unitRow, col: 0, value: unitLine(spec.options), style: 'unit' });
  [titleRow, subtitleRow, unitRow].forEach(fullWidth);
  cells.push(...header.cells);

  MONEY_COLUMN_KEYS.forEach((key, col) => cells.push({ row: keyRow, col, value: key, style: 'key' }));
  cells.push({ row: keyRow, col: MONEY_MARKER_COL, value: sheetMarker('template', spec.id), style: 'key' });

  const rowOf = new Map(spec.rows.map((r, i) => [r.code, firstDataRow + i]));
  const rowHeights: SheetPlan['rows'] = [];
  spec.rows.forEach((line, i) => {
    const row = firstDataRow + i;
    const height = wrappedRowHeight(line.name, MONEY_COLUMN_WIDTHS.NOI_DUNG, {
      bold: line.kind !== 'leaf' && line.kind !== 'detail',
      indent: line.indent,
    });
    if (height) rowHeights.push({ index: row, height });
    cells.push({ row, col: moneyCol('STT'), value: line.stt, style: styleKey.text(line.kind, 'stt') });
    cells.push({ row, col: moneyCol('MA'), value: line.code, style: styleKey.text(line.kind, 'ma') });
    cells.push({
      row,
      col: moneyCol('NOI_DUNG'),
      value: line.name,
      style: styleKey.text(line.kind, 'name', line.indent),
    });
    for (const source of SOURCES) {
      const col = moneyCol(source.key);
      const formula = sourceFormula(spec.mode, line, row, source.key, rowOf);
      cells.push(
        formula
          ? { row, col, formula, style: styleKey.money(line.kind, true) }
          : { row, col, style: styleKey.money(line.kind, false) },
      );
    }
    cells.push({ row, col: moneyCol('GHI_CHU'), style: styleKey.text(line.kind, 'note') });
  });

  const lastDataRow = firstDataRow + spec.rows.length - 1;
  const firstSourceCol = Math.min(...SOURCES.map((s) => moneyCol(s.key)));
  const lastSourceCol = Math.max(...SOURCES.map((s) => moneyCol(s.key)));
  return {
    id: spec.id,
    name: spec.name,
    kind: 'template',
    styles: moneySheetStyles(MONEY_UNITS[spec.options.unit].numFmt),
    cells,
    columns: [
      ...MONEY_COLUMN_KEYS.map((key, index) => ({ index, width: MONEY_COLUMN_WIDTHS[key] })),
      { index: MONEY_MARKER_COL, width: 8, hidden: true },
    ],
    rows: [
      { index: titleRow, height: 36 },
      { index: subtitleRow, height: 20 },
      { index: headerTop, height: 30 },
      { index: keyRow, hidden: true },
      ...rowHeights,
    ],
    merges,
    validations: [
      {
        range: { top: firstDataRow, bottom: lastDataRow, left: firstSourceCol, right: lastSourceCol },
        rule: { type: 'decimal', min: 0 },
        errorMessage: MONEY_AMOUNT_ERROR,
      },
    ],
    freeze: { rows: firstDataRow, cols: MONEY_FROZEN_COLS },
    print: {
      orientation: 'landscape',
      paper: 'A4',
      fitToWidth: true,
      titleRows: { first: headerTop, last: numberingRow },
    },
    tabColor: spec.mode === 'plan' ? '548235' : '2F75B5',
  };
}

function sourceFormula(
  mode: MoneySheetSpec['mode'],
  line: MoneyRow,
  row: number,
  key: (typeof SOURCES)[number]['key'],
  rowOf: Map<string, number>,
): string | undefined {
  const parts = partCols(key);
  if (parts.length > 0) return mode === 'allocation' ? blankAwareSumAcross(row, parts) : sumAcross(row, parts);
  if (mode === 'allocation' || line.sumOf.length === 0) return undefined;
  const rows = line.sumOf.map((code) => rowOf.get(code)!);
  // Detail rows sit in one block under their leaf: a range grows when users insert inside it.
  return sumsDetailBlock(line)
    ? leafSumFormula(
        moneyCol(key),
        rows.reduce((a, b) => Math.min(a, b)),
        rows.reduce((a, b) => Math.max(a, b)),
      )
    : sumOfCells(rows, moneyCol(key));
}
