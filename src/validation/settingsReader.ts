import { workbookSettingsSchema, type WorkbookSettings } from '../domain/settings';
import { SETTING_KEYS, SHEET_NAMES } from '../domain/workbookLayout';
import { MONEY_UNITS, LEVEL_LABELS } from '../domain/units';
import { COUNTERPART_SCOPE_LABELS } from '../domain/counterpart';
import { cellAt } from '../model/snapshot';
import type { WorkbookModel } from './workbookModel';
import { readCellNumber } from './cellNumber';
import { makeFinding } from './findingFactory';
import type { Finding } from '../model/finding';

function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/gi, 'd')
    .toLowerCase()
    .trim();
}

/** Accepts the machine key ('trieu') or what a user types ('triệu đồng', 'Tỉnh'). */
function matchLabel<K extends string>(text: string, table: Record<K, { label: string }>): K | string {
  const f = fold(text);
  for (const key of Object.keys(table) as K[]) {
    if (fold(key) === f || fold(table[key].label) === f) return key;
  }
  return text;
}

const NUMERIC_KEYS = new Set(['NAM', 'DOI_UNG_TOI_THIEU']);

/** Settings of "Thông tin" with defaults; findings say which ones could not be read. */
export function readSettingsFromModel(model: WorkbookModel): { settings: WorkbookSettings; findings: Finding[] } {
  const findings: Finding[] = [];
  const raw: Record<string, unknown> = {};
  const sheet = model.settings;
  const cellOf = new Map<string, { row: number; col: number }>();
  if (sheet) {
    const keyCol = sheet.cols.get('KHOA')!;
    const valueCol = sheet.cols.get('GIA_TRI');
    for (let r = sheet.keyRow + 1; r < sheet.sheet.rows.length && valueCol !== undefined; r++) {
      const k = cellAt(sheet.sheet, r, keyCol);
      const key = k.t === 's' ? String(k.v).trim() : '';
      if (!(SETTING_KEYS as readonly string[]).includes(key)) continue;
      const cell = cellAt(sheet.sheet, r, valueCol);
      cellOf.set(key, { row: r, col: valueCol });
      if (cell.t === 'z') continue;
      if (NUMERIC_KEYS.has(key)) {
        const n = readCellNumber(cell);
        raw[key] = n.state === 'number' ? n.value : cell.v;
      } else if (key === 'DON_VI_TINH') raw[key] = matchLabel(String(cell.v), MONEY_UNITS);
      else if (key === 'CAP') raw[key] = matchLabel(String(cell.v), LEVEL_LABELS);
      else if (key === 'DOI_UNG_THEO') raw[key] = matchLabel(String(cell.v), COUNTERPART_SCOPE_LABELS);
      else raw[key] = String(cell.v).trim();
    }
  }
  if (raw.NAM === undefined) raw.NAM = new Date().getUTCFullYear();
  const settings: Record<string, unknown> = {};
  const defaults = workbookSettingsSchema.parse({ NAM: 2025 });
  for (const key of SETTING_KEYS) {
    const one = workbookSettingsSchema.shape[key].safeParse(raw[key]);
    if (one.success) {
      settings[key] = one.data;
      continue;
    }
    settings[key] = key === 'NAM' ? new Date().getUTCFullYear() : defaults[key];
    const at = cellOf.get(key);
    findings.push(
      makeFinding('TEMPLATE_STRUCTURE', {
        sheet: sheet?.name ?? SHEET_NAMES.settings,
        row: at?.row,
        col: at?.col,
        severity: 'warning',
        message: `Không đọc được thiết lập ${key} ("${String(raw[key])}"); dùng mặc định ${String(settings[key])}.`,
        messageEn: `Setting ${key} ("${String(raw[key])}") is unreadable; using the default ${String(settings[key])}.`,
      }),
    );
  }
  return { settings: settings as WorkbookSettings, findings };
}
