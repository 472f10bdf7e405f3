import { SETTING_ROWS, settingFallback, settingsSchema, type AnySettingField, type Settings } from '../domain/settings';
import { SHEET_NAMES } from '../domain/workbookLayout';
import { cellAt, type CellSnapshot } from '../model/snapshot';
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
    return n.state === 'number' ? n.value : cell.v;
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
  const cells = new Map<string, { row: number; col: number; cell: CellSnapshot }>();
  if (sheet) {
    const keyCol = sheet.cols.get('KHOA')!;
    const valueCol = sheet.cols.get('GIA_TRI');
    for (let r = sheet.keyRow + 1; r < sheet.sheet.rows.length && valueCol !== undefined; r++) {
      const k = cellAt(sheet.sheet, r, keyCol);
      if (k.t !== 's') continue;
      const key = String(k.v).trim();
      const cell = cellAt(sheet.sheet, r, valueCol);
      // A key written twice: the last filled row counts.
      if (cell.t !== 'z' || !cells.has(key)) cells.set(key, { row: r, col: valueCol, cell });
    }
  }
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
    findings.push(
      makeFinding('TEMPLATE_STRUCTURE', {
        sheet: sheet?.name ?? SHEET_NAMES.settings,
        row: at.row,
        col: at.col,
        severity: 'warning',
        message: `Không đọc được thiết lập ${field.key} ("${String(raw)}"); dùng mặc định ${String(settings[name])}.`,
        messageEn: `Setting ${field.key} ("${String(raw)}") is unreadable; using the default ${String(settings[name])}.`,
      }),
    );
  }
  return { settings: settings as Settings, findings };
}
