import type { Finding } from '../model/finding';
import type { WorkbookSnapshot } from '../model/snapshot';
import type { CheckContext } from '../validation/checkContext';
import { tagOf } from '../validation/describe';
import { setExcess, setPartSlip } from '../validation/echoes';
import { makeFinding } from '../validation/findingFactory';
import { amountEn, amountVn, moneyEn, moneyVn } from '../validation/format';
import { unitFactor } from '../validation/judge';
import { colIndex } from './layoutModel';
import type { TableMapping } from './mapping';
import { forEachTypedPart, rowsAndSums } from './rowSlips';

/**
 * A figure mistyped on a row whose sums were typed right ("5.431.930" for 543.193, two digits
 * swapped): her sum columns on its row and her line above it in its column all miss the cell's
 * figure by the same amount. The row's sums say a figure of the row is off by that much, the
 * column's which one: the cell is the slip, not the sums, so it is the one finding (SUM_MISMATCH at the cell, the figure they count
 * as expected); its excess lets the echo rule drop the sums' own findings and the counterpart
 * shortfall the figure as typed makes. ×1,000 steps are rowUnitSlips'.
 */
export function rowTypos(snapshot: WorkbookSnapshot, table: TableMapping, ctx: CheckContext): Finding[] {
  const read = rowsAndSums(snapshot, table);
  if (!read) return [];
  const { sheet, sums, above } = read;
  const out: Finding[] = [];
  forEachTypedPart(read, ({ row, code, letter, key, part, num }) => {
    const r = row - 1;
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
    const meant = part.value - excess;
    const where = [...covering.map((s) => `${s.col}${row}`), inColumn].join(', ');
    const tag = tagOf(code, key);
    const finding = makeFinding('SUM_MISMATCH', {
      sheet: sheet.name,
      row: r,
      col: colIndex(letter),
      lineCode: code,
      sourceKey: key,
      actual: part.value,
      expected: meant,
      message: `Các ô tổng của dòng và cột (${where}) cùng chỉ tính ${amountVn(meant, ctx.unit)} cho ô này, ${excess > 0 ? 'ít' : 'nhiều'} hơn ${moneyVn(Math.abs(excess), ctx.unit)}: có thể ô này gõ nhầm — ${tag.vi}: ${amountVn(part.value, ctx.unit)}.`,
      messageEn: `The sums over it in its row and column (${where}) both count ${amountEn(meant, ctx.unit)} for this cell, ${moneyEn(Math.abs(excess), ctx.unit)} ${excess > 0 ? 'less' : 'more'}: this cell may be mistyped — ${tag.en}: ${amountEn(part.value, ctx.unit)}.`,
    });
    setExcess(finding, excess);
    setPartSlip(finding);
    out.push(finding);
  });
  return out;
}
