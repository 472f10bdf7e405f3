import { cellAt, type SheetSnapshot, type WorkbookSnapshot } from '../model/snapshot';
import type { Finding } from '../model/finding';
import type { SourceKey } from '../domain/sources';
import { holdsNoFigure, readCellNumber } from '../validation/cellNumber';
import type { CheckContext } from '../validation/checkContext';
import { lineShort, tagOf } from '../validation/describe';
import { makeFinding } from '../validation/findingFactory';
import { amountEn, amountVn, clip, formatEn, formatVn, moneyEn, moneyVn, timesEn, timesVn } from '../validation/format';
import { unitHint } from '../validation/judge';
import { planSum } from '../validation/planSums';
import { overDisbursed } from '../validation/checks/disbursementUnitSlips';
import type { MoneySheet, WorkbookModel } from '../validation/workbookModel';
import { percentEn, percentVn } from '../validation/disbursementDescribe';
import { colIndex, rowCodes } from './layoutModel';
import type { MappedColumn, TableMapping } from './mapping';
import { sumColumnSlip } from './sumColumnSlips';

/**
 * Her disbursement report ("Kế hoạch vốn | Giải ngân", by capital type or in all; "Vốn kéo dài |
 * Đã giải ngân vốn kéo dài"): on each of her rows what was disbursed is at most what it is disbursed
 * from — the year's plan, or her carried-over funds → DISBURSED_OVER_PLAN at her disbursed cell;
 * ~1,000 × that figure is the one UNIT_SUSPECT there (typed in a smaller unit).
 */
export function ownDisbursement(
  snapshot: WorkbookSnapshot,
  table: TableMapping,
  model: WorkbookModel,
  ctx: CheckContext,
): Finding[] {
  const sheet = snapshot.sheets.find((s) => s.name === table.sheet);
  const plan = model.plan;
  // Only while left out of the plan: a column she re-mapped to a source is plan money, whatever it was read as.
  const disbursed = table.columns.filter((c) => c.role === 'ignored' && c.kind === 'disbursed' && c.disbursedOf);
  const carried = table.columns.filter((c) => c.role === 'ignored' && c.kind === 'carried');
  if (!sheet || !plan || plan.name !== table.sheet || (!disbursed.length && !carried.length)) return [];
  const basis = basisReader(sheet, table, plan);
  const out: Finding[] = [];
  for (const [row, code] of rowCodes(table)) {
    // Her carried-over funds are money too: text, a date or a negative there is one finding at her cell.
    for (const col of carried) {
      const raw = cellAt(sheet, row - 1, colIndex(col.col));
      const at = { sheet: sheet.name, row: row - 1, col: colIndex(col.col), lineCode: code, header: col.header };
      const slip = sumColumnSlip(readCellNumber(raw), raw.v, at, ctx.unit, 'carried');
      if (slip) out.push(slip);
    }
    for (const col of disbursed) {
      const raw = cellAt(sheet, row - 1, colIndex(col.col));
      const gn = readCellNumber(raw);
      // Text, a date, a negative or an absurd figure there: one finding at her cell, as in her sum columns.
      const at0 = { sheet: sheet.name, row: row - 1, col: colIndex(col.col), lineCode: code, header: col.header };
      const slip = sumColumnSlip(gn, raw.v, at0, ctx.unit, 'disbursed');
      if (slip) out.push(slip);
      // A figure Excel does not sum as shown (typed as text, under a % format) is still the one meant: judged.
      if (slip && !(gn.state === 'number' && (gn.asText || gn.percent))) continue;
      if (gn.state !== 'number' || gn.value <= 0) continue;
      const kh = basis(row, code, col);
      if (!kh) continue;
      const over = overDisbursed(gn.value, kh.value, gn.halfUnit + kh.tolerance);
      if (!over) continue;
      const at = { ...at0, ...(kh.sourceKey ? { sourceKey: kh.sourceKey } : {}) };
      const figures = {
        vi: `${kh.tag.vi}: ${kh.what.vi} ${amountVn(kh.value, ctx.unit)}, giải ngân ("${clip(col.header)}") ${amountVn(gn.value, ctx.unit)}`,
        en: `${kh.tag.en}: ${kh.what.en} ${amountEn(kh.value, ctx.unit)}, disbursed ("${clip(col.header)}") ${amountEn(gn.value, ctx.unit)}`,
      };
      const step = over.step;
      if (step) {
        const hint = unitHint(step, ctx.unit);
        const rate = (gn.value / step / kh.value) * 100;
        out.push(
          makeFinding('UNIT_SUSPECT', {
            ...at,
            actual: gn.value,
            expected: gn.value / step,
            message: `Giải ngân lớn gấp ${timesVn(gn.value / kh.value)} lần ${kh.what.vi}; chia cho ${formatVn(step)} thì tỷ lệ là ${percentVn(rate)}: ${hint.vi} — ${figures.vi}.`,
            messageEn: `Disbursed ${timesEn(gn.value / kh.value).toLowerCase()} times ${kh.what.en}; divided by ${formatEn(step)} the rate is ${percentEn(rate)}: it ${hint.en} — ${figures.en}.`,
          }),
        );
        continue;
      }
      out.push(
        makeFinding('DISBURSED_OVER_PLAN', {
          ...at,
          actual: gn.value,
          expected: kh.value,
          message: `Giải ngân vượt ${kh.what.vi} ${moneyVn(over.excess, ctx.unit)} — ${figures.vi}.`,
          messageEn: `Disbursed ${moneyEn(over.excess, ctx.unit)} above ${kh.what.en} — ${figures.en}.`,
        }),
      );
    }
  }
  return out;
}

