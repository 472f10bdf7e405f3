import { catalog } from '../domain/catalog';
import { APPENDIX_SHEET_NAMES } from '../domain/workbookLayout';
import { cellAt, type SheetSnapshot } from '../model/snapshot';
import type { SheetPlan } from '../model/sheetPlan';
import { buildPb04, disbursementTree, PB04_COLUMNS as C } from './pb04Disbursement';
import type { AppendixModel, DisbursementRow } from './readWorkbook';
import { wrappedRowHeight } from './sheetBuilder';
import { snapshotFromPlans } from './testing/planSnapshot';

// 80 characters: three lines in bold in the 36-wide Nội dung column, two in plain text.
const LONG = 'Tên riêng của dự án bình đẳng giới tại các xã vùng cao'.padEnd(80, ' .');
const row = (code: string, name: string, amounts: DisbursementRow['amounts'], note = ''): DisbursementRow => ({
  code,
  name,
  note,
  amounts,
});

/** A Giải ngân sheet read into rows, built in code: each case below pins one rule of the tree. */
function disbursementRows(): DisbursementRow[] {
  return [
    row('TONG', 'TỔNG CỘNG', {}, 'ghi chú tổng'),
    row('DA4.TDA1', LONG, {}),
    row('DA4.TDA1.ND1', '', {}),
    row('DA4.TDA1.ND1.1', LONG, { KH_DTPT: 700, GN_DTPT: 350 }, 'ghi chú 1'),
    row('DA4.TDA1.ND1.2', '', { KH_DTPT: 300 }),
    row('DA4.TDA1.ND1.3', 'Không có tiền', { KH_DTPT: 0 }),
    // A detail row under a line that is not a leaf is not listed.
    row('DA4.TDA1.7', 'Chi tiết sai chỗ', { KH_DTPT: 9 }),
    // Money only in the last amount column still counts.
    row('DA6', '', { GNKD_SN: 5 }),
    row('DA7', 'Không có tiền', { KH_SN: 0, GN_SN: 0 }),
    row('DA8', LONG, { KH_SN: 200, GN_SN: 50, KD_SN: 40, GNKD_SN: 30 }, 'n8'),
    // A parent line given a figure of its own while nothing below it has money.
    row('DA9', '', { KH_DTPT: 10 }),
  ];
}

function model(year: number | null, asOfDate: string): AppendixModel {
  return {
    settings: {
      unitName: 'UBND huyện Thử',
      level: 'huyen',
      unit: 'trieu',
      counterpartPercent: 10,
      planNumber: '',
      planDate: '',
      year,
      asOfDate,
    },
    planRows: [],
    indicators: [],
    disbursementRows: disbursementRows(),
  };
}

let plan: SheetPlan;
let sheet: SheetSnapshot;
let first: number;
beforeEach(() => {
  plan = buildPb04(model(2025, '30/06/2025'), false);
  sheet = snapshotFromPlans([plan]).sheets[0];
  first = sheet.rows.findIndex((r) => r[C.MA]?.v === 'TONG');
});
const v = (r: number, key: keyof typeof C) => cellAt(sheet, r, C[key]).v;
const styleAt = (r: number, key: keyof typeof C) => plan.cells.find((c) => c.row === r && c.col === C[key])?.style;
const listed = () =>
  sheet.rows
    .slice(first)
    .map((r, i) => [
      plan.cells.find((c) => c.row === first + i && c.col === C.STT)?.value,
      r[C.MA]?.v ?? null,
      r[C.NOI_DUNG]?.v ?? null,
    ]);

