import type { SourceKey } from '../domain/sources';
import { TOTAL_ROW_CODE } from '../domain/workbookLayout';
import { floatEpsilon } from '../validation/judge';
import type { Amounts } from './types';

/** One source where a unit's own Giao vốn total differs from the upper level's decision. */
export interface DecisionGap {
  key: SourceKey;
  /** The unit's total, in the consolidation's unit. */
  own: number;
  decided: number;
}

export interface MovedAllocation {
  /** The column over the decision by exactly the figure… */
  typed: DecisionGap;
  /** …and the one under it by exactly the same. */
  meant: DecisionGap;
  figure: number;
  /** The unit's line holding exactly that figure in the column typed and nothing in the one meant, when one does. */
  line?: string;
}

/**
 * A figure typed one column over on the unit's own Giao vốn (ĐTPT for SN, NSTW for NSĐP): against
 * the decision one source is over by exactly it and another under by exactly it. One slip, one
 * finding across levels too: the pair is told as one move, not as two differences. A column whose
 * difference two others could balance blames none.
 */
export function movedAllocations(
  gaps: DecisionGap[],
  allocation: Record<string, Amounts>,
  factor: number,
  tolerance: number,
): MovedAllocation[] {
  const diff = (g: DecisionGap) => g.own - g.decided;
  const balances = (a: DecisionGap, b: DecisionGap) =>
    Math.abs(diff(a) + diff(b)) <= 2 * tolerance + floatEpsilon(a.own, b.own, a.decided, b.decided);
  const out: MovedAllocation[] = [];
  for (const typed of gaps) {
    if (diff(typed) <= 0) continue;
    const partners = gaps.filter((g) => g !== typed && diff(g) < 0 && balances(typed, g));
    if (partners.length !== 1) continue;
    const meant = partners[0];
    // The under column balanced by this one alone (no second over column gives it the same figure).
    if (gaps.filter((g) => g !== meant && diff(g) > 0 && balances(g, meant)).length !== 1) continue;
    const figure = diff(typed);
    const line = lineTyped(allocation, typed.key, meant.key, figure / factor, tolerance / factor);
    out.push({ typed, meant, figure, ...(line ? { line } : {}) });
  }
  return out;
}

/** The one deepest line giving exactly `x` under `typed` and nothing under `meant` (lines above sum it). */
function lineTyped(
  allocation: Record<string, Amounts>,
  typed: SourceKey,
  meant: SourceKey,
  x: number,
  tolerance: number,
): string | undefined {
  const holding = Object.entries(allocation)
    .filter(
      ([code, a]) =>
        code !== TOTAL_ROW_CODE &&
        a[typed] !== undefined &&
        Math.abs(a[typed] - x) <= tolerance + floatEpsilon(a[typed], x) &&
        !a[meant],
    )
    .map(([code]) => code);
  const deepest = holding.filter((c) => !holding.some((o) => o.startsWith(`${c}.`)));
  return deepest.length === 1 ? deepest[0] : undefined;
}
