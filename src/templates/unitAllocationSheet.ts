import { SOURCES, type SourceKey } from '../domain/sources';
import { MONEY_UNITS } from '../domain/units';
import { sheetMarker } from '../domain/workbookLayout';
import type { Settings } from '../domain/settings';
import type { CellPlan, SheetPlan } from '../model/sheetPlan';
import { moneySheetStyles, styleKey } from './styles';
import { blankAwareSumAcross, sumOfRows } from './formulas';
import { unitLine, unitNameLine } from './moneySheet';
import { PROGRAM_TITLE } from './planSheet';

/**
 * "Giao vốn theo đơn vị": what the upper level gave each lower unit (one row per unit ×
 * the source columns), typed from the allocation decision. Consolidation compares each
 * unit's own "Giao vốn" with its row here.
 */
export const UNIT_ALLOCATION_SHEET_NAME = 'Giao vốn theo đơn vị';
export const UNIT_ALLOCATION_SHEET_ID = 'unitAllocation';
/** Column keys in sheet order; DON_VI is the anchor a reader finds the key row by. */
export const UNIT_ALLOCATION_KEYS = ['STT', 'DON_VI', ...SOURCES.map((s) => s.key), 'GHI_CHU'] as const;
export const UNIT_ALLOCATION_LAYOUT = { titleRow: 0, subtitleRow: 1, unitRow: 2, headerRow: 4, keyRow: 5, totalRow: 6 };

const col = (key: string) => (UNIT_ALLOCATION_KEYS as readonly string[]).indexOf(key);
const partColsOf = (key: SourceKey) => (SOURCES.find((s) => s.key === key)?.parts ?? []).map((p) => col(p));

export function buildUnitAllocationSheet(options: Settings, units: string[]): SheetPlan {
  const { titleRow, subtitleRow, unitRow, headerRow, keyRow, totalRow } = UNIT_ALLOCATION_LAYOUT;
  const lastCol = UNIT_ALLOCATION_KEYS.length - 1;
  const cells: CellPlan[] = [
    {
      row: titleRow,
      col: 0,
      value: `VỐN GIAO CHO CÁC ĐƠN VỊ CẤP DƯỚI THỰC HIỆN ${PROGRAM_TITLE} NĂM ${options.year}`,
      style: 'title',
    },
    { row: subtitleRow, col: 0, value: unitNameLine(options), style: 'subtitle' },
    { row: unitRow, col: 0, value: unitLine(options), style: 'unit' },
  ];
  UNIT_ALLOCATION_KEYS.forEach((key, c) => {
    const source = SOURCES.find((s) => s.key === key);
    const header = source ? source.name : key === 'STT' ? 'STT' : key === 'DON_VI' ? 'Đơn vị' : 'Ghi chú';
    cells.push({ row: headerRow, col: c, value: header, style: 'header' });
    cells.push({ row: keyRow, col: c, value: key, style: 'key' });
  });
  cells.push({ row: keyRow, col: lastCol + 1, value: sheetMarker('template', UNIT_ALLOCATION_SHEET_ID), style: 'key' });

  const firstUnitRow = totalRow + 1;
  const unitRows = units.map((_, i) => firstUnitRow + i);
  cells.push({ row: totalRow, col: col('DON_VI'), value: 'TỔNG CỘNG', style: styleKey.text('total', 'name') });
  cells.push({ row: totalRow, col: col('STT'), style: styleKey.text('total', 'stt') });
  cells.push({ row: totalRow, col: col('GHI_CHU'), style: styleKey.text('total', 'note') });
  for (const source of SOURCES) {
    const c = col(source.key);
    const formula = unitRows.length ? sumOfRows(unitRows, c) : undefined;
    cells.push({ row: totalRow, col: c, ...(formula ? { formula } : {}), style: styleKey.money('total', true) });
  }
  units.forEach((name, i) => {
    const row = firstUnitRow + i;
    cells.push({ row, col: col('STT'), value: i + 1, style: styleKey.text('leaf', 'stt') });
    cells.push({ row, col: col('DON_VI'), value: name, style: styleKey.text('leaf', 'name') });
    cells.push({ row, col: col('GHI_CHU'), style: styleKey.text('leaf', 'note') });
    for (const source of SOURCES) {
      const c = col(source.key);
      const parts = partColsOf(source.key);
      cells.push(
        parts.length
          ? { row, col: c, formula: blankAwareSumAcross(row, parts), style: styleKey.money('leaf', true) }
          : { row, col: c, style: styleKey.money('leaf', false) },
      );
    }
  });
  const sourceCols = SOURCES.map((s) => col(s.key));
  return {
    id: UNIT_ALLOCATION_SHEET_ID,
    name: UNIT_ALLOCATION_SHEET_NAME,
    kind: 'template',
    styles: moneySheetStyles(MONEY_UNITS[options.unit].numFmt),
    cells,
    columns: [
      ...UNIT_ALLOCATION_KEYS.map((key, index) => ({
        index,
        width: key === 'STT' ? 6 : key === 'DON_VI' ? 28 : key === 'GHI_CHU' ? 20 : 14,
      })),
      { index: lastCol + 1, width: 8, hidden: true },
    ],
    rows: [
      { index: titleRow, height: 36 },
      { index: headerRow, height: 60 },
      { index: keyRow, hidden: true },
    ],
    merges: [titleRow, subtitleRow, unitRow].map((r) => ({ top: r, bottom: r, left: 0, right: lastCol })),
    validations: unitRows.length
      ? [
          {
            range: {
              top: firstUnitRow,
              bottom: unitRows[unitRows.length - 1],
              left: Math.min(...sourceCols),
              right: Math.max(...sourceCols),
            },
            rule: { type: 'decimal', min: 0 },
            errorMessage: 'Số tiền phải là số không âm (≥ 0). / Amount must be a number ≥ 0.',
          },
        ]
      : [],
    freeze: { rows: keyRow + 1, cols: 2 },
    print: {
      orientation: 'landscape',
      paper: 'A4',
      fitToWidth: true,
      titleRows: { first: headerRow, last: headerRow },
    },
    tabColor: '2F75B5',
  };
}