describe('Phụ biểu 04 – disbursement', () => {
  it('lists the lines with money, their ancestors and their details, with catalog names where none is given', () => {
    const name = (code: string) => catalog.byCode.get(code)!.name;
    expect(plan.name).toBe(APPENDIX_SHEET_NAMES.pb04);
    expect(listed()).toEqual([
      ['', 'TONG', 'TỔNG CỘNG'],
      ['IV', 'DA4', name('DA4')],
      ['1', 'DA4.TDA1', LONG],
      ['1.1', 'DA4.TDA1.ND1', name('DA4.TDA1.ND1')],
      ['-', 'DA4.TDA1.ND1.1', LONG],
      ['-', 'DA4.TDA1.ND1.2', 'DA4.TDA1.ND1.2'],
      ['VI', 'DA6', name('DA6')],
      ['VIII', 'DA8', LONG],
      ['IX', 'DA9', name('DA9')],
    ]);
    expect(disbursementTree([]).children).toEqual([]);
  });

  it('copies leaf and detail figures, sums parents over their rows and gives the notes', () => {
    const at = (code: string) => first + listed().findIndex((r) => r[1] === code);
    expect([v(at('DA4.TDA1.ND1.1'), 'KH_DTPT'), v(at('DA4.TDA1.ND1.1'), 'GN_DTPT')]).toEqual([700, 350]);
    for (const code of ['DA4', 'DA4.TDA1', 'DA4.TDA1.ND1']) {
      expect([code, v(at(code), 'KH_DTPT'), v(at(code), 'GN_DTPT')]).toEqual([code, 1000, 350]);
    }
    expect(v(at('DA9'), 'KH_DTPT')).toBe(10);
    expect(plan.cells.find((c) => c.row === at('DA9') && c.col === C.KH_DTPT)?.formula).toBeUndefined();
    expect([v(first, 'KH_DTPT'), v(first, 'GN_DTPT'), v(first, 'KH_SN'), v(first, 'GNKD_SN')]).toEqual([
      1010, 350, 200, 35,
    ]);
    expect([v(first, 'GHI_CHU'), v(at('DA4.TDA1.ND1.1'), 'GHI_CHU'), v(at('DA8'), 'GHI_CHU')]).toEqual([
      'ghi chú tổng',
      'ghi chú 1',
      'n8',
    ]);
    expect(v(at('DA4'), 'GHI_CHU')).toBeNull();
  });

  it('gives each rate as disbursed over planned, blank when nothing was planned', () => {
    const at = (code: string) => first + listed().findIndex((r) => r[1] === code);
    const dA8 = at('DA8');
    expect([v(dA8, 'TL_SN'), v(dA8, 'TLKD_SN')]).toEqual([0.25, 0.75]);
    expect(v(first, 'TL_DTPT')).toBeCloseTo(350 / 1010, 9);
    expect(v(at('DA4.TDA1.ND1.2'), 'TL_DTPT')).toBe(0);
    expect([v(at('DA6'), 'TL_SN'), v(at('DA6'), 'TLKD_SN'), v(at('DA6'), 'TLKD_DTPT')]).toEqual([null, null, null]);
    expect(plan.styles.rate.numFmt).toBe('0.0%');
    expect(plan.styles.rateBold.numFmt).toBe('0.0%');
    expect(plan.styles.rateTotal.numFmt).toBe('0.0%');
    expect(plan.styles.rateBold.bold).toBe(true);
  });

  it('styles the total, projects, sub-projects and details apart, and sizes rows to the wrapped name', () => {
    const at = (code: string) => first + listed().findIndex((r) => r[1] === code);
    const styles = (r: number) =>
      (['STT', 'MA', 'NOI_DUNG', 'KH_DTPT', 'TL_DTPT', 'GHI_CHU'] as const).map((k) => styleAt(r, k));
    expect(styles(first)).toEqual(['totalLabel', 'codeBold', 'totalLabel', 'moneyTotal', 'rateTotal', 'emptyTotal']);
    expect(styles(at('DA4'))).toEqual(['sttBold', 'codeBold', 'textBold', 'moneyBold', 'rateBold', 'text']);
    expect(styles(at('DA4.TDA1'))).toEqual(['stt', 'code', 'textBoldItalic', 'money', 'rate', 'text']);
    expect(styles(at('DA4.TDA1.ND1'))).toEqual(['stt', 'code', 'text', 'money', 'rate', 'text']);
    expect(styles(at('DA4.TDA1.ND1.1'))).toEqual(['stt', 'code', 'textDetail', 'money', 'rate', 'text']);
    const height = (r: number) => plan.rows.find((x) => x.index === r)?.height;
    const bold = wrappedRowHeight([{ text: LONG, width: 36, bold: true }]);
    const plain = wrappedRowHeight([{ text: LONG, width: 36 }]);
    expect(bold).toBeGreaterThan(plain);
    // Projects and sub-projects are bold (wider text, more lines); a detail row is not.
    expect([at('DA8'), at('DA4.TDA1'), at('DA4.TDA1.ND1.1')].map(height)).toEqual([bold, bold, plain]);
  });

  it('heads the figures with the year and the as-of date, in two merged header rows', () => {
    const header = first - 2;
    const texts = sheet.rows[header + 1].slice(C.KH_DTPT, C.TLKD_SN + 1).map((c) => c?.v);
    expect(texts).toEqual(
      [1, 2].flatMap(() => [
        'Kế hoạch năm 2025',
        'Giải ngân',
        'Tỷ lệ',
        'Vốn năm trước kéo dài sang',
        'Đã giải ngân',
        'Tỷ lệ',
      ]),
    );
    expect([sheet.rows[header][C.KH_DTPT]?.v, sheet.rows[header][C.KH_SN]?.v]).toEqual([
      'Vốn đầu tư phát triển',
      'Vốn sự nghiệp',
    ]);
    expect([sheet.rows[header][C.STT]?.v, sheet.rows[header][C.MA]?.v, sheet.rows[header][C.GHI_CHU]?.v]).toEqual([
      'STT',
      'Mã',
      'Ghi chú',
    ]);
    expect(plan.merges).toEqual(
      expect.arrayContaining([
        { top: header, left: C.KH_DTPT, bottom: header, right: C.KH_DTPT + 5 },
        { top: header, left: C.KH_SN, bottom: header, right: C.KH_SN + 5 },
        { top: header, left: C.NOI_DUNG, bottom: header + 1, right: C.NOI_DUNG },
        { top: header - 1, left: 0, bottom: header - 1, right: 6 },
      ]),
    );
    expect(sheet.rows[header - 1][0]?.v).toBe('Số liệu giải ngân đến ngày 30/06/2025');
    const heights = [header, header + 1].map((r) => plan.rows.find((x) => x.index === r)?.height);
    expect(heights).toEqual([22, 45]);
    expect(plan.print).toMatchObject({ orientation: 'landscape', titleRows: { first: header, last: header + 1 } });
  });

  it('shows "…" for a missing year or as-of date', () => {
    const bare = snapshotFromPlans([buildPb04(model(null, ''), false)]).sheets[0];
    const top = bare.rows.findIndex((r) => r[C.MA]?.v === 'TONG') - 2;
    expect(bare.rows[top + 1][C.KH_DTPT]?.v).toBe('Kế hoạch năm …');
    expect(bare.rows[top - 1][0]?.v).toBe('Số liệu giải ngân đến ngày …');
  });
});
