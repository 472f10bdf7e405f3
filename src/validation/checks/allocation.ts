import { TOTAL_SOURCE_KEYS, TYPED_SOURCE_KEYS, type SourceKey } from '../../domain/sources';
import { catalog } from '../../domain/catalog';
import { DETAIL_CODE_PATTERN, TOTAL_ROW_CODE } from '../../domain/workbookLayout';
import type { Check } from '../checkContext';
import type { Finding, FindingCode } from '../../model/finding';
import { makeFinding } from '../findingFactory';
import { describeFactor, judge, unitHint, type Judgement } from '../judge';
import { MONEY_UNITS, type MoneyUnit } from '../../domain/units';
import { figureEn, figureVn, moneyEn, moneyVn } from '../format';
import { allocationFigure } from '../planSums';
import { meantMap, meantOn, meantPlanSum, slipsIn, withMeantNote } from '../meantFigures';
import { cellOf, refOf, tagOf } from '../describe';
import { KEY_INDEX, type MoneySheet } from '../workbookModel';
import { PARTS_OF, childCodes } from '../relations';
import { parentCode } from '../../domain/lines';
import { setExcess } from '../slipMarks';
import type { PlanSum } from '../planSums';
import type { CellNumber } from '../cellNumber';

const KEY_ORDER: SourceKey[] = [...TYPED_SOURCE_KEYS, ...TOTAL_SOURCE_KEYS.filter((k) => k !== 'TONG'), 'TONG'];
const TOTAL_KEYS = new Set<SourceKey>(TOTAL_SOURCE_KEYS);

/**
 * OVER_ALLOCATION (error) / UNDER_ALLOCATION (warning): the plan, summed to each line, vs
 * Giao vốn wherever an allocation is given (per typed source and total column; TONG vs
 * TONG). A difference already reported on a child line or a part column is not echoed
 * on its parents.
 */
export const checkAllocation: Check = (model, ctx) => {
  const plan = model.plan;
  const alloc = model.allocation;
  if (!plan || !alloc) return [];
  // Unit slips found by the other checks count as the figures meant (see meantFigures.ts).
  const planSlips = meantOn(plan, ctx.unitSlips);
  const allocSlips = meantOn(alloc, ctx.unitSlips);
  const allocMeant = meantMap(allocSlips);
  const sum = meantPlanSum(plan, planSlips);
  const reported = new Map<string, FindingCode>();
  const out: Finding[] = [];
  const codes = deepestFirst([...alloc.rowOf.keys()].filter((c) => plan.rowOf.has(c)));
  const keys = KEY_ORDER.filter((key) => plan.colOf(key) >= 0 && alloc.colOf(key) >= 0);
  for (const code of codes) {
    // Each line's rows looked up once, not per column and sheet (a province has 200,000 lines).
    const allocRow = alloc.rowOf.get(code)!;
    const planRow = plan.rowOf.get(code)!;
    for (const key of keys) {
      // A Giao vốn total column that is still its formula only adds up the parts given, which
      // are compared one by one; a total typed there is a given figure of its own.
      const cell: CellNumber = alloc.amountAt(allocRow, KEY_INDEX[key]);
      if (TOTAL_KEYS.has(key) && cell.state === 'number' && cell.formula) continue;
      const given = allocationFigure(alloc, code, key, allocMeant, allocRow);
      if (!given) continue;
      const planned = sum(code, key, planRow);
      const j = judge(planned.value, given.value, planned.tolerance + given.tolerance);
      if (j.verdict === 'equal') continue;
      const found: FindingCode =
        j.verdict === 'rounding'
          ? 'ROUNDING_DIFF'
          : j.verdict === 'unit'
            ? 'UNIT_SUSPECT'
            : j.diff > 0
              ? 'OVER_ALLOCATION'
              : 'UNDER_ALLOCATION';
      const echo = isEcho(alloc, code, key, found, reported);
      reported.set(`${code}|${key}`, found);
      const detail = DETAIL_CODE_PATTERN.exec(code);
      if (detail) reported.set(`${detail[1]}#details|${key}`, found);
      if (echo) continue;
      // Findings point at the plan (the user's work), except a unit slip of one typed allocation
      // figure against a plan summed from many lines, or against a plan that agrees with the
      // allocation typed above it: the single figure is the likely slip.
      const target: MoneySheet =
        found === 'UNIT_SUSPECT' &&
        cell.state === 'number' &&
        !cell.formula &&
        (childCodes(plan, code) || planAgreesAbove(alloc, code, key, sum))
          ? alloc
          : plan;
      const { row, col } = cellOf(target, code, key);
      const text = messageOf(
        found,
        j,
        { plan, alloc, target, code, key, planned: planned.value, given: given.value },
        ctx.unit,
      );
      const counted = [
        ...allocSlips.filter(
          (s) => s.lineCode === code && s.sourceKey === key && cell.state === 'number' && !cell.formula,
        ),
        ...slipsIn(plan, planSlips, code, key),
      ];
      const finding = withMeantNote(
        makeFinding(found, {
          sheet: target.name,
          row,
          col,
          lineCode: code,
          sourceKey: key,
          // `actual` is always the figure in the cell pointed at; `expected` the one it is compared with.
          ...(target === plan
            ? { expected: given.value, actual: planned.value }
            : { expected: planned.value, actual: given.value }),
          message: text[0],
          messageEn: text[1],
        }),
        counted,
        ctx.unit,
      );
      // The allocation figure meant is the given one in the sheet's unit: the totals above it on
      // Giao vốn that differ by the slip are its echoes (echoes.ts).
      // (judge's factor: the plan ≈ factor × the allocation).
      if (found === 'UNIT_SUSPECT' && target === alloc) setExcess(finding, given.value - given.value * j.factor!);
      out.push(finding);
    }
  }
  return out;
};

