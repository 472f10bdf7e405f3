import { PARTS_OF } from '../validation/relations';
import { TOTAL_SOURCE_KEYS, type SourceKey } from '../domain/sources';
import { a1 } from '../model/a1';
import { judge } from '../validation/judge';
import { valueOf, type CellNumber } from '../validation/cellNumber';
import type { MoneySheet } from '../validation/workbookModel';

/**
 * A figure of hers that disagrees with parts the copy does not hold as she typed them, so the
 * copy's own check cannot see it: her detail rows folded into their line, or her total columns
 * (the template computes those). Validate finds these on her file; the conversion says them.
 */
export interface ImportDisagreement {
  kind: 'details' | 'sources';
  code: string;
  key: SourceKey;
  /** Her cell ('Sheet!E10'). */
  cell: string;
  given: number;
  /** What her parts add to, and their cells ('Sheet!E11+E12', or a row's columns 'Sheet!E10+H10'). */
  parts: number;
  partCells: string;
}

const halfUnit = (n: CellNumber): number => (n.state === 'number' ? n.halfUnit : 0);
/** A date where money belongs is no figure: validate's own finding at it is said instead. */
const isDate = (n: CellNumber): boolean => n.state === 'number' && n.date === true;
const sameFigure = (given: CellNumber, parts: CellNumber[]): boolean =>
  judge(
    valueOf(given),
    parts.reduce((s, n) => s + valueOf(n), 0),
    parts.reduce((t, n) => t + halfUnit(n), halfUnit(given)),
  ).verdict === 'equal';

/**
 * A line she typed whose detail rows, folded into it in the copy (the template has no rows under
 * such a line), add to another figure: the copy carries the line's, the rows are named only.
 */
export function detailsDisagreement(
  sheet: MoneySheet,
  code: string,
  key: SourceKey,
  details: readonly string[],
): ImportDisagreement | null {
  const given = sheet.amount(code, key);
  const parts = details.map((d) => sheet.amount(d, key));
  if (given.state !== 'number' || isDate(given) || parts.some(isDate) || !details.length) return null;
  if (sameFigure(given, parts)) return null;
  const col = sheet.colOf(key);
  return {
    kind: 'details',
    code,
    key,
    cell: `${sheet.name}!${a1(sheet.rowOf.get(code)!, col)}`,
    given: given.value,
    parts: parts.reduce((s, n) => s + valueOf(n), 0),
    partCells: `${sheet.name}!${details.map((d) => a1(sheet.rowOf.get(d)!, col)).join('+')}`,
  };
}

/**
 * Her total columns ("Tổng cộng", "Vốn ĐTPT") on each row against the columns they add up: the
 * template computes them, so a typed total that disagrees would vanish from the copy unsaid.
 */
export function totalColumnDisagreements(sheet: MoneySheet): ImportDisagreement[] {
  const out: ImportDisagreement[] = [];
  const totals = TOTAL_SOURCE_KEYS.flatMap((key) => {
    const parts = sheet.colOf(key) >= 0 ? typedPartsOf(sheet, key) : null;
    return parts?.length ? [{ key, parts }] : [];
  });
  if (!totals.length) return out;
  for (const [code, row] of sheet.rowOf) {
    for (const { key, parts } of totals) {
      const given = sheet.amount(code, key);
      if (given.state !== 'number' || isDate(given)) continue;
      const cells = parts.map((p) => sheet.amount(code, p));
      if (cells.some(isDate) || sameFigure(given, cells)) continue;
      const typed = parts.filter((_, i) => cells[i].state === 'number');
      out.push({
        kind: 'sources',
        code,
        key,
        cell: `${sheet.name}!${a1(row, sheet.colOf(key))}`,
        given: given.value,
        parts: cells.reduce((s, n) => s + valueOf(n), 0),
        partCells: typed.length ? `${sheet.name}!${typed.map((p) => a1(row, sheet.colOf(p))).join('+')}` : '',
      });
    }
  }
  return out;
}

/**
 * The typed columns a total adds up, as the copy computes it; null when a total inside it has no
 * column of its parts on her sheet (her "Vốn ĐTPT" not split by budget: listed as not carried).
 */
function typedPartsOf(sheet: MoneySheet, key: SourceKey): SourceKey[] | null {
  const out: SourceKey[] = [];
  for (const p of PARTS_OF.get(key) ?? []) {
    if (!(PARTS_OF.get(p) ?? []).length) {
      if (sheet.colOf(p) >= 0) out.push(p);
      continue;
    }
    const below = typedPartsOf(sheet, p);
    if (below === null || (!below.length && sheet.colOf(p) >= 0)) return null;
    out.push(...below);
  }
  return out;
}
