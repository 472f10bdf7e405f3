import type { SheetPlan } from '../model/sheetPlan';

/** Template cells addressed by code (column MA / KHOA) and column key, found from the plan itself. */
export class KeyedCells {
  private readonly cols = new Map<string, number>();
  private readonly rows = new Map<string, number>();
  private readonly cells = new Map<string, SheetPlan['cells'][number]>();

  constructor(private readonly plan: SheetPlan) {
    const keyCell = plan.cells.find((c) => c.value === 'MA' || c.value === 'KHOA')!;
    for (const c of plan.cells) {
      this.cells.set(`${c.row}:${c.col}`, c);
      if (c.row === keyCell.row && typeof c.value === 'string' && !c.value.startsWith('#'))
        this.cols.set(c.value, c.col);
      if (c.col === keyCell.col && c.row > keyCell.row && typeof c.value === 'string') this.rows.set(c.value, c.row);
    }
  }

  /** Whether the template sums this line (its cells are formulas). */
  isFormula(code: string, key: string): boolean {
    const row = this.rows.get(code);
    const col = this.cols.get(key);
    return row !== undefined && col !== undefined && !!this.cells.get(`${row}:${col}`)?.formula;
  }

  /** Adds a figure given at a summed line to its formula: SUM(children) → SUM(children,value). */
  addToSum(code: string, key: string, value: number): void {
    const cell = this.cells.get(`${this.rows.get(code)}:${this.cols.get(key)}`);
    const match = cell?.formula && /^SUM\((.*)\)$/.exec(cell.formula);
    if (cell && match) cell.formula = `SUM(${match[1]},${value})`;
  }

  /** The 0-based cell of a line and column key, if the sheet has both. */
  cellOf(code: string, key: string): { row: number; col: number } | undefined {
    const row = this.rows.get(code);
    const col = this.cols.get(key);
    return row === undefined || col === undefined ? undefined : { row, col };
  }

  /**
   * Writes a value over whatever the template has there, its formula included (a figure she
   * gave at a summed line replaces the sum); returns the cell, or undefined when there is none.
   */
  put(code: string, key: string, value: string | number): { row: number; col: number } | undefined {
    return this.write(code, key, { value });
  }

  /** Sets a cell's formula (over whatever the template has there); returns the cell, or undefined. */
  putFormula(code: string, key: string, formula: string): { row: number; col: number } | undefined {
    return this.write(code, key, { formula });
  }

  /** A cell's content replaced by a value or a formula (the other removed). */
  private write(
    code: string,
    key: string,
    content: { value: string | number } | { formula: string },
  ): { row: number; col: number } | undefined {
    const at = this.cellOf(code, key);
    if (!at) return undefined;
    const cell = this.cells.get(`${at.row}:${at.col}`);
    if (cell) {
      delete cell.value;
      delete cell.formula;
      Object.assign(cell, content);
    } else this.add({ row: at.row, col: at.col, ...content });
    return at;
  }

  /** Types a value into a typed cell (never over a template formula). */
  set(code: string, key: string, value: string | number): void {
    const row = this.rows.get(code);
    const col = this.cols.get(key);
    if (row === undefined || col === undefined) return;
    const cell = this.cells.get(`${row}:${col}`);
    if (cell?.formula) return;
    if (cell) cell.value = value;
    else this.add({ row, col, value });
  }

  /** A cell the template did not have: into the plan, and found again by the next write. */
  private add(cell: SheetPlan['cells'][number]): void {
    this.plan.cells.push(cell);
    this.cells.set(`${cell.row}:${cell.col}`, cell);
  }
}
