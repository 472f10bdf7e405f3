import { catalog } from '../../domain/catalog';
import { TYPED_SOURCE_KEYS } from '../../domain/sources';
import { DETAIL_CODE_PATTERN } from '../../domain/workbookLayout';
import type { Check } from '../checkContext';
import type { Finding } from '../../model/finding';
import { makeFinding } from '../findingFactory';
import { amountEn, amountVn } from '../format';
import { childCodes, isLevelFigure } from '../relations';
import type { Permission } from '../../domain/eligibility';
import { cellOf, tagOf } from '../describe';
import { KEY_INDEX } from '../workbookModel';

const CAPITAL_KEYS = TYPED_SOURCE_KEYS.filter((k) => catalog.sourceByKey.get(k)?.capitalType);
const CAPITAL_VI = { DTPT: 'vốn đầu tư phát triển', SN: 'vốn sự nghiệp' } as const;
const CAPITAL_EN = { DTPT: 'development investment', SN: 'recurrent funds' } as const;

/**
 * SOURCE_NOT_ELIGIBLE: money in a capital type the line may not use (catalog eligibility
 * table): 'forbidden' → error, 'doubtful' → warning naming the basis. Checked where money
 * is typed: leaves without detail rows, and detail rows (judged by their leaf).
 */
export const checkSourceEligibility: Check = (model, ctx) => {
  const out: Finding[] = [];
  for (const sheet of [model.plan, model.allocation]) {
    if (!sheet) continue;
    for (const [code, lineRow] of sheet.rowOf) {
      const detail = DETAIL_CODE_PATTERN.exec(code);
      const lineCode = detail ? detail[1] : code;
      const node = catalog.byCode.get(lineCode);
      if (!node) continue;
      const entry = catalog.eligibilityByCode.get(lineCode);
      if (!entry) continue;
      // Money is judged where it is typed: leaves without detail rows, detail rows, and
      // figures given at a parent's level (judged from the lines below it).
      const typedHere = detail || (node.isLeaf && !childCodes(sheet, code));
      for (const key of CAPITAL_KEYS) {
        if (!typedHere && !isLevelFigure(sheet, code, key)) continue;
        const n = sheet.amountAt(lineRow, KEY_INDEX[key]);
        if (n.state !== 'number' || n.value === 0) continue;
        const capital = catalog.sourceByKey.get(key)!.capitalType!;
        const permission = detail || node.isLeaf ? entry[capital] : permissionBelow(lineCode, capital);
        if (permission === 'allowed') continue;
        const { row, col } = cellOf(sheet, code, key);
        const forbidden = permission === 'forbidden';
        const tag = tagOf(code, key);
        const subject = detail
          ? { vi: `dòng thuộc ${lineCode}`, en: `a row under ${lineCode}` }
          : { vi: 'dòng này', en: 'this line' };
        const figures = {
          vi: `${tag.vi}: ${amountVn(n.value, ctx.unit)}.`,
          en: `${tag.en}: ${amountEn(n.value, ctx.unit)}.`,
        };
        out.push(
          makeFinding('SOURCE_NOT_ELIGIBLE', {
            sheet: sheet.name,
            row,
            col,
            lineCode: code,
            sourceKey: key,
            actual: n.value,
            expected: 0,
            severity: forbidden ? 'error' : 'warning',
            message: forbidden
              ? `${capitalize(subject.vi)} không được dùng ${CAPITAL_VI[capital]} (căn cứ: ${entry.basis}) — ${figures.vi}`
              : `Chưa chắc ${subject.vi} được dùng ${CAPITAL_VI[capital]} (${entry.basis}); xem hướng dẫn của tỉnh — ${figures.vi}`,
            messageEn: forbidden
              ? `${capitalize(subject.en)} may not carry ${CAPITAL_EN[capital]} (basis: ${entry.basis}) — ${figures.en}`
              : `Guidance disagrees whether ${subject.en} may carry ${CAPITAL_EN[capital]} (${entry.basis}); check the province's guidance — ${figures.en}`,
          }),
        );
      }
    }
  }
  return out;
};

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

const RANK: Record<Permission, number> = { allowed: 2, doubtful: 1, forbidden: 0 };

/** A parent may carry a capital type when some leaf below it may: the most permissive leaf wins. */
export function permissionBelow(code: string, capital: 'DTPT' | 'SN'): Permission {
  const node = catalog.byCode.get(code);
  if (!node) return 'allowed';
  if (node.isLeaf) return catalog.eligibilityByCode.get(code)?.[capital] ?? 'allowed';
  let best: Permission = 'forbidden';
  for (const c of node.children) {
    const p = permissionBelow(c, capital);
    if (RANK[p] > RANK[best]) best = p;
  }
  return best;
}
