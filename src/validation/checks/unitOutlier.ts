import { catalog } from '../../domain/catalog';
import { TYPED_SOURCE_KEYS } from '../../domain/sources';
import { DETAIL_CODE_PATTERN } from '../../domain/workbookLayout';
import type { Check } from '../checkContext';
import type { Finding } from '../../model/finding';
import { makeFinding } from '../findingFactory';
import { amountEn, amountVn, figureEn, figureVn } from '../format';
import { unitHint } from '../judge';
import { MONEY_UNITS } from '../../domain/units';
import { childCodes, isLevelFigure } from '../relations';
import { cellOf, tagOf } from '../describe';
import { KEY_INDEX } from '../workbookModel';
import { setExcess } from '../slipMarks';
import { timesEn, timesVn } from '../format';
import { kthSmallest } from '../kthSmallest';

const OUTLIER_FACTOR = 1_000;
const MIN_PEERS = 3;

/**
 * UNIT_SUSPECT (outliers): a typed amount ≥ ~1,000× the median of its non-zero peers in
 * the same column (leaves and detail rows where money is typed) looks typed in đồng or
 * nghìn đồng instead of the workbook's unit.
 */
export const checkUnitOutlier: Check = (model, ctx) => {
  const out: Finding[] = [];
  const u = MONEY_UNITS[ctx.unit];
  for (const sheet of [model.allocation, model.plan]) {
    if (!sheet) continue;
    // Rows where money is typed: leaves, detail rows, and lines carrying a figure of their own level.
    // A catalog parent with no child rows on the sheet (her table lists "Tiểu dự án 2" alone) is typed too.
    const atLeaf = (code: string) =>
      DETAIL_CODE_PATTERN.test(code) || (catalog.byCode.has(code) && !childCodes(sheet, code));
    const typedRows: string[] = [];
    const typedRowIndex: number[] = [];
    // Once per row, not per source: at 200,000 lines the per-key calls made most of this check's garbage.
    const leafRow: boolean[] = [];
    for (const [code, row] of sheet.rowOf) {
      const leaf = atLeaf(code);
      if (!leaf && !catalog.byCode.has(code)) continue;
      typedRows.push(code);
      typedRowIndex.push(row);
      leafRow.push(leaf);
    }
    for (const key of TYPED_SOURCE_KEYS) {
      if (sheet.colOf(key) < 0) continue;
      const codes: string[] = [];
      const values: number[] = [];
      const k = KEY_INDEX[key];
      for (let i = 0; i < typedRows.length; i++) {
        const code = typedRows[i];
        if (!leafRow[i] && !isLevelFigure(sheet, code, key)) continue;
        const n = sheet.amountAt(typedRowIndex[i], k);
        // A date is DATE_IN_AMOUNT's (its serial number is no figure typed in another unit).
        if (n.state === 'number' && n.value > 0 && !n.date) {
          codes.push(code);
          values.push(n.value);
        }
      }
      for (const outlier of columnOutliers(values)) {
        const c = { code: codes[outlier.index], value: outlier.value };
        const median = outlier.median;
        const { row, col } = cellOf(sheet, c.code, key);
        const times = c.value / median;
        const tag = tagOf(c.code, key);
        const factor = outlier.factor;
        const hint = unitHint(factor, ctx.unit);
        const finding = makeFinding('UNIT_SUSPECT', {
          sheet: sheet.name,
          row,
          col,
          lineCode: c.code,
          sourceKey: key,
          actual: c.value,
          // The figure meant (the pane shows it as "Đúng ra"), not the median it was compared with.
          expected: c.value / factor,
          severity: 'warning',
          message: `Lớn gấp ${timesVn(times)} lần trung vị các dòng cùng cột (${figureVn(median, ctx.unit)} ${u.label}): ${hint.vi} — ${tag.vi}: ${amountVn(c.value, ctx.unit)}.`,
          messageEn: `${timesEn(times)} times the median of its column (${figureEn(median, ctx.unit)} ${u.labelEn}): it ${hint.en} — ${tag.en}: ${amountEn(c.value, ctx.unit)}.`,
        });
        // Marked a unit-step slip (echoes.ts allows for the rounding of a figure read ÷1,000).
        setExcess(finding, c.value - c.value / factor);
        out.push(finding);
      }
    }
  }
  return out;
};

/** A value of a column about 1,000× (or 1,000,000×) the median of the others: a unit slip. */
export interface ColumnOutlier {
  /** Its index in the values given. */
  index: number;
  value: number;
  /** The median of the column without it. */
  median: number;
  /** The unit step it was most likely typed in: 1,000 or 1,000,000. */
  factor: number;
}

/**
 * The outliers of a column of positive figures (none with fewer than MIN_PEERS others), largest
 * first: only the top of the sorted column can be 1,000× its median, so the walk goes down from it.
 */
export function columnOutliers(values: number[]): ColumnOutlier[] {
  if (values.length < MIN_PEERS + 1) return [];
  // Most columns have no outlier: their largest value against the median of the others
  // (what the walk below tests first) says so without sorting a province's column.
  if (!topMayBeOutlier(values)) return [];
  // A plain numeric sort (no comparator: several times faster); which index holds each
  // sorted value is worked out only when there is an outlier.
  const sorted = Float64Array.from(values).sort();
  let order: Float64Array | undefined;
  const out: ColumnOutlier[] = [];
  for (let pos = sorted.length - 1; pos >= 0; pos--) {
    const median = medianWithout(sorted, pos);
    if (median <= 0 || sorted[pos] < OUTLIER_FACTOR * median) break;
    // Equal values keep their order (a stable sort), as the findings always have.
    order ??= Float64Array.from(values.keys()).sort((a, b) => values[a] - values[b]);
    out.push({ index: order[pos], value: sorted[pos], median, factor: nearestUnitFactor(sorted[pos] / median) });
  }
  return out;
}

/** 1,000 or 1,000,000: the unit step nearest a ratio on a log scale (an outlier is ≥ 1,000×). */
export function nearestUnitFactor(times: number): number {
  return times >= 10 ** 4.5 ? 1_000_000 : 1_000;
}

/**
 * Whether the walk over the sorted column gets past its first step: the largest value
 * against medianWithout(sorted, last), with the same order statistics found by selection.
 */
function topMayBeOutlier(values: number[]): boolean {
  const n = values.length;
  let max = values[0];
  for (const v of values) if (v > max) max = v;
  // The median of the n − 1 smallest values (m of them), as medianWithout computes it.
  const m = n - 1;
  const copy = Float64Array.from(values);
  const median = m % 2 ? kthSmallest(copy, (m - 1) / 2) : (kthSmallest(copy, m / 2 - 1) + kthSmallest(copy, m / 2)) / 2;
  return !(median <= 0 || max < OUTLIER_FACTOR * median);
}

/** Median of a sorted list with one index removed. */
export function medianWithout(sorted: ArrayLike<number>, skip: number): number {
  const m = sorted.length - 1;
  if (m <= 0) return 0;
  const at = (k: number) => (k < skip ? sorted[k] : sorted[k + 1]);
  return m % 2 ? at((m - 1) / 2) : (at(m / 2 - 1) + at(m / 2)) / 2;
}
