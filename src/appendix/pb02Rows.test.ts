import { catalog } from '../domain/catalog';
import { SOURCE_KEYS, type SourceKey } from '../domain/sources';
import { cellAt, type SheetSnapshot } from '../model/snapshot';
import type { SheetPlan } from '../model/sheetPlan';
import { buildPb02, PB02_CODE_COLUMN, PB02_SOURCE_COLUMNS as S } from './pb02FundingPlan';
import type { AppendixModel, MoneyRow } from './readWorkbook';
import { wrappedRowHeight } from './sheetBuilder';
import { snapshotFromPlans } from './testing/planSnapshot';

// 100 characters: 46 a line in bold in the 44-wide Nội dung column, 52 in plain text, so three lines in
// bold and two in plain text.
const LONG = 'Tên riêng của tiểu dự án hạ tầng thiết yếu tại các xã đặc biệt khó khăn'.padEnd(100, ' .');
const NOTE = 'Ghi chú dài về nguồn vốn của dòng này, xuống nhiều dòng trong cột ghi chú';

const row = (code: string, name: string, given: Partial<Record<SourceKey, number>>, note = ''): MoneyRow => {
  const amounts = Object.fromEntries(SOURCE_KEYS.map((k) => [k, given[k] ?? 0])) as Record<SourceKey, number>;
  return { code, name, note, amounts };
};

/** Kế hoạch vốn read into rows, built in code: each row pins one rule of PB02's tree and layout. */
function model(): AppendixModel {
  return {
    settings: {
      unitName: 'UBND huyện Thử',
      level: 'huyen',
      unit: 'trieu',
      counterpartPercent: 10,
      planNumber: '',
      planDate: '',
      year: 2025,
      asOfDate: '',
    },
    planRows: [
      row('TONG', 'TỔNG CỘNG', {}, 'ghi chú tổng'),
      row('DA4.TDA1', LONG, {}),
      row('DA4.TDA1.ND1', '', {}, NOTE),
      row('DA4.TDA1.ND1.1', 'Đường Áng Hin', { DTPT_NSTW: 700, DTPT: 700, TONG: 700 }, 'ghi chú 1'),
      row('DA4.TDA1.ND1.2', '', { DTPT_NSTW: 300, DTPT: 300, TONG: 300 }),
      row('DA4.TDA1.ND1.3', 'Không có tiền', {}),
      // A detail row under a line that is not a leaf is not listed.
      row('DA4.TDA1.7', 'Chi tiết sai chỗ', { DTPT_NSTW: 9, DTPT: 9, TONG: 9 }),
      row('DA8', 'Bình đẳng giới', { SN_NSTW: 50, SN: 50, TIN_DUNG: 3, HUY_DONG: 4, DAN_GOP: 5, TONG: 62 }, 'n8'),
    ],
    indicators: [],
    disbursementRows: [],
  };
}

let plan: SheetPlan;
let sheet: SheetSnapshot;
let first: number;
beforeEach(() => {
  plan = buildPb02(model(), false);
  sheet = snapshotFromPlans([plan]).sheets[0];
  first = sheet.rows.findIndex((r) => r[PB02_CODE_COLUMN]?.v === 'TONG');
});
const at = (code: string) => sheet.rows.findIndex((r) => r[PB02_CODE_COLUMN]?.v === code);
const styleAt = (r: number, col: number) => plan.cells.find((c) => c.row === r && c.col === col)?.style;

