import { TYPED_SOURCE_KEYS, SOURCE_KEYS, type SourceKey } from '../domain/sources';
import { type DisbursementColumnKey } from '../domain/workbookLayout';
import { DISB_AMOUNT_KEYS } from '../domain/disbursementColumns';
import { formatCalendarDate, parseCalendarDate } from '../domain/asOfDate';
import type { Settings } from '../domain/settings';
import { readSettingsFromModel } from '../validation/settingsReader';
import { readCellNumber } from '../validation/cellNumber';
import { cellAt, type CellSnapshot, type WorkbookSnapshot } from '../model/snapshot';
import { buildWorkbookModel, type KeyedSheet } from '../validation/workbookModel';

/**
 * What the appendices need from the template sheets: settings, the money rows of
 * "Kế hoạch vốn" and the indicator rows of "Chỉ tiêu". Reuses the validation model
 * (sheets located by marker/name, columns by the key row, rows by MA code).
 */
export type AppendixSettings = Pick<
  Settings,
  'unitName' | 'level' | 'unit' | 'counterpartPercent' | 'planNumber' | 'planDate'
> & {
  /** Null without a settings sheet (the reader would fall back to this year): shown as "…". */
  year: number | null;
  /** As-of date of the disbursement figures, dd/mm/yyyy ('' when not given). */
  asOfDate: string;
};

/** A Giải ngân row: its amount columns as the sheet's sums count them. */
export interface DisbursementRow {
  code: string;
  name: string;
  note: string;
  amounts: Partial<Record<DisbursementColumnKey, number>>;
}

export interface MoneyRow {
  code: string;
  name: string;
  note: string;
  /** Sources as the sheet's own sums count them (see summedFigure). */
  amounts: Record<SourceKey, number>;
}

export interface IndicatorRow {
  code: string;
  name: string;
  unit: string;
  /** Number, text ('Đánh giá cuối giai đoạn', or a slip like '04 hộ') or null when empty. */
  target: number | string | null;
  owner: string;
  note: string;
}

export interface AppendixModel {
  settings: AppendixSettings;
  /** Catalog lines, detail rows and TONG of Kế hoạch vốn, in sheet order. */
  planRows: MoneyRow[];
  indicators: IndicatorRow[];
  /** Catalog lines, detail rows and TONG of Giải ngân, in sheet order (empty without the sheet). */
  disbursementRows: DisbursementRow[];
}

export function cellText(cell: CellSnapshot): string {
  if (cell.v === null || cell.t === 'e') return '';
  return String(cell.v).trim();
}

/**
 * A money cell as Excel's SUMs count it: a number as stored (whatever its format), while
 * text (even "1.500", which validation flags as NUMBER_AS_TEXT), blanks and errors add
 * nothing — so the appendix adds up to the figures the working sheet shows.
 */
export function summedFigure(cell: CellSnapshot): number {
  return cell.t === 'n' && typeof cell.v === 'number' ? cell.v : 0;
}

function textAt(sheet: KeyedSheet, row: number, key: string): string {
  const col = sheet.cols.get(key);
  return col === undefined ? '' : cellText(cellAt(sheet.sheet, row, col));
}

/** A plan date typed as text stays as typed; an Excel date serial becomes dd/mm/yyyy. */
export function planDateText(raw: string): string {
  const serial = /^\d{5}(\.\d+)?$/.test(raw) ? Number(raw) : NaN;
  if (!(serial > 20000 && serial < 80000)) return raw;
  const d = new Date(Date.UTC(1899, 11, 30) + Math.round(serial) * 86400000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(d.getUTCDate())}/${pad(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`;
}

export function readAppendixModel(snapshot: WorkbookSnapshot): AppendixModel {
  const model = buildWorkbookModel(snapshot);
  const s = readSettingsFromModel(model).settings;
  const settings: AppendixSettings = {
    unitName: s.unitName,
    level: s.level,
    year: model.settings ? s.year : null,
    unit: s.unit,
    counterpartPercent: s.counterpartPercent,
    planNumber: s.planNumber,
    planDate: planDateText(s.planDate),
    asOfDate: asOfText(s.asOfDate),
  };

  const planRows: MoneyRow[] = [];
  const plan = model.plan;
  if (plan) {
    const ordered = [...plan.rowOf.entries()].sort((a, b) => a[1] - b[1]);
    for (const [code, row] of ordered) {
      const amounts = {} as Record<SourceKey, number>;
      for (const key of SOURCE_KEYS) {
        const col = plan.colOf(key);
        amounts[key] = col < 0 ? 0 : summedFigure(cellAt(plan.sheet, row, col));
      }
      planRows.push({ code, name: textAt(plan, row, 'NOI_DUNG'), note: textAt(plan, row, 'GHI_CHU'), amounts });
    }
  }

  const indicators: IndicatorRow[] = [];
  const ind = model.indicators;
  if (ind) {
    const ordered = [...ind.rowOf.entries()].sort((a, b) => a[1] - b[1]);
    for (const [code, row] of ordered) {
      const targetCol = ind.cols.get('KE_HOACH');
      const cell = targetCol === undefined ? null : cellAt(ind.sheet, row, targetCol);
      const n = cell ? readCellNumber(cell) : null;
      let target: number | string | null = null;
      // A number stays a number; text (including "04 hộ") is copied as the user typed it.
      if (cell?.t === 'n' && n?.state === 'number') target = n.value;
      else if (cell && cellText(cell) !== '') target = cellText(cell);
      indicators.push({
        code,
        name: textAt(ind, row, 'CHI_TIEU'),
        unit: textAt(ind, row, 'DVT'),
        target,
        owner: textAt(ind, row, 'DON_VI_CHU_TRI'),
        note: textAt(ind, row, 'GHI_CHU'),
      });
    }
  }
  const disbursementRows: DisbursementRow[] = [];
  const disb = model.disbursement;
  if (disb) {
    for (const [code, row] of [...disb.rowOf.entries()].sort((a, b) => a[1] - b[1])) {
      const amounts: DisbursementRow['amounts'] = {};
      for (const key of DISB_AMOUNT_KEYS) {
        const col = disb.colOf(key);
        amounts[key] = col < 0 ? 0 : summedFigure(cellAt(disb.sheet, row, col));
      }
      disbursementRows.push({ code, name: textAt(disb, row, 'NOI_DUNG'), note: textAt(disb, row, 'GHI_CHU'), amounts });
    }
  }
  return { settings, planRows, indicators, disbursementRows };
}

function asOfText(raw: string): string {
  const date = parseCalendarDate(raw.trim());
  return date ? formatCalendarDate(date) : raw.trim();
}

/** A money row carries money when its total or any typed source is non-zero. */
export function carriesMoney(row: MoneyRow): boolean {
  return row.amounts.TONG !== 0 || TYPED_SOURCE_KEYS.some((k) => row.amounts[k] !== 0);
}
