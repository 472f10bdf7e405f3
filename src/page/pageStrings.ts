import { useCallback } from 'react';
import { useI18n, type Lang } from '../taskpane/i18n';

/** The page's own strings (the pane's live in taskpane/i18n.ts and are reused as they are). */
export const PAGE_STRINGS = {
  pageTitle: { vi: 'Kiểm tra kế hoạch vốn MTQG 1719', en: 'Check MTQG 1719 funding plans' },
  privacyTitle: { vi: 'Tệp của bạn không rời khỏi máy', en: 'Your files never leave this computer' },
  privacyBody: {
    vi: 'Không tải lên đâu cả: mọi việc đọc, kiểm tra và tạo tệp đều chạy ngay trong trang này, kể cả khi mất mạng.',
    en: 'Nothing is uploaded: reading, checking and making files all run in this page, even offline.',
  },
  dropTitle: { vi: 'Mở trang, chọn tệp', en: 'Open the page, choose a file' },
  dropHint: {
    vi: 'Kéo thả một hay nhiều tệp .xlsx vào đây, hoặc bấm nút để chọn.',
    en: 'Drag one or more .xlsx files here, or press the button to choose.',
  },
  chooseFiles: { vi: 'Chọn tệp .xlsx', en: 'Choose .xlsx files' },
  fileInputLabel: { vi: 'Tệp kế hoạch (.xlsx)', en: 'Plan workbook (.xlsx)' },
  stageSend: { vi: 'Mở tệp…', en: 'Opening the file…' },
  stageRead: { vi: 'Đọc tệp…', en: 'Reading the file…' },
  stageCheck: { vi: 'Kiểm tra…', en: 'Checking…' },
  stageDone: { vi: 'Xong', en: 'Done' },
  kindTemplate: { vi: 'Tệp mẫu mtqg', en: 'mtqg template workbook' },
  kindOwn: {
    vi: 'Bảng tính riêng (đọc theo cách ghép cột tự nhận ra)',
    en: 'Own layout (read through the mapping found automatically)',
  },
  summaryCounts: {
    vi: '{error} lỗi, {warning} cảnh báo, {info} lưu ý',
    en: '{error} errors, {warning} warnings, {info} notes',
  },
  noFindings: { vi: 'Không phát hiện lỗi nào.', en: 'No problems found.' },
  closeFile: { vi: 'Đóng tệp', en: 'Close file' },
  gridTitle: { vi: 'Các trang tính (chỉ xem)', en: 'Sheets (read only)' },
  findingsTitle: { vi: 'Kết quả kiểm tra', en: 'Findings' },
  mappingTitle: { vi: 'Cách đọc bảng của bạn', en: 'How your table was read' },
  mappingTable: {
    vi: 'Trang “{sheet}”: {role}, đơn vị {unit}, hàng tiêu đề {from}–{to}, {lines} dòng',
    en: 'Sheet “{sheet}”: {role}, unit {unit}, header rows {from}–{to}, {lines} lines',
  },
  rolePlan: { vi: 'kế hoạch vốn', en: 'funding plan' },
  roleAllocation: { vi: 'vốn được giao', en: 'allocation' },
  mappingColumn: { vi: 'Cột', en: 'Column' },
  mappingHeader: { vi: 'Tiêu đề', en: 'Header' },
  mappingReadAs: { vi: 'Đọc là', en: 'Read as' },
  mappingUnmapped: { vi: 'Chưa ghép được', en: 'Not mapped' },
  mappingIndicators: {
    vi: 'Bảng chỉ tiêu: trang “{sheet}”, hàng tiêu đề {row}, {count} chỉ tiêu của Chương trình',
    en: 'Indicator table: sheet “{sheet}”, header row {row}, {count} program indicators',
  },
  mappingEdit: { vi: 'Sửa cách đọc bảng', en: 'Correct how the table is read' },
  downloadsTitle: { vi: 'Tải về', en: 'Downloads' },
  dlAnnotated: { vi: 'Bản đánh dấu lỗi', en: 'Annotated copy' },
  dlReportXlsx: { vi: 'Báo cáo kiểm tra (.xlsx)', en: 'Check report (.xlsx)' },
  dlReportJson: { vi: 'Báo cáo kiểm tra (.json)', en: 'Check report (.json)' },
  dlAppendix: { vi: 'Phụ biểu 01–04', en: 'Appendices 01–04' },
  dlConverted: { vi: 'Chuyển sang mẫu chuẩn', en: 'Convert to the standard template' },
  dlConsolidated: { vi: 'Tổng hợp các tệp đã mở', en: 'Consolidate the open files' },
  dlBlank: { vi: 'Mẫu biểu trống', en: 'Blank template' },
  dlPrint: { vi: 'In báo cáo', en: 'Print the report' },
  dlBusy: { vi: 'Đang tạo tệp…', en: 'Making the file…' },
  dlSaved: { vi: 'Đã tạo “{name}” (trong thư mục Tải về).', en: 'Made “{name}” (in your Downloads folder).' },
  dlNotReady: { vi: 'Chức năng này chưa có trong bản này.', en: 'Not available in this build yet.' },
  printHeading: { vi: 'BÁO CÁO KIỂM TRA KẾ HOẠCH VỐN', en: 'FUNDING PLAN CHECK REPORT' },
  printFile: { vi: 'Tệp', en: 'File' },
  printUnit: { vi: 'Đơn vị', en: 'Unit' },
  printDate: { vi: 'Ngày kiểm tra', en: 'Checked on' },
  printCell: { vi: 'Ô', en: 'Cell' },
  printSeverity: { vi: 'Mức', en: 'Level' },
  printFinding: { vi: 'Nội dung', en: 'Finding' },
  printSigner: { vi: 'Người kiểm tra', en: 'Checked by' },
  offlineReady: {
    vi: 'Trang đã sẵn sàng dùng khi mất mạng.',
    en: 'The page is ready to use offline.',
  },
} as const satisfies Record<string, { vi: string; en: string }>;

export type PageStringKey = keyof typeof PAGE_STRINGS;
export type PageTranslate = (key: PageStringKey, vars?: Record<string, string | number>) => string;

export function pageText(lang: Lang, key: PageStringKey, vars?: Record<string, string | number>): string {
  const text: string = PAGE_STRINGS[key][lang];
  if (!vars) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

/** The page's strings in the language the shared switch chose. */
export function usePageText(): PageTranslate {
  const { lang } = useI18n();
  return useCallback((key, vars) => pageText(lang, key, vars), [lang]);
}
