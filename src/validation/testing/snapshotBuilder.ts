import { catalog } from '../../domain/catalog';
import { SOURCES, type SourceKey } from '../../domain/sources';
import { MONEY_UNITS, type Level, type MoneyUnit } from '../../domain/units';
import {
  INDICATOR_COLUMN_KEYS,
  MONEY_COLUMN_KEYS,
  SETTINGS_COLUMN_KEYS,
  SHEET_NAMES,
  TOTAL_ROW_CODE,
  sheetMarker,
  type SettingKey,
  type DisbursementColumnKey,
  type TemplateSheetId,
} from '../../domain/workbookLayout';
import { a1 } from '../../model/a1';
import type { CellSnapshot, SheetSnapshot, WorkbookSnapshot } from '../../model/snapshot';
import { disbursementCellIn, disbursementRows, type DisbTyped } from './disbursementRows';

/**
 * Builds workbook snapshots in code, laid out as the template contract says (title row,
 * hidden key row with column keys and the sheet marker, header row, TONG row, catalog
 * lines with detail rows under their leaf), with the template's SUM formulas evaluated
 * as Excel would. Tests read like: `b.plan('DA8', 'SN_NSTW', 120)`.
 */
export interface BuilderOptions {
  unit?: MoneyUnit;
  level?: Level;
  year?: number;
  counterpartPercent?: number;
}

type Typed = number | string | null | CellSnapshot;
type MoneyId = 'plan' | 'allocation';

const TITLE_ROW = 0;
const KEY_ROW = 1;
const HEADER_ROW = 2;
const HEADER_LABELS: Record<string, string> = {
  MA: 'Mã',
  NOI_DUNG: 'Nội dung',
  GHI_CHU: 'Ghi chú',
  CHI_TIEU: 'Chỉ tiêu',
  DVT: 'ĐVT',
  KE_HOACH: 'Kế hoạch năm',
  DON_VI_CHU_TRI: 'Đơn vị chủ trì',
};
const MONEY_COL = new Map<string, number>(MONEY_COLUMN_KEYS.map((k, i) => [k, i]));

/**
 * Which source columns each total column sums, written out by hand from the domain brief §3 — on purpose not
 * validation's PARTS_OF (nor domain SOURCES), so the check tests notice a wrong entry there.
 */
const TOTAL_PARTS: ReadonlyMap<SourceKey, readonly SourceKey[]> = new Map<SourceKey, SourceKey[]>([
  ['TONG', ['DTPT', 'SN', 'LONG_GHEP', 'TIN_DUNG', 'HUY_DONG', 'DAN_GOP']],
  ['DTPT', ['DTPT_NSTW', 'DTPT_NSDP']],
  ['SN', ['SN_NSTW', 'SN_NSDP']],
]);

export class SnapshotBuilder {
  private readonly typed: Record<MoneyId, Map<string, Typed>> = { plan: new Map(), allocation: new Map() };
  private readonly details = new Map<string, Array<{ code: string; name: string }>>();
  private readonly indicatorValues = new Map<string, { value: Typed; note?: string }>();
  private readonly settingValues = new Map<string, Typed>();
  private readonly deleted: Record<MoneyId, Set<string>> = { plan: new Set(), allocation: new Set() };
  private readonly renamed = new Map<TemplateSheetId, string>();
  private readonly omitted = new Set<TemplateSheetId>();
  private readonly disbTyped = new Map<string, DisbTyped>();
  private withDisb = false;

  constructor(readonly opts: BuilderOptions = {}) {
    this.settingValues.set('DON_VI', 'Huyện Thử Nghiệm');
    this.settingValues.set('CAP', opts.level ?? 'huyen');
    this.settingValues.set('NAM', opts.year ?? 2024);
    this.settingValues.set('DON_VI_TINH', opts.unit ?? 'trieu');
    this.settingValues.set('DOI_UNG_TOI_THIEU', opts.counterpartPercent ?? 5);
  }

  get unit(): MoneyUnit {
    return this.opts.unit ?? 'trieu';
  }

  /** Types a figure (number, text, or a raw cell such as a constant over a formula) on Kế hoạch vốn. */
  plan(code: string, key: SourceKey, value: Typed): this {
    this.typed.plan.set(`${code}|${key}`, value);
    return this;
  }
  /** Types a figure on Giao vốn. */
  alloc(code: string, key: SourceKey, value: Typed): this {
    this.typed.allocation.set(`${code}|${key}`, value);
    return this;
  }
  /** Adds a detail row (one work) under a leaf of Kế hoạch vốn; returns its code. */
  detail(leafCode: string, name = 'Công trình'): string {
    const list = this.details.get(leafCode) ?? [];
    const code = `${leafCode}.${String(list.length + 1).padStart(2, '0')}`;
    list.push({ code, name });
    this.details.set(leafCode, list);
    return code;
  }
  /** Types a figure on Giải ngân (any column key, rates included); adds the sheet. */
  disb(code: string, key: DisbursementColumnKey, value: DisbTyped): this {
    this.withDisb = true;
    this.disbTyped.set(`${code}|${key}`, value);
    return this;
  }
  /** Adds an empty Giải ngân sheet (KH looked up from the plan). */
  withDisbursement(): this {
    this.withDisb = true;
    return this;
  }
  indicator(code: string, value: Typed, note?: string): this {
    this.indicatorValues.set(code, { value, note });
    return this;
  }
  setting(key: SettingKey, value: Typed): this {
    this.settingValues.set(key, value);
    return this;
  }
  deleteLine(sheet: MoneyId, code: string): this {
    this.deleted[sheet].add(code);
    return this;
  }
  renameSheet(id: TemplateSheetId, name: string): this {
    this.renamed.set(id, name);
    return this;
  }
  omitSheet(id: TemplateSheetId): this {
    this.omitted.add(id);
    return this;
  }

