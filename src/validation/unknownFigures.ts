import type { SourceKey } from '../domain/sources';
import type { Finding, FindingCode } from '../model/finding';
import { closure, counterpartKeys, isSumFinding, isUnder, ownPartsOf, standFor } from './echoes';
import { excessOf } from './slipMarks';
import { movedToOf } from './movedFigure';
import { floatEpsilon } from './judge';

/**
 * One slip, one finding, for slips whose meant figure nobody knows: text where an amount
 * belongs ("chưa có"), a date, a figure out of range, an error value (#REF! after a deleted
 * row), a negative figure. Excel counts such a cell as 0, as the date's serial number or as
 * itself, so every judgment over it — a total against its parts, the plan against its
 * allocation, the counterpart, Giải ngân against the plan, "a target but no money" — is made
 * on a figure she did not mean (a date typed over 1.200 triệu puts the plan 45.427 triệu over
 * its allocation). Such a judgment is dropped when some figure she may have meant (any amount
 * ≥ 0) would make it hold; one that fails whatever she meant stays. A judgment of the very
 * cell holding no figure (or no result: a circular reference) is dropped beside it. Giải
 * ngân's judgments are also re-made with a unit slip's figure meant (echoes.ts does the
 * plan's own), and its rates with a figure typed as text counted. Money under a % format is
 * listed here too, but its figure meant is the one shown and the tool's sums count it so:
 * only a formula total over it, which Excel sums with a hundredth, is its echo (`shortBy`).
 */

/**
 * Slips whose cell holds no figure of hers (with the line and column they stand on): text, an
 * absurd figure or an error value count as nothing, a date as its serial, a negative as itself (and
 * money under a % format as shown).
 */
export const UNKNOWN_FIGURES = new Set<FindingCode>([
  'NOT_A_NUMBER',
  'DATE_IN_AMOUNT',
  'PERCENT_IN_AMOUNT',
  'VALUE_OUT_OF_RANGE',
  'FORMULA_ERROR',
  'NEGATIVE_AMOUNT',
]);
/** Of those, the ones the checks count as read (`actual`): a date's serial, a percent as shown, a negative. */
const COUNTED_AS_READ = new Set<FindingCode>(['DATE_IN_AMOUNT', 'PERCENT_IN_AMOUNT', 'NEGATIVE_AMOUNT']);
/** Slips whose meant figure is known (echoes.ts explains the plan's judgments; Giải ngân's are here). */
const KNOWN_SLIPS = new Set<FindingCode>(['UNIT_SUSPECT', 'NUMBER_AS_TEXT', 'NUMBER_WITH_UNIT']);
/** Cells whose value is no result: a finding judging that cell's value is their echo. */
const NO_RESULT = new Set<FindingCode>(['CIRCULAR_REFERENCE', 'FORMULA_ERROR']);
const JUDGMENTS = new Set<FindingCode>([
  'SUM_MISMATCH',
  'OVER_ALLOCATION',
  'UNDER_ALLOCATION',
  'COUNTERPART_SHORTFALL',
  'DISBURSED_OVER_PLAN',
  'LOW_DISBURSEMENT',
  'INDICATOR_FUNDING_MISMATCH',
]);

/** Giải ngân's cells holding no figure of hers, and its figures typed as text. */
interface DisbursementSlips {
  slips: Finding[];
  texts: Finding[];
}

/** A Giải ngân judgment against the year plan its KH column takes from the plan sheet (by formula). */
export interface PlanBasis {
  /** The plan column the KH column looks up (DTPT or SN); none when KH is typed on Giải ngân. */
  planKey?: SourceKey;
  /** The column letters of the GN figures summed into `disbursed` (a slip there may be behind a low rate). */
  disbursedCol?: string;
  /** The plan figure's own cell on Giải ngân (KH or KD, A1): a slip there is behind the judgment. */
  planCell?: string;
  /** KH and GN as judged. */
  plan: number;
  disbursed: number;
}
const planBasis = new WeakMap<Finding, PlanBasis>();
export function setPlanBasis(f: Finding, basis: PlanBasis): void {
  planBasis.set(f, basis);
}