interface Basis {
  value: number;
  tolerance: number;
  what: { vi: string; en: string };
  tag: { vi: string; en: string };
  sourceKey?: SourceKey;
}

/**
 * What a disbursed figure of a row is held against: the year's plan of its capital type (her own
 * figure, else the sum of its sources), or her carried-over funds of that capital type. Null when
 * that figure is itself a slip of hers (its own finding; one slip, one finding) or not there.
 */
function basisReader(sheet: SheetSnapshot, table: TableMapping, plan: MoneySheet) {
  const sum = planSum(plan);
  const planCols = table.columns
    .filter((c) => c.key && (c.role === 'amount' || c.role === 'sum'))
    .map((c) => colIndex(c.col));
  const carried = table.columns.filter((c) => c.role === 'ignored' && c.kind === 'carried');
  const numberAt = (row: number, col: number) => readCellNumber(cellAt(sheet, row - 1, col));
  // Whether a plan figure of the row is a slip: once per row, whichever disbursed columns ask.
  let planSlipRow = -1;
  let planSlip = false;
  return (row: number, code: string, col: MappedColumn): Basis | null => {
    const of = col.disbursedOf!;
    if (of === 'KD' || of === 'KD_DTPT' || of === 'KD_SN') {
      const from = carried.find((c) => c.disbursedOf === of) ?? (carried.length === 1 ? carried[0] : undefined);
      const kd = from ? numberAt(row, colIndex(from.col)) : undefined;
      if (!from || !kd || kd.state !== 'number' || holdsNoFigure(kd)) return null;
      const line = lineShort(code);
      return {
        value: kd.value,
        tolerance: kd.halfUnit,
        what: { vi: 'vốn kéo dài', en: 'the funds carried over' },
        tag: { vi: `${line.vi} · "${clip(from.header)}"`, en: `${line.en} · "${clip(from.header)}"` },
      };
    }
    if (planSlipRow !== row) {
      planSlipRow = row;
      planSlip = planCols.some((c) => holdsNoFigure(numberAt(row, c)));
    }
    if (planSlip) return null;
    const own = plan.amount(code, of);
    const kh = own.state === 'number' ? { value: own.value, tolerance: own.halfUnit } : sum(code, of);
    return { ...kh, what: { vi: 'kế hoạch', en: 'the plan' }, tag: tagOf(code, of), sourceKey: of };
  };
}
