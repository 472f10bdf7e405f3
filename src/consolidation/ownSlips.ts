import { SHEET_NAMES, TOTAL_ROW_CODE } from '../domain/workbookLayout';
import type { Finding, FindingCode } from '../model/finding';
// Cells holding no figure of hers (text, a date, #REF!…): the figure she meant is unknown.
import { UNKNOWN_FIGURES } from '../validation/unknownFigures';
import { floatEpsilon, UNIT_FACTORS } from '../validation/judge';

/** More unit slips than this in one column: their steps are not guessed (2^n combinations). */
const MAX_GUESSED = 4;
/** What a total counts for such a cell: a date's serial number, a negative or absurd figure as itself. */
const COUNTED_AS_ITSELF = new Set<FindingCode>(['DATE_IN_AMOUNT', 'NEGATIVE_AMOUNT', 'VALUE_OUT_OF_RANGE']);

/**
 * Whether a unit's own findings on its "Giao vốn" explain why its grand total of `key` (`own`,
 * in the consolidation's unit) differs from the upper level's decision (`decided`): one slip,
 * one finding across levels too. The unit's slip is reported under the unit; a second finding
 * on "Tình hình nộp" would say the same thing again.
 * - her typed grand total disagrees with its lines, and the lines are what was decided;
 * - a figure typed in a smaller unit (UNIT_SUSPECT), which taken as meant gives the decision;
 * - a cell with no figure of hers (text, a date, #REF!…), when some figure she may have meant
 *   there (≥ 0) would give the decision. A difference no meant figure can close still stands.
 * `factor` converts the unit's figures into the consolidation's unit; `tolerance` is its rounding.
 */
export function explainedByOwnSlips(
  findings: Finding[],
  key: string,
  own: number,
  decided: number,
  factor: number,
  tolerance: number,
): boolean {
  const slips = findings.filter((f) => f.sheet === SHEET_NAMES.allocation && f.sourceKey === key);
  if (!slips.length) return false;
  const close = (a: number, b: number) => Math.abs(a - b) <= tolerance + floatEpsilon(a, b);
  const typedTotal = slips.find((f) => f.code === 'SUM_MISMATCH' && f.lineCode === TOTAL_ROW_CODE);
  if (typedTotal?.expected !== undefined && close(typedTotal.expected * factor, decided)) return true;

  const unitSlips = slips.filter((f) => f.code === 'UNIT_SUSPECT' && f.actual !== undefined);
  // Money under a % format is read as shown, the figure she meant: it explains no difference.
  const unknown = slips.filter((f) => UNKNOWN_FIGURES.has(f.code) && f.code !== 'PERCENT_IN_AMOUNT');
  if (!unknown.length && !unitSlips.length) return false;
  const counted = unknown.reduce(
    (s, f) => s + (COUNTED_AS_ITSELF.has(f.code) && Number.isFinite(f.actual) ? f.actual! * factor : 0),
    0,
  );
  const guessed = unitSlips.length <= MAX_GUESSED ? unitSlips : [];
  // Every choice of unit step for each unit slip (none, when too many to guess).
  for (let choice = 0; choice < UNIT_FACTORS.length ** guessed.length; choice++) {
    let meant = own;
    let c = choice;
    for (const f of guessed) {
      const step = UNIT_FACTORS[c % UNIT_FACTORS.length];
      c = Math.floor(c / UNIT_FACTORS.length);
      meant -= (f.actual! - f.actual! / step) * factor;
    }
    // With cells she did not mean, the total is at least what it is without them.
    if (unknown.length ? meant - counted <= decided + tolerance : close(meant, decided)) return true;
  }
  return false;
}
