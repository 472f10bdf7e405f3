import { catalog } from '../domain/catalog';
import { SOURCES, SOURCE_KEYS, TOTAL_SOURCE_KEYS, TYPED_SOURCE_KEYS, type SourceKey } from '../domain/sources';
import { TOTAL_ROW_CODE } from '../domain/workbookLayout';
import { valueOf, type CellNumber } from './cellNumber';
import { judge, type Judgement } from './judge';
import { KEY_INDEX, type MoneySheet } from './workbookModel';
import { formulaConstant } from './formulaConstant';
import { cellAt } from '../model/snapshot';

/**
 * "This cell should equal the sum of those cells", as the template's formulas say: either
 * other source columns of the same row (`partKeys`) or the same column of other rows
 * (`partCodes`). Part lists are shared, not copied: a province plan has ~40,000 relations.
 */
export interface SumRelation {
  kind: 'sources' | 'children' | 'details' | 'projects';
  code: string;
  key: SourceKey;
  partKeys: readonly SourceKey[] | null;
  partCodes: readonly string[] | null;
  /** 0-based row of `code`, when known (read by row: a province's row map is large). */
  row?: number;
}

/** Source key → the source keys it sums (empty for typed sources). */
export const PARTS_OF: ReadonlyMap<SourceKey, readonly SourceKey[]> = new Map(SOURCES.map((s) => [s.key, s.parts]));
const PROJECT_CODES = catalog.nodes.filter((n) => n.depth === 1).map((n) => n.code);
const relationCache = new WeakMap<MoneySheet, SumRelation[]>();
const TOTAL_KEYS: ReadonlySet<string> = new Set(TOTAL_SOURCE_KEYS);

/**
 * Visits every sum relation of a money sheet, over the rows and columns it actually has.
 * The visitor gets one reused object (a province plan has ~2 million relations, an object
 * each was ~80 MB): read its fields, copy it to keep it.
 */
export function forEachSumRelation(sheet: MoneySheet, visit: (rel: Readonly<SumRelation>) => void): void {
  const totalKeys = TOTAL_SOURCE_KEYS.filter((k) => sheet.colOf(k) >= 0);
  const typedKeys = TYPED_SOURCE_KEYS.filter((k) => sheet.colOf(k) >= 0);
  const partsOf = totalKeys.map((k) => presentParts(sheet, k));
  const rel: SumRelation = { kind: 'sources', code: '', key: 'TONG', partKeys: null, partCodes: null, row: 0 };
  for (const [code, row] of sheet.rowOf) {
    rel.code = code;
    rel.row = row;
    rel.kind = 'sources';
    rel.partCodes = null;
    for (let i = 0; i < totalKeys.length; i++) {
      rel.key = totalKeys[i];
      rel.partKeys = partsOf[i];
      visit(rel);
    }
    const children = childCodes(sheet, code);
    if (!children) continue;
    rel.kind = children.kind;
    rel.partKeys = null;
    rel.partCodes = children.codes;
    for (const key of typedKeys) {
      rel.key = key;
      visit(rel);
    }
  }
}

/** Every sum relation of a money sheet as a list (part lists shared, not copied). */
export function sumRelations(sheet: MoneySheet): SumRelation[] {
  const cached = relationCache.get(sheet);
  if (cached) return cached;
  const out: SumRelation[] = [];
  forEachSumRelation(sheet, (rel) => out.push({ ...rel }));
  relationCache.set(sheet, out);
  return out;
}

/**
 * The parts of a total column that the sheet has; a part column it lacks is replaced by its
 * own parts (an officer's layout may have no "Tổng ĐTPT" column, only NSTW and NSĐP).
 */
export function presentParts(sheet: MoneySheet, key: SourceKey): SourceKey[] {
  const out: SourceKey[] = [];
  for (const p of PARTS_OF.get(key) ?? []) {
    if (sheet.colOf(p) >= 0) out.push(p);
    else out.push(...presentParts(sheet, p));
  }
  return out;
}

/** Calls fn for each part cell of a relation. */
export function forEachPart(rel: SumRelation, fn: (code: string, key: SourceKey) => void): void {
  if (rel.partKeys) for (const k of rel.partKeys) fn(rel.code, k);
  else for (const c of rel.partCodes!) fn(c, rel.key);
}

/** The rows a row sums; `rows` are the 0-based rows of `codes` (every one is on the sheet). */
export interface ChildRows {
  kind: 'children' | 'details' | 'projects';
  codes: string[];
  rows: number[];
}
/** Asked for every row by several checks; the answer only depends on the sheet's rows (shared, read-only). */
const childCache = new WeakMap<MoneySheet, Map<string, ChildRows | null>>();

/** The rows a row sums: catalog children, detail rows, or the projects for TONG. */
export function childCodes(sheet: MoneySheet, code: string): ChildRows | null {
  // Only catalog lines and TONG have rows under them: no memo entry for each of a province's detail rows.
  if (code !== TOTAL_ROW_CODE && !catalog.byCode.has(code)) return null;
  let memo = childCache.get(sheet);
  if (!memo) childCache.set(sheet, (memo = new Map<string, ChildRows | null>()));
  let found = memo.get(code);
  if (found === undefined) memo.set(code, (found = findChildCodes(sheet, code)));
  return found;
}

