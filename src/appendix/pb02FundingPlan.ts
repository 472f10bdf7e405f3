import { catalog } from '../domain/catalog';
import { SOURCES, TYPED_SOURCE_KEYS, type SourceKey } from '../domain/sources';
import { APPENDIX_SHEET_NAMES, TOTAL_ROW_CODE } from '../domain/workbookLayout';
import { columnLetter } from '../model/a1';
import { type SheetPlan } from '../model/sheetPlan';
import { carriesMoney, type AppendixModel, type MoneyRow } from './readWorkbook';
import { SheetBuilder, sumOfRows, wrappedRowHeight } from './sheetBuilder';
import { appendixStyles } from './styles';
import { writeTitleBlock } from './titleBlock';
import { detailsUnderLeaves } from '../templates/detailRows';

/** Column of each source in PB02 (STT, Mã, Nội dung come first, Ghi chú last). */
export const PB02_SOURCE_COLUMNS: Record<SourceKey, number> = {
  TONG: 3,
  DTPT: 4,
  DTPT_NSTW: 5,
  DTPT_NSDP: 6,
  SN: 7,
  SN_NSTW: 8,
  SN_NSDP: 9,
  LONG_GHEP: 10,
  TIN_DUNG: 11,
  HUY_DONG: 12,
  DAN_GOP: 13,
};
export const PB02_CODE_COLUMN = 1;
const NOTE_COL = 14;
const WIDTHS = [6, 13, 44, 13, 12.5, 12.5, 12.5, 12.5, 12.5, 12.5, 12, 12, 12, 12, 14];

/** A PB02 line: the grand total, a catalog line, or a detail row (individual work). */
export interface PlanNode {
  kind: 'total' | 'line' | 'detail';
  code: string;
  stt: string;
  name: string;
  note: string;
  depth: number;
  amounts: Record<SourceKey, number> | null;
  children: PlanNode[];
}

/** The money lines plus their ancestors, in hierarchy order; details under their leaf. */
export function fundedTree(rows: MoneyRow[]): PlanNode {
  const byCode = new Map(rows.map((r) => [r.code, r]));
  const details = detailsUnderLeaves(rows);
  const lineNode = (code: string): PlanNode | null => {
    const node = catalog.byCode.get(code)!;
    const row = byCode.get(code);
    const children = node.isLeaf
      ? (details.get(code) ?? []).filter(carriesMoney).map((d): PlanNode => ({
          kind: 'detail',
          code: d.code,
          stt: '-',
          name: d.name || d.code,
          note: d.note,
          depth: node.depth + 1,
          amounts: d.amounts,
          children: [],
        }))
      : node.children.map(lineNode).filter((n): n is PlanNode => n !== null);
    if (children.length === 0 && !(row && carriesMoney(row))) return null;
    return {
      kind: 'line',
      code,
      stt: node.stt,
      name: row?.name || node.name,
      note: row?.note ?? '',
      depth: node.depth,
      amounts: row?.amounts ?? null,
      children,
    };
  };
  const projects = catalog.nodes
    .filter((n) => n.depth === 1)
    .map((n) => lineNode(n.code))
    .filter((n): n is PlanNode => n !== null);
  const total = byCode.get(TOTAL_ROW_CODE);
  return {
    kind: 'total',
    code: TOTAL_ROW_CODE,
    stt: '',
    name: 'TỔNG CỘNG',
    note: total?.note ?? '',
    depth: 0,
    amounts: null,
    children: projects,
  };
}

/** What the tree adds up to (the figures PB02's formulas produce), per typed source. */
export function treeTotals(node: PlanNode): Record<SourceKey, number> {
  const out = {} as Record<SourceKey, number>;
  const childTotals = node.children.map(treeTotals);
  for (const key of TYPED_SOURCE_KEYS) {
    // A figure given at this line's level (nothing below carries this source) counts as is.
    out[key] = childTotals.some((t) => t[key] !== 0)
      ? childTotals.reduce((sum, t) => sum + t[key], 0)
      : (node.amounts?.[key] ?? 0);
  }
  for (const source of SOURCES.filter((s) => s.parts.length > 0).reverse()) {
    out[source.key] = source.parts.reduce((sum, p) => sum + out[p], 0);
  }
  return out;
}