/** "A target but no money on this plan line" (INDICATOR_FUNDING_MISMATCH): the plan sheet and the line. */
const noMoneyLine = new WeakMap<Finding, { sheet: string; line: string }>();
export function setNoMoneyOn(f: Finding, sheet: string, line: string): void {
  noMoneyLine.set(f, { sheet, line });
}

interface Unknown {
  f: Finding;
  line: string;
  key: SourceKey;
  /** What the checks counted for the cell: a date's serial number, a negative figure, else nothing. */
  counted: number;
  /**
   * Whether the plan's sums count the cell: not her typed total over typed lines (the plan is summed
   * from the lines), which only its own relations judge.
   */
  summed: boolean;
  /**
   * Money under a % format: the figure meant is the one shown, and the tool's sums count it so;
   * only a formula total over it (Excel's sum) counts a hundredth of it: by `shortBy` less.
   */
  shortBy?: number;
}

/** A slip whose figure meant is known: its cell exceeds it by `excess`. */
interface Known {
  f: Finding;
  line: string;
  key: SourceKey;
  excess: number;
}

/** Judgments of a cell's own value: a slip in that very cell is behind them. */
const OF_THE_CELL = new Set<FindingCode>(['SUM_MISMATCH', 'DISBURSED_OVER_PLAN']);

/**
 * `isTypedTotal`: whether a slip's cell is a total she typed over typed lines (the plan's sums,
 * made from the lines, do not count it).
 */
export function dropEchoesOfUnknownFigures(
  findings: Finding[],
  counterpartPercent: number,
  isTypedTotal: (f: Finding) => boolean = () => false,
): Finding[] {
  const unknowns: Unknown[] = [];
  const knowns: Known[] = [];
  /** Cells holding no result or no figure of hers: a judgment of that very cell is their echo. */
  const noFigure = new Map<string, Finding>();
  /** The same on Giải ngân (no source key): by column letters. */
  const disbursementSlips: Finding[] = [];
  /** Figures typed as text on Giải ngân: Excel's totals skip them, the figure meant is the number read. */
  const disbursementTexts: Finding[] = [];
  for (const f of findings) {
    if (f.code === 'NUMBER_AS_TEXT' && f.lineCode && !f.sourceKey && f.actual) disbursementTexts.push(f);
    if (NO_RESULT.has(f.code) || UNKNOWN_FIGURES.has(f.code)) noFigure.set(`${f.sheet}!${f.cell}`, f);
    if (UNKNOWN_FIGURES.has(f.code) && f.lineCode && !f.sourceKey) disbursementSlips.push(f);
    if (UNKNOWN_FIGURES.has(f.code) && f.lineCode && f.sourceKey) {
      const counted = COUNTED_AS_READ.has(f.code) && f.actual !== undefined ? f.actual : 0;
      const shortBy = f.code === 'PERCENT_IN_AMOUNT' && f.actual !== undefined ? f.actual * 0.99 : undefined;
      unknowns.push({ f, line: f.lineCode, key: f.sourceKey, counted, summed: !isTypedTotal(f), shortBy });
    } else if (KNOWN_SLIPS.has(f.code) && f.lineCode && f.sourceKey) {
      const excess = excessOf(f);
      if (excess) knowns.push({ f, line: f.lineCode, key: f.sourceKey, excess });
    }
    // A figure typed in the wrong column: its column holds it too many, the column meant too few.
    const to = movedToOf(f);
    if (to && f.lineCode && f.sourceKey && f.actual) {
      knowns.push({ f, line: f.lineCode, key: f.sourceKey, excess: f.actual });
      knowns.push({ f, line: to.lineCode, key: to.sourceKey, excess: -f.actual });
    }
  }
  if (!unknowns.length && !knowns.length && !noFigure.size && !disbursementTexts.length) return findings;
  const dropped = new Set<Finding>();
  for (const f of findings) {
    // A total judged against its parts (a date there looks 1,000 × its parts) is a judgment too.
    if (!JUDGMENTS.has(f.code) && !isSumFinding(f)) continue;
    const by = OF_THE_CELL.has(f.code) || isSumFinding(f) ? noFigure.get(`${f.sheet}!${f.cell}`) : undefined;
    const onDisbursement = { slips: disbursementSlips, texts: disbursementTexts };
    const behind = by ? [by] : slipsBehind(f, unknowns, knowns, onDisbursement, counterpartPercent);
    if (!behind.length) continue;
    dropped.add(f);
    for (const s of behind) standFor(s, f);
  }
  return dropped.size ? findings.filter((f) => !dropped.has(f)) : findings;
}

