/**
 * The text of a shared formula in one of its cells: the master's formula with relative
 * references moved by the offset, exactly as ExcelJS 4.4 does (utils/shared-formula.js),
 * so both readers give the same formula text.
 */

const CANDIDATE = /(([a-z_\-0-9]*)!)?([a-z0-9_$]{2,})([(])?/gi;
const CELL_REF = /^([$])?([a-z]+)([$])?([1-9][0-9]*)$/i;

function lettersToNumber(letters: string): number {
  let n = 0;
  for (let i = 0; i < letters.length; i++) n = n * 26 + (letters.charCodeAt(i) - 64);
  return n;
}

function numberToLetters(n: number): string {
  let out = '';
  while (n > 0) {
    const m = (n - 1) % 26;
    out = String.fromCharCode(65 + m) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** 1-based row and column of an address like "B12" (with or without $). */
export function decodeAddress(address: string): { row: number; col: number } {
  // Hand-written for the hot path (every cell's r attribute); the regex for anything odd.
  let i = 0;
  let col = 0;
  let row = 0;
  if (address.charCodeAt(i) === 36) i++;
  for (let c = address.charCodeAt(i); c >= 65 && c <= 90; c = address.charCodeAt(++i)) col = col * 26 + c - 64;
  if (address.charCodeAt(i) === 36) i++;
  const digitsFrom = i;
  for (let c = address.charCodeAt(i); c >= 48 && c <= 57; c = address.charCodeAt(++i)) row = row * 10 + c - 48;
  if (col > 0 && i > digitsFrom && i === address.length && row > 0) return { row, col };
  const m = CELL_REF.exec(address);
  if (!m) return { row: 1, col: 1 };
  return { row: parseInt(m[4], 10), col: lettersToNumber(m[2].toUpperCase()) };
}

export function slideFormula(formula: string, fromCell: string, toCell: string): string {
  const from = decodeAddress(fromCell);
  const to = decodeAddress(toCell);
  return formula.replace(CANDIDATE, (refMatch: string, sheet: string | undefined, _s, addr: string, paren) => {
    if (paren) return refMatch;
    const match = CELL_REF.exec(addr);
    if (!match) return refMatch;
    const [, colDollar, colStrRaw, rowDollar, rowStr] = match;
    const colStr = colStrRaw.toUpperCase();
    // Beyond XFD it is a name, not a cell.
    if (colStr.length > 3 || (colStr.length === 3 && colStr > 'XFD')) return refMatch;
    let col = lettersToNumber(colStr);
    let row = parseInt(rowStr, 10);
    if (!colDollar) col += to.col - from.col;
    if (!rowDollar) row += to.row - from.row;
    return (sheet || '') + (colDollar || '') + numberToLetters(col) + (rowDollar || '') + row;
  });
}
