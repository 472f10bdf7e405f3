import type { Check, CheckContext } from '../checkContext';
import type { Finding, Severity } from '../../model/finding';
import type { DisbursementColumnKey } from '../../domain/workbookLayout';
import { DISB_AMOUNT_KEYS, DISB_RATES, PLAN_SOURCE_OF } from '../../domain/disbursementColumns';
import { makeFinding } from '../findingFactory';
import { judge, UNIT_FACTORS, unitHint } from '../judge';
import { amountEn, amountVn, formatEn, formatVn, timesEn, timesVn } from '../format';
import { disbTag, percentEn, percentVn } from '../disbursementDescribe';
import { DISB_KEY_INDEX, type DisbursementSheet } from '../disbursementModel';
import type { CellNumber } from '../cellNumber';

/**
 * UNIT_SUSPECT on Giải ngân: a figure typed in nghìn đồng or đồng on a sheet in triệu. Giải ngân
 * has few lines and no column of peers to compare with, but each figure has a partner on its
 * line: what was disbursed is at most its plan (GN ≤ KH, GNKD ≤ KD). A slip puts them a unit
 * step apart — disbursed ~1,000 × its plan, or a carried-over plan ~1,000 × what was disbursed
 * from it — and divided by that step the pair reads as a plausible rate.
 */

/** The least rate a pair read with the unit step is taken to mean (below it: no guess). */
export const MIN_MEANT_RATE = 0.1;
/**
 * A carried-over plan taken as typed in a smaller unit stands this far above every other figure
 * of its line too: a real carried-over plan barely disbursed (KD 5.000, GNKD 3) sits among
 * figures of its own size.
 */
export const LINE_SCALE = 20;

/**
 * The unit step that, dividing the figure typed in a smaller unit (`slip`: the disbursed figure
 * or the plan's), leaves the disbursed figure at MIN_MEANT_RATE–100 % of the plan (`tolerance`:
 * the rounding of the typed figures); 0 when none does.
 */
export function unitStepOf(slip: number, partner: number, slipIsSpent: boolean, tolerance: number): number {
  if (!(slip > 0) || !(partner > 0)) return 0;
  for (const step of UNIT_FACTORS) {
    const meant = slip / step;
    const spent = slipIsSpent ? meant : partner;
    const plan = slipIsSpent ? partner : meant;
    if (spent <= plan + tolerance && spent >= MIN_MEANT_RATE * plan) return step;
  }
  return 0;
}

/**
 * A disbursed figure against what it is disbursed from (the year's plan, funds carried over): null
 * when it is within it (its rounding included); else by how much it is above, and the unit step
 * that would explain it (0 when none). One rule for the template's Giải ngân and her own report.
 */
export function overDisbursed(spent: number, plan: number, tolerance: number): { excess: number; step: number } | null {
  const j = judge(spent, plan, tolerance);
  if (j.diff <= 0 || j.verdict === 'equal' || j.verdict === 'rounding') return null;
  return { excess: j.diff, step: unitStepOf(spent, plan, true, tolerance) };
}

/** Disbursed (GN, GNKD) over the plan it is disbursed from (KH, KD), on one capital type. */
export interface DisbursementPair {
  spent: DisbursementColumnKey;
  plan: DisbursementColumnKey;
  what: { vi: string; en: string };
}
/** The pairs of Giải ngân's rates (DISB_RATES: GN/KH, GNKD/KD), worded for findings. */
export const DISBURSEMENT_PAIRS: DisbursementPair[] = DISB_RATES.map(({ num, den }) => ({
  spent: num,
  plan: den,
  what: PLAN_SOURCE_OF[den]
    ? { vi: 'kế hoạch năm', en: "the year's plan" }
    : { vi: 'vốn kéo dài', en: 'the funds carried over' },
}));

/** A typed figure of hers (a formula's result or a date is not one). */
function typed(n: CellNumber): n is Extract<CellNumber, { state: 'number' }> {
  return n.state === 'number' && !n.formula && !n.date;
}

/**
 * Disbursed figure typed in a smaller unit: GN 1.180.000 over a KH of 1.260 triệu. Made by
 * DISBURSED_OVER_PLAN's check in place of its finding, at the same cell (one slip, one finding);
 * an error, as the over-plan it explains.
 */
