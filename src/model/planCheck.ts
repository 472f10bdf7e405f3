import { a1Range } from './a1';
import { z } from 'zod';
import { cellPlanSchema, sheetPlanSchema, type SheetPlan } from './sheetPlan';
import { assertSheetNames } from './sheetName';

/**
 * Checks a batch of plans before a host writes anything, so a plan that would fail half-way
 * (bad shape, unknown style, overlapping merges, a name Excel refuses or the same name
 * twice) is refused up front and a refused batch changes nothing. Every host calls it.
 */
export function checkPlans(plans: SheetPlan[]): void {
  for (const _ of checkPlansSteps(plans));
}

/** Cells checked between two pauses of a sliced check. */
const CELLS_PER_STEP = 1000;
const planShapeSchema = sheetPlanSchema.omit({ cells: true });
const cellsSchema = z.array(cellPlanSchema);

/**
 * checkPlans as steps (it yields every CELLS_PER_STEP cells): a page checks the appendices
 * of a 12,000-line plan in time-boxed slices. Throws at the first problem, like checkPlans.
 */
export function* checkPlansSteps(plans: SheetPlan[]): Generator<void, void, void> {
  for (const plan of plans) yield* checkPlan(plan);
  assertSheetNames(plans.map((p) => p.name));
}

function* checkPlan(plan: SheetPlan): Generator<void, void, void> {
  planShapeSchema.parse(plan);
  for (let start = 0; start < plan.cells.length; start += CELLS_PER_STEP) {
    const cells = plan.cells.slice(start, start + CELLS_PER_STEP);
    cellsSchema.parse(cells);
    for (const cell of cells) {
      if (cell.style && !plan.styles[cell.style])
        throw new Error(
          `Mẫu trang ${plan.id}: thiếu kiểu '${cell.style}' / Sheet plan ${plan.id}: unknown style '${cell.style}'`,
        );
    }
    yield;
  }
  // Excel refuses a second note on a cell (ExcelJS would keep the last): one note a cell.
  const noted = new Set<string>();
  for (const n of plan.notes ?? []) {
    const at = `${n.row},${n.col}`;
    if (noted.has(at))
      throw new Error(
        `Mẫu trang ${plan.id}: hai ghi chú ở một ô / Sheet plan ${plan.id}: two notes on ${a1Range({ top: n.row, left: n.col, bottom: n.row, right: n.col })}`,
      );
    noted.add(at);
  }
  // ExcelJS throws on overlapping merges (and Excel would repair them): refuse up front.
  plan.merges.forEach((m, i) => {
    if (m.bottom < m.top || m.right < m.left)
      throw new Error(`Mẫu trang ${plan.id}: vùng gộp ngược / Sheet plan ${plan.id}: inverted merge ${a1Range(m)}`);
    const clash = plan.merges
      .slice(i + 1)
      .find((o) => o.top <= m.bottom && m.top <= o.bottom && o.left <= m.right && m.left <= o.right);
    if (clash)
      throw new Error(
        `Mẫu trang ${plan.id}: hai vùng gộp chồng nhau / Sheet plan ${plan.id}: merges ${a1Range(m)} and ${a1Range(clash)} overlap`,
      );
  });
}