/** The slips whose figure meant could make this judgment hold (none: it stands). */
function slipsBehind(
  f: Finding,
  unknowns: Unknown[],
  knowns: Known[],
  onDisbursement: DisbursementSlips,
  percent: number,
): Finding[] {
  const unfunded = noMoneyLine.get(f);
  // She may have meant money there: the line is not shown as unfunded beside the slip.
  if (unfunded)
    return unknowns
      .filter((u) => u.summed && !u.shortBy && u.f.sheet === unfunded.sheet && isUnder(u.line, unfunded.line))
      .map((u) => u.f);
  if (f.actual === undefined || f.expected === undefined || !f.lineCode) return [];
  const basis = planBasis.get(f);
  if (basis) return disbursementBehind(f, basis, unknowns, knowns, onDisbursement);
  if (!unknowns.length) return [];
  // The plan's sums (counterpart, allocation) are made from the lines, not from her typed totals.
  if (f.code === 'COUNTERPART_SHORTFALL')
    return counterpartBehind(
      f,
      unknowns.filter((u) => u.summed && !u.shortBy),
      percent,
    );
  const ownParts = ownPartsOf(f);
  if (!f.sourceKey && !ownParts) return [];
  const keys = ownParts ?? closure(f.sourceKey!);
  const sum = isSumFinding(f);
  const under = unknowns.filter(
    (u) =>
      isUnder(u.line, f.lineCode!) &&
      keys.has(u.key) &&
      // A typed allocation figure stands alone: a slip there echoes on its own line only.
      (u.f.sheet === f.sheet || u.line === f.lineCode) &&
      // A total against its parts: the parts on its sheet (her own sum column: its own row only).
      (!sum || (u.f.sheet === f.sheet && u.f.cell !== f.cell && (!ownParts || u.line === f.lineCode))) &&
      (sum || u.summed || u.f.sheet !== f.sheet) &&
      // The allocation check sums a figure under a % format as shown: as meant.
      (sum || !u.shortBy),
  );
  if (!under.length) return [];
  if (sum && under.every((u) => u.shortBy)) return percentBehindSum(f, under);
  const onPlanSide = under.filter((u) => u.f.sheet === f.sheet);
  // An allocation figure she did not mean (Giao vốn) could be anything: nothing is known.
  if (onPlanSide.length < under.length) return under.map((u) => u.f);
  // The summed side (the parts, the plan) is at least what it is without those cells.
  const lowest = (sum ? f.expected : f.actual) - onPlanSide.reduce((s, u) => s + u.counted, 0);
  const other = sum ? f.actual : f.expected;
  const eps = floatEpsilon(lowest, other);
  // Parts ≥ lowest > total, or plan ≥ lowest > allocation: it fails whatever she meant.
  const holdsAnyway = (sum || f.code === 'OVER_ALLOCATION') && lowest > other + eps;
  return holdsAnyway ? [] : under.map((u) => u.f);
}

/** A formula total over figures under a % format falls short of its parts by exactly what Excel misses. */
function percentBehindSum(f: Finding, under: Unknown[]): Finding[] {
  const missed = under.reduce((s, u) => s + u.shortBy!, 0);
  const diff = f.expected! - f.actual!;
  return Math.abs(diff - missed) <= floatEpsilon(diff, missed) ? under.map((u) => u.f) : [];
}