export function disbursedUnitSlip(
  sheet: DisbursementSheet,
  ctx: CheckContext,
  at: { code: string; row: number; pair: DisbursementPair },
  spent: number,
  plan: number,
  step: number,
): Finding {
  const tag = disbTag(at.code, at.pair.spent);
  const meant = spent / step;
  const rate = (meant / plan) * 100;
  return unitSlipFinding(sheet, ctx, at, at.pair.spent, 'error', spent, step, {
    vi: `Giải ngân lớn gấp ${timesVn(spent / plan)} lần ${at.pair.what.vi} (${amountVn(plan, ctx.unit)}); chia cho ${formatVn(step)} thì tỷ lệ là ${percentVn(rate)}`,
    en: `Disbursed ${timesEn(spent / plan).toLowerCase()} times ${at.pair.what.en} (${amountEn(plan, ctx.unit)}); divided by ${formatEn(step)} the rate is ${percentEn(rate)}`,
    tag,
  });
}

/**
 * A plan figure typed on Giải ngân (KD, or KH where she typed it) in a smaller unit: KD 800.000
 * with 780 disbursed from it (0,1 %), while the rest of the line is in the thousands. A warning:
 * nothing else is judged wrong by it.
 */
export const checkDisbursementPlanUnitSlip: Check = (model, ctx) => {
  const sheet = model.disbursement;
  if (!sheet) return [];
  const out: Finding[] = [];
  const amountIndex = DISB_AMOUNT_KEYS.map((k) => DISB_KEY_INDEX.get(k)!);
  const planIndex = DISBURSEMENT_PAIRS.map((p) => DISB_KEY_INDEX.get(p.plan)!);
  const spentIndex = DISBURSEMENT_PAIRS.map((p) => DISB_KEY_INDEX.get(p.spent)!);
  for (const [code, row] of sheet.rowOf) {
    for (let p = 0; p < DISBURSEMENT_PAIRS.length; p++) {
      const pair = DISBURSEMENT_PAIRS[p];
      const plan = sheet.amountAt(row, planIndex[p]);
      const spent = sheet.amountAt(row, spentIndex[p]);
      if (!typed(plan) || spent.state !== 'number' || spent.value <= 0 || spent.value >= plan.value) continue;
      const step = unitStepOf(plan.value, spent.value, false, spent.halfUnit + plan.halfUnit);
      if (!step) continue;
      // The rest of the line (both capital types) must be of the meant figure's size, not the typed one's.
      let others = 0;
      let inScale = true;
      for (let i = 0; i < DISB_AMOUNT_KEYS.length; i++) {
        const key = DISB_AMOUNT_KEYS[i];
        if (key === pair.plan || key === pair.spent) continue;
        const n = sheet.amountAt(row, amountIndex[i]);
        if (n.state !== 'number' || n.value <= 0) continue;
        others++;
        if (n.value * LINE_SCALE > plan.value) inScale = false;
      }
      if (!others || !inScale) continue;
      const tag = disbTag(code, pair.plan);
      const rate = (spent.value / plan.value) * 100;
      out.push(
        unitSlipFinding(sheet, ctx, { code, row }, pair.plan, 'warning', plan.value, step, {
          vi: `${capitalize(pair.what.vi)} chỉ giải ngân được ${percentVn(rate, 2)} (${amountVn(spent.value, ctx.unit)}) và lớn gấp hơn ${LINE_SCALE} lần mọi số khác của dòng; chia cho ${formatVn(step)} thì tỷ lệ là ${percentVn(rate * step)}`,
          en: `Only ${percentEn(rate, 2)} of ${pair.what.en} was disbursed (${amountEn(spent.value, ctx.unit)}), and it is over ${LINE_SCALE} times every other figure of its line; divided by ${formatEn(step)} the rate is ${percentEn(rate * step)}`,
          tag,
        }),
      );
    }
  }
  return out;
};

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function unitSlipFinding(
  sheet: DisbursementSheet,
  ctx: CheckContext,
  at: { code: string; row: number },
  key: DisbursementColumnKey,
  severity: Severity,
  actual: number,
  step: number,
  text: { vi: string; en: string; tag: { vi: string; en: string } },
): Finding {
  const hint = unitHint(step, ctx.unit);
  return makeFinding('UNIT_SUSPECT', {
    sheet: sheet.name,
    row: at.row,
    col: sheet.colOf(key),
    lineCode: at.code,
    actual,
    // The figure meant, as the message says; the figure compared with is in the message.
    expected: actual / step,
    severity,
    message: `${text.vi}: ${hint.vi} — ${text.tag.vi}: ${amountVn(actual, ctx.unit)}, có lẽ là ${amountVn(actual / step, ctx.unit)}.`,
    messageEn: `${text.en}: it ${hint.en} — ${text.tag.en}: ${amountEn(actual, ctx.unit)}, probably ${amountEn(actual / step, ctx.unit)}.`,
  });
}
