import { colIndex as colOf } from '../../model/a1';
import {
  cellFormula,
  cellType,
  cellValue,
  isWaitingAt,
  movableShapeAt,
  rowCount,
  rowLength,
  setCellResult,
  type SheetSnapshot,
} from '../../model/snapshot';
import { pendingAt, pendingCol, pendingRow, pendingSheet, type PendingFormula } from './pendingFormula';
import { evaluateSimpleSteps } from './simpleFormulas';
import { startsWithFold } from '../../model/sumRanges';
import { drain, type Steps } from './slices';
import { shapeMemo } from '../../model/formulaShape';

/**
 * Fast path for the Giải ngân formulas a file did not cache (HyperFormula takes minutes on
 * thousands of whole-column SUMIFs): the plan lookup SUMIF('Sheet'!$B:$B,$B9,'Sheet'!$E:$E)
 * through one code index per looked-up column pair, then the sums over those results, then
 * the rates IF(SUM(D9)=0,"",SUM(E9)/SUM(D9)). Anything else is returned for HyperFormula.
 */
const SUMIF =
  /^=SUMIF\('((?:[^']|'')+)'!\$([A-Z]{1,3}):\$\2,\$?([A-Z]{1,3})\$?(\d+),'((?:[^']|'')+)'!\$([A-Z]{1,3}):\$\6\)$/i;
const RATE = /^=IF\(SUM\(\$?([A-Z]{1,3})\$?(\d+)\)=0,"",SUM\(\$?([A-Z]{1,3})\$?(\d+)\)\/SUM\(\$?\1\$?\2\)\)$/i;

/** SUMIF('Sheet'!$B:$B,$B9,'Sheet'!$E:$E) read: the sheet, its key and value columns, the criterion cell. */
interface PlanLookup {
  sheetName: string;
  keyCol: number;
  valueCol: number;
  criterionRow: number;
  criterionCol: number;
}

/** The lookup a formula is, or null (another formula, or two sheets). */
function readPlanLookup(f: string): PlanLookup | null {
  // The prefix first: the regex on every pending formula was the hot spot.
  const m = startsWithFold(f, '=SUMIF(') ? SUMIF.exec(f) : null;
  if (!m || m[1] !== m[5]) return null;
  return {
    sheetName: m[1],
    keyCol: colOf(m[2]),
    valueCol: colOf(m[6]),
    criterionRow: Number(m[4]) - 1,
    criterionCol: colOf(m[3]),
  };
}

/** IF(SUM(D9)=0,"",SUM(E9)/SUM(D9)) read: its denominator and numerator cells. */
interface Rate {
  denRow: number;
  denCol: number;
  numRow: number;
  numCol: number;
}

function readRate(f: string): Rate | null {
  const m = startsWithFold(f, '=IF(SUM(') ? RATE.exec(f) : null;
  return m ? { denRow: Number(m[2]) - 1, denCol: colOf(m[1]), numRow: Number(m[4]) - 1, numCol: colOf(m[3]) } : null;
}

/** Whether a cell is there, even an empty one before a stored cell (as `rows[r]?.[c]` is). */
const isInRow = (sheet: SheetSnapshot, row: number, col: number) => col >= 0 && col < rowLength(sheet, row);
const fold = (v: unknown) =>
  String(v ?? '')
    .trim()
    .toUpperCase();

interface KeyColumn {
  groupOf: Map<string, number>;
  rowGroup: Int32Array;
}

interface Lookup {
  groupOf: Map<string, number>;
  sums: Float64Array;
}

export function evaluateLookupFormulas(sheets: SheetSnapshot[], pending: PendingFormula[]): PendingFormula[] {
  return drain(evaluateLookupSteps(sheets, pending));
}

const FORMULAS_PER_STEP = 256;

/** The same in steps (see slices.ts). */
export function* evaluateLookupSteps(sheets: SheetSnapshot[], pending: PendingFormula[]): Steps<PendingFormula[]> {
  const byName = new Map(sheets.map((s) => [s.name.toUpperCase(), s]));
  /** The rows to add to what the last `readFormulaAt` found. */
  let formulaShift = 0;
  /**
   * What `read` finds in a cell's formula: once a movable shape (its rows then moved by
   * `formulaShift`, formulaShape.ts), else from the text. Null for no formula or none found.
   */
  const readFormulaAt = <T>(
    sheet: SheetSnapshot,
    row: number,
    col: number,
    key: string,
    read: (f: string) => T | null,
  ) => {
    const shape = movableShapeAt(sheet, row, col);
    formulaShift = shape ? row - shape.anchor : 0;
    if (shape) return shapeMemo(shape, key, read);
    const f = cellFormula(sheet, row, col);
    return f ? read(f) : null;
  };
  // A key column's codes, once for all the value columns looked up beside it: each row's group
  // (the rows sharing a code), and each code's group. One map a key column, not one a value
  // column (eight maps of 200,000 codes was ~60 MB at the peak of reading a province plan).
  const keyColumns = new Map<string, KeyColumn>();
  const keysOf = (sheet: SheetSnapshot, keyCol: number): KeyColumn => {
    const id = `${sheet.name}|${keyCol}`;
    let keys = keyColumns.get(id);
    if (!keys) {
      const groupOf = new Map<string, number>();
      const rows = rowCount(sheet);
      const rowGroup = new Int32Array(rows).fill(-1);
      for (let r = 0; r < rows; r++) {
        if (cellType(sheet, r, keyCol) !== 's') continue;
        const k = fold(cellValue(sheet, r, keyCol));
        let g = groupOf.get(k);
        if (g === undefined) groupOf.set(k, (g = groupOf.size));
        rowGroup[r] = g;
      }
      keys = { groupOf, rowGroup };
      keyColumns.set(id, keys);
    }
    return keys;
  };
  /** The sums of a value column by group, or null when a looked-up figure is itself unresolved. */
  // By the sheet's name as written (no case folding a formula: a name spelt in another case only
  // builds the same index again), then by the column pair as one number (no string a formula).
  const indexes = new Map<string, Map<number, Lookup | null>>();
  const index = (sheetName: string, keyCol: number, valueCol: number): Lookup | null => {
    let bySheet = indexes.get(sheetName);
    if (!bySheet) indexes.set(sheetName, (bySheet = new Map<number, Lookup | null>()));
    const id = keyCol * 16_384 + valueCol;
    const known = bySheet.get(id);
    if (known !== undefined) return known;
    const sheet = byName.get(sheetName.replace(/''/g, "'").toUpperCase());
    let lookup: Lookup | null = null;
    if (sheet) {
      const keys = keysOf(sheet, keyCol);
      const sums = new Float64Array(keys.groupOf.size);
      lookup = { groupOf: keys.groupOf, sums };
      for (let r = 0; r < keys.rowGroup.length; r++) {
        const g = keys.rowGroup[r];
        if (g < 0) continue;
        // A looked-up figure that is itself unresolved: leave the whole lookup to the general engine.
        if (isWaitingAt(sheet, r, valueCol)) {
          lookup = null;
          break;
        }
        if (cellType(sheet, r, valueCol) === 'n') sums[g] += cellValue(sheet, r, valueCol) as number;
      }
    }
    bySheet.set(id, lookup);
    return lookup;
  };

  let left: PendingFormula[] = [];
  /** The last criterion cell, by its packed place. */
  let lastCriterion = -1;
  let lastKey = '';
  // A row's lookups of one key column (the plan's codes) share the code's group too.
  let lastGroups: Map<string, number> | null = null;
  let lastGroup: number | undefined;
  for (let i = 0; i < pending.length; i++) {
    if (i % FORMULAS_PER_STEP === FORMULAS_PER_STEP - 1) yield;
    const p = pending[i];
    const sheetIndex = pendingSheet(p);
    const sheet = sheets[sheetIndex];
    const found = readFormulaAt(sheet, pendingRow(p), pendingCol(p), 'planLookup', readPlanLookup);
    if (!found) {
      left.push(p);
      continue;
    }
    const lookup = index(found.sheetName, found.keyCol, found.valueCol);
    const criterionRow = found.criterionRow + formulaShift;
    const criterionCol = found.criterionCol;
    if (!lookup || !isInRow(sheet, criterionRow, criterionCol) || isWaitingAt(sheet, criterionRow, criterionCol)) {
      left.push(p);
      continue;
    }
    // A row's lookups share its code cell: folded once for them all.
    const criterion = pendingAt(sheetIndex, criterionRow, criterionCol);
    if (criterion !== lastCriterion) {
      lastCriterion = criterion;
      lastKey = fold(cellValue(sheet, criterionRow, criterionCol));
      lastGroups = null;
    }
    if (lookup.groupOf !== lastGroups) {
      lastGroups = lookup.groupOf;
      lastGroup = lastGroups.get(lastKey);
    }
    setCellResult(sheet, pendingRow(p), pendingCol(p), lastGroup === undefined ? 0 : lookup.sums[lastGroup], 'n');
  }
  // The sums over looked-up figures, when any was looked up (else the simple path already failed
  // on them). The rates are tried either way: in a file saved by Excel or LibreOffice every figure
  // is cached and only the rates that show "" come back without a result.
  if (left.length !== pending.length) left = yield* evaluateSimpleSteps(sheets, left);

  const rest: PendingFormula[] = [];
  for (let i = 0; i < left.length; i++) {
    if (i % FORMULAS_PER_STEP === FORMULAS_PER_STEP - 1) yield;
    const p = left[i];
    const sheet = sheets[pendingSheet(p)];
    const [row, col] = [pendingRow(p), pendingCol(p)];
    const rate = readFormulaAt(sheet, row, col, 'rate', readRate);
    if (!rate) {
      rest.push(p);
      continue;
    }
    const [denRow, denCol, numRow, numCol] = [
      rate.denRow + formulaShift,
      rate.denCol,
      rate.numRow + formulaShift,
      rate.numCol,
    ];
    const [denType, numType] = [cellType(sheet, denRow, denCol), cellType(sheet, numRow, numCol)];
    if (
      isWaitingAt(sheet, denRow, denCol) ||
      isWaitingAt(sheet, numRow, numCol) ||
      denType === 'e' ||
      numType === 'e'
    ) {
      rest.push(p);
      continue;
    }
    const d = denType === 'n' ? (cellValue(sheet, denRow, denCol) as number) : 0;
    const n = numType === 'n' ? (cellValue(sheet, numRow, numCol) as number) : 0;
    if (d === 0) setCellResult(sheet, row, col, null, 'z');
    else setCellResult(sheet, row, col, n / d, 'n');
  }
  return rest;
}
