import { catalog } from '../domain/catalog';
import { CAPITAL_COLUMNS, CAPITAL_TYPES, DISB_AMOUNT_KEYS, DISB_RATES } from '../domain/disbursementColumns';
import {
  APPENDIX_SHEET_NAMES,
  DISBURSEMENT_COLUMN_KEYS,
  TOTAL_ROW_CODE,
  type DisbursementColumnKey,
} from '../domain/workbookLayout';
import { a1, columnLetter } from '../model/a1';
import type { SheetPlan } from '../model/sheetPlan';
import type { AppendixModel, DisbursementRow } from './readWorkbook';
import { SheetBuilder, sumOfRows, wrappedRowHeight } from './sheetBuilder';
import { appendixStyles } from './styles';
import { writeTitleBlock } from './titleBlock';
import { detailsUnderLeaves } from '../templates/detailRows';

/** PB04 has Giải ngân's columns in the same order (STT, Mã, Nội dung, 12 figures, Ghi chú). */
export const PB04_COLUMNS = Object.fromEntries(DISBURSEMENT_COLUMN_KEYS.map((k, i) => [k, i])) as Record<
  DisbursementColumnKey,
  number
>;
export const PB04_CODE_COLUMN = PB04_COLUMNS.MA;
const NOTE_COL = PB04_COLUMNS.GHI_CHU;
const WIDTHS = DISBURSEMENT_COLUMN_KEYS.map((k) =>
  k === 'STT' ? 5 : k === 'MA' ? 15 : k === 'NOI_DUNG' ? 36 : k === 'GHI_CHU' ? 12 : k.startsWith('TL') ? 8 : 11,
);
const RATE_FORMAT_STYLES = { total: 'rateTotal', bold: 'rateBold', plain: 'rate' } as const;

interface Node {
  kind: 'total' | 'line' | 'detail';
  code: string;
  stt: string;
  name: string;
  note: string;
  depth: number;
  row: DisbursementRow | undefined;
  children: Node[];
}

const hasMoney = (r: DisbursementRow | undefined) => !!r && DISB_AMOUNT_KEYS.some((k) => (r.amounts[k] ?? 0) !== 0);

/** Lines with money on Giải ngân plus their ancestors, in catalog order; details under their leaf. */
export function disbursementTree(rows: DisbursementRow[]): Node {
  const byCode = new Map(rows.map((r) => [r.code, r]));
  const details = detailsUnderLeaves(rows);
  const lineNode = (code: string): Node | null => {
    const node = catalog.byCode.get(code)!;
    const row = byCode.get(code);
    const children: Node[] = node.isLeaf
      ? (details.get(code) ?? []).filter(hasMoney).map((d) => ({
          kind: 'detail',
          code: d.code,
          stt: '-',
          name: d.name || d.code,
          note: d.note,
          depth: node.depth + 1,
          row: d,
          children: [],
        }))
      : node.children.map(lineNode).filter((n): n is Node => n !== null);
    if (children.length === 0 && !hasMoney(row)) return null;
    return {
      kind: 'line',
      code,
      stt: node.stt,
      name: row?.name || node.name,
      note: row?.note ?? '',
      depth: node.depth,
      row,
      children,
    };
  };
  const projects = catalog.nodes
    .filter((n) => n.depth === 1)
    .map((n) => lineNode(n.code))
    .filter((n): n is Node => n !== null);
  const total = byCode.get(TOTAL_ROW_CODE);
  return {
    kind: 'total',
    code: TOTAL_ROW_CODE,
    stt: '',
    name: 'TỔNG CỘNG',
    note: total?.note ?? '',
    depth: 0,
    row: total,
    children: projects,
  };
}

function writeHeader(b: SheetBuilder, top: number, year: number | null): void {
  for (const key of ['STT', 'MA', 'NOI_DUNG', 'GHI_CHU'] as const) {
    const label = { STT: 'STT', MA: 'Mã', NOI_DUNG: 'Nội dung', GHI_CHU: 'Ghi chú' }[key];
    b.value(top, PB04_COLUMNS[key], label, 'header');
    b.merge({ top, left: PB04_COLUMNS[key], bottom: top + 1, right: PB04_COLUMNS[key] }, 'header');
  }
  for (const type of CAPITAL_TYPES) {
    const c = CAPITAL_COLUMNS[type];
    const first = PB04_COLUMNS[c.plan];
    b.value(top, first, type === 'DTPT' ? 'Vốn đầu tư phát triển' : 'Vốn sự nghiệp', 'header');
    b.merge({ top, left: first, bottom: top, right: first + 5 }, 'header');
    const labels = [
      `Kế hoạch năm ${year ?? '…'}`,
      'Giải ngân',
      'Tỷ lệ',
      'Vốn năm trước kéo dài sang',
      'Đã giải ngân',
      'Tỷ lệ',
    ];
    labels.forEach((label, i) => b.value(top + 1, first + i, label, 'header'));
  }
  b.height(top, 22);
  b.height(top + 1, 45);
}

