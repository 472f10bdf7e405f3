/**
 * A formula's shape: its text with the row numbers of its relative references cut out, the form
 * a column's formulas share (`=SUM(E{r},H{r})` on every line of a plan). The .xlsx reader keeps
 * one shape for a column's run of such formulas instead of one string a cell (a province plan
 * has ~2 million formulas and ~100 shapes), and code that reads formulas parses a shape once
 * (`shapeMemo`), moving what it found by the cell's distance from the row it was read at.
 */
export interface FormulaShape {
  /** The literal texts around the row numbers: one more than `offsets`. */
  readonly parts: readonly string[];
  /** Each row number, less the 1-based row of the cell it is in (B9 in row 9: 0). */
  readonly offsets: readonly number[];
  /** The (0-based) row its text was read at. */
  readonly anchor: number;
  /** The formula at `anchor`, as read. */
  readonly text: string;
  /**
   * Whether every row number a reference can carry is one of the cut-out ones: outside quoted
   * text, no digit in `parts` follows a letter or '$' ($B$9, LOG10, Sheet1!A1 make it false),
   * nor is a digit beside ':' (a whole-row range, 5:5). Only then is what its text says at
   * `anchor` true at any row, moved by the distance.
   */
  readonly movable: boolean;
  /** What code reading formulas found in `text`, by its own key (see `shapeMemo`). */
  readonly memo: Map<string, unknown>;
}

/** The shape of the cut texts and numbers, read at `anchor`; null when they do not make `text`. */
export function newFormulaShape(parts: string[], numbers: number[], anchor: number): FormulaShape | null {
  if (parts.length !== numbers.length + 1) return null;
  const offsets = numbers.map((n) => n - (anchor + 1));
  let text = parts[0];
  for (let i = 0; i < numbers.length; i++) text += String(numbers[i]) + parts[i + 1];
  return { parts, offsets, anchor, text, movable: isMovable(parts), memo: new Map() };
}

/** The formula of a cell in `row` that has this shape. */
export function formulaAt(shape: FormulaShape, row: number): string {
  if (row === shape.anchor) return shape.text;
  const { parts, offsets } = shape;
  const pieces: string[] = [parts[0]];
  for (let i = 0; i < offsets.length; i++) pieces.push(String(row + 1 + offsets[i]), parts[i + 1]);
  // Joined into one flat string: a chain of concatenations is kept as a tree of pieces.
  return pieces.join('');
}

/** What `read` finds in the shape's text, computed once a shape (keyed by `key`, one per reader). */
export function shapeMemo<T>(shape: FormulaShape, key: string, read: (text: string) => T): T {
  const memo = shape.memo;
  if (memo.has(key)) return memo.get(key) as T;
  const found = read(shape.text);
  memo.set(key, found);
  return found;
}

const isLetter = (ch: number) => (ch >= 65 && ch <= 90) || (ch >= 97 && ch <= 122);
const isDigit = (ch: number) => ch >= 48 && ch <= 57;

function isMovable(parts: readonly string[]): boolean {
  // Quotes never straddle a row number (those are digits), so the state carries across parts.
  let quote = 0;
  for (const part of parts) {
    let before = 0;
    for (let i = 0; i < part.length; i++) {
      const ch = part.charCodeAt(i);
      if (quote) {
        if (ch === quote) quote = 0;
      } else if (ch === 34 || ch === 39) quote = ch;
      else if (isDigit(ch) && (isLetter(before) || before === 36 || before === 58 || part.charCodeAt(i + 1) === 58))
        return false;
      before = ch;
    }
  }
  return quote === 0;
}
