import { PARTS_OF } from './relations';
import { catalog } from '../domain/catalog';
import { DETAIL_CODE_PATTERN, TOTAL_ROW_CODE } from '../domain/workbookLayout';
import type { SourceKey } from '../domain/sources';
import { SEVERITY_RANK, type Finding, type FindingCode } from '../model/finding';
import { floatEpsilon } from './judge';
import { slipSheetOf } from './summedInto';
import { excessOf, hasExcessSet, isAllocationSlip, isPartSlip, isTakenAsMeant, secondSlipOf } from './slipMarks';

/**
 * One slip, one finding. A unit slip, a typed total or a number stored as text makes
 * every total above it differ too (a plan line 1,000× too large puts the plan's total over
 * its allocation and the counterpart ratio under its minimum). Such echoes are dropped when
 * the slips below them explain their difference; a difference the slips do not explain
 * stays reported.
 */

/**
 * The slip stands for the echo it explains: a warning-level slip behind an over-allocation error
 * becomes an error, so --fail-on error still fails.
 */
export function standFor(slip: Finding, echo: Finding): void {
  if (SEVERITY_RANK[echo.severity] > SEVERITY_RANK[slip.severity]) slip.severity = echo.severity;
}

/** Findings that name the cell at fault, and by how much it exceeds the right figure. */
const EXPLAINERS = new Set<FindingCode>([
  'UNIT_SUSPECT',
  'HARDCODED_TOTAL',
  'SUM_MISMATCH',
  'NUMBER_AS_TEXT',
  'NUMBER_WITH_UNIT',
]);
const ECHOES = new Set<FindingCode>(['SUM_MISMATCH', 'OVER_ALLOCATION', 'UNDER_ALLOCATION', 'COUNTERPART_SHORTFALL']);
/** A unit slip's right figure is itself rounded: its excess is known to this fraction. */
const UNIT_SLACK = 0.005;

/** Findings of a total against its parts (a relation): their difference is minus the parts' excess. */
const sumFindings = new WeakMap<Finding, Set<SourceKey> | null>();

/**
 * Marks a finding as a total judged against its parts (a ×1,000 total is UNIT_SUSPECT, not
 * SUM_MISMATCH): slips among its parts may explain it. `partKeys`: for a sum column of her
 * own making (no source key), the source keys of the columns it adds up, on its own row.
 */
export function setSumRelation(f: Finding, partKeys?: SourceKey[]): void {
  sumFindings.set(f, partKeys ? new Set(partKeys) : null);
}

export function isSumFinding(f: Finding): boolean {
  return f.code === 'SUM_MISMATCH' || sumFindings.has(f);
}

/** For a total judged against parts of her own sum column: their source keys (undefined: not such a finding). */
export function ownPartsOf(f: Finding): Set<SourceKey> | undefined {
  return sumFindings.get(f) ?? undefined;
}

const isExplainer = (f: Finding) => EXPLAINERS.has(f.code) || isAllocationSlip(f);

function isEcho(f: Finding): boolean {
  return ECHOES.has(f.code) || sumFindings.has(f);
}

/** Giao vốn totals judged against parts not all given: only a total below them is a mismatch. */
const partialParts = new WeakSet<Finding>();
export function setPartialParts(f: Finding): void {
  partialParts.add(f);
}

/**
 * A slip that, as typed, puts the plan over its allocation (or under the counterpart
 * minimum) stands for that error even though the totals are judged with it taken as
 * meant: it is raised to the echo's severity, so --fail-on error still fails.
 * `asTypedEchoes`: those checks' findings judged on the figures as typed.
 */
export function raiseSlipsBehind(findings: Finding[], asTypedEchoes: Finding[], counterpartPercent: number): void {
  dropEchoes([...findings, ...asTypedEchoes], counterpartPercent, true);
  // The same slip seen as typed by the allocation check (plan ×1,000 its allocation) keeps that severity.
  const rank = new Map<string, Finding>();
  for (const f of findings) if (isTakenAsMeant(f)) rank.set(`${f.sheet}!${f.cell}`, f);
  for (const e of asTypedEchoes) {
    const slip = e.code === 'UNIT_SUSPECT' ? rank.get(`${e.sheet}!${e.cell}`) : undefined;
    if (slip) standFor(slip, e);
  }
}

