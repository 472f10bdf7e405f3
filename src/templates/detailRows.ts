import { catalog } from '../domain/catalog';
import { SOURCES, TYPED_SOURCE_KEYS, type SourceKey } from '../domain/sources';
import { DETAIL_CODE_PATTERN } from '../domain/workbookLayout';
import { sumAcross, sumOfRows } from './formulas';

/**
 * The rules of a detail row (one work or activity under a leaf line of Kế hoạch vốn), in
 * one place: both hosts (Office.js inserting in place, ExcelJS rebuilding the sheet) and
 * the template builder apply them, so a row added anywhere looks the same.
 */

/** Detail code for the n-th detail (1-based) under a leaf: DA4.TDA1.ND1.01. */
export function detailCode(leafCode: string, n: number): string {
  return `${leafCode}.${String(n).padStart(2, '0')}`;
}

/**
 * Next free detail code under a leaf, numbered after the highest existing one. Pass every
 * code on the sheet: a detail moved elsewhere keeps its number and is never duplicated.
 */
export function nextDetailCode(leafCode: string, existing: string[]): string {
  let max = 0;
  for (const code of existing) {
    const m = DETAIL_CODE_PATTERN.exec(code);
    if (m && m[1] === leafCode) max = Math.max(max, Number(m[2]));
  }
  return detailCode(leafCode, max + 1);
}

/** Why a detail row cannot go under `leafCode` (Vietnamese first), or null when it can. */
export function detailLeafProblem(leafCode: string): string | null {
  const node = catalog.byCode.get(leafCode);
  if (!node)
    return `Không tìm thấy nội dung ${leafCode} trong danh mục; chỉ thêm chi tiết dưới nội dung lá / ${leafCode} is not a catalog line: detail rows go under leaf lines only`;
  if (!node.isLeaf)
    return `Dòng ${leafCode} có dòng con, chỉ thêm chi tiết dưới nội dung lá / ${leafCode} is not a leaf line: detail rows go under leaf lines only`;
  return null;
}

/**
 * Checks a request before anything is read or written: the leaf must be a catalog leaf
 * (not a group, a detail row or a code the user made up) and the name not empty.
 * Returns the trimmed name; throws one Vietnamese-first line otherwise.
 */
export function checkDetailRowRequest(leafCode: string, name: string): string {
  const problem = detailLeafProblem(leafCode);
  if (problem) throw new Error(problem);
  const trimmed = name.trim();
  if (!trimmed) throw new Error('Tên dòng chi tiết không được để trống / the detail row needs a name');
  return trimmed;
}

/**
 * Source columns whose amounts typed on the leaf move to its first detail row (so no money
 * is lost when the leaf becomes a sum). Once the leaf has details nothing moves: a figure
 * typed over the leaf's sum stays where it is, for validation to report.
 */
export function amountsMovedToNewDetail(leafHadDetails: boolean): readonly SourceKey[] {
  return leafHadDetails ? [] : TYPED_SOURCE_KEYS;
}

/** The total columns of a detail row (0-based `row`): each sums its parts on that row. */
export function detailRowTotals(
  row: number,
  colOf: (key: SourceKey) => number | undefined,
): Array<{ key: SourceKey; col: number; formula: string }> {
  const out: Array<{ key: SourceKey; col: number; formula: string }> = [];
  for (const source of SOURCES) {
    const col = colOf(source.key);
    if (source.parts.length === 0 || col === undefined) continue;
    const parts = source.parts.map((p) => colOf(p));
    if (parts.some((p) => p === undefined)) continue;
    out.push({ key: source.key, col, formula: sumAcross(row, parts as number[]) });
  }
  return out;
}

/**
 * A leaf's formula in one typed column once it has details: the sum of its detail block,
 * rows `firstRow`..`lastRow` (0-based), blank rows the user left inside the block included.
 */
export function leafSumFormula(col: number, firstRow: number, lastRow: number): string {
  const rows: number[] = [];
  for (let r = firstRow; r <= lastRow; r++) rows.push(r);
  return sumOfRows(rows, col);
}
