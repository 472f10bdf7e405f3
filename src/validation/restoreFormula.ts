import { PARTS_OF } from './relations';
import { childCodes } from './relations';
import { a1, columnLetter } from '../model/a1';
import type { SourceKey } from '../domain/sources';
import type { MoneySheet } from './workbookModel';

/**
 * The formula the template puts in a total cell, over the sheet as it now is (rows she
 * inserted included): what "Khôi phục công thức" writes back over a number typed there.
 * The same shapes as src/templates (SUM of the children's cells, SUM of a leaf's detail
 * block, SUM across the part columns; blank-aware on Giao vốn); a test pins them to the
 * template builders. Without '='; null when the cell has no template formula.
 */
export function templateFormulaOf(sheet: MoneySheet, code: string, key: SourceKey): string | null {
  const row = sheet.rowOf.get(code);
  const col = sheet.colOf(key);
  if (row === undefined || col < 0) return null;
  const parts = PARTS_OF.get(key) ?? [];
  if (parts.length) {
    const cols = parts.map((p) => sheet.colOf(p));
    if (cols.some((c) => c < 0)) return null;
    const refs = runs(cols)
      .map(([from, to]) =>
        from === to ? a1(row, from) : `${columnLetter(from)}${row + 1}:${columnLetter(to)}${row + 1}`,
      )
      .join(',');
    return sheet.id === 'allocation' ? `IF(COUNT(${refs})=0,"",SUM(${refs}))` : `SUM(${refs})`;
  }
  if (sheet.id === 'allocation') return null;
  const children = childCodes(sheet, code);
  if (!children) return null;
  const rows = children.codes.map((c) => sheet.rowOf.get(c)).filter((r): r is number => r !== undefined);
  if (!rows.length) return null;
  if (children.kind === 'details') {
    // A leaf sums its whole detail block (blank rows inside it too), as a range.
    const [first, last] = [Math.min(...rows), Math.max(...rows)];
    return first === last ? `SUM(${a1(first, col)})` : `SUM(${a1(first, col)}:${a1(last, col)})`;
  }
  return `SUM(${rows.map((r) => a1(r, col)).join(',')})`;
}

function runs(values: number[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const v of [...new Set(values)].sort((a, b) => a - b)) {
    const last = out[out.length - 1];
    if (last && v === last[1] + 1) last[1] = v;
    else out.push([v, v]);
  }
  return out;
}
