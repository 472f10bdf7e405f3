import { z } from 'zod';
import type { CellGrid } from './cellGrid';
import type { FormulaShape } from './formulaShape';

/**
 * What a host reads from a workbook in one pass, and all validation and appendix
 * generation needs: per sheet, a rectangular grid from A1 of cell values (the result
 * Excel shows), formulas and number formats.
 */
export const cellSnapshotSchema = z.object({
  /** Displayed value; an error value is its text ('#REF!') with t = 'e'. Empty cell: null. */
  v: z.union([z.number(), z.string(), z.boolean(), z.null()]),
  /** 'n' number, 's' text, 'b' boolean, 'e' error, 'z' empty. */
  t: z.enum(['n', 's', 'b', 'e', 'z']),
  /** Formula with leading '=' when the cell holds one. */
  f: z.string().optional(),
  /** Number format when not 'General'. */
  nf: z.string().optional(),
});
export type CellSnapshot = z.infer<typeof cellSnapshotSchema>;

export const sheetSnapshotSchema = z.object({
  name: z.string(),
  /** rows[r][c], 0-based from A1; rows may be ragged (missing cells are empty). */
  rows: z.array(z.array(cellSnapshotSchema)),
  /** 0-based indexes of hidden rows, when the host knows them. */
  hiddenRows: z.array(z.number().int()).optional(),
  /** Merged ranges ('A5:C5'), when the host knows them: an officer's group headers are merged cells. */
  merges: z.array(z.string()).optional(),
});
/**
 * A sheet as the checks read it. `grid`, when there, holds the cells (the .xlsx reader's typed
 * columns, not part of the schema): read them through the accessors below; reading `rows`
 * builds the object rows once and drops the grid (see `gridSheet`).
 */
export type SheetSnapshot = z.infer<typeof sheetSnapshotSchema> & { readonly grid?: CellGrid };

export const workbookSnapshotSchema = z.object({
  sheets: z.array(sheetSnapshotSchema),
});
/** A workbook as the checks read it (its sheets may keep their cells in a grid). */
export type WorkbookSnapshot = Omit<z.infer<typeof workbookSnapshotSchema>, 'sheets'> & { sheets: SheetSnapshot[] };

export const EMPTY_CELL: CellSnapshot = Object.freeze({ v: null, t: 'z' });

export function cellAt(sheet: SheetSnapshot, row: number, col: number): CellSnapshot {
  const grid = sheet.grid;
  if (grid) return grid.cell(row, col) ?? EMPTY_CELL;
  return sheet.rows[row]?.[col] ?? EMPTY_CELL;
}

/** Number of rows (`rows.length`), without building the object rows of a grid sheet. */
export function rowCount(sheet: SheetSnapshot): number {
  return sheet.grid ? sheet.grid.rowCount : sheet.rows.length;
}

/** Length of one row (its last stored cell + 1; 0 past the last row). */
export function rowLength(sheet: SheetSnapshot, row: number): number {
  return sheet.grid ? sheet.grid.rowLength(row) : (sheet.rows[row]?.length ?? 0);
}

/** One row's cells as objects (`rows[r]`), without building every row of a grid sheet. */
export function rowCells(sheet: SheetSnapshot, row: number): CellSnapshot[] {
  return sheet.grid ? sheet.grid.row(row, EMPTY_CELL) : (sheet.rows[row] ?? []);
}

/** The first rows' cells as objects (a grid sheet builds only those). */
export function topRows(sheet: SheetSnapshot, rows: number): CellSnapshot[][] {
  const out: CellSnapshot[][] = [];
  for (let r = 0; r < Math.min(rows, rowCount(sheet)); r++) out.push(rowCells(sheet, r));
  return out;
}

/** A cell's type ('z' where no cell is), without an object for it. */
export function cellType(sheet: SheetSnapshot, row: number, col: number): CellSnapshot['t'] {
  const grid = sheet.grid;
  return grid ? grid.type(row, col) : (sheet.rows[row]?.[col]?.t ?? 'z');
}

