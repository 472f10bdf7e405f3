/**
 * The workbook model behind the Office.js recorder: sheets of cells, formats, conditional
 * formats. Plain data, so tests can build fixtures and inspect what the host wrote.
 */
export interface RecCell {
  v: string | number | boolean | null;
  f?: string;
  nf?: string;
  error?: boolean;
}
export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}
export interface RecConditionalFormat {
  /** Who added it (for tests); Excel's id is the format's position, see the proxies. */
  tag: string;
  type: string;
  /** A user rule whose details this Excel cannot read (loading it fails). */
  unreadable?: boolean;
  formula?: string;
  fill?: string;
  areas: Rect[];
}

export const MAX_ROW = 1048575;
export const MAX_COL = 16383;

export class RecSheet {
  cells = new Map<string, RecCell>();
  conditionalFormats: RecConditionalFormat[] = [];
  /** property path → value, per written A1 range (last write wins). */
  formats = new Map<string, Record<string, unknown>>();
  merges: string[] = [];
  validations: Array<{ address: string; prop: string; value: unknown }> = [];
  freeze: unknown = null;
  pageLayout: Record<string, unknown> = {};
  tabColor = '';
  visibility = 'Visible';
  hiddenRows = new Set<number>();
  hiddenCols = new Set<number>();
  /** Cell notes (NoteCollection), by A1 address. */
  notes = new Map<string, string>();
  constructor(public name: string) {}

  get(row: number, col: number): RecCell | undefined {
    return this.cells.get(`${row},${col}`);
  }
  set(row: number, col: number, cell: RecCell | undefined): void {
    if (!cell || (cell.v === null && !cell.f && !cell.nf)) this.cells.delete(`${row},${col}`);
    else this.cells.set(`${row},${col}`, cell);
  }
  /** Bounding box of cells holding a value or formula inside `within`, or null. */
  usedRect(within: Rect = { top: 0, left: 0, bottom: MAX_ROW, right: MAX_COL }): Rect | null {
    let box: Rect | null = null;
    for (const [key, cell] of this.cells) {
      if ((cell.v === null || cell.v === '') && !cell.f) continue;
      const [r, c] = key.split(',').map(Number);
      if (r < within.top || r > within.bottom || c < within.left || c > within.right) continue;
      box = box
        ? {
            top: Math.min(box.top, r),
            left: Math.min(box.left, c),
            bottom: Math.max(box.bottom, r),
            right: Math.max(box.right, c),
          }
        : { top: r, left: c, bottom: r, right: c };
    }
    return box;
  }
  /** Insert `count` empty rows at `row`: cells, formulas and conditional formats shift like Excel. */
  insertRows(row: number, count: number): void {
    const moved = new Map<string, RecCell>();
    for (const [key, cell] of this.cells) {
      const [r, c] = key.split(',').map(Number);
      const shifted = cell.f ? { ...cell, f: shiftFormulaRows(cell.f, row, count) } : cell;
      moved.set(`${r >= row ? r + count : r},${c}`, shifted);
    }
    this.cells = moved;
    for (const cf of this.conditionalFormats) {
      cf.areas = cf.areas.map((a) => ({
        ...a,
        top: a.top >= row ? a.top + count : a.top,
        bottom: a.bottom >= row ? a.bottom + count : a.bottom,
      }));
    }
  }
}

