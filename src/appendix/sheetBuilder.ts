import type { CellPlan, CellStyle, PrintSetup, RangeRef, SheetPlan } from '../model/sheetPlan';

/** Content of one cell: a value or a formula (without '='). */
export type CellContent = { value: string | number | null } | { formula: string };

/**
 * Collects an appendix sheet's cells, merges and row/column setup, then emits the
 * SheetPlan. Merged ranges get their style on every cell so borders print all round.
 */
export class SheetBuilder {
  /**
   * Cells by row, then by column: a province plan's appendices hold millions of cells, and a
   * map keyed by "row:col" strings took several hundred bytes a cell.
   */
  private readonly cells = new Map<number, Array<CellPlan | undefined>>();
  private readonly merges: RangeRef[] = [];
  private readonly rows = new Map<number, { index: number; height?: number; hidden?: boolean }>();
  private columns: SheetPlan['columns'] = [];

  constructor(
    private readonly id: string,
    private readonly name: string,
    private readonly styles: Record<string, CellStyle>,
  ) {}

  set(row: number, col: number, content: CellContent, style?: string): void {
    if (style && !this.styles[style]) throw new Error(`unknown appendix style ${style}`);
    // One literal with every field (a field added later costs a property array per cell).
    const plan: CellPlan =
      'formula' in content
        ? style
          ? { row, col, formula: content.formula, style }
          : { row, col, formula: content.formula }
        : style
          ? { row, col, value: content.value, style }
          : { row, col, value: content.value };
    this.put(plan);
  }

  private put(plan: CellPlan): void {
    let line = this.cells.get(plan.row);
    if (!line) this.cells.set(plan.row, (line = []));
    while (line.length < plan.col) line.push(undefined);
    line[plan.col] = plan;
  }

  value(row: number, col: number, value: string | number | null, style?: string): void {
    this.set(row, col, { value }, style);
  }

  formula(row: number, col: number, formula: string, style?: string): void {
    this.set(row, col, { formula }, style);
  }

  /** Merge a range; the anchor keeps its content and every cell gets `style`. */
  merge(range: RangeRef, style: string): void {
    this.merges.push(range);
    for (let r = range.top; r <= range.bottom; r++) {
      for (let c = range.left; c <= range.right; c++) {
        const existing = this.get(r, c);
        if (existing) existing.style = style;
        else this.put({ row: r, col: c, style });
      }
    }
  }

  height(row: number, height: number): void {
    this.rows.set(row, { ...this.rows.get(row), index: row, height });
  }

  hide(row: number): void {
    this.rows.set(row, { ...this.rows.get(row), index: row, hidden: true });
  }

  widths(widths: number[]): void {
    this.columns = widths.map((width, index) => ({ index, width }));
  }

  get(row: number, col: number): CellPlan | undefined {
    return this.cells.get(row)?.[col];
  }

  build(print: PrintSetup, freeze?: { rows: number; cols: number }): SheetPlan {
    // Sorted by row, then column.
    const cells: CellPlan[] = [];
    for (const row of [...this.cells.keys()].sort((a, b) => a - b)) {
      for (const cell of this.cells.get(row)!) if (cell) cells.push(cell);
    }
    return {
      id: this.id,
      name: this.name,
      kind: 'appendix',
      styles: this.styles,
      cells,
      columns: this.columns,
      rows: [...this.rows.values()].sort((a, b) => a.index - b.index),
      merges: this.merges,
      validations: [],
      ...(freeze ? { freeze } : {}),
      print,
    };
  }
}

/**
 * Row height (points) for wrapped 10-pt text: lines estimated from the column width in
 * characters, because neither ExcelJS nor Excel on open fits wrapped rows by itself.
 * Bold text is wider (about 1.05 characters a width unit against 1.2).
 */
export function wrappedRowHeight(
  texts: Array<{ text: string; width: number; bold?: boolean }>,
  lineHeight = 12.75,
): number {
  let lines = 1;
  for (const { text, width, bold } of texts) {
    const perLine = Math.max(4, Math.floor(width * (bold ? 1.05 : 1.2)));
    const count = text.split('\n').reduce((sum, part) => sum + Math.max(1, Math.ceil(part.length / perLine)), 0);
    lines = Math.max(lines, count);
  }
  return Math.max(18, Math.round(lines * lineHeight + 6));
}

/** SUM over a set of rows of one column, consecutive rows folded into ranges. */
export function sumOfRows(column: string, rows: number[]): string {
  if (rows.length === 0) return '0';
  const sorted = [...rows].sort((a, b) => a - b);
  const parts: string[] = [];
  let start = sorted[0];
  let prev = sorted[0];
  const flush = () =>
    parts.push(start === prev ? `${column}${start + 1}` : `${column}${start + 1}:${column}${prev + 1}`);
  for (const r of sorted.slice(1)) {
    if (r === prev + 1) {
      prev = r;
      continue;
    }
    flush();
    start = r;
    prev = r;
  }
  flush();
  return `SUM(${parts.join(',')})`;
}
