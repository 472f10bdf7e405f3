import { SETTING_KEYS, SETTINGS_COLUMN_KEYS, SHEET_NAMES, sheetMarker } from '../domain/workbookLayout';
import { SETTING_ROWS, boundsMessage, choicesMessage, type AnySettingField, type Settings } from '../domain/settings';
import type { CellPlan, CellValue, DataValidationPlan, SheetPlan, ValidationRule } from '../model/sheetPlan';
import { BASE_STYLES } from './styles';
import { parseCalendarDate, toSerial } from '../domain/asOfDate';
import { YEAR_BOUNDS } from '../domain/settings';

/** 0-based rows of Thông tin. */
export const SETTINGS_LAYOUT = { titleRow: 0, hintRow: 1, headerRow: 2, keyRow: 3, firstDataRow: 4 } as const;
export const SETTINGS_MARKER_COL = SETTINGS_COLUMN_KEYS.length;
const VALUE_COL = SETTINGS_COLUMN_KEYS.indexOf('GIA_TRI');

const FIELD_OF_KEY = new Map(SETTING_ROWS.map(([name, f]) => [f.key, { name, field: f }]));

/** A dd/mm/yyyy option as the Excel serial of a real date cell; blank when not a date. */
function dateSerial(text: string): CellValue {
  const date = parseCalendarDate(text);
  return date ? toSerial(date) : '';
}

const DATE_RULE: { rule: ValidationRule; error: string } = {
  rule: { type: 'date', min: `${YEAR_BOUNDS.min}-01-01`, max: `${YEAR_BOUNDS.max}-12-31` },
  error: `Nhập ngày dạng dd/mm/yyyy (${YEAR_BOUNDS.min}–${YEAR_BOUNDS.max}). / Enter a date dd/mm/yyyy (${YEAR_BOUNDS.min}–${YEAR_BOUNDS.max}).`,
};

/** The value cell's data validation, from the field's choices, bounds or date kind. */
function valueRule(f: AnySettingField): { rule: ValidationRule; error: string } | null {
  if (f.date) return DATE_RULE;
  const message = f.choices ? choicesMessage(Object.keys(f.choices)) : f.bounds ? boundsMessage(f.bounds) : null;
  if (message === null) return null;
  const [vi, en] = message.split(' / ');
  const error = `Giá trị ${vi}. / The value ${en}.`;
  if (f.choices) return { rule: { type: 'list', values: Object.keys(f.choices) }, error };
  const b = f.bounds!;
  return { rule: { type: b.whole ? 'whole' : 'decimal', min: b.min, max: b.max }, error };
}

function settingRow(key: (typeof SETTING_KEYS)[number], settings: Settings) {
  const found = FIELD_OF_KEY.get(key);
  if (!found) throw new Error(`No settings field for ${key}`);
  const { name, field } = found;
  const typed = field.written ?? settings[name];
  const value: CellValue = field.date ? dateSerial(String(typed)) : typed;
  return { label: field.label, value, validation: valueRule(field), style: field.date ? 'cellDate' : 'cellValue' };
}

/** Thông tin: one row per setting key (KHOA | NOI_DUNG | GIA_TRI). */
export function buildSettingsSheet(settings: Settings): SheetPlan {
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
    const setting = settingRow(key, settings);
    const value = setting.value;
    cells.push(
      { row, col: 0, value: key, style: 'cellCode' },
      { row, col: 1, value: setting.label, style: 'cellText' },
      { row, col: VALUE_COL, ...(value === '' ? {} : { value }), style: setting.style },
    );
    if (setting.validation) {
      validations.push({
        range: { top: row, bottom: row, left: VALUE_COL, right: VALUE_COL },
        rule: setting.validation.rule,
        errorMessage: setting.validation.error,
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
