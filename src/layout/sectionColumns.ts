import { columnLetter } from '../model/a1';
import type { ColumnReading } from './columns';
import type { MappedColumn, MappedRow } from './mapping';

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
  const heads = new Set(rows.filter((r) => r.kind === 'section').map((r) => r.capital));
  if (heads.size < 2) return false;
  const lines = rows.filter((r) => r.kind === 'line').map((r) => r.lineCode);
  return new Set(lines).size < lines.length;
}

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
  if (totals.length > 1 || columns.some((c) => c.role === 'amount' || (c.role === 'sum' && !rowTotal(c)))) return null;
  return columns.map((c) => {
    const budget = budgetOf.get(c.col);
    if (budget) return { col: c.col, header: c.header, role: 'amount' as const, key: null, budget };
    return rowTotal(c) ? { ...c, key: 'TONG' as const, sumOf: budgets } : c;
  });
}
