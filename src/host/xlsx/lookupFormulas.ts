import { parseA1 } from '../../model/a1';
import type { CellSnapshot, SheetSnapshot } from '../../model/snapshot';
import type { PendingFormula } from './evaluateFormulas';
import { evaluateSimpleSteps, startsWithFold } from './simpleFormulas';
import { drain, type Steps } from './slices';

/**
 * Fast path for the Giải ngân formulas a file did not cache (HyperFormula takes minutes on
 * thousands of whole-column SUMIFs): the plan lookup SUMIF('Sheet'!$B:$B,$B9,'Sheet'!$E:$E)
 * through one code index per looked-up column pair, then the sums over those results, then
 * the rates IF(SUM(D9)=0,"",SUM(E9)/SUM(D9)). Anything else is returned for HyperFormula.
 */
const SUMIF =
  /^=SUMIF\('((?:[^']|'')+)'!\$([A-Z]{1,3}):\$\2,\$?([A-Z]{1,3})\$?(\d+),'((?:[^']|'')+)'!\$([A-Z]{1,3}):\$\6\)$/i;
const RATE = /^=IF\(SUM\(\$?([A-Z]{1,3})\$?(\d+)\)=0,"",SUM\(\$?([A-Z]{1,3})\$?(\d+)\)\/SUM\(\$?\1\$?\2\)\)$/i;

const isWaiting = (c: CellSnapshot | undefined) => !!c && c.f !== undefined && c.v === null && c.t === 'n';
const fold = (v: unknown) =>
  String(v ?? '')
    .trim()
    .toUpperCase();
const columns = new Map<string, number>();
const colOf = (letters: string) => {
  let col = columns.get(letters);
  if (col === undefined) {
    col = parseA1(`${letters}1`).col;
    if (columns.size < 1000) columns.set(letters, col);
  }
  return col;
};

export function evaluateLookupFormulas(sheets: SheetSnapshot[], pending: PendingFormula[]): PendingFormula[] {
  return drain(evaluateLookupSteps(sheets, pending));
}

const FORMULAS_PER_STEP = 256;

/** The same in steps (see slices.ts). */
export function* evaluateLookupSteps(sheets: SheetSnapshot[], pending: PendingFormula[]): Steps<PendingFormula[]> {
  const byName = new Map(sheets.map((s) => [s.name.toUpperCase(), s]));
  const indexes = new Map<string, Map<string, number> | null>();
  // The folded codes of a key column, once for all the value columns looked up beside it.
  const keyColumns = new Map<string, Array<string | undefined>>();
  const keysOf = (sheet: SheetSnapshot, keyCol: number) => {
    const id = `${sheet.name}|${keyCol}`;
    let keys = keyColumns.get(id);
    if (!keys) {
      keys = sheet.rows.map((row) => (row[keyCol]?.t === 's' ? fold(row[keyCol].v) : undefined));
      keyColumns.set(id, keys);
    }
    return keys;
  };
  const index = (sheetName: string, keyCol: number, valueCol: number): Map<string, number> | null => {
    const id = `${sheetName.toUpperCase()}|${keyCol}|${valueCol}`;
    if (indexes.has(id)) return indexes.get(id)!;
    const sheet = byName.get(sheetName.replace(/''/g, "'").toUpperCase());
    let map: Map<string, number> | null = sheet ? new Map() : null;
    const keys = sheet ? keysOf(sheet, keyCol) : [];
    for (let r = 0; r < keys.length; r++) {
      const k = keys[r];
      if (k === undefined) continue;
      const value = sheet!.rows[r][valueCol];
      // A looked-up figure that is itself unresolved: leave the whole lookup to the general engine.
      if (isWaiting(value)) {
        map = null;
        break;
      }
      if (value?.t === 'n') map!.set(k, (map!.get(k) ?? 0) + (value.v as number));
    }
    indexes.set(id, map);
    return map;
  };

  let left: PendingFormula[] = [];
  let lastCriterion: CellSnapshot | null = null;
  let lastKey = '';
  for (let i = 0; i < pending.length; i++) {
    if (i % FORMULAS_PER_STEP === FORMULAS_PER_STEP - 1) yield;
    const p = pending[i];
    const sheet = sheets[p.sheet];
    const cell = sheet.rows[p.row][p.col];
    // The prefix first: the regex on every pending formula was the hot spot.
    const m = cell.f && startsWithFold(cell.f, '=SUMIF(') ? SUMIF.exec(cell.f) : null;
    if (!m || m[1] !== m[5]) {
      left.push(p);
      continue;
    }
    const map = index(m[1], colOf(m[2]), colOf(m[6]));
    const criterion = sheet.rows[Number(m[4]) - 1]?.[colOf(m[3])];
    if (!map || !criterion || isWaiting(criterion)) {
      left.push(p);
      continue;
    }
    // A row's lookups share its code cell: folded once for them all.
    if (criterion !== lastCriterion) {
      lastCriterion = criterion;
      lastKey = fold(criterion.v);
    }
    cell.v = map.get(lastKey) ?? 0;
  }
  // The sums over looked-up figures, when any was looked up (else the simple path already failed
  // on them). The rates are tried either way: in a file saved by Excel or LibreOffice every figure
  // is cached and only the rates that show "" come back without a result.
  if (left.length !== pending.length) left = yield* evaluateSimpleSteps(sheets, left);

  const rest: PendingFormula[] = [];
  for (let i = 0; i < left.length; i++) {
    if (i % FORMULAS_PER_STEP === FORMULAS_PER_STEP - 1) yield;
    const p = left[i];
    const sheet = sheets[p.sheet];
    const cell = sheet.rows[p.row][p.col];
    const m = cell.f && startsWithFold(cell.f, '=IF(SUM(') ? RATE.exec(cell.f) : null;
    const den = m ? sheet.rows[Number(m[2]) - 1]?.[colOf(m[1])] : undefined;
    const num = m ? sheet.rows[Number(m[4]) - 1]?.[colOf(m[3])] : undefined;
    if (!m || isWaiting(den) || isWaiting(num) || den?.t === 'e' || num?.t === 'e') {
      rest.push(p);
      continue;
    }
    const d = den?.t === 'n' ? (den.v as number) : 0;
    const n = num?.t === 'n' ? (num.v as number) : 0;
    if (d === 0) cell.t = 'z';
    else cell.v = n / d;
  }
  return rest;
}
