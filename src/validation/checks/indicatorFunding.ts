import { catalog } from '../../domain/catalog';
import type { Check } from '../checkContext';
import type { Finding } from '../../model/finding';
import { makeFinding } from '../findingFactory';
import { amountEn, amountVn, clip, formatEn, formatVn } from '../format';
import { holdsNoFigure, readCellNumber } from '../cellNumber';
import { planSum } from '../planSums';
import { cellOf, refOf, tagOf } from '../describe';
import { cellAt } from '../../model/snapshot';
import { a1 } from '../../model/a1';
import { setNoMoneyOn } from '../unknownFigures';

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
      // Text ("12 hộ", "Đánh giá cuối giai đoạn"), an error or a negative figure: some target was
      // typed there, whatever she meant (its own finding says what is wrong with it).
      const other = holdsNoFigure(n);
      return [{ code, row, value: n.state === 'number' ? n.value : 0, other, note }];
    });
    const moneyAt = refOf(plan, link.line, 'TONG');
    for (const t of targets) {
      if (t.value <= 0 || money > 0) continue;
      const indicator = catalog.indicatorByCode.get(t.code)!;
      const note = t.note
        ? { vi: ` (ghi chú: "${clip(t.note)}")`, en: ` (note: "${clip(t.note)}")` }
        : { vi: '', en: '' };
      const f = makeFinding('INDICATOR_FUNDING_MISMATCH', {
        sheet: ind.name,
        row: t.row,
        col: valueCol,
        lineCode: t.code,
        actual: t.value,
        severity: t.note ? 'info' : 'warning',
        message: `Có chỉ tiêu nhưng dòng ${link.line} chưa có vốn (${moneyAt})${note.vi} — ${t.code} ${indicator.name}: ${formatVn(t.value, 3)} ${indicator.unit}.`,
        messageEn: `A target but no money on line ${link.line} (${moneyAt})${note.en} — ${t.code} ${indicator.nameEn}: ${formatEn(t.value, 3)} ${indicator.unit}.`,
      });
      // A slip on that line (text, a negative figure…) may be the money meant (unknownFigures.ts).
      setNoMoneyOn(f, plan.name, link.line);
      out.push(f);
    }
    if (money > 0 && targets.length > 0 && !targets.some((t) => t.value > 0 || t.other)) {
      const { row, col } = cellOf(plan, link.line, 'TONG');
      const noted = targets.some((t) => t.note);
      const cells = targets.map((t) => `${ind.name}!${a1(t.row, valueCol)}`).join(', ');
      const tag = tagOf(link.line, 'TONG');
      out.push(
        makeFinding('INDICATOR_FUNDING_MISMATCH', {
          sheet: plan.name,
          row,
          col,
          lineCode: link.line,
          sourceKey: 'TONG',
          actual: money,
          severity: noted ? 'info' : 'warning',
          message: `Có vốn nhưng chưa có chỉ tiêu ${targets.map((t) => t.code).join(', ')} (${cells})${noted ? ' (có ghi chú)' : ''} — ${tag.vi}: ${amountVn(money, ctx.unit)}.`,
          messageEn: `Money but no target on ${targets.map((t) => t.code).join(', ')} (${cells})${noted ? ' (noted)' : ''} — ${tag.en}: ${amountEn(money, ctx.unit)}.`,
        }),
      );
    }
  }
  return out;
};