const closureCache = new Map<SourceKey, Set<SourceKey>>();
/** A source key and every key summed into it (TONG → all). */
export function closure(key: SourceKey): Set<SourceKey> {
  let set = closureCache.get(key);
  if (!set) {
    set = new Set([key]);
    for (const p of PARTS_OF.get(key) ?? []) for (const k of closure(p)) set.add(k);
    closureCache.set(key, set);
  }
  return set;
}

function depth(code: string | undefined): number {
  if (!code || code === TOTAL_ROW_CODE) return 0;
  if (DETAIL_CODE_PATTERN.test(code)) return 9;
  return catalog.byCode.get(code)?.depth ?? 5;
}

export function isUnder(line: string, ancestor: string): boolean {
  return ancestor === TOTAL_ROW_CODE || line === ancestor || line.startsWith(`${ancestor}.`);
}

interface Slip {
  f: Finding;
  excess: number;
  /** The excess is an estimate (a unit slip against its column's median): allow its rounding. */
  unit: boolean;
  /** The column of the slip's cell (a swap's second cell: the other column). */
  key: SourceKey;
}

/**
 * Drops the echoes of slips. `counterpartPercent` lets a counterpart shortfall be
 * re-judged without the slips' excess.
 */
export function dropEchoes(findings: Finding[], counterpartPercent: number, asTyped = false): Finding[] {
  const order = findings
    .map((f, i) => ({ f, i }))
    .filter(({ f }) => isEcho(f) || isExplainer(f))
    .sort((a, b) => depth(b.f.lineCode) - depth(a.f.lineCode) || explainsFirst(a.f) - explainsFirst(b.f));
  const slips: Slip[] = [];
  const dropped = new Set<Finding>();
  for (const { f } of order) {
    const by = isEcho(f) ? explained(f, slips, counterpartPercent, asTyped) : null;
    if (by) {
      dropped.add(f);
      for (const s of by) standFor(s.f, f);
      continue;
    }
    const excess = isExplainer(f) ? excessOf(f) : null;
    if (excess !== null && f.lineCode && f.sourceKey && excess !== 0) {
      slips.push({ f, excess, unit: hasExcessSet(f), key: f.sourceKey });
      const second = secondSlipOf(f);
      if (second) slips.push({ f, excess: second.excess, unit: false, key: second.sourceKey });
    }
  }
  // A second look with every slip of the sheet known: on one line, her row sum ("Tổng cộng", column C)
  // comes before the total column it adds (G, typed 1,000 × too large) and was judged without it.
  const known = slips.filter((s) => !dropped.has(s.f));
  for (const { f } of order) {
    if (dropped.has(f) || !isEcho(f)) continue;
    const by = explained(f, known, counterpartPercent, asTyped);
    if (!by) continue;
    dropped.add(f);
    for (const s of by) standFor(s.f, f);
  }
  return dropped.size ? findings.filter((f) => !dropped.has(f)) : findings;
}

/**
 * On one line, the typed cells' slips first, then totals against their parts (which a
 * typed slip beside them explains), then the pure echoes (allocation, counterpart).
 */
function explainsFirst(f: Finding): number {
  if (isSumFinding(f)) return 1;
  return EXPLAINERS.has(f.code) ? 0 : 2;
}

/**
 * The tool sums the plan from its typed cells, so a plan slip there (unit, text) echoes on
 * every line above; a typed allocation figure stands alone, so an allocation slip echoes
 * only on its own line (its total columns). A sheet's own totals echo the slips among
 * their parts.
 */
