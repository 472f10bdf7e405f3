import { catalog } from '../../domain/catalog';
import {
  DISBURSEMENT_COLUMN_KEYS,
  TOTAL_ROW_CODE,
  sheetMarker,
  type DisbursementColumnKey,
} from '../../domain/workbookLayout';
import { a1 } from '../../model/a1';
import type { CellSnapshot } from '../../model/snapshot';
import { DISB_AMOUNT_KEYS, DISB_RATES, PLAN_SOURCE_OF } from '../../domain/disbursementColumns';

/** A typed Giải ngân figure: number, text, null or a raw cell (e.g. a constant over a formula). */
export type DisbTyped = number | string | null | CellSnapshot;

const COL = new Map<string, number>(DISBURSEMENT_COLUMN_KEYS.map((k, i) => [k, i]));

/**
 * Rows of a Giải ngân snapshot laid out like SnapshotBuilder's other sheets (title, key row,
 * header, TONG then catalog lines with detail rows), formulas evaluated as Excel would:
 * parents sum, KH comes from the plan's ĐTPT/SN value of the line, rates are GN/KH as a
 * fraction shown with '0.0%' (blank when KH is 0).
 */
export function disbursementRows(opts: {
  keyRow: number;
  headerRow: number;
  details: Map<string, Array<{ code: string; name: string }>>;
  typed: Map<string, DisbTyped>;
  planValue: (code: string, source: 'DTPT' | 'SN') => number;
  cell: (value: DisbTyped, nf?: string) => CellSnapshot;
  numFmt: string;
}): CellSnapshot[][] {
  const codes: Array<{ code: string; name: string; stt: string }> = [
    { code: TOTAL_ROW_CODE, name: 'Tổng cộng', stt: '' },
  ];
  for (const node of catalog.nodes) {
    codes.push({ code: node.code, name: node.name, stt: node.stt });
    for (const d of opts.details.get(node.code) ?? []) codes.push({ code: d.code, name: d.name, stt: '-' });
  }
  const first = opts.headerRow + 1;
  const rowOf = new Map(codes.map((c, i) => [c.code, first + i]));
  const childrenOf = (code: string): string[] => {
    if (code === TOTAL_ROW_CODE) return catalog.nodes.filter((n) => n.depth === 1).map((n) => n.code);
    const node = catalog.byCode.get(code);
    if (!node) return [];
    return node.isLeaf ? (opts.details.get(code) ?? []).map((d) => d.code) : node.children;
  };
  const memo = new Map<string, CellSnapshot>();
  const evaluate = (code: string, key: DisbursementColumnKey): CellSnapshot => {
    const id = `${code}|${key}`;
    const hit = memo.get(id);
    if (hit) return hit;
    let result: CellSnapshot;
    const typed = opts.typed.get(id);
    const children = childrenOf(code);
    const planSource = PLAN_SOURCE_OF[key];
    if (typed !== undefined) result = opts.cell(typed, opts.numFmt);
    else if (children.length) {
      const v = children.reduce((s, c) => {
        const x = evaluate(c, key);
        return s + (x.t === 'n' ? (x.v as number) : 0);
      }, 0);
      const refs = children.map((c) => a1(rowOf.get(c)!, COL.get(key)!)).join(',');
      result = { v, t: 'n', f: `=SUM(${refs})`, nf: opts.numFmt };
    } else if (planSource) {
      result = { v: opts.planValue(code, planSource), t: 'n', f: `=SUMIF(plan,${code})`, nf: opts.numFmt };
    } else result = { v: null, t: 'z' };
    memo.set(id, result);
    return result;
  };
  const grid: CellSnapshot[][] = [[opts.cell('TÌNH HÌNH GIẢI NGÂN')]];
  grid[opts.keyRow] = [
    ...DISBURSEMENT_COLUMN_KEYS.map((k) => opts.cell(k)),
    opts.cell(sheetMarker('template', 'disbursement')),
  ];
  grid[opts.headerRow] = DISBURSEMENT_COLUMN_KEYS.map((k) => opts.cell(k));
  for (const { code, name, stt } of codes) {
    const row: CellSnapshot[] = DISBURSEMENT_COLUMN_KEYS.map(() => ({ v: null, t: 'z' }));
    row[COL.get('STT')!] = opts.cell(stt || null);
    row[COL.get('MA')!] = opts.cell(code);
    row[COL.get('NOI_DUNG')!] = opts.cell(name);
    for (const key of DISB_AMOUNT_KEYS) row[COL.get(key)!] = evaluate(code, key);
    for (const r of DISB_RATES) {
      const typed = opts.typed.get(`${code}|${r.rate}`);
      if (typed !== undefined) {
        row[COL.get(r.rate)!] = opts.cell(typed);
        continue;
      }
      const num = evaluate(code, r.num);
      const den = evaluate(code, r.den);
      const d = den.t === 'n' ? (den.v as number) : 0;
      const n = num.t === 'n' ? (num.v as number) : 0;
      const f = `=IF(SUM(${a1(rowOf.get(code)!, COL.get(r.den)!)})=0,"",…)`;
      row[COL.get(r.rate)!] = d === 0 ? { v: null, t: 'z', f } : { v: n / d, t: 'n', f, nf: '0.0%' };
    }
    grid[rowOf.get(code)!] = row;
  }
  return grid;
}

/** A1 address of a Giải ngân cell in a snapshot built this way. */
export function disbursementCellIn(
  rows: CellSnapshot[][],
  keyRow: number,
  code: string,
  key: DisbursementColumnKey,
): string {
  const row = rows.findIndex((r, i) => i > keyRow && r?.[COL.get('MA')!]?.v === code);
  return a1(row, COL.get(key)!);
}
