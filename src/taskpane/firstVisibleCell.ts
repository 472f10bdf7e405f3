import { a1 } from '../model/a1';
import { type SheetPlan } from '../model/sheetPlan';

/** Column A of the plan's first row that is not hidden (our sheets hide their marker row). */
export function firstVisibleCell(plan: SheetPlan): string {
  const hidden = new Set(plan.rows.filter((r) => r.hidden).map((r) => r.index));
  let row = 0;
  while (hidden.has(row)) row += 1;
  return a1(row, 0);
}
