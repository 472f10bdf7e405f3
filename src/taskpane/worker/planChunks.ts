import type { CellPlan, SheetPlan } from '../../model/sheetPlan';

/** Cells per message: a structured clone of a few milliseconds on the page. */
export const CELLS_PER_MESSAGE = 4000;

/** A built plan without its cells, which follow a message at a time. */
export type PlanHead = Omit<SheetPlan, 'cells'> & { cellCount: number };

/**
 * Worker side: plans built for the page, kept until it has taken their cells. The appendices of
 * a 12,000-line plan are ~370,000 cells: one message would be one long task on the page.
 */
export class PlanOutbox {
  private readonly batches = new Map<number, SheetPlan[]>();
  private next = 1;

  put(plans: SheetPlan[]): { token: number; heads: PlanHead[] } {
    const token = this.next++;
    this.batches.set(token, plans);
    // Only the newest few batches are kept: a page that stopped half-way leaks nothing for long.
    for (const old of this.batches.keys()) if (this.batches.size > 2) this.batches.delete(old);
    return { token, heads: plans.map(({ cells, ...head }) => ({ ...head, cellCount: cells.length })) };
  }

  take(token: number, plan: number, start: number): CellPlan[] {
    const plans = this.batches.get(token);
    if (!plans) throw new Error(`Plan batch ${token} is gone`);
    return plans[plan].cells.slice(start, start + CELLS_PER_MESSAGE);
  }

  drop(token: number): void {
    this.batches.delete(token);
  }
}

export interface PlanSource {
  takePlanCells(token: number, plan: number, start: number): Promise<CellPlan[]>;
  dropPlans(token: number): Promise<void>;
}

/** Page side: the plans again, their cells taken a message at a time (each answer its own task). */
export async function receivePlans(
  batch: { token: number; heads: PlanHead[] },
  source: PlanSource,
): Promise<SheetPlan[]> {
  const plans: SheetPlan[] = [];
  try {
    for (const [i, { cellCount, ...head }] of batch.heads.entries()) {
      const cells: CellPlan[] = [];
      for (let start = 0; start < cellCount; start += CELLS_PER_MESSAGE)
        for (const cell of await source.takePlanCells(batch.token, i, start)) cells.push(cell);
      plans.push({ ...head, cells });
    }
  } finally {
    await source.dropPlans(batch.token);
  }
  return plans;
}
