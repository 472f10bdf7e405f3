import type { Check, CheckContext } from '../checkContext';
import type { Finding } from '../../model/finding';
import { makeFinding, pushAll } from '../findingFactory';
import { describeFactor, unitHint } from '../judge';
import { moneyEn, moneyVn } from '../format';
import { isHardcoded, judgeRelation, relationTotal, forEachSumRelation, type SumRelation } from '../relations';
import { PARTS_PHRASE, cellOf, sumFigures } from '../describe';
import type { MoneySheet, WorkbookModel } from '../workbookModel';
import { disbursementSumFindings } from './disbursementTotals';
import { setPartialParts, setSumRelation } from '../echoes';

/**
 * SUM_MISMATCH: totals vs parts (total columns vs sources per row; parents vs children per
 * column; TONG rows) on both money sheets. Differences within rounding → ROUNDING_DIFF,
 * a ×1,000 slip → UNIT_SUSPECT. Cells typed over a formula are left to HARDCODED_TOTAL.
 */
export const checkSumMismatch: Check = (model: WorkbookModel, ctx: CheckContext) => {
  const out: Finding[] = [];
  for (const sheet of [model.allocation, model.plan]) {
    if (!sheet) continue;
    forEachSumRelation(sheet, (rel) => {
      if (isHardcoded(sheet, rel.code, rel.key, relationTotal(sheet, rel))) return;
      const result = judgeRelation(sheet, rel);
      if (!result || result.judgement.verdict === 'equal') return;
      const finding = sumFinding(
        sheet,
        rel,
        result.total,
        result.sum,
        result.judgement.verdict,
        result.judgement.factor,
        ctx,
      );
      if (result.partial) setPartialParts(finding);
      out.push(finding);
    });
  }
  pushAll(out, disbursementSumFindings(model, ctx));
  return out;
};

function sumFinding(
  sheet: MoneySheet,
  rel: SumRelation,
  total: number,
  sum: number,
  verdict: 'rounding' | 'unit' | 'different',
  factor: number | undefined,
  ctx: CheckContext,
): Finding {
  const { row, col } = cellOf(sheet, rel.code, rel.key);
  const diff = total - sum;
  const base = {
    sheet: sheet.name,
    row,
    col,
    lineCode: rel.code,
    sourceKey: rel.key,
    expected: sum,
    actual: total,
  };
  const [figures, figuresEn] = sumFigures(sheet, rel, total, sum, ctx.unit);
  const parts = PARTS_PHRASE[rel.kind];
  const amount = moneyVn(Math.abs(diff), ctx.unit);
  const amountEn = moneyEn(Math.abs(diff), ctx.unit);
  if (verdict === 'rounding') {
    return makeFinding('ROUNDING_DIFF', {
      ...base,
      message: `Ô tổng lệch ${parts.vi} ${amount}, trong sai số làm tròn — ${figures}`,
      messageEn: `The total differs from ${parts.en} by ${amountEn}, within rounding — ${figuresEn}`,
    });
  }
  if (verdict === 'unit') {
    const f = describeFactor(factor!, parts);
    const hint = unitHint(factor!, ctx.unit);
    const finding = makeFinding('UNIT_SUSPECT', {
      ...base,
      message: `Ô tổng ${f.vi}: ${hint.vi} — ${figures}`,
      messageEn: `The total is ${f.en}: it ${hint.en} — ${figuresEn}`,
    });
    // A slip among its parts (one cell typed in đồng) may explain it: then it is an echo.
    setSumRelation(finding);
    return finding;
  }
  return makeFinding('SUM_MISMATCH', {
    ...base,
    message: `Ô tổng ${diff > 0 ? 'cao' : 'thấp'} hơn ${parts.vi} ${amount} — ${figures}`,
    messageEn: `The total is ${amountEn} ${diff > 0 ? 'above' : 'below'} ${parts.en} — ${figuresEn}`,
  });
}
