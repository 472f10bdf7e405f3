import { catalog } from '../../domain/catalog';
import { TYPED_SOURCE_KEYS } from '../../domain/sources';
import { DETAIL_CODE_PATTERN } from '../../domain/workbookLayout';
import type { Check } from '../checkContext';
import type { Finding } from '../finding';
import { makeFinding } from '../findingFactory';
import { moneyEn, moneyVn } from '../format';
import { childCodes } from '../relations';
import { cellOf, whereEn, whereVn } from '../describe';

const CAPITAL_KEYS = TYPED_SOURCE_KEYS.filter((k) => catalog.sourceByKey.get(k)?.capitalType);
const CAPITAL_VI = { DTPT: 'vốn đầu tư phát triển (ĐTPT)', SN: 'vốn sự nghiệp (SN)' } as const;
const CAPITAL_EN = { DTPT: 'development investment (ĐTPT)', SN: 'recurrent funds (SN)' } as const;

/**
 * SOURCE_NOT_ELIGIBLE: money in a capital type the line may not use (catalog eligibility
 * table): 'forbidden' → error, 'doubtful' → warning naming the basis. Checked where money
 * is typed: leaves without detail rows, and detail rows (judged by their leaf).
 */
export const checkSourceEligibility: Check = (model, ctx) => {
  const out: Finding[] = [];
  for (const sheet of [model.plan, model.allocation]) {
    if (!sheet) continue;
    for (const code of sheet.rowOf.keys()) {
      const detail = DETAIL_CODE_PATTERN.exec(code);
      const lineCode = detail ? detail[1] : code;
      const node = catalog.byCode.get(lineCode);
      if (!node || !node.isLeaf || (!detail && childCodes(sheet, code))) continue;
      const entry = catalog.eligibilityByCode.get(lineCode);
      if (!entry) continue;
      for (const key of CAPITAL_KEYS) {
        const n = sheet.amount(code, key);
        if (n.state !== 'number' || n.value === 0) continue;
        const capital = catalog.sourceByKey.get(key)!.capitalType!;
        const permission = entry[capital];
        if (permission === 'allowed') continue;
        const { row, col } = cellOf(sheet, code, key);
        const forbidden = permission === 'forbidden';
        out.push(makeFinding('SOURCE_NOT_ELIGIBLE', {
          sheet: sheet.name, row, col, lineCode: code, sourceKey: key, actual: n.value, expected: 0,
          severity: forbidden ? 'error' : 'warning',
          message: forbidden
            ? `${whereVn(sheet, code, key)} = ${moneyVn(n.value, ctx.unit)}: dòng ${lineCode} không được bố trí ${CAPITAL_VI[capital]} (căn cứ: ${entry.basis}).`
            : `${whereVn(sheet, code, key)} = ${moneyVn(n.value, ctx.unit)}: chưa chắc dòng ${lineCode} được bố trí ${CAPITAL_VI[capital]} — ${entry.basis}; đề nghị kiểm tra hướng dẫn của tỉnh.`,
          messageEn: forbidden
            ? `${whereEn(sheet, code, key)} = ${moneyEn(n.value, ctx.unit)}: line ${lineCode} may not carry ${CAPITAL_EN[capital]} (basis: ${entry.basis}).`
            : `${whereEn(sheet, code, key)} = ${moneyEn(n.value, ctx.unit)}: guidance disagrees whether line ${lineCode} may carry ${CAPITAL_EN[capital]} (${entry.basis}); check the province's guidance.`,
        }));
      }
    }
  }
  return out;
};
