import { catalog } from '../domain/catalog';
import { SOURCES, TOTAL_SOURCE_KEYS, TYPED_SOURCE_KEYS, type SourceKey } from '../domain/sources';
import { TOTAL_ROW_CODE } from '../domain/workbookLayout';
import { valueOf, type CellNumber } from './cellNumber';
import { judge, type Judgement } from './judge';
import type { MoneySheet } from './workbookModel';

/** "This cell should equal the sum of those cells", as the template's formulas say. */
export interface SumRelation {
  kind: 'sources' | 'children' | 'details' | 'projects';
  code: string;
  key: SourceKey;
  parts: Array<{ code: string; key: SourceKey }>;
}

const PARTS_OF = new Map(SOURCES.map((s) => [s.key, s.parts]));

/** Every sum relation of a money sheet, over the rows and columns it actually has. */
export function sumRelations(sheet: MoneySheet): SumRelation[] {
  const out: SumRelation[] = [];
  const totalKeys = TOTAL_SOURCE_KEYS.filter((k) => sheet.colOf(k) >= 0);
  const typedKeys = TYPED_SOURCE_KEYS.filter((k) => sheet.colOf(k) >= 0);
  for (const code of sheet.rowOf.keys()) {
    for (const key of totalKeys) {
      const parts = PARTS_OF.get(key)!.filter((p) => sheet.colOf(p) >= 0).map((p) => ({ code, key: p }));
      out.push({ kind: 'sources', code, key, parts });
    }
    const children = childCodes(sheet, code);
    if (!children) continue;
    for (const key of typedKeys) {
      out.push({ kind: children.kind, code, key, parts: children.codes.map((c) => ({ code: c, key })) });
    }
  }
  return out;
}

/** The rows a row sums: catalog children, detail rows, or the projects for TONG. */
export function childCodes(sheet: MoneySheet, code: string): { kind: 'children' | 'details' | 'projects'; codes: string[] } | null {
  if (code === TOTAL_ROW_CODE) {
    return { kind: 'projects', codes: catalog.nodes.filter((n) => n.depth === 1 && sheet.rowOf.has(n.code)).map((n) => n.code) };
  }
  const node = catalog.byCode.get(code);
  if (!node) return null;
  if (!node.isLeaf) {
    const codes = node.children.filter((c) => sheet.rowOf.has(c));
    return codes.length ? { kind: 'children', codes } : null;
  }
  const details = sheet.detailsOf.get(code);
  return details?.length ? { kind: 'details', codes: details } : null;
}

/** Cells the template fills with formulas (derived from catalog + keys, not from templates). */
export function isFormulaCell(sheet: MoneySheet, code: string, key: SourceKey): boolean {
  if ((TOTAL_SOURCE_KEYS as string[]).includes(key)) return true;
  if (sheet.id === 'allocation') return false;
  return childCodes(sheet, code) !== null;
}

/** A constant (typed number, or number as text) where the template puts a formula. */
export function isHardcoded(sheet: MoneySheet, code: string, key: SourceKey, n: CellNumber): boolean {
  return n.state === 'number' && !n.formula && isFormulaCell(sheet, code, key);
}

/**
 * Giao vốn: blanks are "not given". A formula total is given when any of its parts is;
 * a typed cell when it holds a number.
 */
export function isGivenAllocation(sheet: MoneySheet, code: string, key: SourceKey): boolean {
  const n = sheet.amount(code, key);
  if (n.state !== 'number') return false;
  if (!n.formula) return true;
  const parts = PARTS_OF.get(key) ?? [];
  if (parts.length) return parts.some((p) => isGivenAllocation(sheet, code, p));
  const children = childCodes(sheet, code);
  return children ? children.codes.some((c) => isGivenAllocation(sheet, c, key)) : true;
}

export interface RelationResult {
  total: number;
  sum: number;
  judgement: Judgement;
}

/**
 * Judges one relation; null when there is nothing to judge (Giao vốn total or all parts not
 * given, a partial Giao vốn total that covers its given parts, or unreadable cells that
 * other checks report).
 */
export function judgeRelation(sheet: MoneySheet, rel: SumRelation): RelationResult | null {
  const total = sheet.amount(rel.code, rel.key);
  if (total.state === 'text' || total.state === 'error') return null;
  const partCells = rel.parts.map((p) => ({ p, n: sheet.amount(p.code, p.key) }));
  if (partCells.some(({ n }) => n.state === 'error')) return null;
  const allocation = sheet.id === 'allocation';
  let used = partCells;
  if (allocation) {
    if (!isGivenAllocation(sheet, rel.code, rel.key)) return null;
    used = partCells.filter(({ p }) => isGivenAllocation(sheet, p.code, p.key));
    if (used.length === 0) return null;
  }
  const totalValue = valueOf(total);
  // Excel's SUM skips numbers stored as text: a formula total is judged as Excel computes it
  // (NUMBER_AS_TEXT reports the text itself); a typed total against the parsed values.
  const excelSum = total.state === 'number' && total.formula;
  const sum = used.reduce((s, { n }) => s + (excelSum && n.state === 'number' && n.asText ? 0 : valueOf(n)), 0);
  const tolerance = halfOf(total) + used.reduce((s, { n }) => s + halfOf(n), 0);
  const judgement = judge(totalValue, sum, tolerance);
  // Some parts not given: the total may be larger than the parts given, never smaller.
  if (allocation && used.length < partCells.length && judgement.diff > 0) return null;
  return { total: totalValue, sum, judgement };
}

function halfOf(n: CellNumber): number {
  return n.state === 'number' ? n.halfUnit : 0;
}
