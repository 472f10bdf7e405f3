import type ExcelJS from 'exceljs';
import { SHEET_NAMES } from '../../domain/workbookLayout';
import { templateOptionsSchema, type TemplateOptions } from '../../domain/settings';
import { formatCalendarDate, parseCalendarDate } from '../../domain/asOfDate';
import { cellText, findKeyRow, findTemplateSheet } from './sheetScan';

const SETTING_TO_OPTION = {
  DON_VI: 'unitName',
  CAP: 'level',
  NAM: 'year',
  DON_VI_TINH: 'unit',
  DOI_UNG_TOI_THIEU: 'counterpartPercent',
  SO_QD_GIAO_VON: 'allocationDecision',
  SO_KE_HOACH: 'planNumber',
  NGAY_KE_HOACH: 'planDate',
  NGAY_SO_LIEU: 'asOfDate',
  DOI_UNG_THEO: 'counterpartScope',
} as const;

/**
 * Template options from the workbook's "Thông tin" sheet, each field falling back to its
 * default when missing or invalid (the sheet is rebuilt from these, never rejected).
 */
export function readTemplateOptions(
  workbook: ExcelJS.Workbook,
  fallbackYear = new Date().getFullYear(),
): TemplateOptions {
  const raw: Record<string, unknown> = {};
  const sheet = findTemplateSheet(workbook, 'settings', SHEET_NAMES.settings);
  const keys = sheet ? findKeyRow(sheet, 'KHOA') : null;
  if (sheet && keys) {
    const keyCol = keys.columns.get('KHOA')!;
    const valueCol = keys.columns.get('GIA_TRI');
    for (let r = keys.row + 1; valueCol && r <= sheet.rowCount; r++) {
      const key = cellText(sheet.getCell(r, keyCol).value)?.trim() as keyof typeof SETTING_TO_OPTION | undefined;
      if (!key || !(key in SETTING_TO_OPTION)) continue;
      const value = sheet.getCell(r, valueCol).value;
      const option = SETTING_TO_OPTION[key];
      // A real date cell (NGAY_SO_LIEU) comes back as a Date: keep it as dd/mm/yyyy.
      const text =
        value instanceof Date ? formatCalendarDate(parseCalendarDate(value.toISOString())!) : cellText(value);
      if (value === null || value === undefined || text?.trim() === '') continue;
      raw[option] =
        option === 'year' || option === 'counterpartPercent'
          ? typeof value === 'number'
            ? value
            : Number(text)
          : (text ?? (typeof value === 'number' ? String(value) : undefined));
    }
  }
  const base = templateOptionsSchema.parse({ year: fallbackYear });
  const shape = templateOptionsSchema.shape;
  const options: Record<string, unknown> = { ...base };
  for (const [field, value] of Object.entries(raw)) {
    const parsed = shape[field as keyof typeof shape].safeParse(value);
    if (parsed.success && parsed.data !== undefined) options[field] = parsed.data;
  }
  return options as TemplateOptions;
}