function explained(f: Finding, slips: Slip[], percent: number, asTyped: boolean): Slip[] | null {
  if (f.code === 'COUNTERPART_SHORTFALL') return counterpartExplained(f, slips, percent, asTyped);
  const ownParts = sumFindings.get(f);
  if (!f.lineCode || f.actual === undefined || f.expected === undefined) return null;
  if (!f.sourceKey && !ownParts) return null;
  const keys = ownParts ?? closure(f.sourceKey!);
  let predicted = 0;
  let slack = 0;
  const by: Slip[] = [];
  for (const s of slips) {
    if (s.f === f || !isUnder(s.f.lineCode!, f.lineCode) || !keys.has(s.key)) continue;
    // Her own sum column adds up cells of its own row only.
    if (ownParts && s.f.lineCode !== f.lineCode) continue;
    const sameCell = s.f.lineCode === f.lineCode && s.key === f.sourceKey;
    if (isSumFinding(f)) {
      // A figure typed as text ("1.120 tr") is in no sum; a total she typed still counts it as meant.
      if (s.f.sheet !== f.sheet || sameCell) continue;
      predicted -= s.excess;
    } else if (!asTyped && isTakenAsMeant(s.f)) {
      // The allocation check judged with this slip taken as meant: its difference is not the slip's.
      continue;
    } else if (slipSheetOf(s.f) === f.sheet) {
      if (!isPlanSlip(s.f)) continue;
      predicted += s.excess;
    } else {
      if (s.f.lineCode !== f.lineCode || !(ALLOCATION_SLIPS.has(s.f.code) || isAllocationSlip(s.f))) continue;
      // The allocation figure compared with is itself flagged: comparing the plan with it says nothing more.
      if (sameCell) return [s];
      predicted -= s.excess;
    }
    if (s.unit) slack += UNIT_SLACK * Math.abs(s.excess);
    by.push(s);
  }
  const diff = f.actual - f.expected;
  const eps = slack + floatEpsilon(diff, predicted);
  // With the slips as meant, a total over parts not all given (Giao vốn) is what it may be.
  if (by.length && partialParts.has(f) && diff - predicted >= -eps) return by;
  return by.length && Math.abs(diff - predicted) <= eps ? by : null;
}

/** Slips that change the plan as the tool sums it (from typed cells, text left out). */
const PLAN_SLIPS = new Set<FindingCode>(['UNIT_SUSPECT', 'NUMBER_AS_TEXT', 'NUMBER_WITH_UNIT']);
const isPlanSlip = (f: Finding) => PLAN_SLIPS.has(f.code) || isPartSlip(f);
/** Slips in a given allocation figure itself. */
const ALLOCATION_SLIPS = new Set<FindingCode>(['UNIT_SUSPECT', 'SUM_MISMATCH']);

const CENTRAL_OF: Partial<Record<SourceKey, SourceKey>> = { DTPT_NSDP: 'DTPT_NSTW', SN_NSDP: 'SN_NSTW' };

/** A counterpart shortfall's local keys (its own, or both capital types') and their central ones. */
export function counterpartKeys(f: Finding): { locals: SourceKey[]; centrals: SourceKey[] } {
  const locals: SourceKey[] = f.sourceKey ? [f.sourceKey] : ['DTPT_NSDP', 'SN_NSDP'];
  return { locals, centrals: locals.map((k) => CENTRAL_OF[k]).filter((k): k is SourceKey => !!k) };
}

/** The shortfall re-judged with the plan's slips counted (but those the check already took as meant). */
function counterpartExplained(f: Finding, slips: Slip[], percent: number, asTyped: boolean): Slip[] | null {
  if (f.actual === undefined || f.expected === undefined || percent <= 0) return null;
  const { locals, centrals } = counterpartKeys(f);
  let central = (f.expected * 100) / percent;
  let local = f.actual;
  const by: Slip[] = [];
  for (const s of slips) {
    // The counterpart check itself judges with unit slips taken as meant (ctx.unitSlips).
    if (slipSheetOf(s.f) !== f.sheet || !isPlanSlip(s.f) || (!asTyped && isTakenAsMeant(s.f))) continue;
    if (centrals.includes(s.key)) central -= s.excess;
    else if (locals.includes(s.key)) local -= s.excess;
    else continue;
    by.push(s);
  }
  return by.length && local >= (central * percent) / 100 - floatEpsilon(local, central) ? by : null;
}
