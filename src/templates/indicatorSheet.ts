import { catalog } from '../domain/catalog';
import { INDICATOR_COLUMN_KEYS, SHEET_NAMES, sheetMarker } from '../domain/workbookLayout';
import type { Settings } from '../domain/settings';
import type { CellPlan, SheetPlan } from '../model/sheetPlan';
import { BASE_STYLES, wrappedRowHeight } from './styles';
import { unitNameLine } from './moneySheet';

/** 0-based rows of Chỉ tiêu's fixed top block. */
export const INDICATOR_LAYOUT = {
  titleRow: 0,
  subtitleRow: 1,
  headerRow: 3,
  numberingRow: 4,
  keyRow: 5,
  firstDataRow: 6,
} as const;
export const INDICATOR_MARKER_COL = INDICATOR_COLUMN_KEYS.length;

type IndicatorKey = (typeof INDICATOR_COLUMN_KEYS)[number];
const COLUMNS: Record<IndicatorKey, { header: (o: Settings) => string; width: number }> = {
  STT: { header: () => 'STT', width: 6 },
  MA: { header: () => 'Mã', width: 8 },
  CHI_TIEU: { header: () => 'Chỉ tiêu', width: 60 },
  DVT: { header: () => 'Đơn vị tính', width: 20 },
  KE_HOACH: { header: (o) => `Kế hoạch năm ${o.year}`, width: 16 },
  DON_VI_CHU_TRI: { header: () => 'Đơn vị chủ trì theo dõi', width: 24 },
  GHI_CHU: { header: () => 'Ghi chú', width: 28 },
};
const col = (key: IndicatorKey) => INDICATOR_COLUMN_KEYS.indexOf(key);

/** Chỉ tiêu: the program indicators pre-filled from the catalog; targets typed in KE_HOACH. */
export function buildIndicatorSheet(options: Settings): SheetPlan {
  const { titleRow, subtitleRow, headerRow, numberingRow, keyRow, firstDataRow } = INDICATOR_LAYOUT;
  const lastCol = INDICATOR_COLUMN_KEYS.length - 1;
  const cells: CellPlan[] = [
    {
      row: titleRow,
      col: 0,
      value: `CHỈ TIÊU KẾ HOẠCH NĂM ${options.year} CHƯƠNG TRÌNH MTQG PHÁT TRIỂN KINH TẾ - XÃ HỘI VÙNG ĐỒNG BÀO DTTS&MN`,
      style: 'title',
    },
    { row: subtitleRow, col: 0, value: unitNameLine(options), style: 'subtitle' },
  ];
  INDICATOR_COLUMN_KEYS.forEach((key, c) => {
    cells.push({ row: headerRow, col: c, value: COLUMNS[key].header(options), style: 'header' });
    cells.push({
      row: numberingRow,
      col: c,
      value: c < 4 ? String.fromCharCode(65 + c) : String(c - 3),
      style: 'numbering',
    });
    cells.push({ row: keyRow, col: c, value: key, style: 'key' });
  });
  cells.push({ row: keyRow, col: INDICATOR_MARKER_COL, value: sheetMarker('template', 'indicators'), style: 'key' });

  const rowHeights: SheetPlan['rows'] = [];
  catalog.indicators.forEach((indicator, i) => {
    const row = firstDataRow + i;
    const height = wrappedRowHeight(indicator.name, COLUMNS.CHI_TIEU.width);
    if (height) rowHeights.push({ index: row, height });
    cells.push(
      { row, col: col('STT'), value: i + 1, style: 'cellCenter' },
      { row, col: col('MA'), value: indicator.code, style: 'cellCode' },
      { row, col: col('CHI_TIEU'), value: indicator.name, style: 'cellText' },
      { row, col: col('DVT'), value: indicator.unit, style: 'cellCenter' },
      { row, col: col('KE_HOACH'), style: 'cellInput' },
      { row, col: col('DON_VI_CHU_TRI'), style: 'cellText' },
      { row, col: col('GHI_CHU'), style: 'cellText' },
    );
  });

  return {
    id: 'indicators',
    name: SHEET_NAMES.indicators,
    kind: 'template',
    styles: { ...BASE_STYLES },
    cells,
    columns: [
      ...INDICATOR_COLUMN_KEYS.map((key, index) => ({ index, width: COLUMNS[key].width })),
      { index: INDICATOR_MARKER_COL, width: 8, hidden: true },
    ],
    rows: [
      { index: titleRow, height: 36 },
      { index: headerRow, height: 30 },
      { index: keyRow, hidden: true },
      ...rowHeights,
    ],
    merges: [titleRow, subtitleRow].map((row) => ({ top: row, bottom: row, left: 0, right: lastCol })),
    // KE_HOACH takes numbers or the legal text "Đánh giá cuối giai đoạn", so no cell rule here:
    // value checks are validation findings (INDICATOR_VALUE_INVALID).
    validations: [],
    freeze: { rows: firstDataRow, cols: 3 },
    print: {
      orientation: 'landscape',
      paper: 'A4',
      fitToWidth: true,
      titleRows: { first: headerRow, last: numberingRow },
    },
    tabColor: 'BF8F00',
  };
}
