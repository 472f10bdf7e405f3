import { z } from 'zod';

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
export type SheetSnapshot = z.infer<typeof sheetSnapshotSchema>;

export const workbookSnapshotSchema = z.object({
  sheets: z.array(sheetSnapshotSchema),
});
export type WorkbookSnapshot = z.infer<typeof workbookSnapshotSchema>;

export const EMPTY_CELL: CellSnapshot = Object.freeze({ v: null, t: 'z' });

export function cellAt(sheet: SheetSnapshot, row: number, col: number): CellSnapshot {
  return sheet.rows[row]?.[col] ?? EMPTY_CELL;
}
