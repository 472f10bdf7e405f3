import type { SourceKey } from '../domain/sources';
import { APPENDIX_SHEET_NAMES } from '../domain/workbookLayout';
import type { SheetPlan } from '../model/sheetPlan';
import { formatVn } from '../validation/format';
import type { AppendixModel } from './readWorkbook';
import { SheetBuilder, wrappedRowHeight } from './sheetBuilder';
import { fundedTree, treeTotals } from './pb02FundingPlan';
import { appendixStyles } from './styles';
import { writeTitleBlock } from './titleBlock';

const HEADERS = [
  'STT',
  'Nguồn vốn',
  'Số tiền',
  'Tỷ lệ trong tổng số',
  'Tỷ lệ đối ứng NSĐP/NSTW',
  'Mức đối ứng tối thiểu',
  'Đánh giá',
  'Ghi chú',
];
const WIDTHS = [6, 48, 17, 13, 15, 14, 12, 22];
export const PB03_COLUMNS = {
  stt: 0,
  name: 1,
  amount: 2,
  share: 3,
  ratio: 4,
  minimum: 5,
  verdict: 6,
  note: 7,
} as const;
const C = PB03_COLUMNS;

/** A PB03 line: a typed source, or a group summing the typed sources under it. */
interface SourceLine {
  stt: string;
  name: string;
  key?: SourceKey;
  parts?: SourceLine[];
  /** Counterpart check on this group: NSĐP / NSTW against the minimum. */
  counterpart?: boolean;
}

const LINES: SourceLine[] = [
  {
    stt: 'I',
    name: 'Vốn đầu tư phát triển',
    counterpart: true,
    parts: [
      { stt: '1', name: 'Ngân sách trung ương', key: 'DTPT_NSTW' },
      { stt: '2', name: 'Ngân sách địa phương (vốn đối ứng)', key: 'DTPT_NSDP' },
    ],
  },
  {
    stt: 'II',
    name: 'Vốn sự nghiệp',
    counterpart: true,
    parts: [
      { stt: '1', name: 'Ngân sách trung ương', key: 'SN_NSTW' },
      { stt: '2', name: 'Ngân sách địa phương (vốn đối ứng)', key: 'SN_NSDP' },
    ],
  },
  { stt: 'III', name: 'Vốn lồng ghép từ các chương trình, dự án khác', key: 'LONG_GHEP' },
  { stt: 'IV', name: 'Vốn tín dụng chính sách', key: 'TIN_DUNG' },
  { stt: 'V', name: 'Vốn huy động hợp pháp khác', key: 'HUY_DONG' },
  { stt: 'VI', name: 'Dân đóng góp', key: 'DAN_GOP' },
];

/** Source keys in PB03 row order (tests and readers locate rows by them). */
export const PB03_TYPED_ORDER: SourceKey[] = LINES.flatMap((l) => (l.parts ? l.parts.map((p) => p.key!) : [l.key!]));

/**
 * Phụ biểu 03 – Tổng hợp nguồn vốn thực hiện Chương trình: one row per source (values,
 * the same figures PB02 adds up to), ĐTPT/SN subtotals and the grand total as formulas,
 * each row's share of the total, and the counterpart ratio NSĐP/NSTW beside the minimum.
 */
export function buildPb03(model: AppendixModel, unverified: boolean): SheetPlan {
  const b = new SheetBuilder('pb03', APPENDIX_SHEET_NAMES.pb03, appendixStyles(model.settings.unit));
  b.widths(WIDTHS);
  const headerRow = writeTitleBlock(b, {
    sheetId: 'pb03',
    title: 'PHỤ BIỂU 03 – TỔNG HỢP NGUỒN VỐN THỰC HIỆN CHƯƠNG TRÌNH NĂM',
    settings: model.settings,
    lastCol: C.note,
    issuerLastCol: 1,
    nationFirstCol: 3,
    unitFirstCol: 5,
    unverified,
  });
  HEADERS.forEach((h, c) => b.value(headerRow, c, h, 'header'));
  b.height(headerRow, 45);

  const totals = treeTotals(fundedTree(model.planRows));
  const totalRow = headerRow + 1;
  const totalRef = `$C$${totalRow + 1}`;
  const ref = (r: number, col: string) => `${col}${r + 1}`;
  const share = (r: number, style: string) =>
    b.formula(r, C.share, `IF(${totalRef}=0,"",${ref(r, 'C')}/${totalRef})`, style);

  let next = totalRow + 1;
  const groupRows: number[] = [];
  for (const line of LINES) {
    const row = next++;
    groupRows.push(row);
    b.value(row, C.stt, line.stt, 'sttBold');
    b.value(row, C.name, line.name, 'textBold');
    b.height(row, wrappedRowHeight([{ text: line.name, width: WIDTHS[C.name], bold: true }]));
    if (line.parts) {
      const partRows = line.parts.map((part) => {
        const r = next++;
        b.value(r, C.stt, part.stt, 'stt');
        b.value(r, C.name, part.name, 'text');
        b.height(r, 18);
        b.value(r, C.amount, totals[part.key!], 'money');
        share(r, 'percent');
        for (const c of [C.ratio, C.minimum, C.verdict, C.note]) b.value(r, c, null, 'empty');
        return r;
      });
      const [central, local] = partRows;
      b.formula(row, C.amount, partRows.map((r) => ref(r, 'C')).join('+'), 'moneyBold');
      if (line.counterpart) {
        b.formula(row, C.ratio, `IF(${ref(central, 'C')}=0,"",${ref(local, 'C')}/${ref(central, 'C')})`, 'percentBold');
        b.value(row, C.minimum, model.settings.counterpartPercent / 100, 'percent');
        b.formula(
          row,
          C.verdict,
          `IF(${ref(row, 'E')}="","",IF(ROUND(${ref(row, 'E')},6)>=${ref(row, 'F')},"Đạt","Chưa đạt"))`,
          'textCenter',
        );
      }
    } else {
      b.value(row, C.amount, totals[line.key!], 'moneyBold');
      for (const c of [C.ratio, C.minimum, C.verdict]) b.value(row, c, null, 'empty');
    }
    share(row, 'percentBold');
    b.value(row, C.note, null, 'empty');
  }

  b.value(totalRow, C.stt, '', 'totalLabel');
  b.value(totalRow, C.name, 'TỔNG CỘNG', 'totalLabel');
  b.formula(totalRow, C.amount, groupRows.map((r) => ref(r, 'C')).join('+'), 'moneyTotal');
  share(totalRow, 'percentTotal');
  for (const c of [C.ratio, C.minimum, C.verdict, C.note]) b.value(totalRow, c, null, 'emptyTotal');
  b.height(totalRow, 20);

  const noteRow = next + 1;
  b.value(
    noteRow,
    0,
    `Ghi chú: mức đối ứng tối thiểu theo thiết lập của bảng tính (${formatVn(model.settings.counterpartPercent, 3)}% vốn NSTW, QĐ 39/2021/QĐ-TTg).`,
    'noteLine',
  );
  b.merge({ top: noteRow, left: 0, bottom: noteRow, right: C.note }, 'noteLine');
  return b.build({
    orientation: 'landscape',
    paper: 'A4',
    fitToWidth: true,
    titleRows: { first: headerRow, last: headerRow },
  });
}
