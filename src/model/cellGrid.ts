import type { CellSnapshot } from './snapshot';
import { formulaAt, type FormulaShape } from './formulaShape';

/**
 * A sheet's cells in typed columns: what the .xlsx reader keeps instead of one object per cell.
 * A province plan has ~4 million cells; as objects (with their numbers) they were ~400 MB that
 * every young-generation collection copied and the kernel paged in, about a third of the time
 * of validating it. Here a cell is 9–17 bytes in a few arrays per column, outside the JS heap.
 *
 * Read through the snapshot's accessors (`cellAt`, `cellType`, `cellValue`, … in snapshot.ts);
 * `toRows()` builds the object rows for code that still reads `sheet.rows` (see `gridSheet`).
 */

/** Kind of a slot: NONE is no cell (EMPTY_CELL), WAITING a formula whose result is not computed yet. */
const KIND = { NONE: 0, Z: 1, N: 2, S: 3, B: 4, E: 5, WAITING: 6 } as const;

const T_OF_KIND: Array<CellSnapshot['t']> = ['z', 'z', 'n', 's', 'b', 'e', 'n'];

/**
 * One column: arrays indexed by row, grown by doubling. Formulas and formats get their array
 * only when the column has one: memory written the first time is paged in by the kernel, one
 * fault a page, a good part of reading a big sheet.
 */
interface Column {
  kinds: Uint8Array;
  /** The number (kinds N, B) or the index into `texts` (kinds S, E). */
  values: Float64Array;
  /** 1 + index into the grid's formulas (a text or a shape); 0: no formula. */
  formulas: Int32Array | null;
  /** 1 + index into `formats`; 0: General. */
  formats: Int32Array | null;
}

const newColumn = (size: number): Column => ({
  kinds: new Uint8Array(size),
  values: new Float64Array(size),
  formulas: null,
  formats: null,
});

function grown<T extends Uint8Array | Float64Array | Int32Array>(a: T, size: number): T {
  const b = new (a.constructor as new (n: number) => T)(size);
  b.set(a);
  return b;
}

export class CellGrid {
  private readonly columns: Array<Column | undefined> = [];
  private readonly texts: string[] = [];
  /** A formula cell's text, or the shape it shares with its column's run of like formulas. */
  private readonly formulaEntries: Array<string | FormulaShape> = [];
  private readonly shapeIndex = new Map<FormulaShape, number>();
  private lastShape: FormulaShape | null = null;
  private lastShapeId = 0;
  private readonly formatTexts: string[] = [];
  private readonly formatIndex = new Map<string, number>();
  private lastFormat: string | undefined;
  private lastFormatId = 0;
  /** Last stored column + 1 of each row (a row's length as object rows have it). */
  private lengths = new Int32Array(64);
  /** Number of rows (as `rows.length`). */
  rowCount = 0;
  /** Rows a new column is made for (the sheet's stated size): no copying as it fills. */
  private reservedRows = 64;

  /**
   * Makes room for the rows a sheet says it has (its <dimension>), up to a real sheet's
   * 1,048,576; a column is then allocated once. Memory not written is never touched.
   */
  reserve(rows: number): void {
    if (rows > this.reservedRows) this.reservedRows = Math.min(rows, 1_048_576);
  }

  rowLength(row: number): number {
    return row >= 0 && row < this.rowCount ? this.lengths[row] : 0;
  }

  /** Rows up to `count` exist (empty ones too), as the object reader fills `rows` up to the last. */
  extendRows(count: number): void {
    if (count > this.rowCount) {
      this.ensureRows(count);
      this.rowCount = count;
    }
  }

  kind(row: number, col: number): number {
    const c = this.columns[col];
    return c && row >= 0 && row < c.kinds.length ? c.kinds[row] : KIND.NONE;
  }

  /** The type as a CellSnapshot's `t` ('z' where none is stored; a waiting formula is 'n'). */
  type(row: number, col: number): CellSnapshot['t'] {
    return T_OF_KIND[this.kind(row, col)];
  }

