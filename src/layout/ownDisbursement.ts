import { cellAt, type WorkbookSnapshot } from '../model/snapshot';
import type { Finding } from '../model/finding';
import { readCellNumber } from '../validation/cellNumber';
import type { CheckContext } from '../validation/checkContext';
import { tagOf } from '../validation/describe';
import { makeFinding } from '../validation/findingFactory';
import { amountEn, amountVn, clip, formatEn, formatVn, moneyEn, moneyVn, timesEn, timesVn } from '../validation/format';
import { judge, unitHint } from '../validation/judge';
import { planSum } from '../validation/planSums';
import { unitStepOf } from '../validation/checks/disbursementUnitSlips';
import type { WorkbookModel } from '../validation/workbookModel';
import { percentEn, percentVn } from '../validation/disbursementDescribe';
import { colIndex, rowCodes } from './layoutModel';
import type { TableMapping } from './mapping';
import { sumColumnSlip } from './sumColumnSlips';

/**
 * Her disbursement report ("Kế hoạch vốn | Giải ngân", by capital type or in all): on each of her
 * rows what was disbursed is at most the plan it is disbursed from → DISBURSED_OVER_PLAN at her
 * disbursed cell; ~1,000 × that plan is the one UNIT_SUSPECT there (typed in a smaller unit).
 */
export function ownDisbursement(
  snapshot: WorkbookSnapshot,
  table: TableMapping,
  model: WorkbookModel,
  ctx: CheckContext,
): Finding[] {
  const sheet = snapshot.sheets.find((s) => s.name === table.sheet);
  const plan = model.plan;
  // Only while left out of the plan: a column she re-mapped to a source is plan money, whatever it was read as.
  const disbursed = table.columns.filter((c) => c.role === 'ignored' && c.kind === 'disbursed' && c.disbursedOf);
  if (!sheet || !plan || plan.name !== table.sheet || !disbursed.length) return [];
  const sum = planSum(plan);
  const planCols = table.columns
    .filter((c) => c.key && (c.role === 'amount' || c.role === 'sum'))
    .map((c) => colIndex(c.col));
  const out: Finding[] = [];
  for (const [row, code] of rowCodes(table)) {
    // A plan figure of the row that holds no figure of hers (text, a date, #REF!, a negative) is
    // its own finding; the plan it makes is not hers to compare with (one slip, one finding).
    const planSlip = planCols.some((c) => {
      const n = readCellNumber(cellAt(sheet, row - 1, c));
      return n.state === 'text' || n.state === 'error' || (n.state === 'number' && (n.date || n.value < 0));
    });
    for (const col of disbursed) {
      const raw = cellAt(sheet, row - 1, colIndex(col.col));
      const gn = readCellNumber(raw);
      // Text, a date, a negative or an absurd figure there: one finding at her cell, as in her sum columns.
      const at0 = { sheet: sheet.name, row: row - 1, col: colIndex(col.col), lineCode: code, header: col.header };
      const slip = sumColumnSlip(gn, raw.v, at0, ctx.unit, 'disbursed');
      if (slip) {
        out.push(slip);
        continue;
      }
      if (gn.state !== 'number' || gn.value <= 0 || planSlip) continue;
      const key = col.disbursedOf!;
      // Her own figure for that plan (a "Vốn ĐTPT" column), else the sum of its sources.
      const own = plan.amount(code, key);
      const kh = own.state === 'number' ? { value: own.value, tolerance: own.halfUnit } : sum(code, key);
      const tolerance = gn.halfUnit + kh.tolerance;
      const j = judge(gn.value, kh.value, tolerance);
      if (j.diff <= 0 || j.verdict === 'equal' || j.verdict === 'rounding') continue;
      const tag = tagOf(code, key);
      const at = { sheet: sheet.name, row: row - 1, col: colIndex(col.col), lineCode: code, sourceKey: key };
      const step = unitStepOf(gn.value, kh.value, true, tolerance);
      if (step) {
        const hint = unitHint(step, ctx.unit);
        const rate = (gn.value / step / kh.value) * 100;
        out.push(
          makeFinding('UNIT_SUSPECT', {
            ...at,
            actual: gn.value,
            expected: kh.value,
            message: `Giải ngân lớn gấp ${timesVn(gn.value / kh.value)} lần kế hoạch; chia cho ${formatVn(step)} thì tỷ lệ là ${percentVn(rate)}: ${hint.vi} — ${tag.vi}: kế hoạch ${amountVn(kh.value, ctx.unit)}, giải ngân ("${clip(col.header)}") ${amountVn(gn.value, ctx.unit)}.`,
            messageEn: `Disbursed ${timesEn(gn.value / kh.value).toLowerCase()} times the plan; divided by ${formatEn(step)} the rate is ${percentEn(rate)}: it ${hint.en} — ${tag.en}: plan ${amountEn(kh.value, ctx.unit)}, disbursed ("${clip(col.header)}") ${amountEn(gn.value, ctx.unit)}.`,
          }),
        );
        continue;
      }
      out.push(
        makeFinding('DISBURSED_OVER_PLAN', {
          ...at,
          actual: gn.value,
          expected: kh.value,
          message: `Giải ngân vượt kế hoạch ${moneyVn(j.diff, ctx.unit)} — ${tag.vi}: kế hoạch ${amountVn(kh.value, ctx.unit)}, giải ngân ("${clip(col.header)}") ${amountVn(gn.value, ctx.unit)}.`,
          messageEn: `Disbursed ${moneyEn(j.diff, ctx.unit)} above the plan — ${tag.en}: plan ${amountEn(kh.value, ctx.unit)}, disbursed ("${clip(col.header)}") ${amountEn(gn.value, ctx.unit)}.`,
        }),
      );
    }
  }
  return out;
}
