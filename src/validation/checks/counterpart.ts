import type { SourceKey } from '../../domain/sources';
import { TOTAL_ROW_CODE } from '../../domain/workbookLayout';
import type { Check } from '../checkContext';
import type { Finding } from '../finding';
import { makeFinding } from '../findingFactory';
import { floatEpsilon } from '../judge';
import { formatEn, formatVn, moneyEn, moneyVn } from '../format';
import { planSum } from '../planSums';
import { cellOf } from '../describe';

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
  const percent = ctx.settings.DOI_UNG_TOI_THIEU;
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
    const { row, col } = rowCode ? cellOf(plan, rowCode, pair.local) : { row: plan.keyRow, col: plan.colOf(pair.local) };
    const ratio = (local.value / central.value) * 100;
    out.push(makeFinding('COUNTERPART_SHORTFALL', {
      sheet: plan.name, row, col, lineCode: TOTAL_ROW_CODE, sourceKey: pair.local,
      expected: required, actual: local.value, severity: ctx.settings.CAP === 'tinh' ? 'error' : 'warning',
      message: `Vốn đối ứng NSĐP ${pair.label} toàn kế hoạch = ${moneyVn(local.value, ctx.unit)} (${formatVn(ratio, 2)} % NSTW ${moneyVn(central.value, ctx.unit)}), thấp hơn mức tối thiểu ${formatVn(percent, 2)} % = ${moneyVn(required, ctx.unit)}; thiếu ${moneyVn(shortfall, ctx.unit)}. Theo Điều 6 QĐ 39/2021/QĐ-TTg, vốn NSTW năm sau bị cắt giảm tương ứng số thiếu này.`,
      messageEn: `Local counterpart (NSĐP) for ${pair.label} across the plan = ${moneyEn(local.value, ctx.unit)} (${formatEn(ratio, 2)} % of central ${moneyEn(central.value, ctx.unit)}), below the minimum ${formatEn(percent, 2)} % = ${moneyEn(required, ctx.unit)}; short by ${moneyEn(shortfall, ctx.unit)}. Under Decision 39/2021/QĐ-TTg Art. 6, next year's central allocation is cut by this shortfall.`,
    }));
  }
  return out;
};
