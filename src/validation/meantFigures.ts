import type { SourceKey } from '../domain/sources';
import { MONEY_UNITS, type MoneyUnit } from '../domain/units';
import type { Finding } from '../model/finding';
import type { UnitSlip } from './checkContext';
import { figureEn, figureVn } from './format';
import { meantKey, planSum, type MeantFigures, type SumWithTolerance } from './planSums';
import type { MoneySheet } from './workbookModel';

/**
 * A cell another check judged a unit slip counts, in the checks that quote totals
 * (allocation, counterpart), as the figure it was meant to hold: a finance officer wants
 * the real over-allocation or shortfall, not one computed from a figure the tool already
 * called a typing slip, nor a slip elsewhere hiding a real one. The findings name the
 * cells so counted, so she knows what the figures assume.
 */
export function meantOn(sheet: MoneySheet | undefined, slips: UnitSlip[] | undefined): UnitSlip[] {
  return sheet ? (slips ?? []).filter((s) => s.sheet === sheet.name) : [];
}

export function meantMap(slips: UnitSlip[]): MeantFigures {
  return new Map(slips.map((s) => [meantKey(s.lineCode, s.sourceKey), s.meant]));
}

/** The plan summed with its slips taken as meant (the plain sum when there are none). */
export function meantPlanSum(plan: MoneySheet, slips: UnitSlip[]): (code: string, key: SourceKey) => SumWithTolerance {
  return slips.length ? planSum(plan, meantMap(slips)) : planSum(plan);
}

/** The slips that change the plan's sum at a line and column (those summed into it). */
export function slipsIn(plan: MoneySheet, slips: UnitSlip[], code: string, key: SourceKey): UnitSlip[] {
  if (!slips.length) return [];
  const asRead = planSum(plan)(code, key).value;
  return slips.filter((s) => planSum(plan, meantMap([s]))(code, key).value !== asRead);
}

/** " Đã tính với H12 = 150.000.000 đồng (…)": appended to a finding judged with slips taken as meant. */
export function withMeantNote(f: Finding, slips: UnitSlip[], unit: MoneyUnit): Finding {
  if (!slips.length) return f;
  const u = MONEY_UNITS[unit];
  const vi = slips.map((s) => `${s.cell} = ${figureVn(s.meant, unit)}`).join(', ');
  const en = slips.map((s) => `${s.cell} = ${figureEn(s.meant, unit)}`).join(', ');
  return {
    ...f,
    message: `${f.message} Đã tính với ${vi} ${u.label} (số đúng ra của ô nghi nhầm đơn vị tính; sửa ô đó rồi kiểm tra lại).`,
    messageEn: `${f.messageEn} Computed with ${en} ${u.labelEn} (the figure meant in the cell flagged as a unit slip; fix that cell and check again).`,
  };
}