  build(): WorkbookSnapshot {
    const sheets: SheetSnapshot[] = [];
    const order: TemplateSheetId[] = ['settings', 'allocation', 'plan', 'indicators'];
    if (this.withDisb) order.push('disbursement');
    const planRows: CellSnapshot[][] = this.moneyRows('plan');
    for (const id of order) {
      if (this.omitted.has(id)) continue;
      const name = this.renamed.get(id) ?? SHEET_NAMES[id];
      const rows =
        id === 'settings'
          ? this.settingsRows()
          : id === 'indicators'
            ? this.indicatorRows()
            : id === 'disbursement'
              ? this.disbRows(planRows)
              : id === 'plan'
                ? planRows
                : this.moneyRows(id);
      sheets.push({ name, rows, hiddenRows: [KEY_ROW] });
    }
    return { sheets };
  }

  private disbRows(planRows: CellSnapshot[][]): CellSnapshot[][] {
    const maCol = MONEY_COL.get('MA')!;
    return disbursementRows({
      keyRow: KEY_ROW,
      headerRow: HEADER_ROW,
      details: this.details,
      typed: this.disbTyped,
      numFmt: this.numFmt(),
      cell: (v, nf) => this.cell(v, nf),
      planValue: (code, source) => {
        const row = planRows.find((r, i) => i > KEY_ROW && r?.[maCol]?.v === code);
        const c = row?.[MONEY_COL.get(source)!];
        return c && c.t === 'n' ? (c.v as number) : 0;
      },
    });
  }

  private numFmt(): string {
    return MONEY_UNITS[this.unit].numFmt;
  }

  private cell(value: Typed, nf?: string): CellSnapshot {
    if (value === null || value === undefined) return { v: null, t: 'z' };
    if (typeof value === 'object') return value;
    if (typeof value === 'number') return nf ? { v: value, t: 'n', nf } : { v: value, t: 'n' };
    return { v: value, t: 's' };
  }

  private moneyRows(id: MoneyId): CellSnapshot[][] {
    const codes: Array<{ code: string; name: string; stt: string }> = [
      { code: TOTAL_ROW_CODE, name: 'Tổng cộng', stt: '' },
    ];
    for (const node of catalog.nodes) {
      if (this.deleted[id].has(node.code)) continue;
      codes.push({ code: node.code, name: node.name, stt: node.stt });
      if (id === 'plan')
        for (const d of this.details.get(node.code) ?? []) codes.push({ code: d.code, name: d.name, stt: '-' });
    }
    const firstDataRow = HEADER_ROW + 1;
    const rowOf = new Map(codes.map((c, i) => [c.code, firstDataRow + i]));
    const childrenOf = (code: string): string[] | null => {
      if (code === TOTAL_ROW_CODE)
        return catalog.nodes.filter((n) => n.depth === 1 && rowOf.has(n.code)).map((n) => n.code);
      const node = catalog.byCode.get(code);
      if (!node) return null;
      if (!node.isLeaf) return node.children.filter((c) => rowOf.has(c));
      const details = id === 'plan' ? (this.details.get(code) ?? []).map((d) => d.code) : [];
      return details.length ? details : null;
    };
    const grid: CellSnapshot[][] = [];
    const memo = new Map<string, CellSnapshot>();
    const evaluate = (code: string, key: SourceKey): CellSnapshot => {
      const id_ = `${code}|${key}`;
      const hit = memo.get(id_);
      if (hit) return hit;
      let result: CellSnapshot;
      const typed = this.typed[id].get(id_);
      const isTotal = TOTAL_PARTS.has(key);
      const children = id === 'plan' && !isTotal ? childrenOf(code) : null;
      if (typed !== undefined) result = this.cell(typed, this.numFmt());
      else if (isTotal || (children && children.length)) {
        const refs = isTotal
          ? TOTAL_PARTS.get(key)!.map((p) => ({ code, key: p }))
          : children!.map((c) => ({ code: c, key }));
        const value = refs.reduce((s, r) => {
          const c = evaluate(r.code, r.key);
          return s + (c.t === 'n' ? (c.v as number) : 0);
        }, 0);
        const f = `=SUM(${refs.map((r) => a1(rowOf.get(r.code)!, MONEY_COL.get(r.key)!)).join(',')})`;
        result = { v: value, t: 'n', f, nf: this.numFmt() };
      } else result = { v: null, t: 'z' };
      memo.set(id_, result);
      return result;
    };
    grid[TITLE_ROW] = [this.cell(id === 'plan' ? 'KẾ HOẠCH VỐN' : 'VỐN ĐƯỢC GIAO')];
    grid[KEY_ROW] = [...MONEY_COLUMN_KEYS.map((k) => this.cell(k)), this.cell(sheetMarker('template', id))];
    grid[HEADER_ROW] = MONEY_COLUMN_KEYS.map((k) =>
      this.cell(catalog.sourceByKey.get(k as SourceKey)?.header ?? HEADER_LABELS[k] ?? k),
    );
    for (const { code, name, stt } of codes) {
      const row: CellSnapshot[] = [this.cell(stt || null), this.cell(code), this.cell(name)];
      for (const key of SOURCES.map((s) => s.key)) row[MONEY_COL.get(key)!] = evaluate(code, key);
      grid[rowOf.get(code)!] = row;
    }
    return grid;
  }

