import type { SourceKey } from '../domain/sources';
import { SEVERITY_RANK, type Finding, type FindingCode } from '../model/finding';
import { closure, isSumFinding, isUnder, ownPartsOf } from './echoes';
import { floatEpsilon } from './judge';

/**
 * One slip, one finding, for slips whose meant figure nobody knows: text where an amount
 * belongs ("chưa có"), a date, a figure out of range. Excel counts such a cell as 0 or as the
 * date's serial number, so every judgment over it — a total against its parts, the plan
 * against its allocation, the counterpart, disbursement against the plan — is made on a
 * figure she did not mean (a date typed over 1.200 triệu puts the plan 45.427 triệu over its
 * allocation); an error value in an amount cell (#REF! after a deleted row) likewise. Such a judgment is dropped when some figure she may have meant (any amount
 * ≥ 0) would make it hold; one that fails whatever she meant stays. A circular reference or
 * an error value is no result at all: a judgment of that very cell is dropped too.
 */

/** Slips whose cell holds no figure of hers (with the line and column they stand on; an error value counts as nothing). */
const UNKNOWN_FIGURES = new Set<FindingCode>(['NOT_A_NUMBER', 'DATE_IN_AMOUNT', 'VALUE_OUT_OF_RANGE', 'FORMULA_ERROR']);
/** Cells whose value is no result: a finding judging that cell's value is their echo. */
const NO_RESULT = new Set<FindingCode>(['CIRCULAR_REFERENCE', 'FORMULA_ERROR']);
const JUDGMENTS = new Set<FindingCode>([
  'SUM_MISMATCH',
  'OVER_ALLOCATION',
  'UNDER_ALLOCATION',
  'COUNTERPART_SHORTFALL',
  'DISBURSED_OVER_PLAN',
  'LOW_DISBURSEMENT',
]);
const CENTRAL_OF: Partial<Record<SourceKey, SourceKey>> = { DTPT_NSDP: 'DTPT_NSTW', SN_NSDP: 'SN_NSTW' };

/** A Giải ngân judgment against the year plan its KH column takes from the plan sheet (by formula). */
export interface PlanBasis {
  /** The plan column the KH column looks up (DTPT or SN). */
  planKey: SourceKey;
  /** KH and GN as judged. */
  plan: number;
  disbursed: number;
}
const planBasis = new WeakMap<Finding, PlanBasis>();
export function setPlanBasis(f: Finding, basis: PlanBasis): void {
  planBasis.set(f, basis);
}

interface Unknown {
  f: Finding;
  line: string;
  key: SourceKey;
  /** What the checks counted for the cell: a date's serial number, else nothing. */
  counted: number;
}

export function dropEchoesOfUnknownFigures(findings: Finding[], counterpartPercent: number): Finding[] {
  const unknowns: Unknown[] = [];
  const noResult = new Map<string, Finding>();
  for (const f of findings) {
    if (UNKNOWN_FIGURES.has(f.code) && f.lineCode && f.sourceKey) {
      const counted = f.code === 'DATE_IN_AMOUNT' && f.actual !== undefined ? f.actual : 0;
      unknowns.push({ f, line: f.lineCode, key: f.sourceKey, counted });
    }
    if (NO_RESULT.has(f.code)) noResult.set(`${f.sheet}!${f.cell}`, f);
  }
  if (!unknowns.length && !noResult.size) return findings;
  const dropped = new Set<Finding>();
  for (const f of findings) {
    if (!JUDGMENTS.has(f.code)) continue;
    const by = noResult.get(`${f.sheet}!${f.cell}`);
    const behind = by ? [by] : unknownsBehind(f, unknowns, counterpartPercent);
    if (!behind.length) continue;
    dropped.add(f);
    // The slip stands for what it hides: --fail-on error still fails on it.
    for (const s of behind) if (SEVERITY_RANK[f.severity] > SEVERITY_RANK[s.severity]) s.severity = f.severity;
  }
  return dropped.size ? findings.filter((f) => !dropped.has(f)) : findings;
}

/** The slips whose unknown figure could make this judgment hold (none: it stands). */
function unknownsBehind(f: Finding, unknowns: Unknown[], percent: number): Finding[] {
  if (f.actual === undefined || f.expected === undefined || !f.lineCode) return [];
  const basis = planBasis.get(f);
  if (basis) return disbursementBehind(f, basis, unknowns);
  if (f.code === 'COUNTERPART_SHORTFALL') return counterpartBehind(f, unknowns, percent);
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
      (!sum || (u.f.sheet === f.sheet && u.f.cell !== f.cell && (!ownParts || u.line === f.lineCode))),
  );
  if (!under.length) return [];
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

/** A shortfall stands when it holds even with the central figures she did not mean counted as nothing. */
function counterpartBehind(f: Finding, unknowns: Unknown[], percent: number): Finding[] {
  if (percent <= 0) return [];
  const locals: SourceKey[] = f.sourceKey ? [f.sourceKey] : ['DTPT_NSDP', 'SN_NSDP'];
  const centrals = locals.map((k) => CENTRAL_OF[k]).filter((k): k is SourceKey => !!k);
  const onSheet = unknowns.filter((u) => u.f.sheet === f.sheet);
  const local = onSheet.filter((u) => locals.includes(u.key));
  const central = onSheet.filter((u) => centrals.includes(u.key));
  // Local money she did not mean could be enough: nothing is known.
  if (local.length) return [...local, ...central].map((u) => u.f);
  if (!central.length) return [];
  const required = f.expected! - (central.reduce((s, u) => s + u.counted, 0) * percent) / 100;
  return f.actual! < required - floatEpsilon(f.actual!, required) ? [] : central.map((u) => u.f);
}

/** Giải ngân against a year plan that sums a cell she did not mean. */
function disbursementBehind(f: Finding, basis: PlanBasis, unknowns: Unknown[]): Finding[] {
  const keys = closure(basis.planKey);
  const under = unknowns.filter((u) => u.f.sheet !== f.sheet && keys.has(u.key) && isUnder(u.line, f.lineCode!));
  if (!under.length) return [];
  // Disbursed above a plan that could be larger: nothing is known.
  if (f.code !== 'LOW_DISBURSEMENT') return under.map((u) => u.f);
  // A rate too low even against the smallest plan she may have meant stands.
  const lowestPlan = basis.plan - under.reduce((s, u) => s + u.counted, 0);
  const highestRate = lowestPlan > 0 ? (basis.disbursed / lowestPlan) * 100 : Infinity;
  return highestRate < f.expected! ? [] : under.map((u) => u.f);
}
