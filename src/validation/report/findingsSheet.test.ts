import { FINDINGS_SHEET_NAME, sheetMarker } from '../../domain/workbookLayout';
import type { Finding } from '../../model/finding';
import { sheetPlanSchema } from '../../model/sheetPlan';
import { buildFindingsSheetPlan, formatTimestamp, SEVERITY_FILL, SEVERITY_LABEL } from './findingsSheet';

const sumMismatch: Finding = {
  code: 'SUM_MISMATCH',
  severity: 'error',
  sheet: 'Kế hoạch vốn',
  cell: 'D12',
  expected: 1238075.5,
  actual: 1238000,
  message: 'Tổng không khớp.',
  messageEn: 'Total differs.',
};
const under: Finding = {
  code: 'UNDER_ALLOCATION',
  severity: 'warning',
  sheet: 'Giao vốn',
  cell: 'E20',
  message: 'Chưa phân bổ hết.',
  messageEn: 'Not all allocated.',
};
const rounding: Finding = {
  code: 'ROUNDING_DIFF',
  severity: 'info',
  sheet: 'Giao vốn',
  cell: 'E9',
  expected: 3,
  message: 'Làm tròn.',
  messageEn: 'Rounding.',
};
// 5 March 2024, 09:07 local time: every part below 10, so each needs its leading zero.
const at = new Date(2024, 2, 5, 9, 7);

let plan: ReturnType<typeof buildFindingsSheetPlan>;
const valueAt = (row: number, col: number) => plan.cells.find((c) => c.row === row && c.col === col)?.value;
const styleAt = (row: number, col: number) => plan.cells.find((c) => c.row === row && c.col === col)?.style;
const rowValues = (row: number) =>
  plan.cells
    .filter((c) => c.row === row)
    .sort((a, b) => a.col - b.col)
    .map((c) => c.value);

describe('buildFindingsSheetPlan', () => {
  beforeEach(() => {
    plan = buildFindingsSheetPlan([sumMismatch, under, rounding], at);
  });

  it('is a valid report plan named and marked as our findings sheet', () => {
    expect(sheetPlanSchema.safeParse(plan).success).toBe(true);
    expect([plan.id, plan.name, plan.kind]).toEqual(['findings', FINDINGS_SHEET_NAME, 'report']);
    expect(valueAt(0, 0)).toBe(sheetMarker('report', 'findings'));
    expect(plan.rows).toEqual([{ index: 0, hidden: true }]);
    expect(plan.merges).toEqual([]);
    expect(plan.validations).toEqual([]);
  });

  it('titles the sheet and counts the findings by severity with the check time', () => {
    expect(valueAt(1, 0)).toBe('KẾT QUẢ KIỂM TRA SỔ TÍNH KẾ HOẠCH VỐN / WORKBOOK CHECK RESULTS');
    expect(styleAt(1, 0)).toBe('title');
    expect(valueAt(2, 0)).toBe(
      'Thời điểm kiểm tra / Checked at: 05/03/2024 09:07 — Lỗi: 1; Cảnh báo: 1; Lưu ý: 1; Tổng: 3',
    );
    expect(styleAt(2, 0)).toBe('note');
  });

  it('writes the header row and one row per finding, styled by its severity', () => {
    expect(rowValues(4)).toEqual([
      'STT',
      'Mức độ',
      'Mã lỗi',
      'Loại lỗi',
      'Trang tính',
      'Ô',
      'Nội dung',
      'Message (English)',
      'Giá trị đúng',
      'Giá trị thực tế',
    ]);
    expect(plan.cells.filter((c) => c.row === 4).every((c) => c.style === 'header')).toBe(true);
    expect(rowValues(5)).toEqual([
      1,
      'Lỗi',
      'SUM_MISMATCH',
      'Tổng không khớp chi tiết',
      'Kế hoạch vốn',
      'D12',
      'Tổng không khớp.',
      'Total differs.',
      1238075.5,
      1238000,
    ]);
    expect(rowValues(6).slice(0, 2)).toEqual([2, 'Cảnh báo']);
    expect(rowValues(6).slice(8)).toEqual([null, null]);
    expect(rowValues(7).slice(0, 3)).toEqual([3, 'Lưu ý', 'ROUNDING_DIFF']);
    expect([styleAt(5, 0), styleAt(5, 7), styleAt(6, 3), styleAt(7, 6)]).toEqual([
      'body_error',
      'body_error',
      'body_warning',
      'body_info',
    ]);
    // Whole numbers get a format without a dangling decimal point; fractions keep theirs.
    expect([styleAt(5, 8), styleAt(5, 9), styleAt(6, 8), styleAt(7, 8), styleAt(7, 9)]).toEqual([
      'number',
      'integer',
      'integer',
      'integer',
      'integer',
    ]);
    expect(plan.cells.some((c) => c.row > 7)).toBe(false);
  });

  it('says so when nothing was found', () => {
    plan = buildFindingsSheetPlan([], at);
    expect(valueAt(2, 0)).toBe(
      'Thời điểm kiểm tra / Checked at: 05/03/2024 09:07 — Lỗi: 0; Cảnh báo: 0; Lưu ý: 0; Tổng: 0',
    );
    expect(valueAt(5, 0)).toBe('Không phát hiện lỗi. / No problems found.');
    expect(styleAt(5, 0)).toBe('note');
  });

  it('falls back to the code when the catalog has no title for it', () => {
    plan = buildFindingsSheetPlan([{ ...under, code: 'NOT_A_CODE' as Finding['code'] }], at);
    expect(valueAt(5, 3)).toBe('NOT_A_CODE');
  });

  it('styles: bold title, italic notes, framed header and body cells filled by severity, number formats', () => {
    const body = { border: 'thin', wrap: true, vAlign: 'top' };
    expect(plan.styles).toEqual({
      title: { bold: true, fontSize: 14 },
      note: { italic: true },
      header: { bold: true, fill: 'D9E1F2', border: 'thin', wrap: true, hAlign: 'center', vAlign: 'middle' },
      body_error: { ...body, fill: 'FDE7E9' },
      body_warning: { ...body, fill: 'FFF4CE' },
      body_info: { ...body, fill: 'DEECF9' },
      number: { border: 'thin', numFmt: '#,##0.0##', vAlign: 'top' },
      integer: { border: 'thin', numFmt: '#,##0', vAlign: 'top' },
    });
    expect(SEVERITY_FILL).toEqual({ error: 'FDE7E9', warning: 'FFF4CE', info: 'DEECF9' });
    expect(SEVERITY_LABEL.info).toEqual({ vi: 'Lưu ý', en: 'Note' });
  });

  it('sets column widths, freezes the header and prints landscape A4, one page wide, header repeated', () => {
    expect(plan.columns).toEqual([6, 10, 22, 30, 16, 8, 70, 70, 16, 16].map((width, index) => ({ index, width })));
    expect(plan.freeze).toEqual({ rows: 5, cols: 0 });
    expect(plan.print).toEqual({
      orientation: 'landscape',
      paper: 'A4',
      fitToWidth: true,
      titleRows: { first: 4, last: 4 },
    });
  });
});

describe('formatTimestamp', () => {
  it('writes dd/mm/yyyy hh:mm with leading zeros, months counted from 1', () => {
    expect(formatTimestamp(at)).toBe('05/03/2024 09:07');
    expect(formatTimestamp(new Date(2025, 11, 31, 23, 59))).toBe('31/12/2025 23:59');
  });
});
