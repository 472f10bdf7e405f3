/**
 * The cell ranges of a plain sum formula ("=SUM(F12:F20,H12)"), read by a hand-written scanner
 * (regexes were the hot spot on a province plan's million formulas): what the host's evaluator
 * adds up and what the circular-reference check looks at first.
 */
export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export const SUM_OPEN = '=SUM(';

/** Parses "A1,B2:C3" (optional $, any case) between from and to; null for anything else. */
export function parseRangeList(text: string, from: number, to: number): CellRange[] | null {
  const out: CellRange[] = [];
  let i = from;
  let refRow = 0;
  let refCol = 0;
  const readRef = (): boolean => {
    if (text.charCodeAt(i) === 36) i++; // $
    let col = 0;
    let letters = 0;
    for (let ch = text.charCodeAt(i) & ~32; ch >= 65 && ch <= 90; ch = text.charCodeAt(++i) & ~32) {
      col = col * 26 + ch - 64;
      letters++;
    }
    if (!letters || letters > 3) return false;
    if (text.charCodeAt(i) === 36) i++;
    let row = 0;
    let digits = 0;
    for (let ch = text.charCodeAt(i); ch >= 48 && ch <= 57; ch = text.charCodeAt(++i)) {
      row = row * 10 + ch - 48;
      digits++;
    }
    refRow = row - 1;
    refCol = col - 1;
    return digits > 0;
  };
  while (i < to) {
    if (!readRef()) return null;
    const aRow = refRow;
    const aCol = refCol;
    if (text.charCodeAt(i) === 58) {
      i++;
      if (!readRef()) return null;
    }
    out.push({
      top: Math.min(aRow, refRow),
      bottom: Math.max(aRow, refRow),
      left: Math.min(aCol, refCol),
      right: Math.max(aCol, refCol),
    });
    if (i < to && text.charCodeAt(i) !== 44) return null;
    i++;
  }
  return out.length ? out : null;
}

/** Whether f starts with prefix (upper-case ASCII), in any case. */
export function startsWithFold(f: string, prefix: string): boolean {
  if (f.length < prefix.length) return false;
  for (let i = 0; i < prefix.length; i++) {
    const ch = f.charCodeAt(i);
    if ((ch >= 97 && ch <= 122 ? ch - 32 : ch) !== prefix.charCodeAt(i)) return false;
  }
  return true;
}

/** The ranges of "=SUM(refs)" over this sheet's cells, or null (another shape, another sheet, text). */
export function sumRanges(f: string): CellRange[] | null {
  if (f.charCodeAt(f.length - 1) !== 41 || !startsWithFold(f, SUM_OPEN)) return null; // )
  return parseRangeList(f, SUM_OPEN.length, f.length - 1);
}