type AllocationCode = 'ROUNDING_DIFF' | 'UNIT_SUSPECT' | 'OVER_ALLOCATION' | 'UNDER_ALLOCATION';

interface Compared {
  plan: MoneySheet;
  alloc: MoneySheet;
  /** The sheet the finding points at; the message names the other one's cell. */
  target: MoneySheet;
  code: string;
  key: SourceKey;
  planned: number;
  given: number;
}

/**
 * "Kế hoạch vượt vốn giao 200 triệu đồng (200.000.000 đồng) — DA4 · ĐTPT NSTW: kế hoạch
 * 7.900, vốn giao 7.700 triệu đồng tại Giao vốn!F24." The point first, then the figures.
 */
function messageOf(found: FindingCode, j: Judgement, c: Compared, unit: MoneyUnit): [string, string] {
  const onPlan = c.target === c.plan;
  const tag = tagOf(c.code, c.key);
  const u = MONEY_UNITS[unit];
  const other = refOf(onPlan ? c.alloc : c.plan, c.code, c.key);
  const [first, second] = onPlan ? [c.planned, c.given] : [c.given, c.planned];
  const figures = onPlan
    ? `${tag.vi}: kế hoạch ${figureVn(first, unit)}, vốn giao ${figureVn(second, unit)} ${u.label} tại ${other}.`
    : `${tag.vi}: vốn giao ${figureVn(first, unit)}, kế hoạch ${figureVn(second, unit)} ${u.label} tại ${other}.`;
  const figuresEn = onPlan
    ? `${tag.en}: plan ${figureEn(first, unit)}, allocation ${figureEn(second, unit)} ${u.labelEn} at ${other}.`
    : `${tag.en}: allocation ${figureEn(first, unit)}, plan ${figureEn(second, unit)} ${u.labelEn} at ${other}.`;
  const diff = moneyVn(Math.abs(j.diff), unit);
  const diffEn = moneyEn(Math.abs(j.diff), unit);
  switch (found as AllocationCode) {
    case 'ROUNDING_DIFF':
      return [
        `Kế hoạch lệch vốn giao ${diff}, trong sai số làm tròn — ${figures}`,
        `Plan and allocation differ by ${diffEn}, within rounding — ${figuresEn}`,
      ];
    case 'UNIT_SUSPECT': {
      // Describe the cell the finding points at, relative to the other figure.
      const factor = onPlan ? j.factor! : 1 / j.factor!;
      const [self, than] = onPlan
        ? [
            { vi: 'Kế hoạch', en: 'The plan' },
            { vi: 'vốn giao', en: 'the allocation' },
          ]
        : [
            { vi: 'Vốn giao', en: 'The allocation' },
            { vi: 'kế hoạch', en: 'the plan' },
          ];
      const f = describeFactor(factor, than);
      const hint = unitHint(factor, unit);
      return [`${self.vi} ${f.vi}: ${hint.vi} — ${figures}`, `${self.en} is ${f.en}: it ${hint.en} — ${figuresEn}`];
    }
    case 'OVER_ALLOCATION':
      return [
        `Kế hoạch vượt vốn giao ${diff} — ${figures}`,
        `The plan exceeds the allocation by ${diffEn} — ${figuresEn}`,
      ];
    case 'UNDER_ALLOCATION':
      return [
        `Còn ${diff} vốn giao chưa phân bổ — ${figures}`,
        `${diffEn} of the allocation is not planned — ${figuresEn}`,
      ];
  }
}

