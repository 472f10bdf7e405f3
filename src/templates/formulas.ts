import { a1, columnLetter } from '../model/a1';

/**
 * Formula text builders (no leading '='). Sums use SUM(...) so that blanks and text left
 * in a referenced cell are ignored the same way by Excel, LibreOffice and HyperFormula.
 */

/** Groups sorted integers into runs of consecutive values: [1,2,3,5] → [[1,3],[5,5]]. */
export function consecutiveRuns(values: number[]): Array<[number, number]> {
  const sorted = [...new Set(values)].sort((a, b) => a - b);
  const runs: Array<[number, number]> = [];
  for (const v of sorted) {
    const last = runs[runs.length - 1];
    if (last && v === last[1] + 1) last[1] = v;
    else runs.push([v, v]);
  }
  return runs;
}

/** Each cell named on its own: 'F12,F15' (parent lines: exactly the children, nothing between). */
export function cellList(rows: number[], col: number): string {
  return rows.map((r) => a1(r, col)).join(',');
}

/** Row references in one column, consecutive rows as a range: 'F12:F14'. */
export function columnRefs(rows: number[], col: number): string {
  return consecutiveRuns(rows)
    .map(([from, to]) => (from === to ? a1(from, col) : `${a1(from, col)}:${a1(to, col)}`))
    .join(',');
}

/** Column references in one row, consecutive columns as a range: 'E9,H9,K9:N9'. */
export function rowRefs(row: number, cols: number[]): string {
  return consecutiveRuns(cols)
    .map(([from, to]) =>
      from === to ? a1(row, from) : `${columnLetter(from)}${row + 1}:${columnLetter(to)}${row + 1}`,
    )
    .join(',');
}

/** Sum of the named children's cells in one column: 'SUM(F12,F15)'. */
export function sumOfCells(rows: number[], col: number): string {
  return `SUM(${cellList(rows, col)})`;
}

/** Sum of a block of rows in one column (detail rows under a leaf): 'SUM(F13:F14)'. */
export function sumOfRows(rows: number[], col: number): string {
  return `SUM(${columnRefs(rows, col)})`;
}

/** Sum of parts across a row: 'SUM(E9,H9,K9:N9)'. */
export function sumAcross(row: number, cols: number[]): string {
  return `SUM(${rowRefs(row, cols)})`;
}

/**
 * Sum of parts that stays blank while every part is blank (Giao vốn: blank ≠ 0).
 * COUNT counts numbers only, so a part that is itself "" (another blank total) or empty
 * is not counted; SUM skips text in references. IF(…,"",…) returns an empty string, which
 * Excel, LibreOffice and HyperFormula all display as an empty cell. No newer function
 * (LET, IFS) is used, so every engine agrees.
 */
export function blankAwareSumAcross(row: number, cols: number[]): string {
  const refs = rowRefs(row, cols);
  return `IF(COUNT(${refs})=0,"",SUM(${refs}))`;
}

/**
 * A formula as Excel rewrites it when whole rows are inserted at `fromRow` (0-based):
 * references on this sheet to that row or below move down by `count`. Text in quotes and
 * references qualified with a sheet name are left alone.
 */
export function shiftRowRefs(formula: string, fromRow: number, count = 1): string {
  return formula
    .split('"')
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(
            /(^|[^A-Za-z0-9_.!'$])(\$?[A-Za-z]{1,3}\$?)(\d+)(?![A-Za-z0-9_(!])/g,
            (match, before: string, col: string, row: string) =>
              Number(row) - 1 >= fromRow ? `${before}${col}${Number(row) + count}` : match,
          ),
    )
    .join('"');
}
