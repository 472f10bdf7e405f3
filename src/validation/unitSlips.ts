import type { Finding } from '../model/finding';
import type { UnitSlip } from './checkContext';
import { movedToOf } from './movedFigure';
import { excessOf, isPartSlip, markTakenAsMeant } from './slipMarks';
import { summedIntoOf } from './summedInto';

/**
 * The unit slips among the findings, each with the figure it was meant to hold (its value
 * less its excess: ÷1,000 or ÷1,000,000, as the finding's own message says). One per cell.
 */
export function unitSlipsOf(findings: Finding[]): UnitSlip[] {
  const byCell = new Map<string, UnitSlip>();
  const summedSlips = new Map<string, UnitSlip>();
  for (const f of findings) {
    if (!f.lineCode || !f.sourceKey || f.actual === undefined) continue;
    // Counted where her sums count it: nothing in the cell typed, the figure in the blank cell meant.
    const to = movedToOf(f);
    if (to) {
      markTakenAsMeant(f);
      const { sheet, cell, lineCode, sourceKey, actual } = f;
      byCell.set(`${sheet}!${cell}`, { sheet, cell, lineCode, sourceKey, actual, meant: 0, kind: 'moved' });
      byCell.set(`${sheet}!${to.cell}`, { sheet, ...to, actual: 0, meant: actual, kind: 'moved' });
      continue;
    }
    // A number typed as text (or with its unit, converted to the sheet's unit): counted as nothing (as
    // Excel does), meant as the number it reads.
    if ((f.code === 'NUMBER_AS_TEXT' || f.code === 'NUMBER_WITH_UNIT') && f.actual > 0) {
      const id = `${f.sheet}!${f.cell}`;
      markTakenAsMeant(f);
      const { sheet, cell, lineCode, sourceKey } = f;
      if (!byCell.has(id))
        byCell.set(id, { sheet, cell, lineCode, sourceKey, actual: 0, meant: f.actual, kind: 'text' });
      continue;
    }
    if (f.code !== 'UNIT_SUSPECT' && !isPartSlip(f)) continue;
    const excess = excessOf(f);
    if (excess === null || excess === 0) continue;
    const into = summedIntoOf(f);
    if (into) {
      // Counted in the plan cell that sums it (with the other units' figures): that cell as meant.
      markTakenAsMeant(f);
      const { sheet, cell, lineCode, sourceKey, value } = into;
      const id = `${sheet}!${cell}`;
      const other = summedSlips.get(id);
      summedSlips.set(id, {
        sheet,
        cell,
        lineCode,
        sourceKey,
        actual: value,
        meant: (other?.meant ?? value) - excess,
        kind: 'unitFigure',
      });
      continue;
    }
    const id = `${f.sheet}!${f.cell}`;
    markTakenAsMeant(f);
    if (!byCell.has(id))
      byCell.set(id, {
        sheet: f.sheet,
        cell: f.cell,
        lineCode: f.lineCode,
        sourceKey: f.sourceKey,
        actual: f.actual,
        meant: f.actual - excess,
        // Her row and column sums' figure for a cell (rowTypos.ts), not a unit step.
        ...(f.code === 'UNIT_SUSPECT' ? {} : { kind: 'typo' as const }),
      });
  }
  // A unit's slip summed into a plan cell is the reason for that cell's own finding, if any.
  for (const [id, slip] of summedSlips) byCell.set(id, slip);
  return [...byCell.values()];
}