/**
 * Phụ biểu 04 – Tình hình giải ngân: plan, disbursed and rate for the year and for funds
 * carried over, ĐTPT and SN, on the lines with money. Leaf and detail figures are copied
 * from Giải ngân; parents and the total are sums over this sheet's rows; rates are formulas.
 */
export function buildPb04(model: AppendixModel, unverified: boolean): SheetPlan {
  const styles = appendixStyles(model.settings.unit);
  styles.rate = { ...styles.percent, numFmt: '0.0%' };
  styles.rateBold = { ...styles.percentBold, numFmt: '0.0%' };
  styles.rateTotal = { ...styles.percentTotal, numFmt: '0.0%' };
  const b = new SheetBuilder('pb04', APPENDIX_SHEET_NAMES.pb04, styles);
  b.widths(WIDTHS);
  const headerRow = writeTitleBlock(b, {
    sheetId: 'pb04',
    title: 'PHỤ BIỂU 04 – TÌNH HÌNH GIẢI NGÂN VỐN THỰC HIỆN CHƯƠNG TRÌNH NĂM',
    settings: model.settings,
    lastCol: NOTE_COL,
    issuerLastCol: 2,
    nationFirstCol: 8,
    unitFirstCol: 12,
    unverified,
  });
  const asOf = model.settings.asOfDate || '…';
  b.value(headerRow - 1, 0, `Số liệu giải ngân đến ngày ${asOf}`, 'noteLine');
  b.merge({ top: headerRow - 1, left: 0, bottom: headerRow - 1, right: 6 }, 'noteLine');
  writeHeader(b, headerRow, model.settings.year);

  let next = headerRow + 2;
  const place = (node: Node): number => {
    const row = next++;
    const total = node.kind === 'total';
    const bold = total || (node.kind === 'line' && node.depth <= 2);
    const money = total ? 'moneyTotal' : node.kind === 'line' && node.depth === 1 ? 'moneyBold' : 'money';
    const rate = total ? RATE_FORMAT_STYLES.total : node.kind === 'line' && node.depth === 1 ? 'rateBold' : 'rate';
    b.value(row, PB04_COLUMNS.STT, node.stt, total ? 'totalLabel' : node.depth === 1 ? 'sttBold' : 'stt');
    b.value(row, PB04_COLUMNS.MA, node.code, total || node.depth === 1 ? 'codeBold' : 'code');
    const nameStyle = total
      ? 'totalLabel'
      : node.kind === 'detail'
        ? 'textDetail'
        : node.depth === 1
          ? 'textBold'
          : node.depth === 2
            ? 'textBoldItalic'
            : 'text';
    b.value(row, PB04_COLUMNS.NOI_DUNG, node.name, nameStyle);
    b.value(row, NOTE_COL, node.note, total ? 'emptyTotal' : 'text');
    b.height(row, wrappedRowHeight([{ text: node.name, width: WIDTHS[PB04_COLUMNS.NOI_DUNG], bold }]));
    const childRows = node.children.map(place);
    for (const key of DISB_AMOUNT_KEYS) {
      const col = PB04_COLUMNS[key];
      if (childRows.length > 0) b.formula(row, col, sumOfRows(columnLetter(col), childRows), money);
      else b.value(row, col, node.row?.amounts[key] ?? 0, money);
    }
    for (const r of DISB_RATES) {
      const num = a1(row, PB04_COLUMNS[r.num]);
      const den = a1(row, PB04_COLUMNS[r.den]);
      b.formula(row, PB04_COLUMNS[r.rate], `IF(SUM(${den})=0,"",SUM(${num})/SUM(${den}))`, rate);
    }
    return row;
  };
  place(disbursementTree(model.disbursementRows));

  return b.build({
    orientation: 'landscape',
    paper: 'A4',
    fitToWidth: true,
    titleRows: { first: headerRow, last: headerRow + 1 },
  });
}
