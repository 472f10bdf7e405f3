/**
 * Byte-level pieces of reading a worksheet cell (cellElement.ts): fixed tags compared byte by
 * byte, cell types, plain decimals, the end of a one-letter element's text.
 */

const LT = 60;
const SLASH = 47;
const GT = 62;

/** The bytes of an ASCII text (fixed tags compared byte by byte). */
export const bytesOf = (text: string) => Uint8Array.from(text, (ch) => ch.charCodeAt(0));
const OPEN_T = bytesOf('<t>');
const OPEN_T_PRESERVE = bytesOf('<t xml:space="preserve">');
export const CLOSE_IS = bytesOf('</is>');
const INLINE_STR = bytesOf('inlineStr');

/** Whether a byte ends a tag's name (space, '>' or '/'). */
export const endsName = (b: number) => b === 32 || b === 9 || b === 10 || b === 13 || b === GT || b === SLASH;

export function startsWith(bytes: Uint8Array, at: number, end: number, what: Uint8Array): boolean {
  if (at + what.length > end) return false;
  for (let k = 0; k < what.length; k++) if (bytes[at + k] !== what[k]) return false;
  return true;
}

/** The cell types read here (as the same strings the tag-by-tag path gives); others undefined. */
export function cellType(bytes: Uint8Array, from: number, to: number): string | undefined {
  const a = bytes[from];
  if (to - from === 1) return a === 115 ? 's' : a === 110 ? 'n' : a === 98 ? 'b' : a === 101 ? 'e' : undefined;
  if (to - from === 3) return a === 115 && bytes[from + 1] === 116 && bytes[from + 2] === 114 ? 'str' : undefined;
  return to - from === INLINE_STR.length && startsWith(bytes, from, to, INLINE_STR) ? 'inlineStr' : undefined;
}

const POWERS_OF_TEN = Array.from({ length: 16 }, (_, k) => 10 ** k);

/**
 * The number of a plain decimal ("-12", "43.219") of at most 15 digits, else NaN. Exactly what
 * parseFloat gives: the digits as an integer below 2^53 divided by an exact power of ten is one
 * correctly rounded operation. Saves a string per number cell.
 */
export function plainDecimal(bytes: Uint8Array, from: number, to: number, integerOnly: boolean): number {
  let i = from;
  const negative = bytes[i] === 45;
  if (negative) {
    if (integerOnly) return NaN;
    i++;
  }
  let digits = 0;
  let mantissa = 0;
  let fraction = -1;
  for (; i < to; i++) {
    const b = bytes[i];
    if (b >= 48 && b <= 57) {
      mantissa = mantissa * 10 + (b - 48);
      digits++;
    } else if (b === 46 && fraction < 0 && digits > 0 && !integerOnly) fraction = digits;
    else return NaN;
  }
  if (digits === 0 || digits > 15 || fraction === digits) return NaN;
  const value = fraction < 0 ? mantissa : mantissa / POWERS_OF_TEN[digits - fraction];
  return negative ? -value : value;
}

/** Where the text of an inline string's <t> starts (exactly "<t>" or the preserve form at `at`), or -1. */
export function textStart(bytes: Uint8Array, at: number, end: number): number {
  if (startsWith(bytes, at, end, OPEN_T)) return at + OPEN_T.length;
  return startsWith(bytes, at, end, OPEN_T_PRESERVE) ? at + OPEN_T_PRESERVE.length : -1;
}

/**
 * Where the text of a one-letter element ends: the index of its "</x>" (exactly that), or -1
 * when another tag comes first or the piece ends.
 */
export function closingTag(bytes: Uint8Array, from: number, end: number, letter: number): number {
  const lt = bytes.indexOf(LT, from);
  if (lt < 0 || lt + 3 >= end) return -1;
  return bytes[lt + 1] === SLASH && bytes[lt + 2] === letter && bytes[lt + 3] === GT ? lt : -1;
}

/** <f> attributes as bits: t 1, si 2, ref 4, aca 8, ca 16; -1 for any other (read tag by tag). */
export function fAttributeBit(bytes: Uint8Array, from: number, len: number): number {
  const a = bytes[from];
  if (len === 1 && a === 116) return 1;
  if (len === 2 && a === 115 && bytes[from + 1] === 105) return 2;
  if (len === 3 && a === 114 && bytes[from + 1] === 101 && bytes[from + 2] === 102) return 4;
  // LibreOffice writes aca="false" on every formula.
  if (len === 3 && a === 97 && bytes[from + 1] === 99 && bytes[from + 2] === 97) return 8;
  if (len === 2 && a === 99 && bytes[from + 1] === 97) return 16; // ca="1" (Excel: calculate always)
  return -1;
}
