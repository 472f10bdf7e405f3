import { TYPED_SOURCE_KEYS, type SourceKey } from '../../domain/sources';
import { parentCode } from '../../domain/lines';
import type { Check } from '../checkContext';
import type { Finding } from '../../model/finding';
import { makeFinding } from '../findingFactory';
import { amountEn, amountVn } from '../format';
import { floatEpsilon } from '../judge';
import { allocationFigure, planSum, type PlanSum } from '../planSums';
import { cellOf, refOf, tagOf } from '../describe';
import { KEY_INDEX, type MoneySheet } from '../workbookModel';
import { setMovedTo } from '../movedFigure';

/**
 * FIGURE_IN_WRONG_COLUMN on the plan: a figure typed one column over (SN under ĐTPT, NSĐP under
 * NSTW) on a line whose allocation is given. Giao vốn, at the nearest line above it that gives the
 * column typed, has the plan over by exactly the figure there and under by exactly it in a column
 * left blank on the line: one finding at the cell typed, not an over- and an
 * under-allocation, an ineligible source and Giải ngân's judgments of both. The later checks
 * count it in the column meant (echoes.ts, unitSlipsOf). Two blank columns that could be meant
 * blame none.
 */
export const checkFigureInWrongColumn: Check = (model, ctx) => {
  const plan = model.plan;
  const alloc = model.allocation;
  if (!plan || !alloc) return [];
  const keys = TYPED_SOURCE_KEYS.filter((k) => plan.colOf(k) >= 0 && alloc.colOf(k) >= 0);
  const sum = planSum(plan);
  const out: Finding[] = [];
  // A moved figure puts the plan over its allocation somewhere: most plans are over nowhere.
  const over = overAllocated(plan, alloc, sum, keys);
  if (!over.size) return out;
  for (const [code, row] of plan.rowOf) {
    const typed: Array<[SourceKey, number]> = [];
    const empty: SourceKey[] = [];
    for (const key of keys) {
      const n = plan.amountAt(row, KEY_INDEX[key]);
      if (n.state === 'blank' || (n.state === 'number' && !n.formula && n.value === 0)) empty.push(key);
      else if (n.state === 'number' && !n.formula && !n.asText && !n.date && !n.percent && n.value > 0)
        typed.push([key, n.value]);
    }
    for (const [key, x] of typed) {
      const overAt = over.get(key);
      if (!overAt) continue;
      // Giao vốn nearest above that gives this column, over by exactly the figure (most figures: not).
      const at = givenAt(alloc, code, key);
      if (!at || !overAt.has(at) || !planOffBy(plan, alloc, sum, at, key, x)) continue;
      const meant = empty.filter((to) => allocationFigure(alloc, at, to) && planOffBy(plan, alloc, sum, at, to, -x));
      if (meant.length !== 1) continue;
      out.push(movedFinding(plan, alloc, code, key, x, meant[0], at, ctx.unit));
    }
  }
  return out;
};

/** The lines of Giao vốn, by column, where the plan is over the figure given. */
function overAllocated(
  plan: MoneySheet,
  alloc: MoneySheet,
  sum: PlanSum,
  keys: SourceKey[],
): Map<SourceKey, Set<string>> {
  const over = new Map<SourceKey, Set<string>>();
  for (const [code, row] of alloc.rowOf) {
    for (const key of keys) {
      const given = allocationFigure(alloc, code, key, undefined, row);
      if (!given) continue;
      const planned = sum(code, key);
      const diff = planned.value - given.value;
      if (diff <= planned.tolerance + given.tolerance + floatEpsilon(planned.value, given.value)) continue;
      let at = over.get(key);
      if (!at) over.set(key, (at = new Set()));
      at.add(code);
    }
  }
  return over;
}

/** The nearest line from `code` up whose allocation of `key` is given. */
function givenAt(alloc: MoneySheet, code: string, key: SourceKey): string | null {
  for (let c: string | null = code; c; c = parentCode(c))
    if (alloc.rowOf.has(c) && allocationFigure(alloc, c, key)) return c;
  return null;
}

/** Whether the plan at a line is over its allocation by `x` (under, for a negative `x`). */
export function planOffBy(
  plan: MoneySheet,
  alloc: MoneySheet,
  sum: PlanSum,
  code: string,
  key: SourceKey,
  x: number,
): boolean {
  const given = allocationFigure(alloc, code, key)!;
  const planned = sum(code, key);
  const diff = planned.value - given.value;
  return Math.abs(diff - x) <= planned.tolerance + given.tolerance + floatEpsilon(diff, x);
}

function movedFinding(
  plan: MoneySheet,
  alloc: MoneySheet,
  code: string,
  key: SourceKey,
  x: number,
  to: SourceKey,
  at: string,
  unit: Parameters<typeof amountVn>[1],
): Finding {
  const { row, col } = cellOf(plan, code, key);
  const there = cellOf(plan, code, to).address;
  const refs = `${refOf(alloc, at, key)}, ${refOf(alloc, at, to)}`;
  const typedAs = tagOf(code, key);
  const meantAs = tagOf(code, to);
  const found = makeFinding('FIGURE_IN_WRONG_COLUMN', {
    sheet: plan.name,
    row,
    col,
    lineCode: code,
    sourceKey: key,
    actual: x,
    expected: 0,
    message: `Số ${amountVn(x, unit)} có lẽ gõ nhầm cột: theo vốn giao (${refs}), kế hoạch thừa đúng số này ở cột này và thiếu đúng số này ở ô ${there} (${meantAs.vi}) đang để trống — ${typedAs.vi}.`,
    messageEn: `${amountEn(x, unit)} looks typed in the wrong column: against the allocation (${refs}) the plan is over by exactly it here and under by exactly it in ${there} (${meantAs.en}), which is blank — ${typedAs.en}.`,
  });
  setMovedTo(found, { cell: there, lineCode: code, sourceKey: to });
  return found;
}
