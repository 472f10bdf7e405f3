import fc from 'fast-check';
import { CellGrid } from './cellGrid';
import { newFormulaShape } from './formulaShape';
import {
  cellAt,
  cellFormula,
  cellType,
  cellValue,
  EMPTY_CELL,
  gridSheet,
  hasFormulaAt,
  movableShapeAt,
  isWaitingAt,
  rowCells,
  rowCount,
  rowLength,
  setCellResult,
  type CellSnapshot,
  type SheetSnapshot,
} from './snapshot';

/** A cell as the reader writes it: one of the reader's literal shapes. */
const arbCell: fc.Arbitrary<CellSnapshot> = fc
  .tuple(
    fc.oneof(
      fc.double({ noNaN: true, noDefaultInfinity: true }).map((v): Pick<CellSnapshot, 'v' | 't'> => ({ v, t: 'n' })),
      fc.string({ minLength: 1, maxLength: 6 }).map((v): Pick<CellSnapshot, 'v' | 't'> => ({ v, t: 's' })),
      fc.boolean().map((v): Pick<CellSnapshot, 'v' | 't'> => ({ v, t: 'b' })),
      fc.constantFrom('#REF!', '#DIV/0!').map((v): Pick<CellSnapshot, 'v' | 't'> => ({ v, t: 'e' })),
      fc.constant<Pick<CellSnapshot, 'v' | 't'>>({ v: null, t: 'z' }),
    ),
    fc.option(fc.constantFrom('=SUM(A1:B1)', '=A2*2'), { nil: undefined }),
    fc.option(fc.constantFrom('#,##0', '0.00%', 'dd/mm/yyyy'), { nil: undefined }),
  )
  // An empty value is only kept with a formula (a formula showing ""), as the reader keeps it.
  .filter(([value, f]) => value.t !== 'z' || f !== undefined)
  .map(([value, f, nf]) => ({ ...value, ...(f ? { f } : {}), ...(nf ? { nf } : {}) }));

const arbPlaced = fc.array(fc.tuple(fc.nat(40), fc.nat(12), arbCell), { maxLength: 60 });

/** The object rows the reader built before the grid: EMPTY_CELL before a stored cell, rows up to the last. */
function objectRows(placed: Array<[number, number, CellSnapshot]>, rows: number): CellSnapshot[][] {
  const out: CellSnapshot[][] = Array.from({ length: rows }, () => []);
  for (const [r, c, cell] of placed) {
    while (out[r].length < c) out[r].push(EMPTY_CELL);
    out[r][c] = { ...cell };
  }
  return out;
}

function gridOf(placed: Array<[number, number, CellSnapshot]>, rows: number, reserve = 0): CellGrid {
  const grid = new CellGrid();
  grid.reserve(reserve);
  for (const [r, c, cell] of placed) grid.put(r, c, cell);
  grid.extendRows(rows);
  return grid;
}

const rowsOf = (placed: Array<[number, number, CellSnapshot]>) => Math.max(0, ...placed.map(([r]) => r + 1));

