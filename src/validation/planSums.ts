import { SOURCE_KEYS, type SourceKey } from '../domain/sources';
import { rowCount } from '../model/snapshot';
import { KEY_INDEX, type MoneySheet } from './workbookModel';
import {
  PARTS_OF,
  childCodes,
  hasTypedBelow,
  isGivenAllocationAt,
  ownInFormula,
  presentParts,
  type ChildRows,
} from './relations';
import type { CellNumber } from './cellNumber';

export interface SumWithTolerance {
  value: number;
  tolerance: number;
}

const ZERO: SumWithTolerance = { value: 0, tolerance: 0 };

/**
 * The plan summed from where money is typed (leaves, detail rows, typed sources) up to a
 * line and column, with the combined half-units of the typed figures, as Excel sums it
 * (numbers stored as text left out). Independent of the
 * sheet's own subtotal cells, so a broken subtotal is not blamed twice.
 */
const planSumCache = new WeakMap<MoneySheet, PlanSum>();
const KEY_COUNT = SOURCE_KEYS.length;

/** Figures to count instead of what a cell holds, by `meantKey(code, key)` (a unit slip taken as meant). */
export type MeantFigures = ReadonlyMap<string, number>;
export const meantKey = (code: string, key: SourceKey): string => `${code}|${key}`;

/** A line and column summed; `row` is the code's row on the sheet when the caller has it (saves a lookup). */
export type PlanSum = (code: string, key: SourceKey, row?: number) => SumWithTolerance;

export function planSum(sheet: MoneySheet, meant?: MeantFigures): PlanSum {
  const useCache = !meant || meant.size === 0;
  const cached = useCache ? planSumCache.get(sheet) : undefined;
  if (cached) return cached;
  // Sums of the rows the sheet has kept in flat arrays (row × key): a province plan has
  // ~3 million of them, an object each was ~100 bytes. Codes without a row go in a map.
  // With figures taken as meant (a few slips, a few lookups) sums go in the map, not in flat arrays.
  const rows = useCache ? rowCount(sheet.sheet) : 0;
  const values = new Float64Array(rows * KEY_COUNT);
  const tolerances = new Float64Array(rows * KEY_COUNT);
  const done = new Uint8Array(rows * KEY_COUNT);
  const other = new Map<string, Array<SumWithTolerance | undefined>>();
  // A total column's parts the sheet has, by KEY_INDEX (null for typed sources): asked once, not per line.
  const partsByKey = SOURCE_KEYS.map((k) => ((PARTS_OF.get(k) ?? []).length ? presentParts(sheet, k) : null));
  // By row and KEY_INDEX within: a province's row map is large, each row is looked up once.
  const sumAt = (code: string, r: number | undefined, k: number): SumWithTolerance => {
    const slot = r !== undefined && r < rows ? r * KEY_COUNT + k : -1;
    if (slot >= 0) {
      if (done[slot]) return { value: values[slot], tolerance: tolerances[slot] };
    } else {
      const hit = other.get(code)?.[k];
      if (hit) return hit;
    }
    let result: SumWithTolerance;
    const key = SOURCE_KEYS[k];
    const parts = partsByKey[k];
    if (parts) result = addUp(parts.length, (i) => sumAt(code, r, KEY_INDEX[parts[i]]));
    else {
      const children = childCodes(sheet, code);
      const own = sheet.amountAt(r, k);
      if (children && !isGivenHere(sheet, code, key, own, children)) {
        result = addUp(children.codes.length, (i) => sumAt(children.codes[i], children.rows[i], k));
        // A figure given at the line itself inside its SUM (a consolidation's "=SUM(F19,F20,350)").
        const inFormula = own.state === 'number' && own.formula ? ownInFormula(sheet, r, key) : 0;
        if (inFormula) result = { value: result.value + inFormula, tolerance: result.tolerance };
      } else {
        const n = own;
        const instead = meant?.get(meantKey(code, key));
        // A figure taken as meant: a unit slip's, a number stored as text or typed with its unit
        // ("2.400 triệu"), a blank cell her sums still count (a figure cleared: layout/rowTypos.ts).
        if (instead !== undefined && n.state !== 'error')
          result = { value: instead, tolerance: n.state === 'number' ? n.halfUnit : 0 };
        // Otherwise numbers stored as text count as nothing, as in Excel's SUM (NUMBER_AS_TEXT says what is missing).
        else result = n.state === 'number' && !n.asText ? { value: n.value, tolerance: n.halfUnit } : ZERO;
      }
    }
    if (slot >= 0) {
      values[slot] = result.value;
      tolerances[slot] = result.tolerance;
      done[slot] = 1;
    } else {
      let row = other.get(code);
      if (!row) other.set(code, (row = []));
      row[k] = result;
    }
    return result;
  };
  const rec: PlanSum = (code, key, row = sheet.rowOf.get(code)) => sumAt(code, row, KEY_INDEX[key]);
  if (useCache) planSumCache.set(sheet, rec);
  return rec;
}

/**
 * A typed figure with nothing typed below it is given at this level (see isLevelFigure): the
 * plan's sum takes it, not its lines'.
 */
export function isGivenHere(
  sheet: MoneySheet,
  code: string,
  key: SourceKey,
  own: CellNumber,
  children: ChildRows | null,
): boolean {
  return own.state === 'number' && !own.formula && !(children && hasTypedBelow(sheet, code, key));
}

/** Giao vốn figure at a cell: its value with the half-units behind it (null when not given). */
export function allocationFigure(
  sheet: MoneySheet,
  code: string,
  key: SourceKey,
  meant?: MeantFigures,
  row = sheet.rowOf.get(code),
): SumWithTolerance | null {
  // Read by row: this runs for every line and column of Giao vốn.
  const k = KEY_INDEX[key];
  if (!isGivenAllocationAt(sheet, code, row, k)) return null;
  const n = sheet.amountAt(row, k);
  if (n.state !== 'number') return null;
  // No key string built when there is nothing taken as meant (the usual case).
  const instead = meant?.size ? meant.get(meantKey(code, key)) : undefined;
  if (!n.formula) return { value: instead ?? n.value, tolerance: n.halfUnit };
  const parts = (PARTS_OF.get(key) ?? [])
    .map((p) => allocationFigure(sheet, code, p, undefined, row))
    .filter((x): x is SumWithTolerance => !!x);
  return { value: n.value, tolerance: parts.reduce((s, p) => s + p.tolerance, 0) };
}

/** The sums of parts 0…count−1 added in order (no list of sums built: this runs for every cell of a plan). */
function addUp(count: number, sumOf: (i: number) => SumWithTolerance): SumWithTolerance {
  let value = 0;
  let tolerance = 0;
  for (let i = 0; i < count; i++) {
    const x = sumOf(i);
    value += x.value;
    tolerance += x.tolerance;
  }
  return { value, tolerance };
}
