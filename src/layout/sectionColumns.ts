import { colIndex, columnLetter } from '../model/a1';
import { cellAt, type SheetSnapshot } from '../model/snapshot';
import type { SourceKey } from '../domain/sources';
import type { ColumnReading } from './columns';
import { otherSourceSchema, type MappedColumn, type MappedRow } from './mapping';

/**
 * How a table in capital sections ("A. Vốn đầu tư phát triển" …, "B. Vốn sự nghiệp" …) is told from
 * her columns and rows (readLayout.ts reads the table; capitalSections.ts folds it for the checks).
 */

/** Disbursed or carried-over figures not split by capital type: a sectioned table splits them by section. */
export const byAllCapitals = (c: MappedColumn): boolean =>
  c.role === 'ignored' &&
  (c.kind === 'disbursed' || c.kind === 'carried') &&
  (c.disbursedOf === 'TONG' || c.disbursedOf === 'KD');

/** Money columns of both capital types (ĐTPT…, SN…), none of budget only. */
export function capitalTyped(columns: MappedColumn[]): boolean {
  const keys = columns.filter((c) => c.key && (c.role === 'amount' || c.role === 'sum')).map((c) => c.key!);
  return keys.some((k) => k.startsWith('DTPT')) && keys.some((k) => k.startsWith('SN'));
}

/**
 * Rows read in sections that look like a table in capital sections: headings of both capital types,
 * and a project listed under each. A lone "Vốn sự nghiệp" row in a table by capital type is no section.
 */
export function repeatsBySection(rows: MappedRow[]): boolean {
  const heads = new Set(rows.filter((r) => r.kind === 'section' && r.capital).map((r) => r.capital));
  if (heads.size < 2) return false;
  const lines = rows.filter((r) => r.kind === 'line').map((r) => r.lineCode);
  return new Set(lines).size < lines.length;
}

/** Sources of no capital type (lồng ghép, tín dụng, huy động, dân góp): a section row may hold them too. */
const OTHER_SOURCES: ReadonlySet<SourceKey> = new Set(otherSourceSchema.options);

/** A column of another source beside her budget columns ("Vốn lồng ghép"): its figure is the row's, in either section. */
export const otherSourceColumn = (c: MappedColumn): boolean =>
  c.role === 'amount' && !c.budget && c.key !== null && OTHER_SOURCES.has(c.key);

export const BY_SECTION_WHY =
  "Giải ngân / vốn kéo dài, không phải kế hoạch năm: so với phần vốn (ĐTPT/SN) của dòng / disbursed or carried-over figures, not the plan: checked against the row's capital section";

export function sectionedColumns(
  columns: MappedColumn[],
  readings: Array<{ col: number; r: ColumnReading }>,
): MappedColumn[] | null {
  const budgetOf = new Map<string, 'NSTW' | 'NSDP'>();
  for (const { col, r } of readings)
    if (r.role === 'ignored' && r.budget && !r.capital && !r.kind) budgetOf.set(columnLetter(col), r.budget);
  if (!budgetOf.size) return null;
  const budgets = [...budgetOf.keys()];
  const group = (c: MappedColumn) => c.header.split(' › ').slice(0, -1).join(' › ');
  const budgetGroups = new Set(columns.filter((c) => budgetOf.has(c.col)).map(group));
  // Her row total: the grand Tổng, or a "Tổng số" beside the budgets in their group ("Kế hoạch vốn › Tổng số").
  const rowTotal = (c: MappedColumn) =>
    c.role === 'sum' && (c.key === 'TONG' || (c.key === null && !c.sumOf?.length && budgetGroups.has(group(c))));
  const totals = columns.filter(rowTotal);
  const odd = (c: MappedColumn) => (c.role === 'amount' && !otherSourceColumn(c)) || (c.role === 'sum' && !rowTotal(c));
  if (totals.length > 1 || columns.some(odd)) return null;
  // Her row total adds the other sources of the row too (Tổng = NSTW + NSĐP + lồng ghép).
  const others = columns.filter(otherSourceColumn).map((c) => c.col);
  return columns.map((c) => {
    const budget = budgetOf.get(c.col);
    if (budget) return { col: c.col, header: c.header, role: 'amount' as const, key: null, budget };
    return rowTotal(c) ? { ...c, key: 'TONG' as const, sumOf: [...budgets, ...others] } : c;
  });
}

/**
 * Whether her row total counts her other sources: "Tổng cộng" is all of a row's money in most plans,
 * its budgets alone in some (lồng ghép listed beside it). Her rows say which: those whose other
 * sources hold money add up one way or the other; the way most of them do is kept (all, on a tie).
 */
export function othersInRowTotal(sheet: SheetSnapshot, rows: MappedRow[], columns: MappedColumn[]): MappedColumn[] {
  const total = columns.find((c) => c.role === 'sum' && c.key === 'TONG');
  const others = columns.filter(otherSourceColumn).map((c) => c.col);
  if (!total || !others.length) return columns;
  const budgets = total.sumOf!.filter((c) => !others.includes(c));
  const num = (row: number, col: string) => {
    const v = cellAt(sheet, row - 1, colIndex(col)).v;
    return typeof v === 'number' ? v : 0;
  };
  let withOthers = 0;
  let without = 0;
  for (const r of rows) {
    if (r.kind === 'unmapped' || others.every((c) => num(r.row, c) === 0)) continue;
    const stated = num(r.row, total.col);
    const own = budgets.reduce((s, c) => s + num(r.row, c), 0);
    const all = own + others.reduce((s, c) => s + num(r.row, c), 0);
    const near = (x: number) => Math.abs(x - stated) <= 1e-9 * Math.max(1, Math.abs(stated));
    if (near(all)) withOthers += 1;
    else if (near(own)) without += 1;
  }
  return without > withOthers ? columns.map((c) => (c === total ? { ...c, sumOf: budgets } : c)) : columns;
}
