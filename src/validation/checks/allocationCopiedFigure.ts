import { TYPED_SOURCE_KEYS, type SourceKey } from '../../domain/sources';
import { TOTAL_ROW_CODE } from '../../domain/workbookLayout';
import type { Finding } from '../../model/finding';
import type { Check } from '../checkContext';
import { cellOf, tagOf } from '../describe';
import { makeFinding } from '../findingFactory';
import { amountEn, amountVn } from '../format';
import { floatEpsilon } from '../judge';
import { allocationFigure, planSum } from '../planSums';
import { childCodes } from '../relations';
import { markAllocationSlip, setExcess } from '../slipMarks';
import { KEY_INDEX, type MoneySheet } from '../workbookModel';

/**
 * FIGURE_IN_WRONG_COLUMN on Giao vốn: a line's allocation holding the figure of another column of
 * that line (ĐTPT NSTW's 7.900 typed again under SN NSTW, over its 420). Three things say so: the
 * figure is that other column's allocation (copied: a figure moved off a blank column is left to
 * the moved-figure rules), the plan of the line is not it, and
 * the total row cannot hold it (the projects given add up to more than the total) while it holds
 * the plan's figure. One finding at the cell, with the plan's figure as the one meant: not a
 * mismatch on the total row and an under- (or over-) allocation at the line (echoes.ts).
 */
export const checkAllocationCopiedFigure: Check = (model, ctx) => {
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
      const from = copiedFrom(alloc, code, key, figure);
      if (!from) return;
      const { row, col, address } = cellOf(alloc, code, key);
      const tag = tagOf(code, key);
      const fromTag = tagOf(code, from);
      const f = makeFinding('FIGURE_IN_WRONG_COLUMN', {
        sheet: alloc.name,
        row,
        col,
        lineCode: code,
        sourceKey: key,
        actual: figure,
        expected: planned,
        message: `Vốn giao ${amountVn(figure, ctx.unit)} ở ${address} đúng bằng vốn giao ${fromTag.vi}: có lẽ gõ nhầm từ cột đó — kế hoạch của dòng là ${amountVn(planned, ctx.unit)}, và dòng tổng (${amountVn(total.value, ctx.unit)}) không chứa nổi số này — ${tag.vi}.`,
        messageEn: `The allocation of ${amountEn(figure, ctx.unit)} at ${address} is exactly the allocation of ${fromTag.en}: it looks copied from that column — the line's plan is ${amountEn(planned, ctx.unit)}, and the total row (${amountEn(total.value, ctx.unit)}) cannot hold it — ${tag.en}.`,
      });
      setExcess(f, excess);
      markAllocationSlip(f);
      out.push(f);
    });
  }
  return out;
};

/**
 * The one other column of the line whose allocation is exactly `figure`: a copy. A figure moved off
 * a column left blank is the moved-figure rules' (her own table's sums tell where it belongs).
 */
function copiedFrom(alloc: MoneySheet, code: string, key: SourceKey, figure: number): SourceKey | null {
  const found = TYPED_SOURCE_KEYS.filter((other) => {
    if (other === key || alloc.colOf(other) < 0) return false;
    const x = allocationFigure(alloc, code, other)?.value;
    return x !== undefined && Math.abs(x - figure) <= floatEpsilon(x, figure);
  });
  return found.length === 1 ? found[0] : null;
}
