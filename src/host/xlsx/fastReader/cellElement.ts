import { decodeRange } from './xmlText';
import type { FormulaShape } from '../../../model/formulaShape';
import type { FormulaShapes } from './formulaShapes';
import { CLOSE_IS, cellType, closingTag, fAttributeBit, plainDecimal, startsWith, textStart } from './cellBytes';

/**
 * One worksheet cell as read from its <c> element, before it becomes a CellSnapshot.
 * One object is reused for every cell of a sheet (a sheet has millions of them).
 */
export interface CellState {
  address: string;
  row: number;
  col: number;
  t: string | undefined;
  style: number;
  formula: string | undefined;
  /** The formula as a shape it shares with its column (formulaShapes.ts); `formula` is then undefined. */
  shape: FormulaShape | null;
  /** The formula was read with its '=' in front (the byte reader: one string for the snapshot). */
  formulaHasEquals: boolean;
  shareType: string | undefined;
  si: string | undefined;
  ref: string | undefined;
  value: string | undefined;
  /** The <v> text's number when it is a plain decimal read straight from the bytes (value is then undefined); else NaN. */
  number: number;
  /** Whether the cell had a <v> element, even an empty one (a formula's cached "" result). */
  hasValueTag: boolean;
  runs: string[] | null;
}

export const newCellState = (): CellState => ({
  address: '',
  row: 0,
  col: 0,
  t: undefined,
  style: 0,
  formula: undefined,
  shape: null,
  formulaHasEquals: false,
  shareType: undefined,
  si: undefined,
  ref: undefined,
  value: undefined,
  number: NaN,
  hasValueTag: false,
  runs: null,
});

const LT = 60;
const GT = 62;
const SLASH = 47;
const EQ = 61;
const QUOT = 34;
const APOS = 39;
const isSpace = (b: number) => b === 32 || b === 9 || b === 10 || b === 13;
const isNameByte = (b: number) =>
  (b >= 97 && b <= 122) || (b >= 65 && b <= 90) || (b >= 48 && b <= 57) || b === 95 || b === 58 || b === 46 || b === 45;

/**
 * Reads a whole <c …>…</c> (or <c …/>) starting at `lt` (its '<') directly into `cell`:
 * the attributes r, s and t, one <f> and one <v>. The shape Excel, LibreOffice and our writer
 * give nearly every cell; it skips the per-tag objects and events of the scanner, which were
 * most of a big sheet's reading time. Returns the index after the element, or -1 for anything
 * else (inline strings, an r that is not plain "B12", an unknown type, a split element, odd
 * text between tags, …): the scanner then reads the same element tag by tag, as before, so
 * the result never depends on which path read a cell. Throws ScanFallback where the
 * tag-by-tag path would too (bad entities, control characters).
 */
