import type { Check, CheckContext } from '../checkContext';
import type { Finding } from '../finding';
import { makeFinding } from '../findingFactory';
import { describeFactor, unitHint } from '../judge';
import { moneyEn, moneyVn } from '../format';
import { isHardcoded, judgeRelation, sumRelations, type SumRelation } from '../relations';
import { cellOf, whereEn, whereVn } from '../describe';
import type { MoneySheet, WorkbookModel } from '../workbookModel';

const PARTS_VI: Record<SumRelation['kind'], string> = {
  sources: 'tổng các nguồn vốn cấu thành',
  children: 'tổng các dòng con',
  details: 'tổng các dòng chi tiết (công trình)',
  projects: 'tổng các dự án',
};
const PARTS_EN: Record<SumRelation['kind'], string> = {
  sources: 'the sum of its source columns',
  children: 'the sum of its child lines',
  details: 'the sum of its detail rows',
  projects: 'the sum of the projects',
};

/**
 * SUM_MISMATCH: totals vs parts (total columns vs sources per row; parents vs children per
 * column; TONG rows) on both money sheets. Differences within rounding → ROUNDING_DIFF,
 * a ×1,000 slip → UNIT_SUSPECT. Cells typed over a formula are left to HARDCODED_TOTAL.
 */
export const checkSumMismatch: Check = (model: WorkbookModel, ctx: CheckContext) => {
  const out: Finding[] = [];
  for (const sheet of [model.allocation, model.plan]) {
    if (!sheet) continue;
    for (const rel of sumRelations(sheet)) {
      if (isHardcoded(sheet, rel.code, rel.key, sheet.amount(rel.code, rel.key))) continue;
      const result = judgeRelation(sheet, rel);
      if (!result || result.judgement.verdict === 'equal') continue;
      out.push(sumFinding(sheet, rel, result.total, result.sum, result.judgement.verdict, result.judgement.factor, ctx));
    }
  }
  return out;
};

function sumFinding(
  sheet: MoneySheet, rel: SumRelation, total: number, sum: number,
  verdict: 'rounding' | 'unit' | 'different', factor: number | undefined, ctx: CheckContext,
): Finding {
  const { row, col } = cellOf(sheet, rel.code, rel.key);
  const diff = total - sum;
  const base = {
    sheet: sheet.name, row, col, lineCode: rel.code, sourceKey: rel.key, expected: sum, actual: total,
  };
  const head = `${whereVn(sheet, rel.code, rel.key)} = ${moneyVn(total, ctx.unit)}, ${PARTS_VI[rel.kind]} = ${moneyVn(sum, ctx.unit)}`;
  const headEn = `${whereEn(sheet, rel.code, rel.key)} = ${moneyEn(total, ctx.unit)}, ${PARTS_EN[rel.kind]} = ${moneyEn(sum, ctx.unit)}`;
  if (verdict === 'rounding') {
    return makeFinding('ROUNDING_DIFF', {
      ...base,
      message: `${head}; chênh lệch ${moneyVn(diff, ctx.unit)} nằm trong sai số làm tròn.`,
      messageEn: `${headEn}; the difference ${moneyEn(diff, ctx.unit)} is within rounding.`,
    });
  }
  if (verdict === 'unit') {
    const f = describeFactor(factor!);
    const hint = unitHint(factor!, ctx.unit);
    return makeFinding('UNIT_SUSPECT', {
      ...base,
      message: `${head}: số tổng ${f.vi} — ${hint.vi}.`,
      messageEn: `${headEn}: the total is ${f.en} — it ${hint.en}.`,
    });
  }
  return makeFinding('SUM_MISMATCH', {
    ...base,
    message: `${head}; chênh lệch ${moneyVn(diff, ctx.unit)}.`,
    messageEn: `${headEn}; difference ${moneyEn(diff, ctx.unit)}.`,
  });
}
