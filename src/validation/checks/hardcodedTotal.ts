import type { SourceKey } from '../../domain/sources';
import type { Check } from '../checkContext';
import type { Finding } from '../finding';
import { makeFinding } from '../findingFactory';
import { describeFactor, unitHint } from '../judge';
import { moneyEn, moneyVn } from '../format';
import { isHardcoded, judgeRelation, sumRelations, type RelationResult } from '../relations';
import { cellOf, whereEn, whereVn } from '../describe';

/**
 * HARDCODED_TOTAL: a cell the template makes a formula holds a constant. Warning while it
 * still equals its parts (within rounding), error when it does not.
 */
export const checkHardcodedTotal: Check = (model, ctx) => {
  const out: Finding[] = [];
  for (const sheet of [model.allocation, model.plan]) {
    if (!sheet) continue;
    const byCell = new Map<string, { code: string; key: SourceKey; results: RelationResult[] }>();
    for (const rel of sumRelations(sheet)) {
      if (!isHardcoded(sheet, rel.code, rel.key, sheet.amount(rel.code, rel.key))) continue;
      const id = `${rel.code}|${rel.key}`;
      const entry = byCell.get(id) ?? { code: rel.code, key: rel.key, results: [] };
      const result = judgeRelation(sheet, rel);
      if (result) entry.results.push(result);
      byCell.set(id, entry);
    }
    for (const { code, key, results } of byCell.values()) {
      const n = sheet.amount(code, key);
      const value = n.state === 'number' ? n.value : 0;
      const wrong = results.find((r) => r.judgement.verdict === 'different' || r.judgement.verdict === 'unit');
      const { row, col } = cellOf(sheet, code, key);
      const base = { sheet: sheet.name, row, col, lineCode: code, sourceKey: key, actual: value };
      if (!wrong) {
        out.push(makeFinding('HARDCODED_TOTAL', {
          ...base, severity: 'warning', expected: results[0]?.sum ?? value,
          message: `${whereVn(sheet, code, key)} là ô công thức nhưng đang chứa số gõ tay ${moneyVn(value, ctx.unit)}; hiện còn khớp nhưng sẽ không tự cập nhật — nên khôi phục công thức.`,
          messageEn: `${whereEn(sheet, code, key)} should be a formula but holds the typed number ${moneyEn(value, ctx.unit)}; it still matches but will not follow changes — restore the formula.`,
        }));
        continue;
      }
      const unit = wrong.judgement.verdict === 'unit' ? { vi: `${describeFactor(wrong.judgement.factor!).vi}, ${unitHint(wrong.judgement.factor!, ctx.unit).vi}`, en: `${describeFactor(wrong.judgement.factor!).en}; it ${unitHint(wrong.judgement.factor!, ctx.unit).en}` } : null;
      out.push(makeFinding('HARDCODED_TOTAL', {
        ...base, expected: wrong.sum,
        message: `${whereVn(sheet, code, key)} là ô công thức bị gõ đè bằng ${moneyVn(value, ctx.unit)}, trong khi tổng các khoản cấu thành là ${moneyVn(wrong.sum, ctx.unit)}; chênh lệch ${moneyVn(value - wrong.sum, ctx.unit)}${unit ? ` (${unit.vi})` : ''}.`,
        messageEn: `${whereEn(sheet, code, key)} is a formula cell typed over with ${moneyEn(value, ctx.unit)}, while its parts sum to ${moneyEn(wrong.sum, ctx.unit)}; difference ${moneyEn(value - wrong.sum, ctx.unit)}${unit ? ` (${unit.en})` : ''}.`,
      }));
    }
  }
  return out;
};
