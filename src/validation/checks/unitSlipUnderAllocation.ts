import { TYPED_SOURCE_KEYS, type SourceKey } from '../../domain/sources';
import { MONEY_UNITS } from '../../domain/units';
import type { Check } from '../checkContext';
import type { Finding } from '../../model/finding';
import { makeFinding } from '../findingFactory';
import { amountEn, amountVn, figureEn, figureVn, formatEn, formatVn } from '../format';
import { floatEpsilon, UNIT_FACTORS, unitHint } from '../judge';
import { allocationFigure, isGivenHere, planSum } from '../planSums';
import { childCodes } from '../relations';
import { cellOf, refOf, tagOf } from '../describe';
import { KEY_INDEX, type MoneySheet } from '../workbookModel';
import { setExcess } from '../slipMarks';

/** Typing in đồng or nghìn đồng instead of the sheet's unit: ×1,000 or ×1,000,000. */

/**
 * UNIT_SUSPECT (under an allocation): the plan of a line is over its Giao vốn figure by exactly
 * what one typed cell below it would lose if divided by 1,000 (or 1,000,000): that cell was
 * typed in nghìn đồng or đồng. A small plan has too few figures in a column for the median
 * test (unitOutlier.ts) and a project's plan sums many lines, so the project's over-allocation
 * was all an officer saw. Found here, the cell is taken as meant by the allocation and
 * counterpart checks, so the over-allocation, the counterpart and the Giải ngân rate it
 * caused are not findings of their own (one slip, one finding).
 */
export const checkUnitSlipUnderAllocation: Check = (model, ctx) => {
  const plan = model.plan;
  const alloc = model.allocation;
  if (!plan || !alloc) return [];
  const sum = planSum(plan);
  const out: Finding[] = [];
  const flagged = new Set<string>();
  const keys = TYPED_SOURCE_KEYS.filter((k) => plan.colOf(k) >= 0 && alloc.colOf(k) >= 0);
  for (const [code, allocRow] of alloc.rowOf) {
    const planRow = plan.rowOf.get(code);
    if (planRow === undefined) continue;
    for (const key of keys) {
      const given = allocationFigure(alloc, code, key, undefined, allocRow);
      if (!given) continue;
      const planned = sum(code, key, planRow);
      const excess = planned.value - given.value;
      if (excess <= planned.tolerance + given.tolerance) continue;
      // Typed figures are exact: the slip explains the excess to the allocation's own rounding, not
      // to the rounding of every figure summed (a province sums thousands: any cell would match).
      const tolerance = given.tolerance + floatEpsilon(planned.value, given.value);
      const matches = UNIT_FACTORS.flatMap((factor) =>
        typedUnder(plan, code, key)
          // The figure meant must stand out of the rounding: else the line may simply have no allocation.
          .filter((c) => Math.abs(c.value - c.value / factor - excess) <= tolerance && c.value / factor > tolerance)
          .map((c) => ({ ...c, factor })),
      );
      // Only one cell can be it: two would be a guess.
      if (matches.length !== 1) continue;
      const slip = matches[0];
      const id = `${slip.code}|${key}`;
      if (flagged.has(id)) continue;
      flagged.add(id);
      const { row, col } = cellOf(plan, slip.code, key);
      const u = MONEY_UNITS[ctx.unit];
      const hint = unitHint(slip.factor, ctx.unit);
      const tag = tagOf(slip.code, key);
      const at = tagOf(code, key);
      const ref = refOf(alloc, code, key);
      const finding = makeFinding('UNIT_SUSPECT', {
        sheet: plan.name,
        row,
        col,
        lineCode: slip.code,
        sourceKey: key,
        actual: slip.value,
        expected: slip.value / slip.factor,
        severity: 'warning',
        message: `Chia cho ${formatVn(slip.factor)} thì kế hoạch ${at.vi} khớp vốn giao ${figureVn(given.value, ctx.unit)} ${u.label} (${ref}): ${hint.vi} — ${tag.vi}: ${amountVn(slip.value, ctx.unit)}.`,
        messageEn: `Divided by ${formatEn(slip.factor)}, the plan of ${at.en} matches its allocation of ${figureEn(given.value, ctx.unit)} ${u.labelEn} (${ref}): it ${hint.en} — ${tag.en}: ${amountEn(slip.value, ctx.unit)}.`,
      });
      setExcess(finding, slip.value - slip.value / slip.factor);
      out.push(finding);
    }
  }
  return out;
};

interface TypedCell {
  code: string;
  value: number;
}

/** The typed figures the plan's sum of this line adds up (as planSums.ts walks it). */
function typedUnder(
  plan: MoneySheet,
  code: string,
  key: SourceKey,
  row = plan.rowOf.get(code),
  out: TypedCell[] = [],
): TypedCell[] {
  const own = plan.amountAt(row, KEY_INDEX[key]);
  const children = childCodes(plan, code);
  const given = isGivenHere(plan, code, key, own, children);
  if (children && !given) children.codes.forEach((child, i) => typedUnder(plan, child, key, children.rows[i], out));
  else if (given && own.state === 'number' && !own.asText && !own.date && own.value > 0)
    out.push({ code, value: own.value });
  return out;
}