function stylesFor(node: PlanNode): { stt: string; code: string; name: string; money: string } {
  if (node.kind === 'total') return { stt: 'totalLabel', code: 'codeBold', name: 'totalLabel', money: 'moneyTotal' };
  if (node.kind === 'detail') return { stt: 'stt', code: 'code', name: 'textDetail', money: 'money' };
  if (node.depth === 1) return { stt: 'sttBold', code: 'codeBold', name: 'textBold', money: 'moneyBold' };
  if (node.depth === 2) return { stt: 'stt', code: 'code', name: 'textBoldItalic', money: 'money' };
  return { stt: 'stt', code: 'code', name: 'text', money: 'money' };
}

function writeHeader(b: SheetBuilder, top: number): void {
  const single: Array<[number, string]> = [
    [0, 'STT'],
    [1, 'Mã'],
    [2, 'Nội dung'],
    [3, 'Tổng cộng'],
    [10, 'Vốn lồng ghép'],
    [11, 'Vốn tín dụng chính sách'],
    [12, 'Vốn huy động khác'],
    [13, 'Dân đóng góp'],
    [NOTE_COL, 'Ghi chú'],
  ];
  for (const [col, text] of single) {
    b.value(top, col, text, 'header');
    b.merge({ top, left: col, bottom: top + 1, right: col }, 'header');
  }
  const groups: Array<[number, string]> = [
    [4, 'Vốn đầu tư phát triển'],
    [7, 'Vốn sự nghiệp'],
  ];
  for (const [col, text] of groups) {
    b.value(top, col, text, 'header');
    b.merge({ top, left: col, bottom: top, right: col + 2 }, 'header');
    ['Tổng', 'NSTW', 'NSĐP'].forEach((h, i) => b.value(top + 1, col + i, h, 'header'));
  }
  b.height(top, 30);
  b.height(top + 1, 30);
}

/**
 * Phụ biểu 02 – Kế hoạch vốn theo dự án, tiểu dự án và nguồn vốn. Leaf and detail
 * figures are values copied from Kế hoạch vốn; parent rows, the grand total and the total
 * columns are formulas over this sheet's own rows, so an edited appendix still adds up.
 */
export function buildPb02(model: AppendixModel, unverified: boolean): SheetPlan {
  const b = new SheetBuilder('pb02', APPENDIX_SHEET_NAMES.pb02, appendixStyles(model.settings.unit));
  b.widths(WIDTHS);
  const headerRow = writeTitleBlock(b, {
    sheetId: 'pb02',
    title: 'PHỤ BIỂU 02 – KẾ HOẠCH VỐN THEO DỰ ÁN, TIỂU DỰ ÁN VÀ NGUỒN VỐN NĂM',
    settings: model.settings,
    lastCol: NOTE_COL,
    issuerLastCol: 2,
    nationFirstCol: 8,
    unitFirstCol: 11,
    unverified,
  });
  writeHeader(b, headerRow);

  let next = headerRow + 2;
  const place = (node: PlanNode): number => {
    const row = next++;
    const st = stylesFor(node);
    b.value(row, 0, node.stt, st.stt);
    b.value(row, 1, node.code, st.code);
    b.value(row, 2, node.name, st.name);
    b.value(row, NOTE_COL, node.note, node.kind === 'total' ? 'emptyTotal' : 'text');
    const bold = node.kind === 'total' || (node.kind === 'line' && node.depth <= 2);
    b.height(
      row,
      wrappedRowHeight([
        { text: node.name, width: WIDTHS[2], bold },
        { text: node.note, width: WIDTHS[NOTE_COL] },
      ]),
    );
    const childRows = node.children.map(place);
    const childTotals = node.children.map(treeTotals);
    for (const key of TYPED_SOURCE_KEYS) {
      const col = PB02_SOURCE_COLUMNS[key];
      // The line's own figure when it was given at this level (no line below carries the source).
      const below = childTotals.some((t) => t[key] !== 0) || !(node.amounts?.[key] ?? 0);
      if (childRows.length > 0 && below) b.formula(row, col, sumOfRows(columnLetter(col), childRows), st.money);
      else b.value(row, col, node.amounts?.[key] ?? 0, st.money);
    }
    for (const source of SOURCES.filter((s) => s.parts.length > 0)) {
      const parts = source.parts.map((p) => `${columnLetter(PB02_SOURCE_COLUMNS[p])}${row + 1}`);
      b.formula(row, PB02_SOURCE_COLUMNS[source.key], parts.join('+'), st.money);
    }
    return row;
  };
  place(fundedTree(model.planRows));

  return b.build({
    orientation: 'landscape',
    paper: 'A4',
    fitToWidth: true,
    titleRows: { first: headerRow, last: headerRow + 1 },
  });
}
