import { z } from 'zod';
import { LEVEL_LABELS, MONEY_UNITS, levelSchema, moneyUnitSchema } from './units';
import { COUNTERPART_SCOPE_LABELS, DEFAULT_COUNTERPART_PERCENT, counterpartScopeSchema } from './counterpart';
import { TEMPLATE_VERSION, type SettingKey } from './workbookLayout';

/**
 * The workbook settings as ONE field table: the "Thông tin" sheet rows, the `mtqg template`
 * flags, the pane's form checks, the settings reader and the one zod schema below are all
 * derived from it. To add a setting: its key in workbookLayout.SETTING_KEYS (sheet order)
 * and one row here.
 */

export interface Bounds {
  min: number;
  max: number;
  whole: boolean;
}
export const YEAR_BOUNDS: Bounds = { min: 2021, max: 2100, whole: true };
export const PERCENT_BOUNDS: Bounds = { min: 0, max: 100, whole: false };

type Labelled = Record<string, { label: string; labelEn: string }>;

interface FieldSpec<R extends z.ZodType> {
  /** Row key on "Thông tin". */
  key: SettingKey;
  /** `mtqg template --<flag>`; none: not set from the command line. */
  flag?: string;
  /** Label on "Thông tin" (Vietnamese) and its English beside it (CLI help). */
  label: string;
  labelEn: string;
  /** The value's rule; messages say "phải là … / must be …" (callers name the field). */
  rule: R;
  /** Value when missing or unreadable (the sheet is read, never rejected). */
  fallback: () => z.output<R>;
  /** No schema default: code that builds a template says which year. */
  required?: boolean;
  bounds?: Bounds;
  /** Choice fields: what a user may type on the sheet besides the key ('Tỉnh', 'triệu đồng'). */
  choices?: Labelled;
  /** Written by the template whatever the input (the template version). */
  written?: string;
  /** A calendar date: the sheet holds a real date cell (dd/mm/yyyy), read back as typed or as its serial. */
  date?: true;
}

const field = <R extends z.ZodType>(spec: FieldSpec<R>) => spec;

export function boundsMessage(b: Bounds): string {
  return b.whole
    ? `phải là số nguyên từ ${b.min} đến ${b.max} / must be a whole number ${b.min}–${b.max}`
    : `phải là số từ ${b.min} đến ${b.max} / must be a number ${b.min}–${b.max}`;
}
export const NOT_A_NUMBER_MESSAGE = 'phải là số / must be a number';

export function choicesMessage(keys: readonly string[]): string {
  const list = (last: string) => `${keys.slice(0, -1).join(', ')} ${last} ${keys[keys.length - 1]}`;
  return `phải là ${list('hoặc')} / must be ${list('or')}`;
}

function bounded(b: Bounds) {
  const message = boundsMessage(b);
  const n = z.number({ error: NOT_A_NUMBER_MESSAGE }).min(b.min, message).max(b.max, message);
  return b.whole ? n.int(message) : n;
}
const text = () => z.string().trim();

/** This year, kept inside the year bounds. */
export function currentYear(): number {
  return Math.min(Math.max(new Date().getFullYear(), YEAR_BOUNDS.min), YEAR_BOUNDS.max);
}

