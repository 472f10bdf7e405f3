import { catalog } from '../domain/catalog';
import { SHEET_NAMES } from '../domain/workbookLayout';
import type { FindingCode } from '../model/finding';
import { detailLeafOf } from '../validation/lineRows';
import type { UnitReading } from './types';

/** A unit's own findings that name a plan figure the consolidation sums as she typed it. */
const SUMMED_AS_TYPED = new Set<FindingCode>(['UNIT_SUSPECT', 'FIGURE_IN_WRONG_COLUMN']);
/** Template sheets other than the plan: their slips are not in the plan's sums. */
const NOT_THE_PLAN = new Set<string>([
  SHEET_NAMES.settings,
  SHEET_NAMES.allocation,
  SHEET_NAMES.indicators,
  SHEET_NAMES.disbursement,
]);

/**
 * Notes for the consolidated plan's lines that carry a figure a unit's own check called a slip
 * (a unit slip, a figure typed in the wrong column): the consolidation sums what the unit typed,
 * never a figure guessed for it, and says so at the line so the upper level's officer sees
 * which of her totals wait on a unit's correction. Leaf code → notes, Vietnamese first.
 */
export function slipNotes(units: Array<{ reading: UnitReading }>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const { reading } of units) {
    for (const f of reading.findings) {
      if (!SUMMED_AS_TYPED.has(f.code) || NOT_THE_PLAN.has(f.sheet) || !f.lineCode) continue;
      const leaf = catalog.byCode.get(f.lineCode)?.isLeaf ? f.lineCode : detailLeafOf(f.lineCode);
      if (!leaf) continue;
      const who = reading.unitName ? `${reading.unitName}, ${reading.file}` : reading.file;
      const note = `Số nghi gõ nhầm / suspected slip: ${who}: ${f.sheet}!${f.cell} (${f.code}) cộng theo số đã gõ, chờ đơn vị sửa / summed as typed, awaiting the unit's correction`;
      const list = out.get(leaf) ?? [];
      list.push(note);
      out.set(leaf, list);
    }
  }
  return out;
}