  private settingsRows(): CellSnapshot[][] {
    const grid: CellSnapshot[][] = [[this.cell('THÔNG TIN CHUNG')]];
    grid[KEY_ROW] = [...SETTINGS_COLUMN_KEYS.map((k) => this.cell(k)), this.cell(sheetMarker('template', 'settings'))];
    grid[HEADER_ROW] = [this.cell('Khóa'), this.cell('Nội dung'), this.cell('Giá trị')];
    for (const [key, value] of this.settingValues) grid.push([this.cell(key), this.cell(key), this.cell(value)]);
    return grid;
  }

  private indicatorRows(): CellSnapshot[][] {
    const col = new Map<string, number>(INDICATOR_COLUMN_KEYS.map((k, i) => [k, i]));
    const grid: CellSnapshot[][] = [[this.cell('CHỈ TIÊU')]];
    grid[KEY_ROW] = [
      ...INDICATOR_COLUMN_KEYS.map((k) => this.cell(k)),
      this.cell(sheetMarker('template', 'indicators')),
    ];
    grid[HEADER_ROW] = INDICATOR_COLUMN_KEYS.map((k) => this.cell(HEADER_LABELS[k] ?? k));
    catalog.indicators.forEach((ind, i) => {
      const row: CellSnapshot[] = [];
      const entry = this.indicatorValues.get(ind.code);
      row[col.get('STT')!] = this.cell(i + 1);
      row[col.get('MA')!] = this.cell(ind.code);
      row[col.get('CHI_TIEU')!] = this.cell(ind.name);
      row[col.get('DVT')!] = this.cell(ind.unit);
      row[col.get('KE_HOACH')!] = this.cell(entry?.value ?? null);
      row[col.get('DON_VI_CHU_TRI')!] = this.cell(null);
      row[col.get('GHI_CHU')!] = this.cell(entry?.note ?? null);
      grid.push(row.map((c) => c ?? { v: null, t: 'z' }));
    });
    return grid;
  }
}

/** Finds the A1 address of a money cell in a built snapshot (for assertions). */
export function moneyCell(snapshot: WorkbookSnapshot, sheet: MoneyId, code: string, key: SourceKey): string {
  const s = snapshot.sheets.find((x) => x.rows[KEY_ROW]?.some((c) => c?.v === sheetMarker('template', sheet)))!;
  const row = s.rows.findIndex((r, i) => i > KEY_ROW && r?.[MONEY_COL.get('MA')!]?.v === code);
  return a1(row, MONEY_COL.get(key)!);
}

/** A1 address of an indicator's value cell. */
export function indicatorCell(snapshot: WorkbookSnapshot, code: string): string {
  const s = snapshot.sheets.find((x) => x.rows[KEY_ROW]?.some((c) => c?.v === sheetMarker('template', 'indicators')))!;
  const maCol = INDICATOR_COLUMN_KEYS.indexOf('MA');
  const row = s.rows.findIndex((r, i) => i > KEY_ROW && r?.[maCol]?.v === code);
  return a1(row, INDICATOR_COLUMN_KEYS.indexOf('KE_HOACH'));
}

/** A typed constant (no formula) for overriding a formula cell. */
export function constant(value: number, nf?: string): CellSnapshot {
  return nf ? { v: value, t: 'n', nf } : { v: value, t: 'n' };
}

/** A cell holding an error value. */
export function errorCell(value = '#REF!', f = '=#REF!+1'): CellSnapshot {
  return { v: value, t: 'e', f };
}

/** A1 address of a Giải ngân cell in a built snapshot. */
export function disbCell(snapshot: WorkbookSnapshot, code: string, key: DisbursementColumnKey): string {
  const s = snapshot.sheets.find((x) =>
    x.rows[KEY_ROW]?.some((c) => c?.v === sheetMarker('template', 'disbursement')),
  )!;
  return disbursementCellIn(s.rows, KEY_ROW, code, key);
}
