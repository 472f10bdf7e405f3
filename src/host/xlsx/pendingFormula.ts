import type { CellSnapshot, SheetSnapshot } from '../../model/snapshot';

/**
 * A formula cell whose result the file did not cache, packed in one number: its sheet's
 * index, row and column (0-based). A province plan written without cached results has 1.8
 * million of them: as objects they were ~100 MB at the peak of reading, as numbers in one
 * array 14 MB.
 */
export type PendingFormula = number;

/** Room for 3 column letters (ZZZ = 18,278) and 7 row digits: more than any sheet holds. */
const COLS = 2 ** 15;
const ROWS = 2 ** 24;

/** Whether a cell can be packed (a file may name any cell; Excel's sheets end at XFD1048576). */
export const fitsPending = (row: number, col: number) => row >= 0 && col >= 0 && row < ROWS && col < COLS;

export const pendingAt = (sheet: number, row: number, col: number): PendingFormula => (sheet * ROWS + row) * COLS + col;
export const pendingSheet = (p: PendingFormula) => Math.floor(p / (ROWS * COLS));
export const pendingRow = (p: PendingFormula) => Math.floor(p / COLS) % ROWS;
export const pendingCol = (p: PendingFormula) => p % COLS;

export const pendingCell = (sheets: SheetSnapshot[], p: PendingFormula): CellSnapshot =>
  sheets[pendingSheet(p)].rows[pendingRow(p)][pendingCol(p)];
