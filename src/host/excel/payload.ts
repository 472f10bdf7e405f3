/**
 * Excel on the web rejects a request or response above 5 MB. We budget well under it and
 * estimate sizes as JSON, which is close to what Office.js sends.
 */
export const PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;
/** Budget for one write batch (queued values, formulas, formats). */
export const WRITE_BUDGET_BYTES = 4_000_000;
/** Budget for one read response. */
export const READ_BUDGET_BYTES = 4_000_000;
/**
 * Estimated response bytes per cell when values, formulas, numberFormat and valueTypes are
 * loaded (a number ~9, its formula text ~12, "Double" ~9, "#,##0.000" ~12).
 */
export const READ_BYTES_PER_CELL = 40;
/** Fixed cost of one queued command (object path, property name, JSON framing). */
export const COMMAND_OVERHEAD_BYTES = 120;

/** Approximate JSON size of a value (what Office.js would serialise). */
export function jsonSize(value: unknown): number {
  if (value === undefined) return 0;
  return JSON.stringify(value)?.length ?? 0;
}

/** Greedy packing of items (in order) into batches whose estimated size stays under budget. */
export function packBatches<T>(items: T[], sizeOf: (item: T) => number, budget: number): T[][] {
  const batches: T[][] = [];
  let current: T[] = [];
  let size = 0;
  for (const item of items) {
    const s = sizeOf(item);
    if (current.length > 0 && size + s > budget) {
      batches.push(current);
      current = [];
      size = 0;
    }
    current.push(item);
    size += s;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}
