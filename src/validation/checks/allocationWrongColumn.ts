import { TYPED_SOURCE_KEYS, type SourceKey } from '../../domain/sources';
import { TOTAL_ROW_CODE } from '../../domain/workbookLayout';
import type { Finding } from '../../model/finding';
import type { Check } from '../checkContext';
import { cellOf, tagOf } from '../describe';
import { makeFinding } from '../findingFactory';
import { amountEn, amountVn } from '../format';
import type { MoneyUnit } from '../../domain/units';
import { floatEpsilon } from '../judge';
import { allocationFigure, planSum, type PlanSum } from '../planSums';
import { childCodes } from '../relations';
import { markAllocationSlip, setExcess, setSecondSlip } from '../slipMarks';
import { KEY_INDEX, type MoneySheet } from '../workbookModel';

/**
 * FIGURE_IN_WRONG_COLUMN on Giao vốn: a project line's allocation holding a figure that belongs to
 * another column of that line. The total row says which column is wrong: it cannot hold the
 * projects' figures (they add up to more than it) while it holds the line's plan figure there.
 * The other column says how the figure got there:
 * - copied: it is that column's allocation too (ĐTPT NSTW's 7.900 typed again under SN NSTW);
 * - moved: it is that column's plan and that column's allocation is blank;
 * - swapped: it is that column's plan and that column holds this column's plan.
 * One finding at the cell, with the plan's figure as the one meant: not a mismatch on the total
 * row and an under- or over-allocation at the line (or two, for a swap) (echoes.ts).
 */
export const checkAllocationWrongColumn: Check = (model, ctx) => {
  const plan = model.plan;
  const alloc = model.allocation;
  if (!plan || !alloc) return [];
  const projects = childCodes(alloc, TOTAL_ROW_CODE);
  if (!projects) return [];
  const keys = TYPED_SOURCE_KEYS.filter((k) => plan.colOf(k) >= 0 && alloc.colOf(k) >= 0);
  const sum = planSum(plan);
  const out: Finding[] = [];
  for (const key of keys) {
    const total = allocationFigure(alloc, TOTAL_ROW_CODE, key);
    if (!total) continue;
    const given = projects.codes.map((c) => allocationFigure(alloc, c, key)?.value ?? 0);
    const parts = given.reduce((a, b) => a + b, 0);
    const slack = total.tolerance + floatEpsilon(parts, total.value);
    // The total holds its projects: nothing of this column is in doubt (the usual case).
    if (parts <= total.value + slack) continue;
    projects.codes.forEach((code, i) => {
      const figure = given[i];
      // A typed figure only: a line summing its sub-lines is not where anything was typed.
      const cell = alloc.amountAt(projects.rows[i], KEY_INDEX[key]);
      if (!figure || cell.state !== 'number' || cell.formula) return;
      const planned = sum(code, key).value;
      const excess = figure - planned;
      if (Math.abs(excess) <= slack) return;
      // The total holds the projects once the line has its plan's figure.
      if (parts - excess > total.value + slack) return;
      const slip = slipOf(alloc, sum, code, key, figure, planned);
      if (!slip) return;
      const f = wrongColumnFinding(alloc, code, key, figure, planned, total.value, slip, ctx.unit);
      setExcess(f, excess);
      markAllocationSlip(f);
      out.push(f);
    });
  }
  return out;
};

/** The other column a figure came from, and how; its figure and plan on the line. */
interface Slip {
  kind: 'copied' | 'moved' | 'swapped';
  from: SourceKey;
  figure: number | null;
  planned: number;
}

const same = (a: number, b: number) => Math.abs(a - b) <= floatEpsilon(a, b);

/** The one other column of the line that tells the slip (two that could: none is named). */
function slipOf(
  alloc: MoneySheet,
  sum: PlanSum,
  code: string,
  key: SourceKey,
  figure: number,
  planned: number,
): Slip | null {
  const found: Slip[] = [];
  for (const from of TYPED_SOURCE_KEYS) {
    if (from === key || alloc.colOf(from) < 0) continue;
    const there = allocationFigure(alloc, code, from)?.value ?? null;
    const fromPlanned = sum(code, from).value;
    if (there !== null && same(there, figure))
      found.push({ kind: 'copied', from, figure: there, planned: fromPlanned });
    else if (!same(fromPlanned, figure) || fromPlanned === 0) continue;
    else if (there === null) found.push({ kind: 'moved', from, figure: there, planned: fromPlanned });
    else if (same(there, planned)) found.push({ kind: 'swapped', from, figure: there, planned: fromPlanned });
  }
  return found.length === 1 ? found[0] : null;
}

function wrongColumnFinding(
  alloc: MoneySheet,
  code: string,
  key: SourceKey,
  figure: number,
  planned: number,
  total: number,
  slip: Slip,
  unit: MoneyUnit,
): Finding {
  const { row, col, address } = cellOf(alloc, code, key);
  const other = cellOf(alloc, code, slip.from).address;
  const tag = tagOf(code, key);
  const fromTag = tagOf(code, slip.from);
  const vn = (x: number) => amountVn(x, unit);
  const en = (x: number) => amountEn(x, unit);
  const plan = planned
    ? { vi: `kế hoạch của dòng là ${vn(planned)}`, en: `the line's plan is ${en(planned)}` }
    : { vi: 'dòng này không có kế hoạch ở cột này', en: 'the line has no plan in this column' };
  const why = {
    vi: `${plan.vi}, và dòng tổng (${vn(total)}) không chứa nổi số này`,
    en: `${plan.en}, and the total row (${en(total)}) cannot hold it`,
  };
  const told = {
    copied: {
      vi: `Vốn giao ${vn(figure)} ở ${address} đúng bằng vốn giao ${fromTag.vi}: có lẽ gõ nhầm từ cột đó — ${why.vi}`,
      en: `The allocation of ${en(figure)} at ${address} is exactly the allocation of ${fromTag.en}: it looks copied from that column — ${why.en}`,
    },
    moved: {
      vi: `Vốn giao ${vn(figure)} ở ${address} đúng bằng kế hoạch ${fromTag.vi}, mà ô vốn giao ${other} của cột đó để trống: có lẽ gõ nhầm cột — ${why.vi}`,
      en: `The allocation of ${en(figure)} at ${address} is exactly the plan of ${fromTag.en}, whose allocation cell ${other} is blank: it looks typed in the wrong column — ${why.en}`,
    },
    swapped: {
      vi: `Vốn giao ở ${address} (${vn(figure)}) và ở ${other} (${vn(slip.figure ?? 0)}) có lẽ bị đổi chỗ cho nhau: mỗi số đúng bằng kế hoạch của cột kia — ${why.vi}`,
      en: `The allocations at ${address} (${en(figure)}) and ${other} (${en(slip.figure ?? 0)}) look swapped: each is exactly the other column's plan — ${why.en}`,
    },
  }[slip.kind];
  const f = makeFinding('FIGURE_IN_WRONG_COLUMN', {
    sheet: alloc.name,
    row,
    col,
    lineCode: code,
    sourceKey: key,
    actual: figure,
    expected: planned,
    message: `${told.vi} — ${tag.vi}.`,
    messageEn: `${told.en} — ${tag.en}.`,
  });
  // A swap's other cell: its column's echoes are this slip's too (echoes.ts, movedFigure.ts).
  if (slip.kind === 'swapped')
    setSecondSlip(f, { sourceKey: slip.from, cell: other, excess: (slip.figure ?? 0) - slip.planned });
  return f;
}
