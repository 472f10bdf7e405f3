import type { Check } from '../checkContext';
import type { Finding } from '../../model/finding';
import { makeFinding } from '../findingFactory';
import { amountEn, amountVn, moneyEn, moneyVn } from '../format';
import { disbTag } from '../disbursementDescribe';
import { DISB_KEY_INDEX } from '../disbursementModel';
import { PLAN_SOURCE_OF } from '../../domain/disbursementColumns';
import { setPlanBasis } from '../unknownFigures';
import { a1 } from '../../model/a1';
import { DISBURSEMENT_PAIRS, disbursedUnitSlip, overDisbursed } from './disbursementUnitSlips';

/**
 * DISBURSED_OVER_PLAN: GN above KH, or GNKD above KD, beyond the rounding of the typed
 * figures. Judged where disbursement is typed (not on sums), so one slip is one finding.
 */
export const checkDisbursedOverPlan: Check = (model, ctx) => {
  const sheet = model.disbursement;
  if (!sheet) return [];
  const out: Finding[] = [];
  const pairs = DISBURSEMENT_PAIRS;
  // Read by row (the loop has it): no lookup of the line's row per cell.
  const numIndex = pairs.map((p) => DISB_KEY_INDEX.get(p.spent)!);
  const denIndex = pairs.map((p) => DISB_KEY_INDEX.get(p.plan)!);
  for (const [code, row] of sheet.rowOf) {
    for (let i = 0; i < pairs.length; i++) {
      const p = pairs[i];
      const gn = sheet.amountAt(row, numIndex[i]);
      if (gn.state !== 'number' || gn.formula) continue;
      const kh = sheet.amountAt(row, denIndex[i]);
      const plan = kh.state === 'number' ? kh.value : 0;
      const tolerance = gn.halfUnit + (kh.state === 'number' ? kh.halfUnit : 0);
      const over = overDisbursed(gn.value, plan, tolerance);
      if (!over) continue;
      // ~1,000 × its plan: typed in nghìn đồng or đồng, said once at its cell as what it is.
      if (over.step && !gn.date) {
        out.push(disbursedUnitSlip(sheet, ctx, { code, row, pair: p }, gn.value, plan, over.step));
        continue;
      }
      const tag = disbTag(code, p.spent);
      const f = makeFinding('DISBURSED_OVER_PLAN', {
        sheet: sheet.name,
        row,
        col: sheet.colOf(p.spent),
        lineCode: code,
        expected: plan,
        actual: gn.value,
        message: `Giải ngân vượt ${p.what.vi} ${moneyVn(gn.value - plan, ctx.unit)} — ${tag.vi}: ${amountVn(gn.value, ctx.unit)} so với ${amountVn(plan, ctx.unit)}.`,
        messageEn: `Disbursed ${moneyEn(gn.value - plan, ctx.unit)} above ${p.what.en} — ${tag.en}: ${amountEn(gn.value, ctx.unit)} vs ${amountEn(plan, ctx.unit)}.`,
      });
      // A slip in the plan figure's cell, or in the plan sheet its KH takes by formula, is behind this
      // (src/validation/unknownFigures.ts).
      // Only KH looks up a plan column (PLAN_SOURCE_OF); KD is typed here.
      const planKey = PLAN_SOURCE_OF[p.plan];
      const fromPlan = planKey && (kh.state === 'number' ? kh.formula : kh.state === 'error');
      setPlanBasis(f, {
        ...(fromPlan ? { planKey } : {}),
        plan,
        disbursed: gn.value,
        planCell: a1(row, sheet.colOf(p.plan)),
      });
      out.push(f);
    }
  }
  return out;
};
