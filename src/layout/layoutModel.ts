import { SOURCE_KEYS, type SourceKey } from '../domain/sources';
import { MONEY_UNITS } from '../domain/units';
import { TOTAL_ROW_CODE } from '../domain/workbookLayout';
import { colIndex } from '../model/a1';
import { cellAt, type WorkbookSnapshot } from '../model/snapshot';
import { BLANK, readCellNumber, type CellNumber } from '../validation/cellNumber';
import { CellNumberCache } from '../validation/cellNumberCache';
import { KEY_INDEX, findStrayRows, type MoneySheet, type WorkbookModel } from '../validation/workbookModel';
import type { IndicatorTable, TableMapping, LayoutMapping } from './mapping';
import type { IndicatorSheet } from '../validation/workbookModel';
import { foldCapitalSections } from './capitalSections';

export { colIndex };

/**
 * The workbook model the checks read, over HER sheets: rows by the mapping's line codes,
 * columns by its source keys. Findings therefore point at her cells. Detail rows get codes
 * `<line>.01`, `<line>.02`… in her order; her total row is TONG. A table in capital sections is read
 * folded by capital type (capitalSections.ts).
 */
export function buildLayoutModel(snapshot: WorkbookSnapshot, mapping: LayoutMapping): WorkbookModel {
  const folded = foldCapitalSections(snapshot, mapping);
  if (folded) return buildLayoutModel(folded.snapshot, folded.mapping);
  const model: WorkbookModel = { snapshot, structure: [] };
  const unit = (mapping.tables.find((t) => t.role === 'plan') ?? mapping.tables[0])?.unit;
  for (const table of mapping.tables) {
    // Figures are read in the plan's unit: an allocation table in another unit is converted.
    const factor = unit ? MONEY_UNITS[table.unit].dong / MONEY_UNITS[unit].dong : 1;
    const sheet = layoutMoneySheet(snapshot, table, factor);
    if (!sheet) continue;
    if (table.role === 'plan') model.plan = sheet;
    else model.allocation = sheet;
  }
  if (mapping.indicators) {
    const indicators = layoutIndicatorSheet(snapshot, mapping.indicators);
    if (indicators) model.indicators = indicators;
  }
  return model;
}

/** Her indicator table as the template's "Chỉ tiêu": rows by indicator code, columns by key. */
function layoutIndicatorSheet(snapshot: WorkbookSnapshot, table: IndicatorTable): IndicatorSheet | null {
  const sheet = snapshot.sheets.find((s) => s.name === table.sheet);
  if (!sheet) return null;
  const cols = new Map<string, number>();
  for (const [key, letter] of Object.entries(table.columns)) if (letter) cols.set(key, colIndex(letter));
  const rowOf = new Map<string, number>();
  for (const r of table.rows) if (r.code && !rowOf.has(r.code)) rowOf.set(r.code, r.row - 1);
  return { id: 'indicators', name: sheet.name, sheet, keyRow: table.headerRow - 1, cols, rowOf };
}

/** rowCodes per table: the model, the row slips, the report and consolidation each ask for them. */
const rowCodesOf = new WeakMap<TableMapping, ReadonlyMap<number, string>>();

/** Code of every mapped row (1-based row → code), as layoutMoneySheet numbers them. */
export function rowCodes(table: TableMapping): ReadonlyMap<number, string> {
  let codes = rowCodesOf.get(table);
  if (!codes) rowCodesOf.set(table, (codes = numberRows(table)));
  return codes;
}

function numberRows(table: TableMapping): Map<number, string> {
  const out = new Map<number, string>();
  const detailCount = new Map<string, number>();
  let totalSeen = false;
  const lines = new Set<string>();
  for (const r of table.rows) {
    if (r.kind === 'line' && r.lineCode && !lines.has(r.lineCode)) {
      lines.add(r.lineCode);
      out.set(r.row, r.lineCode);
    } else if (r.kind === 'detail' && r.lineCode) {
      const n = (detailCount.get(r.lineCode) ?? 0) + 1;
      detailCount.set(r.lineCode, n);
      out.set(r.row, `${r.lineCode}.${String(n).padStart(2, '0')}`);
    } else if (r.kind === 'total' && !totalSeen) {
      totalSeen = true;
      out.set(r.row, TOTAL_ROW_CODE);
    }
  }
  return out;
}

