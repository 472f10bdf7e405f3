import type { Finding } from '../model/finding';
import { cellAt, type SheetSnapshot, type WorkbookSnapshot } from '../model/snapshot';
import { parentCode } from '../domain/lines';
import { a1 } from '../model/a1';
import { TOTAL_ROW_CODE } from '../domain/workbookLayout';
import { readCellNumber, type CellNumber } from '../validation/cellNumber';
import type { SourceKey } from '../domain/sources';
import type { MoneyUnit } from '../domain/units';
import type { CheckContext } from '../validation/checkContext';
import { tagOf } from '../validation/describe';
import { setExcess } from '../validation/slipMarks';
import { UNIT_FACTORS } from '../validation/judge';
import { colIndex, rowCodes } from './layoutModel';
import type { TableMapping } from './mapping';
import { mistypedFigure, rowAndColumnSums } from './mistypedFigure';

/** A unit slip's right figure is itself rounded: the sums' gap is known to this fraction. */
const SLACK = 0.005;

/**
 * A cell typed in đồng on a row whose sums were typed right: at least two of them miss the
 * cell's figure by the same ×1,000 step — her own sum columns on its row ("Tổng cộng", "Tổng
 * ĐTPT"…) and the line above it in its column (her project row, her TỔNG CỘNG row). That
 * agreement says the typed cell is the slip (not the sums), even where its column has too
 * few figures for the outlier check. The finding carries its excess, so the echo rule drops
 * the sums' own findings: one slip, one finding.
 */
export function rowUnitSlips(
  snapshot: WorkbookSnapshot,
  table: TableMapping,
  ctx: CheckContext,
  read = rowsAndSums(snapshot, table),
): Finding[] {
  if (!read) return [];
  const { sheet, sums, above } = read;
  const out: Finding[] = [];
  forEachTypedPart(read, (p) => {
    const { row, code, letter, part, num } = p;
    const covering = sums.filter((s) => s.sumOf!.includes(letter));
    if (covering.length < 1) return;
    let inColumn: string | null = null;
    const factor = UNIT_FACTORS.find((k) => {
      const excess = part.value - part.value / k;
      inColumn = above.missesBy(code, colIndex(letter), excess);
      if (covering.length + (inColumn ? 1 : 0) < 2) return false;
      return covering.every((s) => {
        const total = num(s.col);
        if (total.state !== 'number') return false;
        const parts = s.sumOf!.reduce((sum, p) => {
          const n = num(p);
          return n.state === 'number' ? sum + n.value : sum;
        }, 0);
        const miss = parts - total.value;
        // Sums that count nothing for the cell (0 → 7): typed where nothing was meant, not in
        // another unit (7 đồng is no figure of a plan in triệu); rowTypos says it.
        if (Math.abs(part.value - miss) <= total.halfUnit + part.halfUnit) return false;
        return Math.abs(miss - excess) <= SLACK * Math.abs(excess) + total.halfUnit;
      });
    });
    if (!factor) return;
    const refs = [...covering.map((s) => `${s.col}${row}`), ...(inColumn ? [inColumn] : [])];
    const finding = typedPartSlip(sheet.name, p, part.value / factor, refs, ctx.unit, factor);
    setExcess(finding, part.value - part.value / factor);
    out.push(finding);
  });
  return out;
}

/** A typed figure the sums over it (`refs`: her row's, her line above) count as `meant`, said at its cell. */
export function typedPartSlip(
  sheet: string,
  p: TypedPart,
  meant: number,
  refs: string[],
  unit: MoneyUnit,
  factor?: number,
  blank?: boolean,
): Finding {
  const sums = rowAndColumnSums(refs);
  const what = tagOf(p.code, p.key);
  const at = { sheet, row: p.row - 1, col: colIndex(p.letter), lineCode: p.code, sourceKey: p.key };
  return mistypedFigure({ ...at, typed: p.part.value, meant, sums, what, factor, blank }, unit);
}

/** One typed figure of her table: its row (1-based), line, column letter and source, and its row's reader. */
export interface TypedPart {
  row: number;
  code: string;
  letter: string;
  key: SourceKey;
  part: Extract<CellNumber, { state: 'number' }>;
  num: (letter: string) => CellNumber;
}

/** Each non-zero number she typed in a source column (a date is DATE_IN_AMOUNT's, a formula no typed figure). */
export function forEachTypedPart(
  read: NonNullable<ReturnType<typeof rowsAndSums>>,
  visit: (p: TypedPart) => void,
): void {
  for (const [row, code] of read.codes) {
    const num = (letter: string) => readCellNumber(cellAt(read.sheet, row - 1, colIndex(letter)));
    for (const [letter, key] of read.keyOf) {
      const part = num(letter);
      if (part.state !== 'number' || part.formula || part.value === 0 || part.date) continue;
      visit({ row, code, letter, key, part, num });
    }
  }
}

/**
 * Each empty source cell of her rows (blank, or a typed 0; a formula is none), visited as a
 * figure of 0: a figure cleared or never typed, which her typed sums may still count.
 */