/** A cell's value (`v`), without an object for it. */
export function cellValue(sheet: SheetSnapshot, row: number, col: number): CellSnapshot['v'] {
  const grid = sheet.grid;
  return grid ? grid.value(row, col) : (sheet.rows[row]?.[col]?.v ?? null);
}

/** A cell's formula (with its '='), without an object for it. */
export function cellFormula(sheet: SheetSnapshot, row: number, col: number): string | undefined {
  const grid = sheet.grid;
  return grid ? grid.formula(row, col) : sheet.rows[row]?.[col]?.f;
}

/** Whether the cell has a formula, without building its text. */
export function hasFormulaAt(sheet: SheetSnapshot, row: number, col: number): boolean {
  const grid = sheet.grid;
  return grid ? grid.hasFormula(row, col) : !!sheet.rows[row]?.[col]?.f;
}

/**
 * The shape of the cell's formula when one was kept and it is movable (formulaShape.ts): what its
 * text says at the shape's anchor row holds here moved by `row - shape.anchor`. Else undefined:
 * read `cellFormula`.
 */
export function movableShapeAt(sheet: SheetSnapshot, row: number, col: number): FormulaShape | undefined {
  const shape = sheet.grid?.formulaShape(row, col);
  return shape && shape.movable ? shape : undefined;
}

/** Visits every formula cell in sheet order; stops at the first visit that returns true (and returns true). */
export function forEachFormula(
  sheet: SheetSnapshot,
  visit: (formula: string, row: number, col: number) => boolean | void,
): boolean {
  const rows = rowCount(sheet);
  for (let r = 0; r < rows; r++) {
    const length = rowLength(sheet, r);
    for (let col = 0; col < length; col++) {
      const f = cellFormula(sheet, r, col);
      if (f && visit(f, r, col) === true) return true;
    }
  }
  return false;
}

/** A formula cell whose result is still to be computed (a reader leaves it v null, t 'n'). */
export function isWaitingAt(sheet: SheetSnapshot, row: number, col: number): boolean {
  const grid = sheet.grid;
  if (grid) return grid.isWaiting(row, col);
  const c = sheet.rows[row]?.[col];
  return !!c && c.f !== undefined && c.v === null && c.t === 'n';
}

/** Sets a stored cell's value (a computed formula result); its formula and format stay. */
export function setCellResult(
  sheet: SheetSnapshot,
  row: number,
  col: number,
  v: CellSnapshot['v'],
  t: CellSnapshot['t'],
): void {
  const grid = sheet.grid;
  if (grid) return grid.setResult(row, col, v, t);
  const c = sheet.rows[row]?.[col];
  if (c && c !== EMPTY_CELL) {
    c.v = v;
    c.t = t;
  }
}

/**
 * A sheet whose cells are in a grid. Its `rows`, read the first time, are built from the grid,
 * which is then dropped: from there on the object rows are the sheet (code may change them).
 */
export function gridSheet(
  name: string,
  grid: CellGrid,
  extra: { hiddenRows?: number[]; merges?: string[] } = {},
): SheetSnapshot {
  const sheet = { name } as SheetSnapshot & { grid?: CellGrid };
  Object.defineProperty(sheet, 'grid', { value: grid, writable: true, enumerable: false, configurable: true });
  Object.defineProperty(sheet, 'rows', {
    enumerable: true,
    configurable: true,
    get(): CellSnapshot[][] {
      const rows = sheet.grid ? sheet.grid.toRows(EMPTY_CELL) : [];
      sheet.grid = undefined;
      Object.defineProperty(sheet, 'rows', { value: rows, writable: true, enumerable: true, configurable: true });
      return rows;
    },
    set(rows: CellSnapshot[][]) {
      sheet.grid = undefined;
      Object.defineProperty(sheet, 'rows', { value: rows, writable: true, enumerable: true, configurable: true });
    },
  });
  if (extra.hiddenRows) sheet.hiddenRows = extra.hiddenRows;
  if (extra.merges) sheet.merges = extra.merges;
  return sheet;
}
