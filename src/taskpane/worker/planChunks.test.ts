import type { SheetPlan } from '../../model/sheetPlan';
import { CELLS_PER_MESSAGE, PlanOutbox, receivePlans } from './planChunks';

function plan(id: string, cells: number): SheetPlan {
  return {
    id,
    name: `Phụ biểu ${id}`,
    kind: 'appendix',
    columns: [],
    rows: [],
    styles: {},
    cells: Array.from({ length: cells }, (_, i) => ({ row: i, col: 0, value: i })),
    merges: [],
    validations: [],
  } as unknown as SheetPlan;
}

describe('plan chunks', () => {
  it('brings large plans back a message of cells at a time, the same plans, and drops them', async () => {
    const outbox = new PlanOutbox();
    const plans = [plan('01', 10), plan('02', 2 * CELLS_PER_MESSAGE + 5), plan('03', 0)];
    const messages: number[] = [];
    const source = {
      takePlanCells: jest.fn(async (token: number, i: number, start: number) => {
        const cells = outbox.take(token, i, start);
        messages.push(cells.length);
        return structuredClone(cells);
      }),
      dropPlans: jest.fn(async (token: number) => outbox.drop(token)),
    };
    const batch = outbox.put(plans);
    expect(batch.heads.map((h) => h.cellCount)).toEqual([10, 2 * CELLS_PER_MESSAGE + 5, 0]);
    expect(batch.heads.every((h) => !('cells' in h))).toBe(true);
    await expect(receivePlans(batch, source)).resolves.toEqual(plans);
    expect(messages).toEqual([10, CELLS_PER_MESSAGE, CELLS_PER_MESSAGE, 5]);
    expect(() => outbox.take(batch.token, 0, 0)).toThrow(/gone/);
  });
});
