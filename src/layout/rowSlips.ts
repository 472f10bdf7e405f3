import type { Finding } from '../model/finding';
import { cellAt, type WorkbookSnapshot } from '../model/snapshot';
import { readCellNumber } from '../validation/cellNumber';
import type { CheckContext } from '../validation/checkContext';
import { tagOf } from '../validation/describe';
import { setExcess } from '../validation/echoes';
import { makeFinding } from '../validation/findingFactory';
import { amountEn, amountVn } from '../validation/format';
import { unitHint } from '../validation/judge';
import { colIndex, rowCodes } from './layoutModel';
import type { TableMapping } from './mapping';

/** A unit slip's right figure is itself rounded: the sums' gap is known to this fraction. */
const SLACK = 0.005;
const FACTORS = [1_000, 1_000_000];

/**
 * A cell typed in đồng on a row whose own sum columns (her "Tổng cộng", "Tổng ĐTPT"…) were
 * typed right: at least two of them miss the cell's figure by the same ×1,000 step. That
 * agreement says the typed cell is the slip (not the sums), even where its column has too
 * few figures for the outlier check. The finding carries its excess, so the echo rule drops
 * the sums' own findings and the line above that sums it: one slip, one finding.
 */
export function rowUnitSlips(snapshot: WorkbookSnapshot, table: TableMapping, ctx: CheckContext): Finding[] {
  const sheet = snapshot.sheets.find((s) => s.name === table.sheet);
  if (!sheet) return [];
  const sums = table.columns.filter((c) => c.role === 'sum' && c.sumOf?.length);
  const keyOf = new Map(table.columns.filter((c) => c.role === 'amount' && c.key).map((c) => [c.col, c.key!]));
  const out: Finding[] = [];
  for (const [row, code] of rowCodes(table)) {
    const r = row - 1;
    const num = (letter: string) => readCellNumber(cellAt(sheet, r, colIndex(letter)));
    for (const [letter, key] of keyOf) {
      const part = num(letter);
      // A date is DATE_IN_AMOUNT's: its serial number is no figure typed in another unit.
      if (part.state !== 'number' || part.formula || part.value === 0 || part.date) continue;
      const covering = sums.filter((s) => s.sumOf!.includes(letter));
      if (covering.length < 2) continue;
      const factor = FACTORS.find((k) => {
        const excess = part.value - part.value / k;
        return covering.every((s) => {
          const total = num(s.col);
          if (total.state !== 'number') return false;
          const parts = s.sumOf!.reduce((sum, p) => {
            const n = num(p);
            return n.state === 'number' ? sum + n.value : sum;
          }, 0);
          return Math.abs(parts - total.value - excess) <= SLACK * Math.abs(excess) + total.halfUnit;
        });
      });
      if (!factor) continue;
      const hint = unitHint(factor, ctx.unit);
      const tag = tagOf(code, key);
      const sumsVi = covering.map((s) => `${s.col}${row}`).join(', ');
      const finding = makeFinding('UNIT_SUSPECT', {
        sheet: sheet.name,
        row: r,
        col: colIndex(letter),
        lineCode: code,
        sourceKey: key,
        actual: part.value,
        expected: part.value / factor,
        severity: 'warning',
        message: `Các cột tổng của dòng (${sumsVi}) chỉ tính ${amountVn(part.value / factor, ctx.unit)} cho ô này: ${hint.vi} — ${tag.vi}: ${amountVn(part.value, ctx.unit)}.`,
        messageEn: `The row's sum columns (${sumsVi}) count ${amountEn(part.value / factor, ctx.unit)} for this cell: it ${hint.en} — ${tag.en}: ${amountEn(part.value, ctx.unit)}.`,
      });
      setExcess(finding, part.value - part.value / factor);
      out.push(finding);
    }
  }
  return out;
}
