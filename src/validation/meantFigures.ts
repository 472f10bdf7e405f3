import type { SourceKey } from '../domain/sources';
import { MONEY_UNITS, type MoneyUnit } from '../domain/units';
import type { Finding } from '../model/finding';
import type { UnitSlip } from './checkContext';
import { figureEn, figureVn } from './format';
import { meantKey, planSum, type MeantFigures, type PlanSum } from './planSums';
import type { MoneySheet } from './workbookModel';
import { PARTS_OF } from './relations';
import { TOTAL_ROW_CODE } from '../domain/workbookLayout';
import { floatEpsilon } from './judge';

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
export function meantPlanSum(plan: MoneySheet, slips: UnitSlip[]): PlanSum {
  return slips.length ? planSum(plan, meantMap(slips)) : planSum(plan);
}

const countedCache = new WeakMap<UnitSlip, boolean>();
/** Whether the tool sums the slip's cell at all (a parent's total typed over typed children it does not). */
function isSummed(plan: MoneySheet, s: UnitSlip): boolean {
  let counted = countedCache.get(s);
  if (counted === undefined) {
    const asRead = planSum(plan)(s.lineCode, s.sourceKey).value;
    counted = planSum(plan, meantMap([s]))(s.lineCode, s.sourceKey).value !== asRead;
    countedCache.set(s, counted);
  }
  return counted;
}

/** The slips summed into the plan at a line and column (those whose meant figure changes it). */
export function slipsIn(plan: MoneySheet, slips: UnitSlip[], code: string, key: SourceKey): UnitSlip[] {
  if (!slips.length) return [];
  const keys = keysIn(key);
  const summed = slips.filter(
    (s) =>
      keys.has(s.sourceKey) &&
      (code === TOTAL_ROW_CODE || s.lineCode === code || s.lineCode.startsWith(`${code}.`)) &&
      isSummed(plan, s),
  );
  return changingTotal(summed);
}

/**
 * Of the slips summed into one total, those whose meant figures change it. A move is two slips on
 * one line (the cell typed, the cell meant): a total over both columns stays as it is, so neither
 * is named on it; a total over one of them changes by the figure.
 */
export function changingTotal(summed: UnitSlip[]): UnitSlip[] {
  return summed.filter((s) => {
    if (s.kind !== 'moved') return true;
    const net = summed
      .filter((o) => o.kind === 'moved' && o.lineCode === s.lineCode)
      .reduce((a, o) => a + o.meant - o.actual, 0);
    return Math.abs(net) > floatEpsilon(s.actual, s.meant);
  });
}

/** A source key and every key summed into it (TONG → all). */
function keysIn(key: SourceKey): Set<SourceKey> {
  const set = new Set<SourceKey>([key]);
  for (const p of PARTS_OF.get(key) ?? []) for (const k of keysIn(p)) set.add(k);
  return set;
}

/** " Đã tính với H12 = 150.000.000 đồng (…)": appended to a finding judged with slips taken as meant. */
export function withMeantNote(f: Finding, slips: UnitSlip[], unit: MoneyUnit): Finding {
  if (!slips.length) return f;
  const u = MONEY_UNITS[unit];
  const vi = slips.map((s) => `${s.cell} = ${figureVn(s.meant, unit)}`).join(', ');
  const en = slips.map((s) => `${s.cell} = ${figureEn(s.meant, unit)}`).join(', ');
  const why = whyMeant(slips);
  return {
    ...f,
    message: `${f.message} Đã tính với ${vi} ${u.label} (${why.vi}; ${why.fixVi}).`,
    messageEn: `${f.messageEn} Computed with ${en} ${u.labelEn} (${why.en}; ${why.fixEn}).`,
  };
}

/** What the figures taken as meant are: a unit slip's right figure, a number stored as text, what her sums count. */
function whyMeant(slips: UnitSlip[]): { vi: string; en: string; fixVi: string; fixEn: string } {
  const kinds = new Set(slips.map((s) => s.kind ?? 'unit'));
  const vi = [
    kinds.has('unit') ? 'số đúng ra của ô nghi nhầm đơn vị tính' : '',
    kinds.has('text') ? 'số của ô lưu dạng văn bản, Excel không cộng' : '',
    kinds.has('typo') ? 'số các ô tổng của dòng và cột tính cho ô đó' : '',
    kinds.has('moved') ? 'số gõ nhầm cột, tính ở cột các ô tổng tính nó' : '',
    kinds.has('unitFigure') ? 'tổng các đơn vị với số đúng ra của số nghi nhầm đơn vị tính của đơn vị cấp dưới' : '',
  ];
  const en = [
    kinds.has('unit') ? 'the figure meant in the cell flagged as a unit slip' : '',
    kinds.has('text') ? 'the number in the cell stored as text, which Excel skips' : '',
    kinds.has('typo') ? 'the figure the sums of its row and column count for that cell' : '',
    kinds.has('moved') ? 'a figure typed in the wrong column, counted in the one her sums count it in' : '',
    kinds.has('unitFigure') ? "the units' sum with a lower unit's suspected unit slip taken as meant" : '',
  ];
  // A lower unit's figure is fixed in the unit's own workbook, then consolidated again.
  const theirs = kinds.size === 1 && kinds.has('unitFigure');
  return {
    vi: vi.filter(Boolean).join('; '),
    en: en.filter(Boolean).join('; '),
    fixVi: theirs ? 'đơn vị sửa rồi tổng hợp lại' : 'sửa ô đó rồi kiểm tra lại',
    fixEn: theirs ? 'have the unit fix it, then consolidate again' : 'fix that cell and check again',
  };
}