/** 'Sheet name'!A1 or SheetName!A1 references to `name` in a formula. */
function sheetRefPattern(name: string): RegExp {
  const quoted = name.replace(/'/g, "''").replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const bare = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? `|${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}` : '';
  return new RegExp(`(?:'${quoted}'${bare})!`, 'gi');
}

/** Excel follows a renamed sheet in every formula that points at it. */
export function renameSheetRefs(sheets: RecSheet[], from: string, to: string): void {
  const pattern = sheetRefPattern(from);
  const replacement = `'${to.replace(/'/g, "''")}'!`;
  for (const s of sheets)
    for (const [key, cell] of s.cells)
      if (cell.f) s.cells.set(key, { ...cell, f: cell.f.replace(pattern, replacement) });
}

/** A deleted sheet: every reference into it becomes #REF! and its cells show the error. */
export function breakSheetRefs(sheets: RecSheet[], name: string): void {
  const pattern = new RegExp(`${sheetRefPattern(name).source}\\$?[A-Z]{1,3}\\$?\\d+(?::\\$?[A-Z]{1,3}\\$?\\d+)?`, 'gi');
  for (const s of sheets)
    for (const [key, cell] of s.cells)
      if (cell.f && pattern.test(cell.f)) {
        pattern.lastIndex = 0;
        s.cells.set(key, { ...cell, f: cell.f.replace(pattern, '#REF!'), v: '#REF!', error: true });
      }
}

/** Shift A1 references at or below 0-based `row` by `count` rows (enough for the sums we write). */
export function shiftFormulaRows(formula: string, row: number, count: number): string {
  return formula.replace(/(\$?[A-Z]{1,3}\$?)(\d+)(?![\d(])/g, (m, col: string, digits: string) => {
    const n = Number(digits) - 1;
    return n >= row ? `${col}${n + count + 1}` : m;
  });
}

export function colIndex(letters: string): number {
  return [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
}
export function colLetters(col: number): string {
  let n = col + 1;
  let s = '';
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}
export function rectAddress(r: Rect): string {
  const a = `${colLetters(r.left)}${r.top + 1}`;
  const b = `${colLetters(r.right)}${r.bottom + 1}`;
  return a === b ? a : `${a}:${b}`;
}

/** 'A1', 'A1:C5', 'C:C', '5:9', '' (whole sheet) → rectangle. */
export function parseAddress(address: string | undefined): Rect {
  if (!address) return { top: 0, left: 0, bottom: MAX_ROW, right: MAX_COL };
  const local = address
    .slice(address.lastIndexOf('!') + 1)
    .replace(/\$/g, '')
    .toUpperCase();
  const [a, b = a] = local.split(':');
  const cols = /^([A-Z]+)$/;
  const rows = /^(\d+)$/;
  if (cols.test(a) && cols.test(b)) return { top: 0, left: colIndex(a), bottom: MAX_ROW, right: colIndex(b) };
  if (rows.test(a) && rows.test(b)) return { top: Number(a) - 1, left: 0, bottom: Number(b) - 1, right: MAX_COL };
  const cell = (s: string) => {
    const m = /^([A-Z]+)(\d+)$/.exec(s);
    if (!m) throw Object.assign(new Error(`InvalidArgument: bad address ${address}`), { code: 'InvalidArgument' });
    return { row: Number(m[2]) - 1, col: colIndex(m[1]) };
  };
  const p = cell(a);
  const q = cell(b);
  return {
    top: Math.min(p.row, q.row),
    left: Math.min(p.col, q.col),
    bottom: Math.max(p.row, q.row),
    right: Math.max(p.col, q.col),
  };
}

export function intersects(a: Rect, b: Rect): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

/** How Excel stores what the API writes through `formulas`/`values`. */
export function cellFromInput(input: unknown, previous: RecCell | undefined): RecCell | undefined {
  const nf = previous?.nf;
  if (input === null || input === undefined || input === '') return nf ? { v: null, nf } : undefined;
  if (typeof input === 'number' || typeof input === 'boolean') return { v: input, nf };
  const text = String(input);
  if (text.startsWith('=')) return { v: 0, f: text, nf };
  if (text.startsWith("'")) return { v: text.slice(1), nf };
  if (/^-?\d+(\.\d+)?$/.test(text.trim())) return { v: Number(text), nf };
  return { v: text, nf };
}

export function valueTypeOf(cell: RecCell | undefined): string {
  if (!cell) return 'Empty';
  if (cell.error) return 'Error';
  if (typeof cell.v === 'number') return 'Double';
  if (typeof cell.v === 'boolean') return 'Boolean';
  if (cell.v === null || cell.v === '') return 'Empty';
  return 'String';
}
