import { DISB_AMOUNT_KEYS, PLAN_SOURCE_OF } from '../../domain/disbursementColumns';
import type { DisbursementColumnKey } from '../../domain/workbookLayout';
import { MONEY_UNITS } from '../../domain/units';
import type { Finding } from '../../model/finding';
import type { CheckContext } from '../checkContext';
import { makeFinding } from '../findingFactory';
import { judge, type Judgement } from '../judge';
import { figureEn, figureVn, moneyEn, moneyVn } from '../format';
import { DISB_KEY_INDEX, disbursementChildren, type DisbursementSheet } from '../disbursementModel';
import { disbTag } from '../disbursementDescribe';
import type { WorkbookModel } from '../workbookModel';

/**
 * Parents and TONG of Giải ngân against the sum of their rows (the template's SUM formulas),
 * for SUM_MISMATCH (formula totals that do not add up, e.g. a SUM range left short) and
 * HARDCODED_TOTAL (a number typed over a total). Rates are RATE_MISMATCH's.
 */
interface Result {
  code: string;
  key: DisbursementColumnKey;
  row: number;
  col: number;
  total: number;
  sum: number;
  typed: boolean;
  judgement: Judgement;
  parts: number;
}

/** Shared by SUM_MISMATCH and HARDCODED_TOTAL: each judges its half of the same totals. */
const resultsCache = new WeakMap<DisbursementSheet, Result[]>();

function results(sheet: DisbursementSheet): Result[] {
  const cached = resultsCache.get(sheet);
  if (cached) return cached;
  const out: Result[] = [];
  for (const [code, row] of sheet.rowOf) {
    const children = disbursementChildren(sheet, code);
    if (!children) continue;
    // Read by row: one lookup per child, not one per child and column.
    const childRows = children.map((c) => sheet.rowOf.get(c)!);
    for (const key of DISB_AMOUNT_KEYS) {
      const k = DISB_KEY_INDEX.get(key)!;
      const total = sheet.amountAt(row, k);
      if (total.state !== 'number' || sheet.colOf(key) < 0) continue;
      let sum = 0;
      let tolerance = total.halfUnit;
      let error = false;
      for (const childRow of childRows) {
        const n = sheet.amountAt(childRow, k);
        if (n.state === 'error') error = true;
        if (n.state !== 'number' || (total.formula && n.asText)) continue;
        // A formula sums what Excel stores: a hundredth of a figure typed under a % format
        // (PERCENT_IN_AMOUNT's finding, at the cell where it was typed).
        sum += total.formula && n.percent ? n.value / 100 : n.value;
        tolerance += n.halfUnit;
      }
      if (error) continue;
      // A figure typed on a line with nothing typed below it is given at that level (a report per
      // project, as her own table and `mtqg import` give it), as on the plan's sheets; so is a plan
      // (KH) looked up at that level, where the plan gives its figure per project.
      if ((!total.formula || PLAN_SOURCE_OF[key]) && sum === 0 && !typedBelow(sheet, code, k)) continue;
      const judgement = judge(total.value, sum, tolerance);
      if (judgement.verdict === 'equal') continue;
      out.push({
        code,
        key,
        row,
        col: sheet.colOf(key),
        total: total.value,
        sum,
        typed: !total.formula,
        judgement,
        parts: children.length,
      });
    }
  }
  resultsCache.set(sheet, out);
  return out;
}

/** Whether any row under a line holds a typed figure (not a formula) in a column. */
function typedBelow(sheet: DisbursementSheet, code: string, k: number): boolean {
  for (const child of disbursementChildren(sheet, code) ?? []) {
    const n = sheet.amountAt(sheet.rowOf.get(child)!, k);
    if (n.state === 'text' || (n.state === 'number' && !n.formula) || typedBelow(sheet, child, k)) return true;
  }
  return false;
}

function figures(r: Result, ctx: CheckContext): { vi: string; en: string } {
  const tag = disbTag(r.code, r.key);
  const u = MONEY_UNITS[ctx.unit];
  return {
    vi: `${tag.vi}: ${figureVn(r.total, ctx.unit)} so với tổng các dòng con ${figureVn(r.sum, ctx.unit)} ${u.label}.`,
    en: `${tag.en}: ${figureEn(r.total, ctx.unit)} vs the sum of its rows ${figureEn(r.sum, ctx.unit)} ${u.labelEn}.`,
  };
}

/** SUM_MISMATCH (or ROUNDING_DIFF) on Giải ngân's formula totals. */
export function disbursementSumFindings(model: WorkbookModel, ctx: CheckContext): Finding[] {
  const sheet = model.disbursement;
  if (!sheet) return [];
  return results(sheet)
    .filter((r) => !r.typed)
    .map((r) => {
      const f = figures(r, ctx);
      const diff = r.total - r.sum;
      const base = { sheet: sheet.name, row: r.row, col: r.col, lineCode: r.code, expected: r.sum, actual: r.total };
      if (r.judgement.verdict === 'rounding')
        return makeFinding('ROUNDING_DIFF', {
          ...base,
          message: `Chênh lệch trong sai số làm tròn — ${f.vi}`,
          messageEn: `Within rounding — ${f.en}`,
        });
      return makeFinding('SUM_MISMATCH', {
        ...base,
        message: `Ô tổng ${diff > 0 ? 'cao' : 'thấp'} hơn tổng các dòng con ${moneyVn(Math.abs(diff), ctx.unit)} — ${f.vi}`,
        messageEn: `The total is ${moneyEn(Math.abs(diff), ctx.unit)} ${diff > 0 ? 'above' : 'below'} the sum of its rows — ${f.en}`,
      });
    });
}

/** HARDCODED_TOTAL on Giải ngân: a number typed over a parent or TONG sum that no longer adds up. */
export function disbursementHardcodedFindings(model: WorkbookModel, ctx: CheckContext): Finding[] {
  const sheet = model.disbursement;
  if (!sheet) return [];
  return results(sheet)
    .filter((r) => r.typed)
    .map((r) => {
      const f = figures(r, ctx);
      const diff = r.total - r.sum;
      return makeFinding('HARDCODED_TOTAL', {
        sheet: sheet.name,
        row: r.row,
        col: r.col,
        lineCode: r.code,
        expected: r.sum,
        actual: r.total,
        severity: r.judgement.verdict === 'rounding' ? 'warning' : undefined,
        message: `Ô tổng bị gõ đè công thức, ${diff > 0 ? 'cao' : 'thấp'} hơn tổng các dòng con ${moneyVn(Math.abs(diff), ctx.unit)} — ${f.vi}`,
        messageEn: `A typed number replaces the total's formula, ${moneyEn(Math.abs(diff), ctx.unit)} ${diff > 0 ? 'above' : 'below'} the sum of its rows — ${f.en}`,
      });
    });
}
