import { cellAt, type SheetSnapshot } from '../model/snapshot';
import { parseA1 } from '../model/a1';
import { fold } from './text';

/** Text of a cell as she typed it ('' for blanks and numbers). */
export function textAt(sheet: SheetSnapshot, row: number, col: number): string {
  const c = cellAt(sheet, row, col);
  return c.t === 's' ? String(c.v).trim() : '';
}

/** Any shown value as text (numbers too), for STT cells typed as numbers. */
export function shownAt(sheet: SheetSnapshot, row: number, col: number): string {
  const c = cellAt(sheet, row, col);
  return c.v === null || c.t === 'e' ? '' : String(c.v).trim();
}

/** An STT column's header (folded). */
export const STT_HEADER = /^(stt|tt|so tt|so thu tu)$/;
/** Where her table ends: the signature block, the recipients, a closing note. */
export const END_ROW = /^(nguoi lap|thu truong|chu tich|ky ten|ghi chu:|noi nhan)/;
const NAME_HEADER = /(noi dung|ten du an|danh muc|du an, tieu du an|ten cong trinh|chuong trinh|hang muc|dien giai)/;
/** "(1)", "A", "B", "1=2+5", "4=5+6+7": the row of column numbers under the headers. */
const COLUMN_NUMBER = /^\(?([0-9]{1,2}|[a-z])(\s*=\s*[0-9a-z+\-\s]+)?\)?$/i;

export interface HeaderBlock {
  top: number;
  bottom: number;
  /** Row of column numbers right under the headers, if any. */
  numbering: number | null;
  sttCol: number | null;
  nameCol: number;
  firstCol: number;
  lastCol: number;
}

/** Header rows start where a row names both an STT-like and a content-like column. */
export function findHeaderBlocks(sheet: SheetSnapshot, from = 0): HeaderBlock[] {
  const out: HeaderBlock[] = [];
  for (let r = from; r < sheet.rows.length; r++) {
    const row = sheet.rows[r] ?? [];
    let sttCol: number | null = null;
    let nameCol: number | null = null;
    for (let c = 0; c < row.length; c++) {
      const f = fold(textAt(sheet, r, c));
      if (!f) continue;
      if (sttCol === null && STT_HEADER.test(f)) sttCol = c;
      else if (nameCol === null && NAME_HEADER.test(f) && f.length < 60) nameCol = c;
    }
    if (nameCol === null) continue;
    // Without an STT column, the row must still name money columns to its right.
    if (sttCol === null && moneyHeaders(sheet, r, nameCol) < 2) continue;
    const block = headerExtent(sheet, r, sttCol, nameCol);
    out.push(block);
    r = (block.numbering ?? block.bottom) + 1;
  }
  return out;
}

function isNumberingRow(sheet: SheetSnapshot, r: number, first: number, last: number): boolean {
  let seen = 0;
  for (let c = first; c <= last; c++) {
    const v = shownAt(sheet, r, c);
    if (!v) continue;
    if (!COLUMN_NUMBER.test(v)) return false;
    seen += 1;
  }
  return seen >= 3;
}

const MONEY_HEADER = /(von|ngan sach|nstw|nsdp|dtpt|su nghiep|long ghep|dong gop|tin dung|huy dong|^tong)/;

function moneyHeaders(sheet: SheetSnapshot, r: number, nameCol: number): number {
  let n = 0;
  const row = sheet.rows[r] ?? [];
  for (let c = nameCol + 1; c < row.length; c++) if (MONEY_HEADER.test(fold(textAt(sheet, r, c)))) n += 1;
  return n;
}

function headerExtent(sheet: SheetSnapshot, top: number, sttCol: number | null, nameCol: number): HeaderBlock {
  const firstCol = Math.min(sttCol ?? nameCol, nameCol);
  let lastCol = firstCol;
  let bottom = top;
  // Up to 3 header rows: a row below belongs to the header while it holds text only,
  // nothing in the STT and name columns (merged down), and is not the numbering row.
  for (let r = top + 1; r <= top + 2 && r < sheet.rows.length; r++) {
    if (isNumberingRow(sheet, r, firstCol, 200)) break;
    if ((sttCol !== null && shownAt(sheet, r, sttCol)) || shownAt(sheet, r, nameCol)) break;
    const row = sheet.rows[r] ?? [];
    const texts = row.filter((c) => c && c.t === 's' && String(c.v).trim()).length;
    const numbers = row.filter((c) => c && c.t === 'n').length;
    if (!texts || numbers) break;
    bottom = r;
  }
  for (let r = top; r <= bottom; r++) {
    const row = sheet.rows[r] ?? [];
    for (let c = row.length - 1; c > lastCol; c--) {
      if (textAt(sheet, r, c)) {
        lastCol = c;
        break;
      }
    }
  }
  const numbering = isNumberingRow(sheet, bottom + 1, firstCol, lastCol) ? bottom + 1 : null;
  return { top, bottom, numbering, sttCol, nameCol, firstCol, lastCol };
}

/** Merged ranges as 0-based rectangles. */
function mergeRects(sheet: SheetSnapshot): Array<{ top: number; left: number; bottom: number; right: number }> {
  return (sheet.merges ?? []).flatMap((m) => {
    const [a, b] = m.split(':');
    try {
      const s = parseA1(a);
      const e = parseA1(b ?? a);
      return [{ top: s.row, left: s.col, bottom: e.row, right: e.col }];
    } catch {
      return [];
    }
  });
}

/**
 * The header path of each column, groups first. With merge info a blank header cell takes
 * its merged range's text; without it a blank cell over sub-headers takes the group text
 * to its left (a merged group header keeps its text in its first cell).
 */
export function headerPaths(sheet: SheetSnapshot, b: HeaderBlock): string[][] {
  const merges = mergeRects(sheet);
  const hasBelow = (r: number, c: number) => {
    for (let k = r + 1; k <= b.bottom; k++) if (textAt(sheet, k, c)) return true;
    return false;
  };
  const paths: string[][] = [];
  for (let c = b.firstCol; c <= b.lastCol; c++) {
    const path: string[] = [];
    for (let r = b.top; r <= b.bottom; r++) {
      let t = textAt(sheet, r, c);
      if (!t) {
        const m = merges.find((x) => r >= x.top && r <= x.bottom && c >= x.left && c <= x.right);
        if (m) t = textAt(sheet, m.top, m.left);
        else if (!merges.length && r < b.bottom && hasBelow(r, c)) {
          for (let k = c - 1; k >= b.firstCol && hasBelow(r, k); k--) {
            const left = textAt(sheet, r, k);
            if (left) {
              t = left;
              break;
            }
          }
        }
      }
      if (t && path[path.length - 1] !== t) path.push(t);
    }
    paths.push(path);
  }
  return paths;
}
