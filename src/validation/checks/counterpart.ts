import type { SourceKey } from '../../domain/sources';
import { TOTAL_ROW_CODE } from '../../domain/workbookLayout';
import type { Check } from '../checkContext';
import type { Finding } from '../../model/finding';
import { makeFinding } from '../findingFactory';
import { floatEpsilon } from '../judge';
import { figureEn, figureVn, formatEn, formatVn, moneyEn, moneyVn } from '../format';
import { planSum } from '../planSums';
import { cellOf, refOf } from '../describe';
import { MONEY_UNITS } from '../../domain/units';

const PAIRS: Array<{ label: string; central: SourceKey; local: SourceKey }> = [
  { label: 'ĐTPT', central: 'DTPT_NSTW', local: 'DTPT_NSDP' },
  { label: 'SN', central: 'SN_NSTW', local: 'SN_NSDP' },
];

/**
 * COUNTERPART_SHORTFALL: on the whole plan, NSĐP must be at least DOI_UNG_TOI_THIEU % of
 * NSTW, separately for ĐTPT and SN (QĐ 39/2021/QĐ-TTg). Exactly at the minimum passes:
 * the comparison allows the rounding of the typed figures. Error for a province, warning
 * for districts and communes (the province may hold the counterpart).
 */
export const checkCounterpart: Check = (model, ctx) => {
  const plan = model.plan;
  if (!plan) return [];
  const sum = planSum(plan);
  const percent = ctx.settings.counterpartPercent;
  const out: Finding[] = [];
  for (const pair of PAIRS) {
    if (plan.colOf(pair.central) < 0 || plan.colOf(pair.local) < 0) continue;
    const central = sum(TOTAL_ROW_CODE, pair.central);
    const local = sum(TOTAL_ROW_CODE, pair.local);
    if (central.value <= 0) continue;
    const required = (central.value * percent) / 100;
    const tolerance = local.tolerance + (central.tolerance * percent) / 100 + floatEpsilon(required, local.value);
    if (local.value >= required - tolerance) continue;
    const shortfall = required - local.value;
    const rowCode = plan.rowOf.has(TOTAL_ROW_CODE) ? TOTAL_ROW_CODE : '';
    const { row, col } = rowCode
      ? cellOf(plan, rowCode, pair.local)
      : { row: plan.keyRow, col: plan.colOf(pair.local) };
    const ratio = (local.value / central.value) * 100;
    const u = MONEY_UNITS[ctx.unit];
    const centralRef = rowCode ? refOf(plan, rowCode, pair.central) : '';
    const [centralAt, centralAtEn] = centralRef ? [` tại ${centralRef}`, ` at ${centralRef}`] : ['', ''];
    out.push(
      makeFinding('COUNTERPART_SHORTFALL', {
        sheet: plan.name,
        row,
        col,
        lineCode: TOTAL_ROW_CODE,
        sourceKey: pair.local,
        expected: required,
        actual: local.value,
        severity: ctx.settings.level === 'tinh' ? 'error' : 'warning',
        message: `NSĐP ${pair.label} thiếu ${moneyVn(shortfall, ctx.unit)} so với mức đối ứng tối thiểu ${formatVn(percent, 2)} % NSTW; NSTW năm sau bị cắt số thiếu này (Điều 6 QĐ 39/2021/QĐ-TTg) — NSĐP ${figureVn(local.value, ctx.unit)} = ${formatVn(ratio, 2)} % NSTW ${figureVn(central.value, ctx.unit)} ${u.label}${centralAt}.`,
        messageEn: `Local counterpart (NSĐP) for ${pair.label} is short by ${moneyEn(shortfall, ctx.unit)} against the minimum ${formatEn(percent, 2)} % of central; next year's central allocation is cut by this shortfall (Decision 39/2021/QĐ-TTg Art. 6) — local ${figureEn(local.value, ctx.unit)} = ${formatEn(ratio, 2)} % of central ${figureEn(central.value, ctx.unit)} ${u.labelEn}${centralAtEn}.`,
      }),
    );
  }
  return out;
};
