import type { SourceKey } from '../domain/sources';
import type { MoneyUnit } from '../domain/units';
import type { Finding } from '../model/finding';
import { makeFinding } from '../validation/findingFactory';
import { amountEn, amountVn, moneyEn, moneyVn } from '../validation/format';
import { unitHint } from '../validation/judge';

/**
 * A figure she typed that the sums over it say is off: where it is, what it is, what it was typed as
 * and what they count for it. Said the same way by each check that finds one in her table (a ×1,000
 * step from her row's sums, a mistyped digit, her section's lồng ghép).
 */
export interface MistypedFigure {
  sheet: string;
  /** 0-based. */
  row: number;
  col: number;
  lineCode?: string;
  sourceKey?: SourceKey;
  typed: number;
  meant: number;
  /** The sums that say so: "Các ô tổng của dòng và cột (C6, D5)" / "The sums over it in its row and column (C6, D5)". */
  sums: { vi: string; en: string };
  /** The figure named: "DA1 · ĐTPT NSTW", '"Vốn lồng ghép"'. */
  what: { vi: string; en: string };
  /** A unit step from the figure meant (1,000 or 1,000,000): said as a unit slip, not a mistyped figure. */
  factor?: number;
  /** The cell is blank (a figure cleared or never typed): said as missing, not as typed 0. */
  blank?: boolean;
}

export function mistypedFigure(m: MistypedFigure, unit: MoneyUnit): Finding {
  const at = {
    sheet: m.sheet,
    row: m.row,
    col: m.col,
    ...(m.lineCode ? { lineCode: m.lineCode } : {}),
    ...(m.sourceKey ? { sourceKey: m.sourceKey } : {}),
    actual: m.typed,
    expected: m.meant,
  };
  const typed = { vi: `${m.what.vi}: ${amountVn(m.typed, unit)}`, en: `${m.what.en}: ${amountEn(m.typed, unit)}` };
  if (m.factor) {
    const hint = unitHint(m.factor, unit);
    return makeFinding('UNIT_SUSPECT', {
      ...at,
      severity: 'warning',
      message: `${m.sums.vi} chỉ tính ${amountVn(m.meant, unit)} cho ô này: ${hint.vi} — ${typed.vi}.`,
      messageEn: `${m.sums.en} count ${amountEn(m.meant, unit)} for this cell: it ${hint.en} — ${typed.en}.`,
    });
  }
  if (m.blank)
    return makeFinding('SUM_MISMATCH', {
      ...at,
      message: `${m.sums.vi} cùng tính ${amountVn(m.meant, unit)} cho ô này nhưng ô để trống: có thể số liệu bị xoá hoặc chưa nhập — ${m.what.vi}.`,
      messageEn: `${m.sums.en} both count ${amountEn(m.meant, unit)} for this cell, but it is blank: the figure may have been cleared or never typed — ${m.what.en}.`,
    });
  const more = m.typed > m.meant;
  const off = Math.abs(m.typed - m.meant);
  return makeFinding('SUM_MISMATCH', {
    ...at,
    message: `${m.sums.vi} cùng chỉ tính ${amountVn(m.meant, unit)} cho ô này, ${more ? 'ít' : 'nhiều'} hơn ${moneyVn(off, unit)}: có thể ô này gõ nhầm — ${typed.vi}.`,
    messageEn: `${m.sums.en} both count ${amountEn(m.meant, unit)} for this cell, ${moneyEn(off, unit)} ${more ? 'less' : 'more'}: this cell may be mistyped — ${typed.en}.`,
  });
}

/** Her row's and column's sums over a cell, named for a message. */
export const rowAndColumnSums = (refs: string[]) => ({
  vi: `Các ô tổng của dòng và cột (${refs.join(', ')})`,
  en: `The sums over it in its row and column (${refs.join(', ')})`,
});