/** A shortfall stands when it holds even with the central figures she did not mean counted as nothing. */
function counterpartBehind(f: Finding, unknowns: Unknown[], percent: number): Finding[] {
  if (percent <= 0) return [];
  const { locals, centrals } = counterpartKeys(f);
  const onSheet = unknowns.filter((u) => u.f.sheet === f.sheet);
  const local = onSheet.filter((u) => locals.includes(u.key));
  const central = onSheet.filter((u) => centrals.includes(u.key));
  // Local money she did not mean could be enough: nothing is known.
  if (local.length) return [...local, ...central].map((u) => u.f);
  if (!central.length) return [];
  const required = f.expected! - (central.reduce((s, u) => s + u.counted, 0) * percent) / 100;
  return f.actual! < required - floatEpsilon(f.actual!, required) ? [] : central.map((u) => u.f);
}

/**
 * Giải ngân against a year plan taken from the plan sheet, which sums a cell she did not mean
 * (unknown) or a slip whose figure meant is known (a unit slip: the plan 1,000 × too large
 * puts the disbursement rate near 0 %).
 */
function disbursementBehind(
  f: Finding,
  basis: PlanBasis,
  unknowns: Unknown[],
  knowns: Known[],
  { slips: disbursementSlips, texts }: DisbursementSlips,
): Finding[] {
  const inDisbursed = (s: Finding) =>
    s.sheet === f.sheet && s.cell.replace(/\d+$/, '') === basis.disbursedCol && isUnder(s.lineCode!, f.lineCode!);
  const low = f.code === 'LOW_DISBURSEMENT' && !!basis.disbursedCol;
  // A GN figure she did not mean, summed into this rate: the GN meant could be higher.
  const disbursed = low ? disbursementSlips.filter(inDisbursed) : [];
  if (disbursed.length) return disbursed;
  // GN figures typed as text, which the totals skip: the rate with them counted, as meant.
  const typedAsText = low ? texts.filter(inDisbursed) : [];
  if (typedAsText.length && basis.plan > 0) {
    const meant = basis.disbursed + typedAsText.reduce((s, t) => s + t.actual!, 0);
    if ((meant / basis.plan) * 100 >= f.expected!) return typedAsText;
  }
  // The plan figure itself holds no figure of hers (a KD typed as text): over a plan she may have meant.
  const planSlip = basis.planCell && disbursementSlips.find((s) => s.sheet === f.sheet && s.cell === basis.planCell);
  if (planSlip && f.code !== 'LOW_DISBURSEMENT') return [planSlip];
  if (!basis.planKey) return [];
  const keys = closure(basis.planKey);
  const related = <T extends { f: Finding; line: string; key: SourceKey }>(s: T) =>
    s.f.sheet !== f.sheet && keys.has(s.key) && isUnder(s.line, f.lineCode!);
  const under = unknowns.filter(related);
  const known = knowns.filter(related);
  if (!under.length && !known.length) return [];
  const by = [...under, ...known].map((s) => s.f);
  // The plan with the known slips as meant; with the unknown cells as nothing, the least it can be.
  const meantPlan = basis.plan - known.reduce((s, k) => s + k.excess, 0);
  const lowestPlan = meantPlan - under.reduce((s, u) => s + u.counted, 0);
  if (f.code === 'LOW_DISBURSEMENT') {
    // A rate too low even against the smallest plan she may have meant stands.
    const highestRate = lowestPlan > 0 ? (basis.disbursed / lowestPlan) * 100 : Infinity;
    return highestRate < f.expected! ? [] : by;
  }
  // Disbursed above a plan that could be larger: nothing is known; above the plan meant: it stands.
  if (under.length) return by;
  return basis.disbursed > meantPlan + floatEpsilon(basis.disbursed, meantPlan) ? [] : by;
}
