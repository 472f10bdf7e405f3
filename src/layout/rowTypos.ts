import type { Finding } from '../model/finding';
import type { WorkbookSnapshot } from '../model/snapshot';
import type { CheckContext } from '../validation/checkContext';
import { setExcess, setPartSlip } from '../validation/echoes';
import { unitFactor } from '../validation/judge';
import { colIndex } from './layoutModel';
import type { TableMapping } from './mapping';
import { forEachTypedPart, rowsAndSums, typedPartSlip } from './rowSlips';

/**
 * A figure mistyped on a row whose sums were typed right ("5.431.930" for 543.193, two digits
 * swapped): her sum columns on its row and her line above it in its column all miss the cell's
 * figure by the same amount. The row's sums say a figure of the row is off by that much, the
 * column's which one: the cell is the slip, not the sums, so it is the one finding (SUM_MISMATCH at the cell, the figure they count
 * as expected); its excess lets the echo rule drop the sums' own findings and the counterpart
 * shortfall the figure as typed makes. ×1,000 steps are rowUnitSlips'.
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
  forEachTypedPart(read, (p) => {
    const { row, code, letter, part, num } = p;
    // A negative is NEGATIVE_AMOUNT's.
    if (part.value < 0) return;
    const misses: number[] = [];
    let tolerance = part.halfUnit;
    const covering = sums.filter((x) => x.sumOf!.includes(letter));
    for (const s of covering) {
      const total = num(s.col);
      if (total.state !== 'number') {
        misses.length = 0;
        break;
      }
      let parts = 0;
      let odd = false;
      for (const p of s.sumOf!) {
        const n = num(p);
        // Another slip on the row (text, a date, a negative…) is what the sum misses: its own finding.
        if (n.state === 'number' && !n.date && n.value >= 0) {
          parts += n.value;
          tolerance += n.halfUnit;
        } else if (n.state !== 'blank') odd = true;
      }
      if (odd) {
        misses.length = 0;
        break;
      }
      misses.push(parts - total.value);
      tolerance += total.halfUnit;
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
    const finding = typedPartSlip(sheet.name, p, part.value - excess, refs, ctx.unit);
    setExcess(finding, excess);
    setPartSlip(finding);
    out.push(finding);
  });
  return out;
}
