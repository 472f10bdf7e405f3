import { compareDates, formatCalendarDate } from '../../domain/asOfDate';
import { DISBURSEMENT_SCHEDULE, resolveDate, type DisbursementMilestone } from '../../domain/disbursement';
import { CAPITAL_COLUMNS, CAPITAL_TYPES } from '../../domain/disbursementColumns';
import { TOTAL_ROW_CODE } from '../../domain/workbookLayout';
import type { CheckContext } from '../checkContext';
import type { WorkbookModel } from '../workbookModel';
import type { Finding } from '../../model/finding';
import { makeFinding } from '../findingFactory';
import { asOfDateOf, percentEn, percentVn } from '../disbursementDescribe';
import { setPlanBasis } from '../unknownFigures';
import { columnLetter } from '../../model/a1';

const CAPITAL_NAME = { DTPT: { vi: 'vốn ĐTPT', en: 'investment' }, SN: { vi: 'vốn SN', en: 'recurrent funds' } };

/**
 * LOW_DISBURSEMENT: at the as-of date, the grand total's year-plan rate (GN/KH) of each
 * capital type is below the latest milestone passed in DISBURSEMENT_SCHEDULE (data in
 * src/domain/disbursement.ts; its severity is the milestone's).
 */
export function checkLowDisbursement(
  model: WorkbookModel,
  ctx: CheckContext,
  schedule: DisbursementMilestone[] = DISBURSEMENT_SCHEDULE,
): Finding[] {
  const sheet = model.disbursement;
  const asOf = asOfDateOf(ctx);
  if (!sheet || !asOf || asOf === 'invalid') return [];
  const passed = schedule.filter((m) => compareDates(asOf, resolveDate(ctx.settings.year, m.from)) >= 0);
  const milestone = passed.sort((a, b) => b.minPercent - a.minPercent)[0];
  const row = sheet.rowOf.get(TOTAL_ROW_CODE);
  if (!milestone || row === undefined) return [];
  const out: Finding[] = [];
  for (const type of CAPITAL_TYPES) {
    const c = CAPITAL_COLUMNS[type];
    const kh = sheet.amount(TOTAL_ROW_CODE, c.plan);
    const gn = sheet.amount(TOTAL_ROW_CODE, c.disbursed);
    if (kh.state !== 'number' || kh.value <= 0) continue;
    const rate = ((gn.state === 'number' ? gn.value : 0) / kh.value) * 100;
    if (rate >= milestone.minPercent) continue;
    const name = CAPITAL_NAME[type];
    const f = makeFinding('LOW_DISBURSEMENT', {
      sheet: sheet.name,
      row,
      col: sheet.colOf(c.rate),
      lineCode: TOTAL_ROW_CODE,
      severity: milestone.severity,
      expected: milestone.minPercent,
      actual: rate,
      message: `Giải ngân kế hoạch năm ${name.vi} đạt ${percentVn(rate)} đến ngày ${formatCalendarDate(asOf)}, dưới mốc ${milestone.minPercent}% của ngày ${milestone.label}.`,
      messageEn: `The year plan's ${name.en} disbursement is ${percentEn(rate)} at ${formatCalendarDate(asOf)}, below the ${milestone.minPercent}% milestone of ${milestone.label}.`,
    });
    // A slip in the plan (KH summed from it by formula) or in the GN column may be behind this (unknownFigures.ts).
    setPlanBasis(f, {
      ...(kh.formula ? { planKey: type } : {}),
      plan: kh.value,
      disbursed: gn.state === 'number' ? gn.value : 0,
      disbursedCol: columnLetter(sheet.colOf(c.disbursed)),
    });
    out.push(f);
  }
  return out;
}
