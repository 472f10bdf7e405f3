import { SOURCES, TOTAL_SOURCE_KEYS, TYPED_SOURCE_KEYS, type SourceKey } from '../../domain/sources';
import { catalog } from '../../domain/catalog';
import { DETAIL_CODE_PATTERN, TOTAL_ROW_CODE } from '../../domain/workbookLayout';
import type { Check } from '../checkContext';
import type { Finding, FindingCode } from '../finding';
import { makeFinding } from '../findingFactory';
import { describeFactor, judge, unitHint, type Judgement } from '../judge';
import type { MoneyUnit } from '../../domain/units';
import { moneyEn, moneyVn } from '../format';
import { allocationFigure, planSum } from '../planSums';
import { cellOf, whereEn, whereVn } from '../describe';
import type { MoneySheet } from '../workbookModel';
import { childCodes } from '../relations';

const KEY_ORDER: SourceKey[] = [...TYPED_SOURCE_KEYS, ...TOTAL_SOURCE_KEYS.filter((k) => k !== 'TONG'), 'TONG'];
const TOTAL_KEYS = new Set<SourceKey>(TOTAL_SOURCE_KEYS);
const PARTS_OF = new Map(SOURCES.map((s) => [s.key, s.parts]));

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
  const sum = planSum(plan);
  const reported = new Map<string, FindingCode>();
  const out: Finding[] = [];
  const codes = [...alloc.rowOf.keys()].filter((c) => plan.rowOf.has(c)).sort((a, b) => depthOf(b) - depthOf(a));
  for (const code of codes) {
    for (const key of KEY_ORDER) {
      if (plan.colOf(key) < 0 || alloc.colOf(key) < 0) continue;
      // A Giao vốn total column that is still its formula only adds up the parts given, which
      // are compared one by one; a total typed there is a given figure of its own.
      const cell = alloc.amount(code, key);
      if (TOTAL_KEYS.has(key) && cell.state === 'number' && cell.formula) continue;
      const given = allocationFigure(alloc, code, key);
      if (!given) continue;
      const planned = sum(code, key);
      const j = judge(planned.value, given.value, planned.tolerance + given.tolerance);
      if (j.verdict === 'equal') continue;
      const found: FindingCode = j.verdict === 'rounding' ? 'ROUNDING_DIFF' : j.verdict === 'unit' ? 'UNIT_SUSPECT' : j.diff > 0 ? 'OVER_ALLOCATION' : 'UNDER_ALLOCATION';
      const echo = isEcho(alloc, code, key, found, reported);
      reported.set(`${code}|${key}`, found);
      const detail = DETAIL_CODE_PATTERN.exec(code);
      if (detail) reported.set(`${detail[1]}#details|${key}`, found);
      if (echo) continue;
      // Findings point at the plan (the user's work), except a unit slip between one typed
      // allocation figure and a plan summed from many lines: the single figure is the likely slip.
      const target = found === 'UNIT_SUSPECT' && cell.state === 'number' && !cell.formula && childCodes(plan, code) ? alloc : plan;
      const { row, col } = cellOf(target, code, key);
      const head = `${whereVn(plan, code, key)} = ${moneyVn(planned.value, ctx.unit)}, vốn giao ${whereVn(alloc, code, key)} = ${moneyVn(given.value, ctx.unit)}`;
      const headEn = `${whereEn(plan, code, key)} = ${moneyEn(planned.value, ctx.unit)}, allocation ${whereEn(alloc, code, key)} = ${moneyEn(given.value, ctx.unit)}`;
      const tail = tailOf(found, j, ctx.unit);
      out.push(makeFinding(found, {
        sheet: target.name, row, col, lineCode: code, sourceKey: key, expected: given.value, actual: planned.value,
        message: `${head}: ${tail[0]}`, messageEn: `${headEn}: ${tail[1]}`,
      }));
    }
  }
  return out;
};

type AllocationCode = 'ROUNDING_DIFF' | 'UNIT_SUSPECT' | 'OVER_ALLOCATION' | 'UNDER_ALLOCATION';

/** The end of the message: what the difference means, Vietnamese and English. */
function tailOf(found: FindingCode, j: Judgement, unit: MoneyUnit): [string, string] {
  const diff = moneyVn(Math.abs(j.diff), unit);
  const diffEn = moneyEn(Math.abs(j.diff), unit);
  switch (found as AllocationCode) {
    case 'ROUNDING_DIFF':
      return [`chênh lệch ${diff} nằm trong sai số làm tròn.`, `the difference ${diffEn} is within rounding.`];
    case 'UNIT_SUSPECT': {
      const f = describeFactor(1 / j.factor!);
      const hint = unitHint(1 / j.factor!, unit);
      return [
        `vốn giao ${f.vi} so với kế hoạch — số vốn giao ${hint.vi} (hoặc kế hoạch bị nhập lệch đơn vị).`,
        `the allocation is ${f.en} than the plan — it ${hint.en} (or the plan is in another unit).`,
      ];
    }
    case 'OVER_ALLOCATION':
      return [`kế hoạch vượt vốn giao ${diff}.`, `the plan exceeds the allocation by ${diffEn}.`];
    case 'UNDER_ALLOCATION':
      return [`còn ${diff} vốn giao chưa phân bổ.`, `${diffEn} of the allocation is not planned.`];
  }
}

function depthOf(code: string): number {
  if (code === TOTAL_ROW_CODE) return 0;
  return catalog.byCode.get(code)?.depth ?? 5;
}

/**
 * Same code already reported on a part column of this line, or on the nearest lines below
 * it (in this column) that carry an allocation.
 */
function isEcho(alloc: MoneySheet, code: string, key: SourceKey, found: FindingCode, reported: Map<string, FindingCode>): boolean {
  for (const p of PARTS_OF.get(key) ?? []) if (reported.get(`${code}|${p}`) === found) return true;
  if (reported.get(`${code}#details|${key}`) === found) return true;
  const children = code === TOTAL_ROW_CODE
    ? catalog.nodes.filter((n) => n.depth === 1).map((n) => n.code)
    : catalog.byCode.get(code)?.children ?? [];
  for (const c of children) {
    if (reported.get(`${c}|${key}`) === found) return true;
    if (!allocationFigure(alloc, c, key) && isEcho(alloc, c, key, found, reported)) return true;
  }
  return false;
}