function layoutMoneySheet(snapshot: WorkbookSnapshot, table: TableMapping, factor = 1): MoneySheet | null {
  const sheet = snapshot.sheets.find((s) => s.name === table.sheet);
  if (!sheet) return null;
  const cols = new Map<string, number>();
  // Typed columns sharing a key (NS tỉnh + NS huyện → NSĐP) are added up; findings name the first.
  const shared = new Map<string, number[]>();
  for (const c of table.columns) {
    if (!c.key || (c.role !== 'amount' && c.role !== 'sum')) continue;
    if (!cols.has(c.key)) cols.set(c.key, colIndex(c.col));
    else if (c.role === 'amount') shared.set(c.key, [...(shared.get(c.key) ?? [cols.get(c.key)!]), colIndex(c.col)]);
  }
  const rowOf = new Map<string, number>();
  const lineCodes: string[] = [];
  const detailsOf = new Map<string, string[]>();
  const mappedAt = new Map(table.rows.map((r) => [r.row, r]));
  for (const [row, code] of rowCodes(table)) {
    rowOf.set(code, row - 1);
    const line = mappedAt.get(row);
    if (line?.kind === 'detail' && line.lineCode) {
      const list = detailsOf.get(line.lineCode) ?? [];
      list.push(code);
      detailsOf.set(line.lineCode, list);
    } else if (code !== TOTAL_ROW_CODE) lineCodes.push(code);
  }
  const sourceCols = SOURCE_KEYS.map((k) => cols.get(k) ?? -1);
  const sharedCols = SOURCE_KEYS.map((k) => shared.get(k) ?? null);
  const moneyCols = table.columns.filter((c) => c.role === 'amount' || c.role === 'sum').map((c) => colIndex(c.col));
  // Flat arrays, as the template's sheets (CellNumberCache): a map entry and an object per read
  // cell was most of her long table's model.
  const cache = new CellNumberCache(sheet.rows.length * SOURCE_KEYS.length);
  const amountAt = (r: number | undefined, k: number): CellNumber => {
    if (r === undefined || sourceCols[k] < 0) return BLANK;
    const slot = r * SOURCE_KEYS.length + k;
    let n = cache.get(slot);
    if (n === undefined) {
      const many = sharedCols[k];
      n = many
        ? addCells(many.map((c) => readCellNumber(cellAt(sheet, r, c))))
        : readCellNumber(cellAt(sheet, r, sourceCols[k]));
      if (factor !== 1 && n.state === 'number') n = { ...n, value: n.value * factor, halfUnit: n.halfUnit * factor };
      cache.set(slot, n);
    }
    return n;
  };
  const amount = (code: string, key: SourceKey) => amountAt(rowOf.get(code), KEY_INDEX[key]);
  // Rows of her table holding money that the mapping leaves outside every line.
  const unmappedRows = new Set(table.rows.filter((r) => r.kind === 'unmapped').map((r) => r.row - 1));
  const strayRows = findStrayRows(sheet, new Set(rowOf.values()), moneyCols, 0).filter((r) => unmappedRows.has(r));
  return {
    id: table.role,
    name: sheet.name,
    sheet,
    keyRow: table.headerRows[0] - 1,
    cols,
    rowOf,
    lineCodes,
    detailsOf,
    amount,
    amountAt,
    colOf: (key: string) => cols.get(key) ?? -1,
    strayRows,
    typedLayout: true,
  };
}

/** Several typed cells read as one figure: their sum (blank when all are blank; a non-number wins). */
function addCells(cells: CellNumber[]): CellNumber {
  const odd = cells.find((c) => c.state !== 'number' && c.state !== 'blank');
  if (odd) return odd;
  const numbers = cells.filter((c): c is Extract<CellNumber, { state: 'number' }> => c.state === 'number');
  if (!numbers.length) return BLANK;
  return {
    ...numbers[0],
    value: numbers.reduce((s, c) => s + c.value, 0),
    halfUnit: numbers.reduce((s, c) => s + c.halfUnit, 0),
  };
}
