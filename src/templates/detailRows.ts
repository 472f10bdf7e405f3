import { catalog } from '../domain/catalog';
import { SOURCES, TYPED_SOURCE_KEYS, type SourceKey } from '../domain/sources';
import { DETAIL_CODE_PATTERN } from '../domain/workbookLayout';
import { findKeyRowInGrid, type KeyRow } from '../domain/keyRow';
import type { SheetSnapshot } from '../model/snapshot';
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
 * Rows carrying a detail code, grouped under their leaf line (codes whose line is not a leaf
 * are left out: the template holds details only under leaves). Pushed, not copied: a leaf of
 * a province plan has thousands of detail rows.
 */
export function detailsUnderLeaves<T extends { code: string }>(rows: readonly T[]): Map<string, T[]> {
  const details = new Map<string, T[]>();
  for (const r of rows) {
    const m = DETAIL_CODE_PATTERN.exec(r.code);
    if (!m || !catalog.byCode.get(m[1])?.isLeaf) continue;
    const list = details.get(m[1]);
    if (list) list.push(r);
    else details.set(m[1], [r]);
  }
  return details;
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

/** A money sheet read as a snapshot: its key row and the trimmed code of each row in column MA. */
export interface CodeColumn {
  keyRow: KeyRow;
  /** The row's code in column MA ('' when blank). */
  codeAt: (row: number) => string;
}

/** The key row and code column of a sheet where a host adds a detail row; throws one line without them. */
export function readCodeColumn(sheet: SheetSnapshot): CodeColumn {
  const keyRow = findKeyRowInGrid(
    sheet.rows.map((r) => r.map((c) => c.v)),
    ['MA'],
  );
  const maCol = keyRow?.columns.get('MA');
  if (!keyRow || maCol === undefined)
    throw new Error(`Không tìm thấy hàng khóa (cột MA) trên "${sheet.name}" / key row with MA not found`);
  const codeAt = (r: number) => {
    const v = sheet.rows[r]?.[maCol]?.v;
    return typeof v === 'string' ? v.trim() : v === null || v === undefined ? '' : String(v);
  };
  return { keyRow, codeAt };
}

/**
 * The leaf's row and the last row of its detail block (the leaf's own row when it has no
 * details); blank rows the user left inside the block belong to it. Throws when the leaf is missing.
 */
export function detailBlockOf(
  sheet: SheetSnapshot,
  { keyRow, codeAt }: CodeColumn,
  leafCode: string,
): { leafRow: number; lastRow: number } {
  let leafRow = -1;
  for (let r = keyRow.row + 1; r < sheet.rows.length && leafRow < 0; r++) if (codeAt(r) === leafCode) leafRow = r;
  if (leafRow < 0) throw new Error(`Không tìm thấy dòng ${leafCode} trên "${sheet.name}" / line ${leafCode} not found`);
  let lastRow = leafRow;
  for (let r = leafRow + 1; r < sheet.rows.length; r++) {
    const rowCode = codeAt(r);
    if (rowCode === '') continue;
    const m = DETAIL_CODE_PATTERN.exec(rowCode);
    if (!m || m[1] !== leafCode) break;
    lastRow = r;
  }
  return { leafRow, lastRow };
}
