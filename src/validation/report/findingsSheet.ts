import { FINDINGS_SHEET_NAME, sheetMarker } from '../../domain/workbookLayout';
import type { CellPlan, SheetPlan } from '../../model/sheetPlan';
import { summarize, type Finding, type Severity } from '../../model/finding';
import { CODE_CATALOG } from '../codes';

/** Severity words of the report (Vietnamese first), shared by the sheet and the pane's text report. */
export const SEVERITY_LABEL: Record<Severity, { vi: string; en: string }> = {
  error: { vi: 'Lỗi', en: 'Error' },
  warning: { vi: 'Cảnh báo', en: 'Warning' },
  info: { vi: 'Lưu ý', en: 'Note' },
};

export const SEVERITY_FILL: Record<Severity, string> = { error: 'FDE7E9', warning: 'FFF4CE', info: 'DEECF9' };

const HEADERS = [
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
];
const WIDTHS = [6, 10, 22, 30, 16, 8, 70, 70, 16, 16];

/**
 * The findings as a report sheet "Kết quả kiểm tra" (kind 'report'): a hidden marker row,
 * a title with the counts, then one row per finding. Written with mode 'replaceOwn', so a
 * new check replaces the previous report but never a user's sheet of the same name.
 */
export function buildFindingsSheetPlan(findings: Finding[], checkedAt: Date = new Date()): SheetPlan {
  const cells: CellPlan[] = [];
  const put = (row: number, col: number, value: string | number | null, style?: string) =>
    cells.push({ row, col, value, style });
  const s = summarize(findings);

  put(0, 0, sheetMarker('report', 'findings'));
  put(1, 0, 'KẾT QUẢ KIỂM TRA SỔ TÍNH KẾ HOẠCH VỐN / WORKBOOK CHECK RESULTS', 'title');
  put(
    2,
    0,
    `Thời điểm kiểm tra / Checked at: ${formatTimestamp(checkedAt)} — Lỗi: ${s.error}; Cảnh báo: ${s.warning}; Lưu ý: ${s.info}; Tổng: ${s.total}`,
    'note',
  );
  const headerRow = 4;
  HEADERS.forEach((h, col) => put(headerRow, col, h, 'header'));
  findings.forEach((f, i) => {
    const row = headerRow + 1 + i;
    const style = `body_${f.severity}`;
    put(row, 0, i + 1, style);
    put(row, 1, SEVERITY_LABEL[f.severity].vi, style);
    put(row, 2, f.code, style);
    put(row, 3, CODE_CATALOG[f.code]?.title ?? f.code, style);
    put(row, 4, f.sheet, style);
    put(row, 5, f.cell, style);
    put(row, 6, f.message, style);
    put(row, 7, f.messageEn, style);
    put(row, 8, f.expected ?? null, numberStyle(f.expected));
    put(row, 9, f.actual ?? null, numberStyle(f.actual));
  });
  if (findings.length === 0) put(headerRow + 1, 0, 'Không phát hiện lỗi. / No problems found.', 'note');

  const bodyBase = { border: 'thin' as const, wrap: true, vAlign: 'top' as const };
  return {
    id: 'findings',
    name: FINDINGS_SHEET_NAME,
    kind: 'report',
    styles: {
      title: { bold: true, fontSize: 14 },
      note: { italic: true },
      header: { bold: true, fill: 'D9E1F2', border: 'thin', wrap: true, hAlign: 'center', vAlign: 'middle' },
      body_error: { ...bodyBase, fill: SEVERITY_FILL.error },
      body_warning: { ...bodyBase, fill: SEVERITY_FILL.warning },
      body_info: { ...bodyBase, fill: SEVERITY_FILL.info },
      number: { border: 'thin', numFmt: '#,##0.0##', vAlign: 'top' },
      integer: { border: 'thin', numFmt: '#,##0', vAlign: 'top' },
    },
    cells,
    columns: WIDTHS.map((width, index) => ({ index, width })),
    rows: [{ index: 0, hidden: true }],
    merges: [],
    validations: [],
    freeze: { rows: headerRow + 1, cols: 0 },
    print: {
      orientation: 'landscape',
      paper: 'A4',
      fitToWidth: true,
      titleRows: { first: headerRow, last: headerRow },
    },
  };
}

/** Excel prints "1,400." for 1400 under '#,##0.###': whole numbers get a format without decimals. */
function numberStyle(value: number | undefined): string {
  return value === undefined || Number.isInteger(value) ? 'integer' : 'number';
}

/** dd/mm/yyyy hh:mm, the way Vietnamese documents date things. */
export function formatTimestamp(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(d.getDate())}/${p(d.getMonth() + 1)}/${d.getFullYear()} ${p(d.getHours())}:${p(d.getMinutes())}`;
}
