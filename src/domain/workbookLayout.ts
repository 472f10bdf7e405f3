import { z } from 'zod';
import { SOURCE_KEYS } from './sources';

/**
 * The contract between templates, validation, appendices and hosts: sheet names, the
 * machine keys carried in each data sheet's (hidden) key row, the settings keys of
 * "Thông tin", and the marker that says a sheet is the add-in's own.
 * Checks find columns and rows by these keys, never by position, so they survive
 * inserted rows and columns.
 */
export const SHEET_NAMES = {
  settings: 'Thông tin',
  allocation: 'Giao vốn',
  plan: 'Kế hoạch vốn',
  indicators: 'Chỉ tiêu',
  disbursement: 'Giải ngân',
} as const;
export type TemplateSheetId = keyof typeof SHEET_NAMES;

export const APPENDIX_SHEET_NAMES = {
  pb01: 'Phụ biểu 01 - Chỉ tiêu',
  pb02: 'Phụ biểu 02 - Kế hoạch vốn',
  pb03: 'Phụ biểu 03 - Nguồn vốn',
  pb04: 'Phụ biểu 04 - Giải ngân',
} as const;
export type AppendixSheetId = keyof typeof APPENDIX_SHEET_NAMES;

export const FINDINGS_SHEET_NAME = 'Kết quả kiểm tra';

/** Column keys of the money sheets (Giao vốn, Kế hoạch vốn), in sheet order. */
export const MONEY_COLUMN_KEYS = ['STT', 'MA', 'NOI_DUNG', ...SOURCE_KEYS, 'GHI_CHU'] as const;
/** Column keys of Chỉ tiêu, in sheet order. */
export const INDICATOR_COLUMN_KEYS = ['STT', 'MA', 'CHI_TIEU', 'DVT', 'KE_HOACH', 'DON_VI_CHU_TRI', 'GHI_CHU'] as const;
/**
 * Column keys of Giải ngân, in sheet order: per capital type (ĐTPT, SN) the year's plan
 * (KH), disbursed from it (GN), its rate (TL), previous years' plan carried over (KD),
 * disbursed from that (GNKD) and its rate (TLKD).
 */
export const DISBURSEMENT_COLUMN_KEYS = [
  'STT',
  'MA',
  'NOI_DUNG',
  'KH_DTPT',
  'GN_DTPT',
  'TL_DTPT',
  'KD_DTPT',
  'GNKD_DTPT',
  'TLKD_DTPT',
  'KH_SN',
  'GN_SN',
  'TL_SN',
  'KD_SN',
  'GNKD_SN',
  'TLKD_SN',
  'GHI_CHU',
] as const;
export type DisbursementColumnKey = (typeof DISBURSEMENT_COLUMN_KEYS)[number];
/** Column keys of Thông tin. */
export const SETTINGS_COLUMN_KEYS = ['KHOA', 'NOI_DUNG', 'GIA_TRI'] as const;

/** Code of the grand-total row on the money sheets. */
export const TOTAL_ROW_CODE = 'TONG';

/** Settings keys of "Thông tin". */
export const SETTING_KEYS = [
  'DON_VI',
  'CAP',
  'NAM',
  'DON_VI_TINH',
  'DOI_UNG_TOI_THIEU',
  'SO_QD_GIAO_VON',
  'SO_KE_HOACH',
  'NGAY_KE_HOACH',
  'NGAY_SO_LIEU',
  'PHIEN_BAN_MAU',
  'DOI_UNG_THEO',
] as const;
export const settingKeySchema = z.enum(SETTING_KEYS);
export type SettingKey = z.infer<typeof settingKeySchema>;

export const TEMPLATE_VERSION = '1.0';

/**
 * Marker written in the key row (template sheets) or hidden first row (appendix sheets):
 * `#mtqg:<kind>:<sheetId>:<version>`. Cells whose value starts with '#' are not column keys.
 */
export const MARKER_PREFIX = '#mtqg:';
export type SheetKind = 'template' | 'appendix' | 'report';
export function sheetMarker(kind: SheetKind, sheetId: string): string {
  return `${MARKER_PREFIX}${kind}:${sheetId}:${TEMPLATE_VERSION}`;
}
export function parseSheetMarker(value: unknown): { kind: SheetKind; sheetId: string; version: string } | null {
  if (typeof value !== 'string' || !value.startsWith(MARKER_PREFIX)) return null;
  const [kind, sheetId, version] = value.slice(MARKER_PREFIX.length).split(':');
  if (kind !== 'template' && kind !== 'appendix' && kind !== 'report') return null;
  return { kind, sheetId: sheetId ?? '', version: version ?? '' };
}

/** How many top rows a reader scans for the key row / marker (users may insert title rows). */
export const KEY_ROW_SCAN_LIMIT = 30;

/** Detail rows under a leaf: the leaf's code plus a numeric segment, e.g. DA4.TDA1.ND1.01. */
export const DETAIL_CODE_PATTERN = /^(DA\d+(?:\.[A-Z0-9]+)*)\.(\d{1,4})$/;
