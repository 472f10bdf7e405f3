import { catalog } from '../domain/catalog';
import { DETAIL_CODE_PATTERN, TOTAL_ROW_CODE } from '../domain/workbookLayout';
import { a1 } from '../model/a1';
import type { Finding } from '../model/finding';
import { cellType, cellValue, rowCount, type SheetSnapshot } from '../model/snapshot';
import { readCellNumberAt, type CellNumber } from './cellNumber';
import { makeFinding } from './findingFactory';
import type { KeyedSheet } from './workbookModel';

/** The rows of a money sheet or Giải ngân found by their line codes (column MA). */

const LINE_LIKE = /^DA\d+/i;

/** Catalog leaves a detail code can hang under (DETAIL_CODE_PATTERN's first group). */
const DETAIL_LEAVES = new Set(
  catalog.nodes.filter((n) => n.isLeaf && DETAIL_CODE_PATTERN.test(`${n.code}.1`)).map((n) => n.code),
);

/**
 * The leaf of a detail code (DA4.TDA1.ND1.01 → DA4.TDA1.ND1), or null: DETAIL_CODE_PATTERN with
 * its leaf in the catalog, without a regex match per row (a province has 200,000 of them).
 */
export function detailLeafOf(code: string): string | null {
  const dot = code.lastIndexOf('.');
  const digits = code.length - dot - 1;
  if (dot < 0 || digits < 1 || digits > 4) return null;
  for (let i = dot + 1; i < code.length; i++) {
    const c = code.charCodeAt(i);
    if (c < 48 || c > 57) return null;
  }
  const leaf = code.slice(0, dot);
  return DETAIL_LEAVES.has(leaf) ? leaf : null;
}

/** Rows of a sheet keyed by line code (money sheets, Giải ngân). */
export interface LineRows {
  rowOf: Map<string, number>;
  lineCodes: string[];
  detailsOf: Map<string, string[]>;
  /** The rows of detailsOf's codes, kept while scanning (no lookup per detail row later). */
  detailRowsOf: Map<string, number[]>;
}

/**
 * Line codes in column MA below the key row: catalog lines, detail rows under a leaf and
 * TONG. Unknown, duplicate and missing lines become TEMPLATE_STRUCTURE findings.
 */
export function scanLineRows(base: KeyedSheet, structure: Finding[]): LineRows {
  const maCol = base.cols.get('MA')!;
  const rowOf = new Map<string, number>();
  const lineCodes: string[] = [];
  const detailsOf = new Map<string, string[]>();
  const detailRowsOf = new Map<string, number[]>();
  for (let r = base.keyRow + 1; r < rowCount(base.sheet); r++) {
    if (cellType(base.sheet, r, maCol) !== 's') continue;
    const code = String(cellValue(base.sheet, r, maCol)).trim();
    if (!code) continue;
    const known = code === TOTAL_ROW_CODE || catalog.byCode.has(code);
    const detailLeaf = known ? null : detailLeafOf(code);
    if (!known && !detailLeaf) {
      if (LINE_LIKE.test(code)) {
        structure.push(
          makeFinding('TEMPLATE_STRUCTURE', {
            sheet: base.name,
            row: r,
            col: maCol,
            lineCode: code,
            severity: 'warning',
            message: `Mã dòng "${code}" không có trong danh mục (hoặc không thuộc một dòng lá); dòng này không được kiểm tra.`,
            messageEn: `Line code "${code}" is not in the catalog (or not under a leaf line); the row is not checked.`,
          }),
        );
      }
      continue;
    }
    if (rowOf.has(code)) {
      structure.push(
        makeFinding('TEMPLATE_STRUCTURE', {
          sheet: base.name,
          row: r,
          col: maCol,
          lineCode: code,
          message: `Mã dòng "${code}" trùng với ô ${a1(rowOf.get(code)!, maCol)}; chỉ dòng đầu được kiểm tra.`,
          messageEn: `Line code "${code}" repeats cell ${a1(rowOf.get(code)!, maCol)}; only the first row is checked.`,
        }),
      );
      continue;
    }
    rowOf.set(code, r);
    if (detailLeaf) {
      const list = detailsOf.get(detailLeaf);
      if (list) {
        list.push(code);
        detailRowsOf.get(detailLeaf)!.push(r);
      } else {
        detailsOf.set(detailLeaf, [code]);
        detailRowsOf.set(detailLeaf, [r]);
      }
    } else if (code !== TOTAL_ROW_CODE) lineCodes.push(code);
  }
  for (const node of catalog.nodes) {
    if (rowOf.has(node.code)) continue;
    structure.push(
      makeFinding('TEMPLATE_STRUCTURE', {
        sheet: base.name,
        row: base.keyRow,
        col: maCol,
        lineCode: node.code,
        severity: 'warning',
        message: `Dòng ${node.code} (${node.stt}) của danh mục đã bị xóa khỏi trang "${base.name}".`,
        messageEn: `Catalog line ${node.code} was deleted from sheet "${base.name}".`,
      }),
    );
  }
  if (!rowOf.has(TOTAL_ROW_CODE)) {
    structure.push(
      makeFinding('TEMPLATE_STRUCTURE', {
        sheet: base.name,
        row: base.keyRow,
        col: maCol,
        severity: 'warning',
        message: `Trang "${base.name}" thiếu dòng tổng cộng (mã ${TOTAL_ROW_CODE}).`,
        messageEn: `Sheet "${base.name}" has no grand-total row (code ${TOTAL_ROW_CODE}).`,
      }),
    );
  }
  return { rowOf, lineCodes, detailsOf, detailRowsOf };
}

/**
 * Rows below the first coded row that hold a non-zero number in a source column but carry
 * no known code: whatever they hold is in no total (header rows above the lines are skipped).
 */
export function findStrayRows(sheet: SheetSnapshot, coded: Set<number>, sourceCols: number[], from?: number): number[] {
  const out: number[] = [];
  if (!coded.size && from === undefined) return out;
  // A loop, not Math.min(...coded): 200,000 arguments overflow the stack.
  let first = from ?? Infinity;
  if (from === undefined) for (const r of coded) if (r < first) first = r;
  for (let r = first + 1; r < rowCount(sheet); r++) {
    if (coded.has(r)) continue;
    if (sourceCols.some((c) => c >= 0 && isMoney(readCellNumberAt(sheet, r, c)))) out.push(r);
  }
  return out;
}

function isMoney(n: CellNumber): boolean {
  return n.state === 'number' && n.value !== 0;
}
