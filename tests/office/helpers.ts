import type { SheetPlan } from '../../src/model/sheetPlan';
import type { RecSheet, WriteRecord } from './recorder';
import type { WorkbookSnapshot } from '../../src/model/snapshot';

/** Error texts office-addin-mock and Office.js use for unloaded properties: must never leak. */
export const MOCK_ERROR_TEXT =
  /Error, property was not loaded|Error, context\.sync\(\) was not called|PropertyNotLoaded/;

/** Every string inside a value (deep). */
export function stringsIn(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) value.forEach((v) => stringsIn(v, out));
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => stringsIn(v, out));
  return out;
}

export function leakedMockStrings(writes: WriteRecord[], snapshot?: WorkbookSnapshot): string[] {
  return [...stringsIn(writes.map((w) => w.value)), ...stringsIn(snapshot ?? null)].filter((s) =>
    MOCK_ERROR_TEXT.test(s),
  );
}

/** What a planned cell should look like in Excel after the write. */
export function expectedCell(cell: SheetPlan['cells'][number]): { v: unknown; f?: string } | undefined {
  if (cell.formula) return { v: 0, f: `=${cell.formula}` };
  if (cell.value === null || cell.value === undefined || cell.value === '') return undefined;
  return { v: cell.value };
}

/** Cells of a plan that carry content, last entry per address winning. */
export function contentCells(plan: SheetPlan): SheetPlan['cells'] {
  const byCell = new Map<string, SheetPlan['cells'][number]>();
  for (const c of plan.cells) byCell.set(`${c.row},${c.col}`, c);
  return [...byCell.values()].filter(
    (c) => c.formula !== undefined || (c.value !== undefined && c.value !== null && c.value !== ''),
  );
}

export function cellCount(sheet: RecSheet): number {
  let n = 0;
  for (const cell of sheet.cells.values()) if ((cell.v !== null && cell.v !== '') || cell.f) n++;
  return n;
}

/** A hand-built plan: `rows` × `cols` of numbers and text, for payload tests. */
export function bigPlan(name: string, rows: number, cols: number): SheetPlan {
  const cells: SheetPlan['cells'] = [];
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      if (c === 0) cells.push({ row: r, col: c, value: `DA4.TDA1.ND1.${r}` });
      else if (c === cols - 1)
        cells.push({
          row: r,
          col: c,
          formula: `SUM(B${r + 1}:${String.fromCharCode(64 + cols - 1)}${r + 1})`,
          style: 'money',
        });
      else cells.push({ row: r, col: c, value: r * 1000 + c + 0.125, style: 'money' });
    }
  }
  return {
    id: 'big',
    name,
    kind: 'report',
    styles: { money: { numFmt: '#,##0.000', border: 'thin' } },
    cells,
    columns: [{ index: 0, width: 20 }],
    rows: [],
    merges: [],
    validations: [],
  };
}