export function readCellElement(
  bytes: Uint8Array,
  lt: number,
  end: number,
  cell: CellState,
  shapes?: FormulaShapes,
): number {
  let i = lt + 2; // after "<c"
  let row = 0;
  let col = 0;
  let t: string | undefined;
  let style = 0;
  let seen = 0; // bits: 1 r, 2 s, 4 t
  let selfClosing = false;
  // Attributes of <c>: only r, s and t, each once (anything else goes tag by tag).
  for (;;) {
    const spaced = isSpace(bytes[i]);
    while (i < end && isSpace(bytes[i])) i++;
    if (i >= end) return -1;
    const b = bytes[i];
    if (b === GT) {
      i++;
      break;
    }
    if (b === SLASH && bytes[i + 1] === GT) {
      selfClosing = true;
      i += 2;
      break;
    }
    // One-letter names only (r, s, t, checked below), '=' right after: anything else tag by tag.
    if (!spaced || bytes[i + 1] !== EQ) return -1;
    i += 2;
    const quote = bytes[i];
    if (quote !== QUOT && quote !== APOS) return -1;
    const from = ++i;
    while (i < end && bytes[i] !== quote) i++;
    if (i >= end) return -1;
    const to = i++;
    if (b === 114 /* r */ && !(seen & 1)) {
      seen |= 1;
      // Plain "B12" only: letters A–Z then a row number without a leading zero.
      let k = from;
      while (k < to && k - from < 3 && bytes[k] >= 65 && bytes[k] <= 90) col = col * 26 + bytes[k++] - 64;
      if (col === 0 || k === to || bytes[k] === 48 || to - k > 7) return -1;
      for (; k < to; k++) {
        const d = bytes[k] - 48;
        if (d < 0 || d > 9) return -1;
        row = row * 10 + d;
      }
    } else if (b === 115 /* s */ && !(seen & 2)) {
      seen |= 2;
      if (to === from || to - from > 6) return -1;
      for (let k = from; k < to; k++) {
        const d = bytes[k] - 48;
        if (d < 0 || d > 9) return -1;
        style = style * 10 + d;
      }
    } else if (b === 116 /* t */ && !(seen & 4)) {
      seen |= 4;
      t = cellType(bytes, from, to);
      if (t === undefined) return -1;
    } else return -1;
  }
  if (!(seen & 1)) return -1;
  let formula: string | undefined;
  let shape: FormulaShape | null = null;
  let shareType: string | undefined;
  let si: string | undefined;
  let ref: string | undefined;
  let value: string | undefined;
  let number = NaN;
  let hasValueTag = false;
  let hadFormula = false;
  let hadInline = false;
  if (!selfClosing) {
    // Children: <f …>…</f> or <f …/>, <v>…</v> or <v/>, each at most once, then </c>.
    for (;;) {
      while (i < end && isSpace(bytes[i])) i++;
      if (i + 2 >= end || bytes[i] !== LT) return -1;
      const name = bytes[i + 1];
      const after = bytes[i + 2];
      if (name === SLASH) {
        if (bytes[i + 2] !== 99 /* c */) return -1;
        i += 3;
        while (i < end && isSpace(bytes[i])) i++;
        if (i >= end || bytes[i] !== GT) return -1;
        i++;
        break;
      }
      if (name === 105 /* i */ && after === 115 /* s */ && bytes[i + 3] === GT) {
        // <is><t>text</t></is> (or <t xml:space="preserve">): how our writer and ExcelJS write text.
        if (hasValueTag || hadInline) return -1;
        hadInline = true;
        i += 4;
        while (i < end && isSpace(bytes[i])) i++;
        const textFrom = textStart(bytes, i, end);
        if (textFrom < 0) return -1;
        const textEnd = closingTag(bytes, textFrom, end, 116);
        if (textEnd < 0) return -1;
        if (textEnd > textFrom) value = decodeRange(bytes, textFrom, textEnd, false);
        i = textEnd + 4; // "</t>"
        while (i < end && isSpace(bytes[i])) i++;
        if (!startsWith(bytes, i, end, CLOSE_IS)) return -1;
        i += CLOSE_IS.length;
        continue;
      }
      if (after !== GT && after !== SLASH && !isSpace(after)) return -1;
      if (name === 102 /* f */ && !hadFormula) {
        hadFormula = true;
        i += 2;
        // <f> attributes: t, si, ref kept; others (LibreOffice's aca="false") checked and skipped.
        let fSeen = 0;
        let fSelfClosing = false;
        for (;;) {
          const spaced = isSpace(bytes[i]);
          while (i < end && isSpace(bytes[i])) i++;
          if (i >= end) return -1;
          const a = bytes[i];
          if (a === GT) {
            i++;
            break;
          }
          if (a === SLASH && bytes[i + 1] === GT) {
            fSelfClosing = true;
            i += 2;
            break;
          }
          if (!spaced) return -1;
          const nameFrom = i;
          while (i < end && isNameByte(bytes[i])) i++;
          const nameLen = i - nameFrom;
          if (bytes[i] !== EQ || nameLen === 0) return -1;
          const quote = bytes[++i];
          if (quote !== QUOT && quote !== APOS) return -1;
          const from = ++i;
          while (i < end && bytes[i] !== quote) i++;
          if (i >= end) return -1;
          const to = i++;
          const bit = fAttributeBit(bytes, nameFrom, nameLen);
          if (bit < 0 || fSeen & bit) return -1;
          fSeen |= bit;
          const text = decodeRange(bytes, from, to, true);
          if (bit === 1) shareType = text;
          else if (bit === 2) si = text;
          else if (bit === 4) ref = text;
        }
        if (!fSelfClosing) {
          const textEnd = closingTag(bytes, i, end, 102);
          if (textEnd < 0) return -1;
          if (textEnd > i) {
            // A shared formula's text belongs to its master (cellValue.ts): kept as text.
            const plain = shareType === undefined && si === undefined && ref === undefined;
            if (shapes && plain) shape = shapes.match(bytes, i, textEnd, row - 1, col - 1);
            if (!shape) formula = decodeRange(bytes, i, textEnd, false, '=');
          }
          i = textEnd + 4; // "</f>"
        }
      } else if (name === 118 /* v */ && !hasValueTag && !hadInline) {
        hasValueTag = true;
        if (after === SLASH && bytes[i + 3] === GT) {
          i += 4;
          continue;
        }
        if (after !== GT) return -1;
        i += 3;
        const textEnd = closingTag(bytes, i, end, 118);
        if (textEnd < 0) return -1;
        if (textEnd > i) {
          // Numbers and shared-string indexes as numbers; other types keep their text.
          if (t === undefined || t === 'n' || t === 's') number = plainDecimal(bytes, i, textEnd, t === 's');
          if (number !== number) value = decodeRange(bytes, i, textEnd, false);
        }
        i = textEnd + 4; // "</v>"
      } else return -1;
    }
  }
  cell.row = row - 1;
  cell.col = col - 1;
  cell.address = '';
  cell.t = t;
  cell.style = style;
  cell.formula = formula;
  cell.shape = shape;
  cell.formulaHasEquals = formula !== undefined;
  cell.shareType = shareType;
  cell.si = si;
  cell.ref = ref;
  cell.value = value;
  cell.number = number;
  cell.hasValueTag = hasValueTag;
  cell.runs = null;
  return i;
}
