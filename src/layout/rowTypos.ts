import type { Finding } from '../model/finding';
import type { WorkbookSnapshot } from '../model/snapshot';
import type { CheckContext } from '../validation/checkContext';
import { setExcess, setPartSlip } from '../validation/slipMarks';
import { unitFactor } from '../validation/judge';
import { colIndex } from './layoutModel';
import type { TableMapping } from './mapping';
import { forEachEmptyPart, forEachTypedPart, rowSumMiss, rowsAndSums, typedPartSlip, type TypedPart } from './rowSlips';

/**
 * A figure mistyped on a row whose sums were typed right ("5.431.930" for 543.193, two digits
 * swapped): her sum columns on its row and her line above it in its column all miss the cell's
 * figure by the same amount. The row's sums say a figure of the row is off by that much, the
 * column's which one: the cell is the slip, not the sums, so it is the one finding (SUM_MISMATCH at the cell, the figure they count
 * as expected); its excess lets the echo rule drop the sums' own findings and the counterpart
 * shortfall the figure as typed makes. ×1,000 steps are rowUnitSlips'. A blank cell (or a typed 0)
 * her sums still count is the same slip: a figure cleared or never typed.
 */
export function rowTypos(
  snapshot: WorkbookSnapshot,
  table: TableMapping,
  ctx: CheckContext,
  read = rowsAndSums(snapshot, table),
): Finding[] {
  if (!read) return [];
  const { sheet, sums, above } = read;
  const out: Finding[] = [];
  // Each sum of a row read once (every empty cell of the row asks the same sums).
  const missOf = new Map<string, { miss: number; tolerance: number } | null>();
  const sumMiss = (row: number, s: (typeof sums)[number], num: TypedPart['num']) => {
    const id = `${row}|${s.col}`;
    if (!missOf.has(id)) missOf.set(id, rowSumMiss(s.col, s.sumOf!, num));
    return missOf.get(id)!;
  };
  const judgeFigure = (p: TypedPart, blank?: boolean) => {
    const { row, code, letter, part, num } = p;
    // A negative is NEGATIVE_AMOUNT's.
    if (part.value < 0) return;
    const misses: number[] = [];
    let tolerance = part.halfUnit;
    const covering = sums.filter((x) => x.sumOf!.includes(letter));
    for (const s of covering) {
      const m = sumMiss(row, s, num);
      if (!m) {
        misses.length = 0;
        break;
      }
      misses.push(m.miss);
      tolerance += m.tolerance;
    }
    const excess = misses[0];
    if (excess === undefined || Math.abs(excess) <= tolerance || part.value - excess < 0) return;
    if (misses.some((m) => Math.abs(m - excess) > tolerance)) return;
    // ×1,000 from the figure meant: a unit slip, said as one (rowUnitSlips).
    if (unitFactor(part.value, part.value - excess, part.halfUnit)) return;
    // Her row sums say some figure of the row is off by the excess; the line above, which of them.
    const inColumn = above.missesBy(code, colIndex(letter), excess);
    if (!inColumn) return;
    const refs = [...covering.map((s) => `${s.col}${row}`), inColumn];
    const finding = typedPartSlip(sheet.name, p, part.value - excess, refs, ctx.unit, undefined, blank);
    setExcess(finding, excess);
    setPartSlip(finding);
    out.push(finding);
  };
  forEachTypedPart(read, (p) => judgeFigure(p));
  // A figure cleared (or typed 0) while her sums still count it: the same agreement names the cell.
  forEachEmptyPart(read, judgeFigure);
  return out;
}
