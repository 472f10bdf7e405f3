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
  /**
   * 'moved': a figure typed one column over from the one meant (that column over by exactly it,
   * the one meant under by exactly it). 'overwrote': typed over the figure
   * the decision gives that column, the one meant short of it. 'swapped': two columns each holding
   * the other's figure.
   */
  kind: 'moved' | 'overwrote' | 'swapped';
  /** The column holding the figure… */
  typed: DecisionGap;
  /** …and the column the decision gives it to. */
  meant: DecisionGap;
  /** The figure (the typed column's own). */
  figure: number;
  /** The unit's line holding exactly that figure in the column typed and nothing in the one meant, when one does. */
  line?: string;
}

/**
 * A figure typed in the wrong column of the unit's own Giao vốn (ĐTPT for SN, NSTW for NSĐP),
 * against the decision: moved onto a blank column (one over, another under, by exactly it), typed
 * over another figure (the column meant short of it), or two figures swapped. One slip, one
 * finding across levels too: told as one move, not as two differences. A column that two others
 * could explain blames none.
 */
export function movedAllocations(
  gaps: DecisionGap[],
  allocation: Record<string, Amounts>,
  factor: number,
  tolerance: number,
): MovedAllocation[] {
  const same = (a: number, b: number) => Math.abs(a - b) <= tolerance + floatEpsilon(a, b);
  const out: MovedAllocation[] = [];
  const told = new Set<DecisionGap>();
  const open = () => gaps.filter((g) => !told.has(g));
  const tell = (kind: MovedAllocation['kind'], typed: DecisionGap, meant: DecisionGap) => {
    const figure = kind === 'moved' ? typed.own - typed.decided : typed.own;
    const line =
      kind === 'swapped' ? undefined : lineTyped(allocation, typed.key, meant.key, figure / factor, tolerance / factor);
    out.push({ kind, typed, meant, figure, ...(line ? { line } : {}) });
    told.add(typed);
    told.add(meant);
  };
  // Swapped: each column holds exactly what the decision gives the other, and no third column does.
  for (const a of open()) {
    if (told.has(a) || a.own <= 0 || a.decided <= 0) continue;
    const partners = open().filter((b) => b !== a && same(a.own, b.decided) && same(b.own, a.decided));
    if (partners.length === 1 && open().filter((c) => c !== a && same(c.own, a.decided)).length === 1)
      tell('swapped', a, partners[0]);
  }
  // Overwrote: a column given its own figure holds exactly another column's, which is short of it
  // (blank, or only what her lines add up to when the total was left blank).
  for (const typed of open()) {
    if (told.has(typed) || typed.own <= 0 || typed.decided <= 0) continue;
    const meant = open().filter((m) => m !== typed && m.decided > m.own && same(typed.own, m.decided));
    if (meant.length !== 1) continue;
    if (open().filter((t) => t !== meant[0] && t.own > 0 && same(t.own, meant[0].decided)).length !== 1) continue;
    tell('overwrote', typed, meant[0]);
  }
  // Moved onto a blank column: over by exactly what another is under.
  const diff = (g: DecisionGap) => g.own - g.decided;
  const balances = (a: DecisionGap, b: DecisionGap) =>
    Math.abs(diff(a) + diff(b)) <= 2 * tolerance + floatEpsilon(a.own, b.own, a.decided, b.decided);
  for (const typed of open()) {
    if (told.has(typed) || diff(typed) <= 0) continue;
    const partners = open().filter((g) => g !== typed && diff(g) < 0 && balances(typed, g));
    if (partners.length !== 1) continue;
    const meant = partners[0];
    // The under column balanced by this one alone (no second over column gives it the same figure).
    if (open().filter((g) => g !== meant && diff(g) > 0 && balances(g, meant)).length !== 1) continue;
    tell('moved', typed, meant);
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
