import type { Finding } from '../model/finding';
import type { SourceKey } from '../domain/sources';

/**
 * Marks the checks put on their findings for echoes.ts and unitSlips.ts (kept beside each finding,
 * not in it: a finding's JSON is what the report prints).
 */

const excessOverride = new WeakMap<Finding, number>();

/** For a finding whose `expected` is not the right figure (a column median): the cell's excess. */
export function setExcess(f: Finding, excess: number): void {
  excessOverride.set(f, excess);
}

/** Whether a check set the excess itself (a unit slip: its figure meant is rounded, so is the excess). */
export function hasExcessSet(f: Finding): boolean {
  return excessOverride.has(f);
}

/** How much a slip's cell exceeds the figure meant (null: not known). */
export function excessOf(f: Finding): number | null {
  const set = excessOverride.get(f);
  if (set !== undefined) return set;
  if (f.actual === undefined) return null;
  // Text Excel skips: every total above misses the figure meant.
  if (f.code === 'NUMBER_AS_TEXT' || f.code === 'NUMBER_WITH_UNIT') return f.sourceKey ? -f.actual : null;
  return f.expected === undefined ? null : f.actual - f.expected;
}

const partSlips = new WeakSet<Finding>();
/** A typed figure her sums say is mistyped (src/layout/rowTypos.ts): a plan slip too, whatever its code. */
export function setPartSlip(f: Finding): void {
  partSlips.add(f);
}
export function isPartSlip(f: Finding): boolean {
  return partSlips.has(f);
}

const takenAsMeant = new WeakSet<Finding>();
/** A slip the totals that quote the plan (allocation, counterpart) judged with its figure meant. */
export function markTakenAsMeant(f: Finding): void {
  takenAsMeant.add(f);
}
export function isTakenAsMeant(f: Finding): boolean {
  return takenAsMeant.has(f);
}

const allocationSlips = new WeakSet<Finding>();
/** A Giao vốn figure the checks name a slip (not a unit step): the total row and the line's allocation echo it. */
export function markAllocationSlip(f: Finding): void {
  allocationSlips.add(f);
}
export function isAllocationSlip(f: Finding): boolean {
  return allocationSlips.has(f);
}

/** A slip's second cell on its line (two Giao vốn figures swapped): that column's echoes are its too. */
export interface SecondSlip {
  sourceKey: SourceKey;
  /** Its cell (A1, same sheet). */
  cell: string;
  excess: number;
}
const secondSlips = new WeakMap<Finding, SecondSlip>();
export function setSecondSlip(f: Finding, second: SecondSlip): void {
  secondSlips.set(f, second);
}
export function secondSlipOf(f: Finding): SecondSlip | undefined {
  return secondSlips.get(f);
}