  /** Whether a cell is stored there (a formula with an empty result is one). */
  has(row: number, col: number): boolean {
    const c = this.columns[col];
    return !!c && row >= 0 && row < c.kinds.length && c.kinds[row] !== KIND.NONE;
  }

  /** The value as a CellSnapshot's `v`. */
  value(row: number, col: number): CellSnapshot['v'] {
    const c = this.columns[col];
    if (!c || !(row >= 0 && row < c.kinds.length)) return null;
    switch (c.kinds[row]) {
      case KIND.N:
        return c.values[row];
      case KIND.S:
      case KIND.E:
        return this.texts[c.values[row]];
      case KIND.B:
        return c.values[row] !== 0;
      default:
        return null;
    }
  }

  formula(row: number, col: number): string | undefined {
    const entry = this.formulaEntry(row, col);
    return typeof entry === 'string' || entry === undefined ? entry : formulaAt(entry, row);
  }

  /** The shape the cell's formula was stored as (none for a formula kept as its text). */
  formulaShape(row: number, col: number): FormulaShape | undefined {
    const entry = this.formulaEntry(row, col);
    return typeof entry === 'object' ? entry : undefined;
  }

  hasFormula(row: number, col: number): boolean {
    const c = this.columns[col];
    return !!c && !!c.formulas && row >= 0 && row < c.formulas.length && c.formulas[row] !== 0;
  }

  format(row: number, col: number): string | undefined {
    const c = this.columns[col];
    const i = c && c.formats && row < c.formats.length ? c.formats[row] : 0;
    return i ? this.formatTexts[i - 1] : undefined;
  }

  /** The cell as a new CellSnapshot, shaped as the reader's literals; null where none is stored. */
  cell(row: number, col: number): CellSnapshot | null {
    const c = this.columns[col];
    if (!c || !(row >= 0 && row < c.kinds.length)) return null;
    const kind = c.kinds[row];
    if (kind === KIND.NONE) return null;
    const v = this.value(row, col);
    const t = T_OF_KIND[kind];
    const fi = c.formulas ? c.formulas[row] : 0;
    const ni = c.formats ? c.formats[row] : 0;
    if (!fi) return ni ? { v, t, nf: this.formatTexts[ni - 1] } : { v, t };
    const entry = this.formulaEntries[fi - 1];
    const f = typeof entry === 'string' ? entry : formulaAt(entry, row);
    return ni ? { v, t, f, nf: this.formatTexts[ni - 1] } : { v, t, f };
  }

  /**
   * Stores a cell (replacing any there). `waiting`: a formula whose result is to be computed.
   * `shape`: its formula, given as a shape instead of `cell.f` (formulaShape.ts).
   */
  put(row: number, col: number, cell: CellSnapshot, waiting = false, shape?: FormulaShape | null): void {
    // A cell before any row (no r, no <row>) has nowhere to go: the object reader lost it too.
    if (!(row >= 0 && col >= 0)) return;
    let c = this.columns[col];
    if (c === undefined || c.kinds.length <= row) c = this.column(col, row + 1);
    if (row >= this.rowCount) this.extendRows(row + 1);
    const lengths = this.lengths;
    if (col >= lengths[row]) lengths[row] = col + 1;
    const f = cell.f;
    if (shape) (c.formulas ??= new Int32Array(c.kinds.length))[row] = this.shapeId(shape);
    else if (f !== undefined) (c.formulas ??= new Int32Array(c.kinds.length))[row] = this.formulaEntries.push(f);
    else if (c.formulas) c.formulas[row] = 0;
    const nf = cell.nf;
    // A sheet's cells share a few formats, mostly the same one in a row: the last one is kept at hand.
    if (nf !== undefined)
      (c.formats ??= new Int32Array(c.kinds.length))[row] =
        nf === this.lastFormat ? this.lastFormatId : this.formatId(nf);
    else if (c.formats) c.formats[row] = 0;
    if (waiting) c.kinds[row] = KIND.WAITING;
    else this.setValue(c, row, cell.v, cell.t);
  }

