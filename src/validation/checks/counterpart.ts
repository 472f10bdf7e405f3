import type { SourceKey } from '../../domain/sources';
import { TOTAL_ROW_CODE } from '../../domain/workbookLayout';
import type { Check, CheckContext, UnitSlip } from '../checkContext';
import type { Finding } from '../../model/finding';
import { makeFinding } from '../findingFactory';
import { floatEpsilon } from '../judge';
import { figureEn, figureVn, formatEn, formatVn, moneyEn, moneyVn } from '../format';
import type { SumWithTolerance } from '../planSums';
import { changingTotal, meantOn, meantPlanSum, slipsIn, withMeantNote } from '../meantFigures';
import { cellOf } from '../describe';
import { MONEY_UNITS } from '../../domain/units';
import type { MoneySheet } from '../workbookModel';

interface Pair {
  label: string;
  central: SourceKey[];
  local: SourceKey[];
}
const DTPT: Pair = { label: 'ĐTPT', central: ['DTPT_NSTW'], local: ['DTPT_NSDP'] };
const SN: Pair = { label: 'SN', central: ['SN_NSTW'], local: ['SN_NSDP'] };
const WHOLE: Pair = { label: '', central: ['DTPT_NSTW', 'SN_NSTW'], local: ['DTPT_NSDP', 'SN_NSDP'] };
const LAW = 'Điều 6 QĐ 39/2021/QĐ-TTg';
const LAW_EN = 'Decision 39/2021/QĐ-TTg Art. 6';

interface Ratio {
  central: SumWithTolerance;
  local: SumWithTolerance;
  required: number;
  short: boolean;
  percentOf: number;
}

/**
 * COUNTERPART_SHORTFALL: on the whole plan, NSĐP must be at least DOI_UNG_TOI_THIEU % of
 * NSTW (QĐ 39/2021/QĐ-TTg). DOI_UNG_THEO says of what: 'tong' (default) the whole central
 * budget — the per-capital-type ratios below the minimum are then shown as info — or
 * 'tung_loai' each capital type on its own. Exactly at the minimum passes (the rounding of
 * the typed figures is allowed). Error for a province, warning for districts and communes
 * (the province may hold the counterpart).
 */
export const checkCounterpart: Check = (model, ctx) => {
  const plan = model.plan;
  if (!plan) return [];
  // Unit slips count as the figures meant (see meantFigures.ts): the real shortfall, named as such.
  const onPlan = meantOn(plan, ctx.unitSlips).filter((s) => COUNTED.has(s.sourceKey));
  const counted = onPlan.filter((s) => slipsIn(plan, [s], TOTAL_ROW_CODE, s.sourceKey).length);
  const sum = meantPlanSum(plan, counted);
  const withNote = (f: Finding, pair: Pair) => withMeantNote(f, changing(counted, pair), ctx.unit);
  const percent = ctx.settings.counterpartPercent;
  const ratioOf = (pair: Pair): Ratio | null => {
    const cols = [...pair.central, ...pair.local].filter((k) => plan.colOf(k) >= 0);
    if (!pair.central.some((k) => cols.includes(k)) || !pair.local.some((k) => cols.includes(k))) return null;
    const central = total(pair.central.filter((k) => cols.includes(k)).map((k) => sum(TOTAL_ROW_CODE, k)));
    const local = total(pair.local.filter((k) => cols.includes(k)).map((k) => sum(TOTAL_ROW_CODE, k)));
    if (central.value <= 0) return null;
    const required = (central.value * percent) / 100;
    const tolerance = local.tolerance + (central.tolerance * percent) / 100 + floatEpsilon(required, local.value);
    return {
      central,
      local,
      required,
      short: local.value < required - tolerance,
      percentOf: (local.value / central.value) * 100,
    };
  };
  const severity = ctx.settings.level === 'tinh' ? 'error' : 'warning';
  const out: Finding[] = [];
  if (ctx.settings.counterpartScope === 'tung_loai') {
    for (const pair of [DTPT, SN]) {
      const r = ratioOf(pair);
      if (r?.short) out.push(withNote(shortfall(plan, pair, r, severity, ctx), pair));
    }
    return out;
  }
  const whole = ratioOf(WHOLE);
  if (!whole) return out;
  const byType = [DTPT, SN].map((pair) => ({ pair, r: ratioOf(pair) }));
  const typesOf = (format: (x: number, d: number) => string) =>
    byType
      .filter((t) => t.r)
      .map((t) => `${t.pair.label} ${format(t.r!.percentOf, 2)} %`)
      .join(', ');
  const types = { vi: typesOf(formatVn), en: typesOf(formatEn) };
  if (whole.short) {
    out.push(withNote(shortfall(plan, WHOLE, whole, severity, ctx, types), WHOLE));
    return out;
  }
  // Whole budget met: a capital type under the minimum on its own is information only.
  for (const { pair, r } of byType) {
    if (!r?.short) continue;
    const { row, col } = cellOf(plan, TOTAL_ROW_CODE, pair.local[0]);
    out.push(
      withNote(
        makeFinding('COUNTERPART_SHORTFALL', {
          sheet: plan.name,
          row,
          col,
          lineCode: TOTAL_ROW_CODE,
          sourceKey: pair.local[0],
          expected: r.required,
          actual: r.local.value,
          severity: 'info',
          message: `Riêng ${pair.label}: NSĐP = ${formatVn(r.percentOf, 2)} % NSTW, dưới ${formatVn(percent, 2)} %; tính trên tổng NSTW vẫn đạt ${formatVn(whole.percentOf, 2)} % (thiết lập DOI_UNG_THEO = tong, ${LAW}).`,
          messageEn: `${pair.label} alone: local = ${formatEn(r.percentOf, 2)} % of central, under ${formatEn(percent, 2)} %; on the whole central budget ${formatEn(whole.percentOf, 2)} % (setting DOI_UNG_THEO = tong, ${LAW_EN}).`,
        }),
        pair,
      ),
    );
  }
  return out;
};

