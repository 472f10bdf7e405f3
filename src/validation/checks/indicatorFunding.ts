import { catalog } from '../../domain/catalog';
import type { Check } from '../checkContext';
import type { Finding } from '../finding';
import { makeFinding } from '../findingFactory';
import { formatEn, formatVn, moneyEn, moneyVn } from '../format';
import { readCellNumber } from '../cellNumber';
import { planSum } from '../planSums';
import { cellOf } from '../describe';
import { cellAt } from '../snapshot';
import { a1 } from '../../templates/sheetPlan';

/**
 * INDICATOR_FUNDING_MISMATCH (catalog.indicatorFundingLinks): a target > 0 on a linked
 * indicator with no money on its line, or money on the line with no target on any of
 * its indicators. A note in the indicator's GHI_CHU ("do tỉnh làm chủ đầu tư") explains
 * it: info instead of warning.
 */
export const checkIndicatorFunding: Check = (model, ctx) => {
  const plan = model.plan;
  const ind = model.indicators;
  const valueCol = ind?.cols.get('KE_HOACH');
  if (!plan || !ind || valueCol === undefined) return [];
  const noteCol = ind.cols.get('GHI_CHU');
  const sum = planSum(plan);
  const out: Finding[] = [];
  for (const link of catalog.indicatorFundingLinks) {
    if (!plan.rowOf.has(link.line)) continue;
    const money = sum(link.line, 'TONG').value;
    const targets = link.indicators.flatMap((code) => {
      const row = ind.rowOf.get(code);
      if (row === undefined) return [];
      const n = readCellNumber(cellAt(ind.sheet, row, valueCol));
      const note = noteCol === undefined ? '' : String(cellAt(ind.sheet, row, noteCol).v ?? '').trim();
      return [{ code, row, value: n.state === 'number' ? n.value : 0, note }];
    });
    for (const t of targets) {
      if (t.value <= 0 || money > 0) continue;
      const indicator = catalog.indicatorByCode.get(t.code)!;
      out.push(makeFinding('INDICATOR_FUNDING_MISMATCH', {
        sheet: ind.name, row: t.row, col: valueCol, lineCode: t.code, actual: t.value,
        severity: t.note ? 'info' : 'warning',
        message: `${ind.name}!${a1(t.row, valueCol)}: chỉ tiêu ${t.code} (${indicator.name}) = ${formatVn(t.value, 3)} ${indicator.unit} nhưng dòng ${link.line} không có vốn${t.note ? ` (ghi chú: "${t.note}")` : ''}.`,
        messageEn: `${ind.name}!${a1(t.row, valueCol)}: indicator ${t.code} (${indicator.nameEn}) = ${formatEn(t.value, 3)} ${indicator.unit} but line ${link.line} has no money${t.note ? ` (note: "${t.note}")` : ''}.`,
      }));
    }
    if (money > 0 && targets.length > 0 && !targets.some((t) => t.value > 0)) {
      const { row, col } = cellOf(plan, link.line, 'TONG');
      const noted = targets.some((t) => t.note);
      out.push(makeFinding('INDICATOR_FUNDING_MISMATCH', {
        sheet: plan.name, row, col, lineCode: link.line, sourceKey: 'TONG', actual: money,
        severity: noted ? 'info' : 'warning',
        message: `${plan.name}!${a1(row, col)}: dòng ${link.line} có vốn ${moneyVn(money, ctx.unit)} nhưng chưa có chỉ tiêu ${link.indicators.join(', ')} trên trang "${ind.name}".`,
        messageEn: `${plan.name}!${a1(row, col)}: line ${link.line} has ${moneyEn(money, ctx.unit)} but no target on ${link.indicators.join(', ')} in sheet "${ind.name}".`,
      }));
    }
  }
  return out;
};
