import { catalog } from '../domain/catalog';
import { DETAIL_CODE_PATTERN, TOTAL_ROW_CODE } from '../domain/workbookLayout';
import { detailLeafProblem, nextDetailCode } from './detailRows';
import type { RowKind } from './styles';

/** A user-named detail row (one work or activity) under a leaf line of Kế hoạch vốn. */
export interface DetailRowSpec {
  leafCode: string;
  name: string;
  /** Explicit code (keeps existing numbering when a sheet is rebuilt); default `<leaf>.NN`. */
  code?: string;
}

/** One data row of a money sheet, in sheet order. */
export interface MoneyRow {
  code: string;
  stt: string;
  name: string;
  kind: RowKind;
  /** Indentation level of the name (0 for TONG and projects). */
  indent: number;
  /** Codes this row sums (children for TONG/parents, detail rows for a leaf with details). */
  sumOf: string[];
}

export const TOTAL_ROW_NAME = 'TỔNG CỘNG';

/**
 * Whether a row sums its detail rows (a leaf of the catalog, a project without sub-projects
 * such as DA2 included): they sit in one block under it, summed as a range. Listed one by
 * one, a few hundred details would pass Excel's 255 arguments of a function.
 */
export function sumsDetailBlock(line: MoneyRow): boolean {
  return line.sumOf.length > 0 && catalog.byCode.get(line.code)?.isLeaf === true;
}

/**
 * Rows in catalog hierarchy order, TONG first; detail rows right under their leaf in the
 * order given. Throws (one line) on a detail under an unknown or non-leaf line.
 */
export function buildMoneyRows(details: DetailRowSpec[] = []): MoneyRow[] {
  const detailsByLeaf = new Map<string, Array<{ code: string; name: string }>>();
  const used = new Set<string>();
  for (const d of details) {
    const problem = detailLeafProblem(d.leafCode);
    if (problem) throw new Error(problem);
    const list = detailsByLeaf.get(d.leafCode) ?? [];
    const code =
      d.code ??
      nextDetailCode(
        d.leafCode,
        list.map((x) => x.code),
      );
    const m = DETAIL_CODE_PATTERN.exec(code);
    if (!m || m[1] !== d.leafCode || used.has(code)) {
      throw new Error(`Mã dòng chi tiết không hợp lệ hoặc trùng / invalid or duplicate detail code: ${code}`);
    }
    used.add(code);
    list.push({ code, name: d.name });
    detailsByLeaf.set(d.leafCode, list);
  }

  const rows: MoneyRow[] = [
    {
      code: TOTAL_ROW_CODE,
      stt: '',
      name: TOTAL_ROW_NAME,
      kind: 'total',
      indent: 0,
      sumOf: catalog.nodes.filter((n) => n.depth === 1).map((n) => n.code),
    },
  ];
  for (const node of catalog.nodes) {
    const nodeDetails = detailsByLeaf.get(node.code) ?? [];
    const kind: RowKind = node.depth === 1 ? 'project' : node.isLeaf ? 'leaf' : 'group';
    rows.push({
      code: node.code,
      stt: node.stt,
      name: node.name,
      kind,
      indent: node.depth - 1,
      sumOf: node.isLeaf ? nodeDetails.map((d) => d.code) : [...node.children],
    });
    for (const d of nodeDetails) {
      rows.push({ code: d.code, stt: '-', name: d.name, kind: 'detail', indent: node.depth, sumOf: [] });
    }
  }
  return rows;
}
