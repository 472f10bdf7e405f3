import {
  SETTING_KEYS,
  SETTINGS_COLUMN_KEYS,
  SHEET_NAMES,
  TEMPLATE_VERSION,
  sheetMarker,
  type SettingKey,
} from '../domain/workbookLayout';
import { levelSchema, moneyUnitSchema } from '../domain/units';
import { counterpartScopeSchema } from '../domain/counterpart';
import type { TemplateOptions } from '../domain/settings';
import type { CellPlan, CellValue, DataValidationPlan, SheetPlan, ValidationRule } from '../model/sheetPlan';
import { BASE_STYLES } from './styles';
import { parseCalendarDate, toSerial } from '../domain/asOfDate';

/** 0-based rows of Thông tin. */
export const SETTINGS_LAYOUT = { titleRow: 0, hintRow: 1, headerRow: 2, keyRow: 3, firstDataRow: 4 } as const;
export const SETTINGS_MARKER_COL = SETTINGS_COLUMN_KEYS.length;
const VALUE_COL = SETTINGS_COLUMN_KEYS.indexOf('GIA_TRI');

interface SettingRow {
  label: string;
  value: (o: TemplateOptions) => CellValue;
  rule?: ValidationRule;
  error?: string;
  /** Style of the value cell (default 'cellValue'). */
  style?: string;
}

/** A dd/mm/yyyy option as the Excel serial of a real date cell; blank when not a date. */
function dateSerial(text: string): CellValue {
  const date = parseCalendarDate(text);
  return date ? toSerial(date) : '';
}

const SETTING_ROWS: Record<SettingKey, SettingRow> = {
  DON_VI: { label: 'Tên đơn vị lập kế hoạch', value: (o) => o.unitName },
  CAP: {
    label: 'Cấp (tinh = tỉnh, huyen = huyện, xa = xã)',
    value: (o) => o.level,
    rule: { type: 'list', values: [...levelSchema.options] },
    error: 'Chọn tinh, huyen hoặc xa. / Choose tinh, huyen or xa.',
  },
  NAM: {
    label: 'Năm kế hoạch',
    value: (o) => o.year,
    rule: { type: 'whole', min: 2021, max: 2100 },
    error: 'Năm là số nguyên từ 2021 đến 2100. / Year must be a whole number 2021–2100.',
  },
  DON_VI_TINH: {
    label: 'Đơn vị tính tiền (dong = đồng, nghin = nghìn đồng, trieu = triệu đồng)',
    value: (o) => o.unit,
    rule: { type: 'list', values: [...moneyUnitSchema.options] },
    error: 'Chọn dong, nghin hoặc trieu. / Choose dong, nghin or trieu.',
  },
  DOI_UNG_TOI_THIEU: {
    label: 'Tỷ lệ vốn đối ứng NSĐP tối thiểu (% so với NSTW)',
    value: (o) => o.counterpartPercent,
    rule: { type: 'decimal', min: 0, max: 100 },
    error: 'Tỷ lệ là số từ 0 đến 100. / Percent must be 0–100.',
  },
  SO_QD_GIAO_VON: { label: 'Số quyết định giao vốn', value: (o) => o.allocationDecision },
  SO_KE_HOACH: { label: 'Số kế hoạch', value: (o) => o.planNumber },
  NGAY_KE_HOACH: { label: 'Ngày ban hành kế hoạch', value: (o) => o.planDate },
  NGAY_SO_LIEU: {
    label: 'Ngày số liệu giải ngân (dd/mm/yyyy; trang "Giải ngân")',
    value: (o) => dateSerial(o.asOfDate),
    rule: { type: 'date', min: '2021-01-01', max: '2100-12-31' },
    error: 'Nhập ngày dạng dd/mm/yyyy (2021–2100). / Enter a date dd/mm/yyyy (2021–2100).',
    style: 'cellDate',
  },
  PHIEN_BAN_MAU: { label: 'Phiên bản mẫu (không sửa)', value: () => TEMPLATE_VERSION },
  DOI_UNG_THEO: {
    label: 'Tỷ lệ đối ứng tính trên (tong = tổng vốn NSTW, tung_loai = từng loại vốn ĐTPT, SN)',
    value: (o) => o.counterpartScope,
    rule: { type: 'list', values: [...counterpartScopeSchema.options] },
    error: 'Chọn tong hoặc tung_loai. / Choose tong or tung_loai.',
  },
};

/** Thông tin: one row per setting key (KHOA | NOI_DUNG | GIA_TRI). */
export function buildSettingsSheet(options: TemplateOptions): SheetPlan {
  const { titleRow, hintRow, headerRow, keyRow, firstDataRow } = SETTINGS_LAYOUT;
  const cells: CellPlan[] = [
    { row: titleRow, col: 0, value: 'THÔNG TIN CHUNG CỦA KẾ HOẠCH', style: 'title' },
    {
      row: hintRow,
      col: 0,
      value: 'Điền hoặc sửa cột "Giá trị"; không sửa cột "Mã khóa". / Edit the value column only.',
      style: 'hint',
    },
    { row: headerRow, col: 0, value: 'Mã khóa', style: 'header' },
    { row: headerRow, col: 1, value: 'Nội dung', style: 'header' },
    { row: headerRow, col: 2, value: 'Giá trị', style: 'header' },
  ];
  SETTINGS_COLUMN_KEYS.forEach((key, col) => cells.push({ row: keyRow, col, value: key, style: 'key' }));
  cells.push({ row: keyRow, col: SETTINGS_MARKER_COL, value: sheetMarker('template', 'settings'), style: 'key' });

  const validations: DataValidationPlan[] = [];
  SETTING_KEYS.forEach((key, i) => {
    const row = firstDataRow + i;
    const setting = SETTING_ROWS[key];
    const value = setting.value(options);
    cells.push(
      { row, col: 0, value: key, style: 'cellCode' },
      { row, col: 1, value: setting.label, style: 'cellText' },
      { row, col: VALUE_COL, ...(value === '' ? {} : { value }), style: setting.style ?? 'cellValue' },
    );
    if (setting.rule) {
      validations.push({
        range: { top: row, bottom: row, left: VALUE_COL, right: VALUE_COL },
        rule: setting.rule,
        errorMessage: setting.error,
      });
    }
  });

  return {
    id: 'settings',
    name: SHEET_NAMES.settings,
    kind: 'template',
    styles: { ...BASE_STYLES, cellDate: { ...BASE_STYLES.cellValue, numFmt: 'dd/mm/yyyy' } },
    cells,
    columns: [
      { index: 0, width: 22 },
      { index: 1, width: 58 },
      { index: 2, width: 34 },
      { index: SETTINGS_MARKER_COL, width: 8, hidden: true },
    ],
    rows: [
      { index: titleRow, height: 30 },
      { index: keyRow, hidden: true },
    ],
    merges: [titleRow, hintRow].map((row) => ({ top: row, bottom: row, left: 0, right: 2 })),
    validations,
    freeze: { rows: firstDataRow, cols: 0 },
    print: {
      orientation: 'landscape',
      paper: 'A4',
      fitToWidth: true,
      titleRows: { first: headerRow, last: headerRow },
    },
    tabColor: '808080',
  };
}