/**
 * The slips a finding on this pair was judged with: those in its central or local columns whose
 * meant figures change that side's total. A figure typed under ĐTPT NSTW and meant under SN NSTW
 * leaves the whole central budget as it is: named on the per-capital-type ratios, not on the whole.
 */
function changing(slips: UnitSlip[], pair: Pair): UnitSlip[] {
  const changes = new Set([
    ...changingTotal(slips.filter((s) => pair.central.includes(s.sourceKey))),
    ...changingTotal(slips.filter((s) => pair.local.includes(s.sourceKey))),
  ]);
  return slips.filter((s) => changes.has(s));
}

const COUNTED = new Set<SourceKey>([...WHOLE.central, ...WHOLE.local]);

function total(list: SumWithTolerance[]): SumWithTolerance {
  return list.reduce((a, b) => ({ value: a.value + b.value, tolerance: a.tolerance + b.tolerance }), {
    value: 0,
    tolerance: 0,
  });
}

function shortfall(
  plan: MoneySheet,
  pair: Pair,
  r: Ratio,
  severity: 'error' | 'warning',
  ctx: CheckContext,
  types: { vi: string; en: string } = { vi: '', en: '' },
): Finding {
  const percent = ctx.settings.counterpartPercent;
  const local = pair.local.find((k) => plan.colOf(k) >= 0)!;
  const hasTotal = plan.rowOf.has(TOTAL_ROW_CODE);
  const { row, col } = hasTotal ? cellOf(plan, TOTAL_ROW_CODE, local) : { row: plan.keyRow, col: plan.colOf(local) };
  const u = MONEY_UNITS[ctx.unit];
  const missing = r.required - r.local.value;
  const [of, ofEn] = pair.label ? [`NSTW ${pair.label}`, `central ${pair.label}`] : ['tổng NSTW', 'all central'];
  const [subject, subjectEn] = pair.label ? [`NSĐP ${pair.label}`, `Local ${pair.label}`] : ['NSĐP', 'Local budget'];
  const [split, splitEn] = types.vi ? [`; ${types.vi}`, `; ${types.en}`] : ['', ''];
  return makeFinding('COUNTERPART_SHORTFALL', {
    sheet: plan.name,
    row,
    col,
    lineCode: TOTAL_ROW_CODE,
    // A whole-budget finding names no single source: it is about ĐTPT and SN together.
    ...(pair.label ? { sourceKey: local } : {}),
    expected: r.required,
    actual: r.local.value,
    severity,
    message: `${subject} thiếu ${moneyVn(missing, ctx.unit)} so với mức tối thiểu ${formatVn(percent, 2)} % ${of}; NSTW năm sau bị cắt số thiếu này (${LAW}) — NSĐP ${figureVn(r.local.value, ctx.unit)} = ${formatVn(r.percentOf, 2)} % NSTW ${figureVn(r.central.value, ctx.unit)} ${u.label}${split}.`,
    messageEn: `${subjectEn} is short by ${moneyEn(missing, ctx.unit)} against the minimum ${formatEn(percent, 2)} % of ${ofEn}; next year's central allocation is cut by this shortfall (${LAW_EN}) — local ${figureEn(r.local.value, ctx.unit)} = ${formatEn(r.percentOf, 2)} % of central ${figureEn(r.central.value, ctx.unit)} ${u.labelEn}${splitEn}.`,
  });
}