/**
 * Codes ordered deepest line first, sheet order kept among equals (what a stable sort by
 * depth gives), grouped by depth instead of compared: a province has 200,000 codes.
 */
function deepestFirst(codes: string[]): string[] {
  const byDepth: string[][] = [];
  for (const code of codes) (byDepth[depthOf(code)] ??= []).push(code);
  return byDepth.reverse().flatMap((group) => group ?? []);
}

function depthOf(code: string): number {
  if (code === TOTAL_ROW_CODE) return 0;
  return catalog.byCode.get(code)?.depth ?? 5;
}

/**
 * Whether the plan agrees (not ~1,000× off) with the nearest figure typed on Giao vốn above
 * this line: a district gives money per project, so the project's typed allocation vouches
 * for the plan's magnitude.
 */
function planAgreesAbove(alloc: MoneySheet, code: string, key: SourceKey, sum: PlanSum): boolean {
  for (let line = lineAbove(code); line; line = lineAbove(line)) {
    const row = alloc.rowOf.get(line);
    if (row === undefined) continue;
    const n = alloc.amountAt(row, KEY_INDEX[key]);
    if (n.state !== 'number' || n.formula) continue;
    const planned = sum(line, key);
    return judge(planned.value, n.value, planned.tolerance + n.halfUnit).verdict !== 'unit';
  }
  return false;
}

function lineAbove(code: string): string | null {
  if (code === TOTAL_ROW_CODE) return null;
  const detail = DETAIL_CODE_PATTERN.exec(code);
  return detail ? detail[1] : (parentCode(code) ?? TOTAL_ROW_CODE);
}

/**
 * Same code already reported on a part column of this line, or on the nearest lines below
 * it (in this column) that carry an allocation.
 */
function isEcho(
  alloc: MoneySheet,
  code: string,
  key: SourceKey,
  found: FindingCode,
  reported: Map<string, FindingCode>,
): boolean {
  for (const p of PARTS_OF.get(key) ?? []) if (reported.get(`${code}|${p}`) === found) return true;
  if (reported.get(`${code}#details|${key}`) === found) return true;
  const children =
    code === TOTAL_ROW_CODE
      ? catalog.nodes.filter((n) => n.depth === 1).map((n) => n.code)
      : (catalog.byCode.get(code)?.children ?? []);
  for (const c of children) {
    if (reported.get(`${c}|${key}`) === found) return true;
    if (!allocationFigure(alloc, c, key) && isEcho(alloc, c, key, found, reported)) return true;
  }
  return false;
}