function findChildCodes(sheet: MoneySheet, code: string): ChildRows | null {
  const withRows = (kind: ChildRows['kind'], codes: string[], rows?: number[]): ChildRows => ({
    kind,
    codes,
    rows: rows ?? codes.map((c) => sheet.rowOf.get(c)!),
  });
  if (code === TOTAL_ROW_CODE) return withRows('projects', nearestPresent(sheet, PROJECT_CODES));
  const node = catalog.byCode.get(code)!;
  const details = sheet.detailsOf.get(code);
  if (!node.isLeaf) {
    const codes = nearestPresent(sheet, node.children);
    if (codes.length && details?.length) {
      // Her own rows under a project beside its sub-projects ("- Chi phí quản lý chung" above
      // "a) Tiểu dự án 1"): the project is all of them, in her order. The template has none.
      const rows = sheet.detailRowsOf?.get(code) ?? details.map((d) => sheet.rowOf.get(d)!);
      const all = [...details.map((c, i) => ({ c, r: rows[i] })), ...codes.map((c) => ({ c, r: sheet.rowOf.get(c)! }))];
      all.sort((a, b) => a.r - b.r);
      return withRows(
        'children',
        all.map((x) => x.c),
        all.map((x) => x.r),
      );
    }
    if (codes.length) return withRows('children', codes);
  }
  return details?.length ? withRows('details', details, sheet.detailRowsOf?.get(code)) : null;
}

/**
 * The lines of `codes` the sheet has; for one it lacks, its nearest descendants it has (an
 * officer's table may list "Dự án 9 – Tiểu dự án 2" without a row for Dự án 9). The
 * template has every line, so there this is just `codes`.
 */
function nearestPresent(sheet: MoneySheet, codes: readonly string[]): string[] {
  const out: string[] = [];
  for (const c of codes) {
    if (sheet.rowOf.has(c)) out.push(c);
    else out.push(...nearestPresent(sheet, catalog.byCode.get(c)?.children ?? []));
  }
  return out;
}

/** Cells the template fills with formulas (derived from catalog + keys, not from templates). */
export function isFormulaCell(sheet: MoneySheet, code: string, key: SourceKey): boolean {
  if (TOTAL_KEYS.has(key)) return true;
  if (sheet.id === 'allocation') return false;
  return childCodes(sheet, code) !== null;
}

/** A constant (typed number, or number as text) where the template puts a formula. */
export function isHardcoded(sheet: MoneySheet, code: string, key: SourceKey, n: CellNumber): boolean {
  if (sheet.typedLayout) return false;
  return n.state === 'number' && !n.formula && isFormulaCell(sheet, code, key) && !isLevelFigure(sheet, code, key);
}

/** Per sheet: code → answers by KEY_INDEX (no key string built per question). */
const typedBelowCache = new WeakMap<MoneySheet, Map<string, Array<boolean | undefined>>>();

/**
 * Whether any row under `code` (children, details, recursively) holds a typed number in this column.
 * Her own rows under a project beside its sub-projects count only once a sub-project has money in the
 * column: a project given as a whole keeps its figure, whatever its own rows say ("of which …").
 */
export function hasTypedBelow(sheet: MoneySheet, code: string, key: SourceKey): boolean {
  let memo = typedBelowCache.get(sheet);
  if (!memo) typedBelowCache.set(sheet, (memo = new Map<string, Array<boolean | undefined>>()));
  const children = childCodes(sheet, code);
  // A row with nothing under it (most of a province's rows): no memo entry needed.
  if (!children) return false;
  let byKey = memo.get(code);
  if (!byKey) memo.set(code, (byKey = []));
  const k = KEY_INDEX[key];
  const hit = byKey[k];
  if (hit !== undefined) return hit;
  byKey[k] = false;
  let found = false;
  const mixed = children.kind === 'children' && children.codes.some((c) => !catalog.byCode.has(c));
  for (let i = 0; i < children.codes.length; i++) {
    if (mixed && !catalog.byCode.has(children.codes[i])) continue;
    const n = sheet.amountAt(children.rows[i], k);
    if ((n.state === 'number' && !n.formula) || hasTypedBelow(sheet, children.codes[i], key)) {
      found = true;
      break;
    }
  }
  byKey[k] = found;
  return found;
}

/**
 * A figure given at this level: a typed number on a row that has child rows, while nothing is
 * typed below it in this column (a district plan gives money per project, not per nội dung).
 * It is a figure of its own, counted by the totals above, not a total typed over its formula.
 */
export function isLevelFigure(sheet: MoneySheet, code: string, key: SourceKey): boolean {
  if (TOTAL_KEYS.has(key)) return false;
  const n = sheet.amount(code, key);
  if (n.state !== 'number' || n.formula) return false;
  return childCodes(sheet, code) !== null && !hasTypedBelow(sheet, code, key);
}

