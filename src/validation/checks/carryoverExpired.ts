import { compareDates, formatCalendarDate } from '../../domain/asOfDate';
import { DISBURSEMENT_DEADLINES, resolveDate } from '../../domain/disbursement';
import { CAPITAL_COLUMNS } from '../../domain/disbursementColumns';
import { SHEET_NAMES } from '../../domain/workbookLayout';
import type { Check } from '../checkContext';
import type { Finding } from '../../model/finding';
import { makeFinding } from '../findingFactory';
import { amountEn, amountVn, moneyEn, moneyVn } from '../format';
import { asOfDateOf, disbTag } from '../disbursementDescribe';
import { settingCellOf } from '../settingsReader';

/**
 * CARRYOVER_EXPIRED: the as-of date (NGAY_SO_LIEU) is past the deadline for funds carried
 * into the plan year (DISBURSEMENT_DEADLINES, 'carried') while a line's carried-over money
 * is not fully disbursed: the rest lapses. Reported where KD is typed, with the amount.
 * An unreadable as-of date is reported once (the check cannot run without it).
 */
export const checkCarryoverExpired: Check = (model, ctx) => {
  const sheet = model.disbursement;
  if (!sheet) return [];
  const asOf = asOfDateOf(ctx);
  if (asOf === 'invalid') {
    return [
      makeFinding('TEMPLATE_STRUCTURE', {
        sheet: model.settings?.name ?? SHEET_NAMES.settings,
        // At her cell, so a click shows the date to fix.
        ...(settingCellOf(model, 'NGAY_SO_LIEU') ?? {}),
        severity: 'warning',
        message: `Không đọc được ngày số liệu NGAY_SO_LIEU ("${ctx.settings.asOfDate}"); nhập dạng dd/mm/yyyy. Chưa kiểm tra hạn giải ngân.`,
        messageEn: `The as-of date NGAY_SO_LIEU ("${ctx.settings.asOfDate}") is unreadable; type dd/mm/yyyy. Deadlines were not checked.`,
      }),
    ];
  }
  if (!asOf) return [];
  const out: Finding[] = [];
  for (const rule of DISBURSEMENT_DEADLINES.filter((r) => r.money === 'carried')) {
    const deadline = resolveDate(ctx.settings.year, rule.deadline);
    if (compareDates(asOf, deadline) <= 0) continue;
    const c = CAPITAL_COLUMNS[rule.capital];
    for (const [code, row] of sheet.rowOf) {
      const kd = sheet.amount(code, c.carried);
      if (kd.state !== 'number' || kd.formula || kd.value <= 0) continue;
      const gn = sheet.amount(code, c.carriedDisbursed);
      const done = gn.state === 'number' ? gn.value : 0;
      const lapsed = kd.value - done;
      if (lapsed <= kd.halfUnit + (gn.state === 'number' ? gn.halfUnit : 0)) continue;
      const tag = disbTag(code, c.carried);
      const when = formatCalendarDate(deadline);
      out.push(
        makeFinding('CARRYOVER_EXPIRED', {
          sheet: sheet.name,
          row,
          col: sheet.colOf(c.carriedDisbursed),
          lineCode: code,
          expected: kd.value,
          actual: done,
          message: `Đã quá hạn ${when} (${rule.basis}): vốn kéo dài chưa giải ngân ${moneyVn(lapsed, ctx.unit)} bị hủy — ${tag.vi}: giải ngân ${amountVn(done, ctx.unit)}/${amountVn(kd.value, ctx.unit)} đến ngày ${formatCalendarDate(asOf)}.`,
          messageEn: `Past the ${when} deadline (${rule.basisEn}): ${moneyEn(lapsed, ctx.unit)} of carried-over funds not disbursed lapses — ${tag.en}: ${amountEn(done, ctx.unit)} of ${amountEn(kd.value, ctx.unit)} disbursed by ${formatCalendarDate(asOf)}.`,
        }),
      );
    }
  }
  return out;
};