  /** A computed result (or any new value) for a stored cell; its formula and format stay. */
  setResult(row: number, col: number, v: CellSnapshot['v'], t: CellSnapshot['t']): void {
    if (this.has(row, col)) this.setValue(this.columns[col]!, row, v, t);
  }

  isWaiting(row: number, col: number): boolean {
    return this.kind(row, col) === KIND.WAITING;
  }

  /** Removes a cell (a merged range keeps only its top-left one); the row's length follows. */
  clear(row: number, col: number): void {
    const c = this.columns[col];
    if (!c || !(row >= 0 && row < c.kinds.length)) return;
    c.kinds[row] = KIND.NONE;
    if (c.formulas) c.formulas[row] = 0;
    if (c.formats) c.formats[row] = 0;
    let length = this.lengths[row];
    while (length > 0 && !this.has(row, length - 1)) length -= 1;
    this.lengths[row] = length;
  }

  /** One row as the reader built it (`rows[r]`): `empty` (EMPTY_CELL) before a stored cell. */
  row(row: number, empty: CellSnapshot): CellSnapshot[] {
    const length = this.rowLength(row);
    const cells = new Array<CellSnapshot>(length);
    for (let col = 0; col < length; col++) cells[col] = this.cell(row, col) ?? empty;
    return cells;
  }

  /** The object rows (`rows[r][c]`) the reader would have built. */
  toRows(empty: CellSnapshot): CellSnapshot[][] {
    const rows: CellSnapshot[][] = new Array<CellSnapshot[]>(this.rowCount);
    for (let r = 0; r < this.rowCount; r++) rows[r] = this.row(r, empty);
    return rows;
  }

  private setValue(c: Column, row: number, v: CellSnapshot['v'], t: CellSnapshot['t']): void {
    switch (t) {
      case 'n':
        c.kinds[row] = KIND.N;
        c.values[row] = v as number;
        break;
      case 's':
      case 'e':
        c.kinds[row] = t === 's' ? KIND.S : KIND.E;
        c.values[row] = this.texts.push(typeof v === 'string' ? v : String(v)) - 1;
        break;
      case 'b':
        c.kinds[row] = KIND.B;
        c.values[row] = v ? 1 : 0;
        break;
      default:
        c.kinds[row] = KIND.Z;
    }
  }

  private formulaEntry(row: number, col: number): string | FormulaShape | undefined {
    const c = this.columns[col];
    const i = c && c.formulas && row >= 0 && row < c.formulas.length ? c.formulas[row] : 0;
    return i ? this.formulaEntries[i - 1] : undefined;
  }

  /** A shape is stored once, its cells sharing the entry (mostly the same shape as the last cell). */
  private shapeId(shape: FormulaShape): number {
    if (shape === this.lastShape) return this.lastShapeId;
    let id = this.shapeIndex.get(shape);
    if (id === undefined) this.shapeIndex.set(shape, (id = this.formulaEntries.push(shape)));
    this.lastShape = shape;
    this.lastShapeId = id;
    return id;
  }

  private formatId(nf: string): number {
    let id = this.formatIndex.get(nf);
    if (id === undefined) this.formatIndex.set(nf, (id = this.formatTexts.push(nf)));
    this.lastFormat = nf;
    this.lastFormatId = id;
    return id;
  }

  private column(col: number, rows: number): Column {
    let c = this.columns[col];
    if (!c) {
      while (this.columns.length < col) this.columns.push(undefined);
      this.columns[col] = c = newColumn(Math.max(this.reservedRows, rows));
    } else if (c.kinds.length < rows) {
      const size = Math.max(rows, c.kinds.length * 2);
      c.kinds = grown(c.kinds, size);
      c.values = grown(c.values, size);
      if (c.formulas) c.formulas = grown(c.formulas, size);
      if (c.formats) c.formats = grown(c.formats, size);
    }
    return c;
  }

  private ensureRows(count: number): void {
    if (this.lengths.length < count)
      this.lengths = grown(this.lengths, Math.max(count, this.reservedRows, this.lengths.length * 2));
  }
}