describe('CellGrid', () => {
  it('gives back the object rows the reader built, cell for cell', () => {
    fc.assert(
      fc.property(arbPlaced, fc.nat(50), (placed, extra) => {
        const rows = rowsOf(placed) + extra;
        expect(gridOf(placed, rows, extra * 3).toRows(EMPTY_CELL)).toEqual(objectRows(placed, rows));
      }),
      { numRuns: 300 },
    );
  });

  it('answers every accessor as the same sheet in object rows does', () => {
    fc.assert(
      fc.property(arbPlaced, (placed) => {
        const rows = rowsOf(placed);
        const grid = gridSheet('G', gridOf(placed, rows));
        const plain: SheetSnapshot = { name: 'P', rows: objectRows(placed, rows) };
        expect(rowCount(grid)).toBe(rowCount(plain));
        for (let r = -1; r <= rows + 1; r++) {
          expect(rowLength(grid, r)).toBe(rowLength(plain, r));
          expect(rowCells(grid, r)).toEqual(rowCells(plain, r));
          for (let c = -1; c < 15; c++) {
            expect(cellAt(grid, r, c)).toEqual(cellAt(plain, r, c));
            expect(cellType(grid, r, c)).toBe(cellType(plain, r, c));
            expect(cellValue(grid, r, c)).toEqual(cellValue(plain, r, c));
            expect(cellFormula(grid, r, c)).toBe(cellFormula(plain, r, c));
          }
        }
        // Nothing above built the object rows.
        expect(grid.grid).toBeDefined();
      }),
      { numRuns: 80 },
    );
  });

  it('keeps a formula waiting for its result until it is set, then as the object cell would show it', () => {
    const grid = new CellGrid();
    grid.put(2, 1, { v: null, t: 'n', f: '=SUM(A1:A2)', nf: '#,##0' }, true);
    const sheet = gridSheet('G', grid);
    expect(isWaitingAt(sheet, 2, 1)).toBe(true);
    expect(cellAt(sheet, 2, 1)).toEqual({ v: null, t: 'n', f: '=SUM(A1:A2)', nf: '#,##0' });
    setCellResult(sheet, 2, 1, 42, 'n');
    expect(isWaitingAt(sheet, 2, 1)).toBe(false);
    expect(cellAt(sheet, 2, 1)).toEqual({ v: 42, t: 'n', f: '=SUM(A1:A2)', nf: '#,##0' });
    setCellResult(sheet, 2, 1, '#DIV/0!', 'e');
    expect(cellAt(sheet, 2, 1)).toEqual({ v: '#DIV/0!', t: 'e', f: '=SUM(A1:A2)', nf: '#,##0' });
    // No cell there: nothing is created.
    setCellResult(sheet, 5, 5, 1, 'n');
    expect(cellAt(sheet, 5, 5)).toBe(EMPTY_CELL);
  });

  it('keeps a column of like formulas as one shape: each row its own text, replaced or cleared as a text is', () => {
    const shape = newFormulaShape(['=SUM(E', ',H', ')'], [3, 3], 2)!;
    const grid = new CellGrid();
    for (let r = 2; r < 6; r++) grid.put(r, 1, { v: null, t: 'n' }, true, shape);
    grid.put(6, 1, { v: 1, t: 'n', f: '=E7*2' });
    const sheet = gridSheet('G', grid);
    expect([2, 3, 5].map((r) => cellFormula(sheet, r, 1))).toEqual(['=SUM(E3,H3)', '=SUM(E4,H4)', '=SUM(E6,H6)']);
    expect(cellAt(sheet, 4, 1)).toEqual({ v: null, t: 'n', f: '=SUM(E5,H5)' });
    expect(movableShapeAt(sheet, 5, 1)).toBe(shape);
    // A formula kept as its text has no shape; a cell without a formula has neither.
    expect(movableShapeAt(sheet, 6, 1)).toBeUndefined();
    expect([hasFormulaAt(sheet, 6, 1), hasFormulaAt(sheet, 7, 1), hasFormulaAt(sheet, -1, 1)]).toEqual([
      true,
      false,
      false,
    ]);
    grid.put(3, 1, { v: 5, t: 'n' });
    grid.clear(4, 1);
    expect([cellFormula(sheet, 3, 1), cellFormula(sheet, 4, 1), hasFormulaAt(sheet, 3, 1)]).toEqual([
      undefined,
      undefined,
      false,
    ]);
    expect(sheet.rows.map((row) => row[1]?.f)).toEqual([
      undefined,
      undefined,
      '=SUM(E3,H3)',
      undefined,
      undefined,
      '=SUM(E6,H6)',
      '=E7*2',
    ]);
  });

  it('clears a cell as a merged range does, the row shortened to its last stored cell', () => {
    const grid = gridOf(
      [
        [0, 0, { v: 'A', t: 's' }],
        [0, 3, { v: 1, t: 'n' }],
        [0, 5, { v: 2, t: 'n', f: '=D1*2' }],
      ],
      1,
    );
    grid.clear(0, 5);
    expect(grid.rowLength(0)).toBe(4);
    grid.clear(0, 3);
    expect(grid.rowLength(0)).toBe(1);
    expect(grid.formula(0, 5)).toBeUndefined();
    expect(grid.toRows(EMPTY_CELL)).toEqual([[{ v: 'A', t: 's' }]]);
  });

  it('grows past the rows it reserved and ignores a cell with no place (no row yet)', () => {
    const grid = new CellGrid();
    grid.reserve(10);
    grid.put(-1, 0, { v: 1, t: 'n' });
    grid.put(1_000, 2, { v: 7, t: 'n' });
    grid.put(3, 2, { v: 3, t: 'n' });
    expect(grid.rowCount).toBe(1_001);
    expect(grid.value(1_000, 2)).toBe(7);
    expect(grid.value(3, 2)).toBe(3);
    expect(grid.has(-1, 0)).toBe(false);
  });
});

describe('gridSheet', () => {
  const placed: Array<[number, number, CellSnapshot]> = [
    [0, 0, { v: 'Mã', t: 's' }],
    [1, 2, { v: 5, t: 'n', nf: '#,##0' }],
  ];

  it('builds its object rows when first read, then they are the sheet (changes to them are read back)', () => {
    const sheet = gridSheet('G', gridOf(placed, 3), { hiddenRows: [1], merges: ['A1:B1'] });
    expect(sheet.hiddenRows).toEqual([1]);
    expect(sheet.merges).toEqual(['A1:B1']);
    const rows = sheet.rows;
    expect(rows).toEqual(objectRows(placed, 3));
    expect(sheet.grid).toBeUndefined();
    expect(sheet.rows).toBe(rows);
    rows[1][2] = { v: 9, t: 'n' };
    expect(cellValue(sheet, 1, 2)).toBe(9);
    expect(rowCount(sheet)).toBe(3);
  });

  it('compares equal to the same sheet in object rows, and its rows can be replaced', () => {
    const sheet = gridSheet('G', gridOf(placed, 2));
    expect(sheet).toEqual({ name: 'G', rows: objectRows(placed, 2) });
    const other = gridSheet('G', gridOf(placed, 2));
    other.rows = [];
    expect(other.grid).toBeUndefined();
    expect(rowCount(other)).toBe(0);
    expect(JSON.parse(JSON.stringify(gridSheet('G', gridOf(placed, 2))))).toEqual({
      name: 'G',
      rows: JSON.parse(JSON.stringify(objectRows(placed, 2))),
    });
  });
});