describe('Phụ biểu 02 built from rows made in code', () => {
  it('names lines by the sheet, else the catalog, details by their code when unnamed, and carries the notes', () => {
    const listed = sheet.rows.slice(first).map((r) => [r[PB02_CODE_COLUMN]?.v, r[2]?.v ?? null, r[14]?.v ?? null]);
    const name = (code: string) => catalog.byCode.get(code)!.name;
    expect(listed).toEqual([
      ['TONG', 'TỔNG CỘNG', 'ghi chú tổng'],
      ['DA4', name('DA4'), null],
      ['DA4.TDA1', LONG, null],
      ['DA4.TDA1.ND1', name('DA4.TDA1.ND1'), NOTE],
      ['DA4.TDA1.ND1.1', 'Đường Áng Hin', 'ghi chú 1'],
      ['DA4.TDA1.ND1.2', 'DA4.TDA1.ND1.2', null],
      ['DA8', 'Bình đẳng giới', 'n8'],
    ]);
  });

  it('puts each source under its own header', () => {
    const header = first - 2;
    const label = (key: SourceKey) => sheet.rows[header][S[key]]?.v;
    expect([label('TONG'), label('LONG_GHEP'), label('TIN_DUNG'), label('HUY_DONG'), label('DAN_GOP')]).toEqual([
      'Tổng cộng',
      'Vốn lồng ghép',
      'Vốn tín dụng chính sách',
      'Vốn huy động khác',
      'Dân đóng góp',
    ]);
    expect([label('DTPT'), label('SN')]).toEqual(['Vốn đầu tư phát triển', 'Vốn sự nghiệp']);
    const sub = (key: SourceKey) => sheet.rows[header + 1][S[key]]?.v;
    expect([sub('DTPT'), sub('DTPT_NSTW'), sub('DTPT_NSDP'), sub('SN'), sub('SN_NSTW'), sub('SN_NSDP')]).toEqual([
      'Tổng',
      'NSTW',
      'NSĐP',
      'Tổng',
      'NSTW',
      'NSĐP',
    ]);
    const v = (code: string, key: SourceKey) => cellAt(sheet, at(code), S[key]).v;
    expect([v('DA8', 'TIN_DUNG'), v('DA8', 'HUY_DONG'), v('DA8', 'DAN_GOP'), v('DA8', 'TONG')]).toEqual([3, 4, 5, 62]);
    expect([v('TONG', 'DTPT_NSTW'), v('TONG', 'SN'), v('TONG', 'TONG')]).toEqual([1000, 50, 1062]);
    const heights = [header, header + 1].map((r) => plan.rows.find((x) => x.index === r)?.height);
    expect(heights).toEqual([30, 30]);
  });

  it('styles the total, projects, sub-projects, lines and details apart', () => {
    const styles = (code: string) => [0, 1, 2, S.DTPT_NSTW, S.TONG, 14].map((c) => styleAt(at(code), c));
    expect(styles('TONG')).toEqual(['totalLabel', 'codeBold', 'totalLabel', 'moneyTotal', 'moneyTotal', 'emptyTotal']);
    expect(styles('DA4')).toEqual(['sttBold', 'codeBold', 'textBold', 'moneyBold', 'moneyBold', 'text']);
    expect(styles('DA4.TDA1')).toEqual(['stt', 'code', 'textBoldItalic', 'money', 'money', 'text']);
    expect(styles('DA4.TDA1.ND1')).toEqual(['stt', 'code', 'text', 'money', 'money', 'text']);
    expect(styles('DA4.TDA1.ND1.1')).toEqual(['stt', 'code', 'textDetail', 'money', 'money', 'text']);
  });

  it('sizes each row to its wrapped name (bold down to sub-projects) and note', () => {
    const height = (code: string) => plan.rows.find((x) => x.index === at(code))?.height;
    const bold = wrappedRowHeight([{ text: LONG, width: 44, bold: true }]);
    expect(bold).toBeGreaterThan(wrappedRowHeight([{ text: LONG, width: 44 }]));
    expect(height('DA4.TDA1')).toBe(bold);
    // A short name beside a long note: the note's lines set the height.
    expect(height('DA4.TDA1.ND1')).toBe(wrappedRowHeight([{ text: NOTE, width: 14 }]));
    expect(height('DA4.TDA1.ND1')).toBeGreaterThan(
      wrappedRowHeight([{ text: catalog.byCode.get('DA4.TDA1.ND1')!.name, width: 44 }]),
    );
  });
});
