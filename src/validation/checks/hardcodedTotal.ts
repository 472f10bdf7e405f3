import type { SourceKey } from '../../domain/sources';
import type { Check } from '../checkContext';
import type { Finding } from '../../model/finding';
import { makeFinding, pushAll } from '../findingFactory';
import { unitHint } from '../judge';
import { amountEn, amountVn, moneyEn, moneyVn } from '../format';
import {
  forEachSumRelation,
  isHardcoded,
  judgeRelation,
  relationTotal,
  type RelationResult,
  type SumRelation,
} from '../relations';
import { PARTS_PHRASE, cellOf, sumFigures, tagOf } from '../describe';
import { disbursementHardcodedFindings } from './disbursementTotals';
import { templateFormulaOf } from '../restoreFormula';

/**
 * HARDCODED_TOTAL: a cell the template makes a formula holds a constant. Warning while it
 * still equals its parts (within rounding), error when it does not.
 */
export const checkHardcodedTotal: Check = (model, ctx) => {
  const out: Finding[] = [];
  for (const sheet of [model.allocation, model.plan]) {
    if (!sheet) continue;
    const byCell = new Map<
      string,
      { code: string; key: SourceKey; results: Array<{ rel: SumRelation; r: RelationResult }> }
    >();
    forEachSumRelation(sheet, (rel) => {
      if (!isHardcoded(sheet, rel.code, rel.key, relationTotal(sheet, rel))) return;
      const id = `${rel.code}|${rel.key}`;
      const entry = byCell.get(id) ?? { code: rel.code, key: rel.key, results: [] };
      const r = judgeRelation(sheet, rel);
      // A copy: the visitor's object is reused for the next relation.
      if (r) entry.results.push({ rel: { ...rel }, r });
      byCell.set(id, entry);
    });
    for (const { code, key, results } of byCell.values()) {
      // The pane offers "Khôi phục công thức": the template's formula over the sheet as it is.
      const formula = templateFormulaOf(sheet, code, key);
      const withFix = (f: Finding): Finding => (formula ? { ...f, fix: { kind: 'restoreFormula', formula } } : f);
      const n = sheet.amount(code, key);
      const value = n.state === 'number' ? n.value : 0;
      const wrong = results.find(({ r }) => r.judgement.verdict === 'different' || r.judgement.verdict === 'unit');
      const { row, col } = cellOf(sheet, code, key);
      const base = { sheet: sheet.name, row, col, lineCode: code, sourceKey: key, actual: value };
      if (!wrong) {
        const tag = tagOf(code, key);
        out.push(
          withFix(
            makeFinding('HARDCODED_TOTAL', {
              ...base,
              severity: 'warning',
              expected: results[0]?.r.sum ?? value,
              message: `Ô tổng bị gõ số thay công thức: còn khớp nhưng sẽ không tự cập nhật, nên khôi phục công thức — ${tag.vi}: ${amountVn(value, ctx.unit)}.`,
              messageEn: `A typed number replaces the total's formula: it still matches but will not follow changes; restore the formula — ${tag.en}: ${amountEn(value, ctx.unit)}.`,
            }),
          ),
        );
        continue;
      }
      const { rel, r } = wrong;
      const diff = value - r.sum;
      const parts = PARTS_PHRASE[rel.kind];
      const j = r.judgement;
      const unit =
        j.verdict === 'unit'
          ? { vi: `, ${unitHint(j.factor!, ctx.unit).vi}`, en: `; it ${unitHint(j.factor!, ctx.unit).en}` }
          : { vi: '', en: '' };
      const [figures, figuresEn] = sumFigures(sheet, rel, value, r.sum, ctx.unit);
      out.push(
        withFix(
          makeFinding('HARDCODED_TOTAL', {
            ...base,
            expected: r.sum,
            message: `Ô tổng bị gõ đè công thức, ${diff > 0 ? 'cao' : 'thấp'} hơn ${parts.vi} ${moneyVn(Math.abs(diff), ctx.unit)}${unit.vi} — ${figures}`,
            messageEn: `A typed number replaces the total's formula, ${moneyEn(Math.abs(diff), ctx.unit)} ${diff > 0 ? 'above' : 'below'} ${parts.en}${unit.en} — ${figuresEn}`,
          }),
        ),
      );
    }
  }
  pushAll(out, disbursementHardcodedFindings(model, ctx));
  return out;
};