export function forEachEmptyPart(
  read: NonNullable<ReturnType<typeof rowsAndSums>>,
  visit: (p: TypedPart, blank: boolean) => void,
): void {
  const zero = { state: 'number', value: 0, halfUnit: 0, formula: false, asText: false } as const;
  for (const [row, code] of read.codes) {
    const num = (letter: string) => readCellNumber(cellAt(read.sheet, row - 1, colIndex(letter)));
    for (const [letter, key] of read.keyOf) {
      const n = num(letter);
      const blank = n.state === 'blank';
      if (blank || (n.state === 'number' && !n.formula && !n.asText && n.value === 0))
        visit({ row, code, letter, key, part: zero, num }, blank);
    }
  }
}

/**
 * What the checks of a typed figure against the sums over it read: her sheet, her sum columns, her
 * typed columns (letter → source key), her rows (1-based row → code) and the line above each.
 */
export function rowsAndSums(snapshot: WorkbookSnapshot, table: TableMapping) {
  const sheet = snapshot.sheets.find((s) => s.name === table.sheet);
  if (!sheet) return null;
  const codes = rowCodes(table);
  return {
    sheet,
    sums: table.columns.filter((c) => c.role === 'sum' && c.sumOf?.length),
    keyOf: new Map(table.columns.filter((c) => c.role === 'amount' && c.key).map((c) => [c.col, c.key!])),
    codes,
    above: lineAbove(codes, sheet),
  };
}

/**
 * Her line above each row in the same column — the nearest of its catalog ancestors on her
 * table, else her total row — and whether that line's typed figure misses the sum of the rows
 * it stands over by a given excess (one of them typed in a smaller unit).
 */
function lineAbove(codes: ReadonlyMap<number, string>, sheet: SheetSnapshot) {
  const rowOf = new Map([...codes].map(([row, code]) => [code, row - 1]));
  const parentOf = (code: string): string | null => {
    if (code === TOTAL_ROW_CODE) return null;
    for (let c = parentCode(code); c; c = parentCode(c)) if (rowOf.has(c)) return c;
    return rowOf.has(TOTAL_ROW_CODE) ? TOTAL_ROW_CODE : null;
  };
  const under = new Map<string, string[]>();
  for (const code of rowOf.keys()) {
    const p = parentOf(code);
    if (!p) continue;
    const list = under.get(p);
    if (list) list.push(code);
    else under.set(p, [code]);
  }
  /** A line's typed figure in a column and the sum of the rows under it, once per line and column. */
  const sums = new Map<string, { total: number; parts: number; halfUnits: number; blank: boolean } | null>();
  const sumUnder = (parent: string, col: number) => {
    const id = `${parent}|${col}`;
    if (sums.has(id)) return sums.get(id)!;
    const total = readCellNumber(cellAt(sheet, rowOf.get(parent)!, col));
    let found: { total: number; parts: number; halfUnits: number; blank: boolean } | null = null;
    const blank = total.state === 'blank';
    if ((total.state === 'number' && !total.formula) || blank) {
      found = blank
        ? { total: 0, parts: 0, halfUnits: 0, blank }
        : { total: total.value, parts: 0, halfUnits: total.halfUnit, blank };
      for (const c of under.get(parent) ?? []) {
        const n = readCellNumber(cellAt(sheet, rowOf.get(c)!, col));
        if (n.state !== 'number') continue;
        found.parts += n.value;
        found.halfUnits += n.halfUnit;
      }
    }
    sums.set(id, found);
    return found;
  };
  return {
    /**
     * The line above's cell (A1) when it misses by `excess`, else null. `blankCounts`: a blank cell
     * there counts nothing (a figure typed in a column her line above leaves empty).
     */
    missesBy(code: string, col: number, excess: number, blankCounts = false): string | null {
      const parent = parentOf(code);
      const s = parent ? sumUnder(parent, col) : null;
      if (!parent || !s || (s.blank && !blankCounts)) return null;
      const misses = Math.abs(s.parts - s.total - excess) <= SLACK * Math.abs(excess) + s.halfUnits;
      return misses ? a1(rowOf.get(parent)!, col) : null;
    },
  };
}

/**
 * How much a sum of her row misses its parts by (parts − sum), with the rounding their typed
 * figures allow; null when the sum holds no figure or a part is another slip (text, a date, a
 * negative…), which is what the sum misses: its own finding.
 */
export function rowSumMiss(
  col: string,
  sumOf: string[],
  num: TypedPart['num'],
): { miss: number; tolerance: number } | null {
  const total = num(col);
  if (total.state !== 'number') return null;
  let parts = 0;
  let tolerance = total.halfUnit;
  for (const p of sumOf) {
    const n = num(p);
    if (n.state === 'number' && !n.date && n.value >= 0) {
      parts += n.value;
      tolerance += n.halfUnit;
    } else if (n.state !== 'blank') return null;
  }
  return { miss: parts - total.value, tolerance };
}