/**
 * Giao vốn: blanks are "not given". A formula total is given when any of its parts is;
 * a typed cell when it holds a number.
 */
export function isGivenAllocation(sheet: MoneySheet, code: string, key: SourceKey): boolean {
  return isGivenAllocationAt(sheet, code, sheet.rowOf.get(code), KEY_INDEX[key]);
}

/** The same by the line's row (undefined: not on the sheet) and KEY_INDEX of the column. */
export function isGivenAllocationAt(sheet: MoneySheet, code: string, row: number | undefined, k: number): boolean {
  const n = sheet.amountAt(row, k);
  if (n.state !== 'number') return false;
  if (!n.formula) return true;
  const parts = PARTS_OF.get(SOURCE_KEYS[k]) ?? [];
  if (parts.length) return parts.some((p) => isGivenAllocationAt(sheet, code, row, KEY_INDEX[p]));
  const children = childCodes(sheet, code);
  return children ? children.codes.some((c, i) => isGivenAllocationAt(sheet, c, children.rows[i], k)) : true;
}

/** The row of a relation's line (undefined: not on the sheet). */
const relationRow = (sheet: MoneySheet, rel: SumRelation) => rel.row ?? sheet.rowOf.get(rel.code);

/** The relation's total cell as read. */
export function relationTotal(sheet: MoneySheet, rel: SumRelation): CellNumber {
  return sheet.amountAt(relationRow(sheet, rel), KEY_INDEX[rel.key]);
}

export interface RelationResult {
  total: number;
  sum: number;
  judgement: Judgement;
  /** Giao vốn with some parts not given: a total above its given parts is no mismatch. */
  partial: boolean;
}

/**
 * Judges one relation; null when there is nothing to judge (Giao vốn total or all parts not
 * given, a partial Giao vốn total that covers its given parts, or unreadable cells that
 * other checks report).
 */
export function judgeRelation(sheet: MoneySheet, rel: SumRelation): RelationResult | null {
  // Cells read by row (one lookup of the line's row, not one per part): a province's row map is large.
  const row = relationRow(sheet, rel);
  const total = sheet.amountAt(row, KEY_INDEX[rel.key]);
  if (total.state === 'text' || total.state === 'error') return null;
  // A figure given at its own level has nothing below it to be compared with.
  if (rel.partCodes && isLevelFigure(sheet, rel.code, rel.key)) return null;
  const allocation = sheet.id === 'allocation';
  if (allocation && !isGivenAllocationAt(sheet, rel.code, row, KEY_INDEX[rel.key])) return null;
  // Excel's SUM skips numbers stored as text: a formula total is judged as Excel computes it
  // (NUMBER_AS_TEXT reports the text itself); a typed total against the parsed values.
  const excelSum = total.state === 'number' && total.formula;
  let sum = 0;
  let tolerance = halfOf(total);
  let used = 0;
  let all = 0;
  let error = false;
  // Plain loops: this runs for every relation of a province plan (~80,000).
  const keys = rel.partKeys;
  const codes = rel.partCodes;
  const count = keys ? keys.length : codes!.length;
  const children = codes ? childCodes(sheet, rel.code) : null;
  const partRows = children && children.codes === codes ? children.rows : null;
  for (let i = 0; i < count; i++) {
    const code = keys ? rel.code : codes![i];
    const key = keys ? keys[i] : rel.key;
    all += 1;
    const partRow = keys ? row : partRows ? partRows[i] : sheet.rowOf.get(code);
    const k = KEY_INDEX[key];
    const n = sheet.amountAt(partRow, k);
    if (n.state === 'error') {
      error = true;
      break;
    }
    if (allocation && !isGivenAllocationAt(sheet, code, partRow, k)) continue;
    used += 1;
    if (n.state !== 'number') continue;
    if (!(excelSum && n.asText)) sum += n.value;
    tolerance += n.halfUnit;
  }
  if (error || used === 0) return null;
  // A figure given at the line itself inside its SUM (a consolidation's "=SUM(F19,F20,350)").
  if (codes && excelSum) sum += ownInFormula(sheet, row, rel.key);
  const totalValue = valueOf(total);
  const judgement = judge(totalValue, sum, tolerance);
  // Some parts not given: the total may be larger than the parts given, never smaller.
  const partial = allocation && used < all;
  if (partial && judgement.diff > 0) return null;
  return { total: totalValue, sum, judgement, partial };
}

/** The numbers a line's total adds beside its references (formulaConstant.ts); 0 for most. */
export function ownInFormula(sheet: MoneySheet, row: number | undefined, key: SourceKey): number {
  const col = sheet.colOf(key);
  return row === undefined || col < 0 ? 0 : formulaConstant(cellAt(sheet.sheet, row, col).f);
}

function halfOf(n: CellNumber): number {
  return n.state === 'number' ? n.halfUnit : 0;
}