export const SETTING_FIELDS = {
  unitName: field({
    key: 'DON_VI',
    flag: 'name',
    label: 'Tên đơn vị lập kế hoạch',
    labelEn: 'Name of the planning unit, e.g. "Huyện Vĩnh Linh"',
    rule: text(),
    fallback: () => '',
  }),
  level: field({
    key: 'CAP',
    flag: 'level',
    label: 'Cấp (tinh = tỉnh, huyen = huyện, xa = xã)',
    labelEn: 'Level (tinh = province, huyen = district, xa = commune)',
    rule: z.enum(levelSchema.options, { error: choicesMessage(levelSchema.options) }),
    fallback: () => 'huyen' as const,
    choices: LEVEL_LABELS,
  }),
  year: field({
    key: 'NAM',
    flag: 'year',
    label: 'Năm kế hoạch',
    labelEn: 'Plan year',
    rule: bounded(YEAR_BOUNDS),
    fallback: currentYear,
    required: true,
    bounds: YEAR_BOUNDS,
  }),
  unit: field({
    key: 'DON_VI_TINH',
    flag: 'unit',
    label: 'Đơn vị tính tiền (dong = đồng, nghin = nghìn đồng, trieu = triệu đồng)',
    labelEn: 'Money unit (dong = VND, nghin = thousand VND, trieu = million VND)',
    rule: z.enum(moneyUnitSchema.options, { error: choicesMessage(moneyUnitSchema.options) }),
    fallback: () => 'trieu' as const,
    choices: MONEY_UNITS,
  }),
  counterpartPercent: field({
    key: 'DOI_UNG_TOI_THIEU',
    flag: 'counterpart',
    label: 'Tỷ lệ vốn đối ứng NSĐP tối thiểu (% so với NSTW)',
    labelEn: 'Minimum local counterpart (% of the central budget)',
    rule: bounded(PERCENT_BOUNDS),
    fallback: () => DEFAULT_COUNTERPART_PERCENT,
    bounds: PERCENT_BOUNDS,
  }),
  allocationDecision: field({
    key: 'SO_QD_GIAO_VON',
    label: 'Số quyết định giao vốn',
    labelEn: 'Allocation decision number',
    rule: text(),
    fallback: () => '',
  }),
  planNumber: field({
    key: 'SO_KE_HOACH',
    label: 'Số kế hoạch',
    labelEn: 'Plan number',
    rule: text(),
    fallback: () => '',
  }),
  planDate: field({
    key: 'NGAY_KE_HOACH',
    label: 'Ngày ban hành kế hoạch',
    labelEn: 'Plan date',
    rule: text(),
    fallback: () => '',
  }),
  asOfDate: field({
    key: 'NGAY_SO_LIEU',
    label: 'Ngày số liệu giải ngân (dd/mm/yyyy; trang "Giải ngân")',
    labelEn: 'As-of date of the disbursement figures (dd/mm/yyyy; sheet "Giải ngân")',
    // As read: dd/mm/yyyy, ISO or an Excel serial (domain/asOfDate.ts parses it).
    rule: text(),
    fallback: () => '',
    date: true,
  }),
  templateVersion: field({
    key: 'PHIEN_BAN_MAU',
    label: 'Phiên bản mẫu (không sửa)',
    labelEn: 'Template version (do not edit)',
    rule: text(),
    fallback: () => '',
    written: TEMPLATE_VERSION,
  }),
  counterpartScope: field({
    key: 'DOI_UNG_THEO',
    flag: 'counterpart-scope',
    label: 'Tỷ lệ đối ứng tính trên (tong = tổng vốn NSTW, tung_loai = từng loại vốn ĐTPT, SN)',
    labelEn: 'Counterpart minimum on (tong = the whole central budget, tung_loai = each capital type)',
    rule: z.enum(counterpartScopeSchema.options, { error: choicesMessage(counterpartScopeSchema.options) }),
    fallback: () => 'tong' as const,
    choices: COUNTERPART_SCOPE_LABELS,
  }),
};

type Fields = typeof SETTING_FIELDS;
export type SettingField = keyof Fields;
export type AnySettingField = FieldSpec<z.ZodType>;

/** The rows of the table in "Thông tin" order, with their field names. */
export const SETTING_ROWS = Object.entries(SETTING_FIELDS) as Array<[SettingField, AnySettingField]>;

type Shape = {
  [K in SettingField]: Fields[K] extends { required: true } ? Fields[K]['rule'] : z.ZodDefault<Fields[K]['rule']>;
};

/** The one settings schema (defaults filled, invalid input throws): template options and what a reader returns. */
export const settingsSchema = z.object(
  Object.fromEntries(
    SETTING_ROWS.map(([name, f]) => [name, f.required ? f.rule : f.rule.default(f.fallback() as never)]),
  ) as Shape,
);
export type Settings = z.infer<typeof settingsSchema>;
export type SettingsInput = z.input<typeof settingsSchema>;

/** The field's value when `raw` breaks its rule or is missing. */
export function settingFallback<K extends SettingField>(name: K): Settings[K] {
  return SETTING_FIELDS[name].fallback() as Settings[K];
}

/**
 * A number typed in a form (the pane): trimmed, a decimal comma accepted, then the field's
 * rule. Null when empty or outside the rule.
 */
export function parseSettingNumber(name: 'year' | 'counterpartPercent', typed: string): number | null {
  const trimmed = typed.trim();
  if (trimmed === '') return null;
  const parsed = SETTING_FIELDS[name].rule.safeParse(Number(trimmed.replace(',', '.')));
  return parsed.success ? parsed.data : null;
}
