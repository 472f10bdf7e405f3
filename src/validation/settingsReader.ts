import {
  SETTING_ROWS,
  boundsMessage,
  settingFallback,
  settingsSchema,
  type AnySettingField,
  type Settings,
} from '../domain/settings';
import { SHEET_NAMES } from '../domain/workbookLayout';
import { cellAt, rowCount, type CellSnapshot } from '../model/snapshot';
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
function matchLabel(text: string, choices: Record<string, { label: string }>): string {
  const f = fold(text);
  for (const key of Object.keys(choices)) {
    if (fold(key) === f || fold(choices[key].label) === f) return key;
  }
  return text;
}

/** A value cell as its field reads it: numbers as shown (10% is 10), choices by key or label. */
function rawValue(field: AnySettingField, cell: CellSnapshot): unknown {
  if (field.bounds) {
    const n = readCellNumber(cell);
    if (n.state === 'number') return n.value;
    // One number among words ("năm 2024", "5 phần trăm"): that number, as she plainly meant.
    const one = cell.t === 's' ? /^[^\d-]*(\d+)[^\d]*$/.exec(String(cell.v).trim()) : null;
    return one ? Number(one[1]) : cell.v;
  }
  if (field.choices) return matchLabel(String(cell.v), field.choices);
  return String(cell.v).trim();
}

/**
 * The one settings reader (the CLI, the pane, appendices and the xlsx host's sheet rebuild
 * all read "Thông tin" through it): each field from its key's row, by the field table's
 * rule; a missing value takes its fallback, an unreadable one too, with a finding.
 */
export function readSettingsFromModel(model: WorkbookModel): { settings: Settings; findings: Finding[] } {
  const findings: Finding[] = [];
  const sheet = model.settings;
  const cells = settingCells(model);
  const settings: Record<string, unknown> = {};
  for (const [name, field] of SETTING_ROWS) {
    const at = cells.get(field.key);
    if (!at || at.cell.t === 'z') {
      settings[name] = settingFallback(name);
      continue;
    }
    const raw = rawValue(field, at.cell);
    const one = settingsSchema.shape[name].safeParse(raw);
    if (one.success) {
      settings[name] = one.data;
      continue;
    }
    settings[name] = settingFallback(name);
    // A number outside its bounds is readable: say what it must be (the bounds' own words).
    const why = typeof raw === 'number' && field.bounds ? boundsMessage(field.bounds).split(' / ') : null;
    findings.push(
      makeFinding('TEMPLATE_STRUCTURE', {
        sheet: sheet?.name ?? SHEET_NAMES.settings,
        row: at.row,
        col: at.col,
        severity: 'warning',
        message: why
          ? `Thiết lập ${field.key} ("${String(raw)}") ${why[0]}; dùng mặc định ${String(settings[name])}.`
          : `Không đọc được thiết lập ${field.key} ("${String(raw)}"); dùng mặc định ${String(settings[name])}.`,
        messageEn: why
          ? `Setting ${field.key} ("${String(raw)}") ${why[1]}; using the default ${String(settings[name])}.`
          : `Setting ${field.key} ("${String(raw)}") is unreadable; using the default ${String(settings[name])}.`,
      }),
    );
  }
  return { settings: settings as Settings, findings };
}

/** Each setting key's value cell on "Thông tin" (0-based); a key written twice: the last filled row counts. */
function settingCells(model: WorkbookModel): Map<string, { row: number; col: number; cell: CellSnapshot }> {
  const cells = new Map<string, { row: number; col: number; cell: CellSnapshot }>();
  const sheet = model.settings;
  const keyCol = sheet?.cols.get('KHOA');
  const valueCol = sheet?.cols.get('GIA_TRI');
  if (!sheet || keyCol === undefined || valueCol === undefined) return cells;
  for (let r = sheet.keyRow + 1; r < rowCount(sheet.sheet); r++) {
    const k = cellAt(sheet.sheet, r, keyCol);
    if (k.t !== 's') continue;
    const key = String(k.v).trim();
    const cell = cellAt(sheet.sheet, r, valueCol);
    if (cell.t !== 'z' || !cells.has(key)) cells.set(key, { row: r, col: valueCol, cell });
  }
  return cells;
}

/** The 0-based cell of a setting's value on "Thông tin" (its key's row; the last filled one), or null. */
export function settingCellOf(model: WorkbookModel, key: string): { row: number; col: number } | null {
  const at = settingCells(model).get(key);
  return at ? { row: at.row, col: at.col } : null;
}
