import { newFormulaShape, type FormulaShape } from '../../../model/formulaShape';
import { decodeRange } from './xmlText';

/**
 * Finds a formula's shape (model/formulaShape.ts) from its raw <f> bytes, without decoding it:
 * a column's formulas mostly repeat one form row after row, so the bytes are compared with the
 * column's last few shapes put at the cell's row. Only a formula that matches none is decoded,
 * and becomes a shape itself. A province plan's two million formula texts were a second of
 * decoding and most of what the young-generation collections copied.
 */

/** A shape with the raw bytes it was read from, and where its row numbers were in them. */
interface RawShape {
  shape: FormulaShape;
  raw: Uint8Array;
  slotFrom: number[];
  slotTo: number[];
}

/** Shapes kept a column: a line's form, a subtotal's, a total's. */
const RECENT_SHAPES = 4;
/** Row numbers past 1,048,576 are not a sheet's: seven digits at most. */
const MAX_ROW_DIGITS = 7;

/** A column's recent shapes, and how often they were (not) found again. */
interface ColumnShapes {
  list: RawShape[];
  hits: number;
  misses: number;
}

/** A column whose formulas mostly take a new form (more than this many did) is read as text. */
const MISSES_BEFORE_GIVING_UP = 64;

export class FormulaShapes {
  private readonly columns: Array<ColumnShapes | undefined> = [];

  /**
   * The shape of the formula in `bytes[from, to)` (the raw text of an <f>) of the cell at `row`,
   * `col` (0-based), or null: its text is then decoded as before.
   */
  match(bytes: Uint8Array, from: number, to: number, row: number, col: number): FormulaShape | null {
    let column = this.columns[col];
    if (column) {
      const list = column.list;
      for (let k = 0; k < list.length; k++) {
        const known = list[k];
        if (!matches(known, bytes, from, to, row)) continue;
        if (k > 0) {
          // The shape matched moves to the front: the next row most likely has it too.
          list.splice(k, 1);
          list.unshift(known);
        }
        column.hits++;
        return known.shape;
      }
      // Formulas that hardly repeat: a shape each would cost more than their texts.
      if (++column.misses > MISSES_BEFORE_GIVING_UP && column.misses > column.hits) return null;
    }
    const made = readShape(bytes, from, to, row);
    if (!made) return null;
    if (!column) {
      while (this.columns.length < col) this.columns.push(undefined);
      this.columns[col] = column = { list: [], hits: 0, misses: 0 };
    }
    column.list.unshift(made);
    if (column.list.length > RECENT_SHAPES) column.list.pop();
    return made.shape;
  }
}

/** Whether the bytes are the shape's formula at `row`: its literal bytes, and each row number moved. */
function matches(known: RawShape, bytes: Uint8Array, from: number, to: number, row: number): boolean {
  const { raw, slotFrom, slotTo } = known;
  const offsets = known.shape.offsets;
  let q = from;
  let p = 0;
  for (let k = 0; k <= slotFrom.length; k++) {
    const literalEnd = k < slotFrom.length ? slotFrom[k] : raw.length;
    const length = literalEnd - p;
    if (q + length > to) return false;
    for (let j = 0; j < length; j++) if (bytes[q + j] !== raw[p + j]) return false;
    q += length;
    if (k === slotFrom.length) break;
    // The row number: no leading zero, the expected value, and no digit after it.
    if (bytes[q] < 49 || bytes[q] > 57) return false;
    let n = 0;
    let digits = 0;
    while (q < to && bytes[q] >= 48 && bytes[q] <= 57 && digits <= MAX_ROW_DIGITS) {
      n = n * 10 + bytes[q++] - 48;
      digits++;
    }
    if (n !== row + 1 + offsets[k]) return false;
    p = slotTo[k];
  }
  return q === to;
}

const isLetter = (b: number) => (b >= 65 && b <= 90) || (b >= 97 && b <= 122);
const isDigit = (b: number) => b >= 48 && b <= 57;
/** A byte of a name (a function, a sheet, a defined name): a reference never starts or ends inside one. */
const isNameByte = (b: number) => isLetter(b) || isDigit(b) || b === 95 || b === 46 || b >= 128;

/**
 * Cuts the relative row numbers out of a formula's raw bytes: B9, $B9, b9 (not B$9, LOG10(,
 * A1B, Sheet1!, nor anything inside "text" or 'a sheet name', nor inside an entity such as
 * &#49;). The literal pieces are decoded one by one: an entity never straddles a row number.
 */
function readShape(bytes: Uint8Array, from: number, to: number, row: number): RawShape | null {
  const slotFrom: number[] = [];
  const slotTo: number[] = [];
  const numbers: number[] = [];
  let quote = 0;
  let i = from;
  while (i < to) {
    const b = bytes[i];
    if (b === 38 /* & */) {
      const semi = bytes.indexOf(59 /* ; */, i);
      if (semi < 0 || semi >= to) return null;
      // &quot; and &apos; open and close quoted text as the characters do.
      const named = semi - i === 5 ? entityQuote(bytes, i) : 0;
      if (named) quote = quote === 0 ? named : quote === named ? 0 : quote;
      i = semi + 1;
      continue;
    }
    if (quote) {
      if (b === quote) quote = 0;
      i++;
      continue;
    }
    if (b === 34 || b === 39) {
      quote = b;
      i++;
      continue;
    }
    if (!isLetter(b) && b !== 36 /* $ */) {
      i++;
      continue;
    }
    if (i > from && isNameByte(bytes[i - 1])) {
      // Inside a name: skip the rest of it.
      i++;
      while (i < to && isNameByte(bytes[i])) i++;
      continue;
    }
    let k = b === 36 ? i + 1 : i;
    const lettersFrom = k;
    while (k < to && isLetter(bytes[k])) k++;
    const letters = k - lettersFrom;
    let d = k;
    while (d < to && isDigit(bytes[d])) d++;
    const after = d < to ? bytes[d] : 0;
    const isRelativeRow =
      letters >= 1 &&
      letters <= 3 &&
      d > k &&
      bytes[k] !== 48 &&
      d - k <= MAX_ROW_DIGITS &&
      !isNameByte(after) &&
      after !== 40 /* ( */ &&
      after !== 33; /* ! */
    if (isRelativeRow) {
      slotFrom.push(k - from);
      slotTo.push(d - from);
      let n = 0;
      for (let j = k; j < d; j++) n = n * 10 + bytes[j] - 48;
      numbers.push(n);
    }
    i = Math.max(d, i + 1);
  }
  const parts: string[] = [];
  let p = from;
  for (let s = 0; s <= slotFrom.length; s++) {
    const end = s < slotFrom.length ? from + slotFrom[s] : to;
    parts.push(s === 0 ? decodeRange(bytes, p, end, false, '=') : decodeRange(bytes, p, end, false));
    if (s < slotFrom.length) p = from + slotTo[s];
  }
  const shape = newFormulaShape(parts, numbers, row);
  // Excel's future-function prefix is taken out of the text (cellValue.ts): such a formula stays text.
  if (!shape || shape.text.indexOf('_xlfn.') >= 0) return null;
  return { shape, raw: bytes.slice(from, to), slotFrom, slotTo };
}

/** The quote an &quot; or &apos; at `i` stands for, else 0. */
function entityQuote(bytes: Uint8Array, i: number): number {
  const [a, b, c, d] = [bytes[i + 1], bytes[i + 2], bytes[i + 3], bytes[i + 4]];
  if (a === 113 && b === 117 && c === 111 && d === 116) return 34; // quot
  if (a === 97 && b === 112 && c === 111 && d === 115) return 39; // apos
  return 0;
}
