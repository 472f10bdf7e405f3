import { PERCENT_BOUNDS, YEAR_BOUNDS } from '../domain/settings';

/** Every UI string, in both languages. Placeholders look like {name}. */
export const STRINGS = {
  productName: { vi: 'MTQG 1719 – Kế hoạch vốn', en: 'MTQG 1719 – Funding plans' },
  productTagline: {
    vi: 'Chương trình MTQG vùng đồng bào DTTS&MN',
    en: 'National Target Program for ethnic-minority & mountainous areas',
  },
  languageLabel: { vi: 'Ngôn ngữ', en: 'Language' },
  introTitle: { vi: 'Bắt đầu thế nào?', en: 'How to start' },
  introBody: {
    vi: '1) Mẫu biểu: tải các trang tính mẫu vào sổ tính và nhập số liệu. 2) Kiểm tra: tìm lỗi cộng, sai nguồn vốn, thiếu đối ứng; bấm vào một lỗi để đến ô đó. 3) Phụ biểu: tạo Phụ biểu 01–04 để in kèm kế hoạch.',
    en: '1) Templates: load the template sheets into the workbook and type your figures. 2) Check: find sum errors, ineligible sources, missing counterpart; click a finding to go to its cell. 3) Appendices: create Appendices 01–04 to print with the plan.',
  },
  introDismiss: { vi: 'Đã hiểu', en: 'Got it' },
  tabTemplates: { vi: 'Mẫu biểu', en: 'Templates' },
  tabValidation: { vi: 'Kiểm tra', en: 'Check' },
  tabAppendix: { vi: 'Phụ biểu', en: 'Appendices' },
  close: { vi: 'Đóng', en: 'Close' },
  cancel: { vi: 'Hủy', en: 'Cancel' },

  // Templates panel
  templatesIntro: {
    vi: 'Chọn thông tin chung rồi tải bộ mẫu biểu (Thông tin, Giao vốn, Kế hoạch vốn, Chỉ tiêu, Giải ngân).',
    en: 'Choose the general settings, then load the template set (Settings, Allocation, Funding plan, Indicators, Disbursement).',
  },
  templatesDisbursementTitle: { vi: 'Trang "Giải ngân"', en: 'The "Giải ngân" (disbursement) sheet' },
  templatesDisbursementHint: {
    vi: 'Cột Kế hoạch năm tự lấy từ "Kế hoạch vốn" theo mã dòng (gõ đè nếu kế hoạch giao ở nơi khác). Gõ số đã giải ngân, vốn năm trước kéo dài sang và số đã giải ngân của vốn kéo dài trên dòng lá hoặc dòng chi tiết; dòng tổng và tỷ lệ (%) là công thức. Ghi ngày số liệu (dd/mm/yyyy) ở NGAY_SO_LIEU trang "Thông tin": Kiểm tra báo giải ngân vượt kế hoạch, tỷ lệ ghi sai, vốn kéo dài quá hạn 31/12 và tiến độ chậm; Phụ biểu 04 in tình hình giải ngân.',
    en: 'The year-plan columns come from "Kế hoạch vốn" by line code (type over them if the plan is given elsewhere). Type the amounts disbursed, the funds carried over from previous years and what was disbursed from them on leaf or detail rows; totals and rates (%) are formulas. Put the as-of date (dd/mm/yyyy) in NGAY_SO_LIEU on "Thông tin": Check reports disbursement above plan, wrong typed rates, carry-over past 31/12 and slow progress; Appendix 04 prints the disbursement status.',
  },
  fieldLevel: { vi: 'Cấp lập kế hoạch', en: 'Planning level' },
  fieldYear: { vi: 'Năm kế hoạch', en: 'Plan year' },
  fieldUnit: { vi: 'Đơn vị tính', en: 'Money unit' },
  fieldUnitName: { vi: 'Tên đơn vị (UBND …)', en: 'Unit name (People’s Committee …)' },
  fieldUnitNamePlaceholder: { vi: 'Ví dụ: UBND huyện Ngọc Hồi', en: 'e.g. Ngoc Hoi District People’s Committee' },
  fieldCounterpart: { vi: 'Tỷ lệ đối ứng NSĐP tối thiểu (%)', en: 'Minimum local counterpart (%)' },
  fieldCounterpartHint: {
    vi: 'Mặc định 5% (QĐ 39/2021/QĐ-TTg); tỉnh có thể quy định khác.',
    en: 'Default 5% (Decision 39/2021); your province may set another value.',
  },
  yearInvalid: {
    vi: `Năm phải từ ${YEAR_BOUNDS.min} đến ${YEAR_BOUNDS.max}.`,
    en: `The year must be between ${YEAR_BOUNDS.min} and ${YEAR_BOUNDS.max}.`,
  },
  counterpartInvalid: {
    vi: `Tỷ lệ phải từ ${PERCENT_BOUNDS.min} đến ${PERCENT_BOUNDS.max}.`,
    en: `The percentage must be between ${PERCENT_BOUNDS.min} and ${PERCENT_BOUNDS.max}.`,
  },
  loadTemplates: { vi: 'Tải mẫu biểu vào sổ tính', en: 'Load templates into the workbook' },
  loadingTemplates: { vi: 'Đang tạo các trang tính mẫu…', en: 'Creating template sheets…' },
  templatesCreated: { vi: 'Đã tạo {count} trang tính: {names}.', en: 'Created {count} sheets: {names}.' },
  sheetsExistTitle: {
    vi: 'Sổ tính đã có trang tính trùng tên',
    en: 'The workbook already has sheets with these names',
  },
  sheetsExistBody: {
    vi: 'Đã có: {names}. Không ghi đè để giữ số liệu của bạn.',
    en: 'Already there: {names}. Nothing was overwritten, your data is safe.',
  },
  sheetsExistQuestion: {
    vi: 'Tạo bộ mẫu mới với tên khác (thêm “{suffix}”)? Lưu ý: Kiểm tra và Phụ biểu làm việc trên bộ mẫu gốc; nên lập mỗi kế hoạch trong một sổ tính riêng.',
    en: 'Create a new set with other names (adding “{suffix}”)? Note: Check and Appendices work on the original set; keep each plan in its own workbook.',
  },
  useOtherNames: { vi: 'Dùng tên khác', en: 'Use other names' },
  detailTitle: { vi: 'Thêm dòng chi tiết (công trình, hoạt động)', en: 'Add a detail row (a work or activity)' },
  detailIntro: {
    vi: 'Thêm một dòng dưới một nội dung của trang Kế hoạch vốn; dòng trên sẽ tự cộng dòng mới.',
    en: 'Add a row under a line of the Funding plan sheet; the line above will sum it.',
  },
  fieldLeaf: { vi: 'Thuộc nội dung', en: 'Under line' },
  fieldDetailName: { vi: 'Tên dòng chi tiết', en: 'Detail row name' },
  fieldDetailNamePlaceholder: { vi: 'Ví dụ: Nâng cấp đường Áng Hin', en: 'e.g. Upgrade of Ang Hin road' },
  addDetail: { vi: 'Thêm dòng chi tiết', en: 'Add detail row' },
  addingDetail: { vi: 'Đang thêm dòng…', en: 'Adding the row…' },
  detailAdded: { vi: 'Đã thêm dòng {code} “{name}”.', en: 'Added row {code} “{name}”.' },
  detailNeedsTemplate: {
    vi: 'Tải mẫu biểu trước: dòng chi tiết được thêm vào trang Kế hoạch vốn.',
    en: 'Load the templates first: detail rows go into the Funding plan sheet.',
  },
  detailNameMissing: { vi: 'Hãy nhập tên dòng chi tiết.', en: 'Please type a name for the detail row.' },

  // Validation panel
  validationIntro: {
    vi: 'Đọc toàn bộ sổ tính và tìm lỗi. Sổ tính không bị sửa số liệu; các ô có lỗi được tô màu.',
    en: 'Reads the whole workbook and looks for problems. No figures are changed; cells with findings are coloured.',
  },
  runValidation: { vi: 'Kiểm tra sổ tính', en: 'Check the workbook' },
  validating: { vi: 'Đang đọc và kiểm tra sổ tính…', en: 'Reading and checking the workbook…' },
  severityError: { vi: 'Lỗi', en: 'Errors' },
  severityWarning: { vi: 'Cảnh báo', en: 'Warnings' },
  severityInfo: { vi: 'Lưu ý', en: 'Notes' },
  noFindings: {
    vi: 'Không phát hiện lỗi nào. Sổ tính đã sẵn sàng để tạo phụ biểu.',
    en: 'No problems found. The workbook is ready for appendices.',
  },
  filterSeverity: { vi: 'Mức độ', en: 'Severity' },
  filterSheet: { vi: 'Trang tính', en: 'Sheet' },
  filterCode: { vi: 'Loại lỗi', en: 'Kind' },
  filterAll: { vi: 'Tất cả', en: 'All' },
  searchPlaceholder: { vi: 'Tìm trong kết quả', en: 'Search the findings' },
  shownCount: {
    vi: 'Hiển thị {shown}/{total} kết quả. Bấm vào một dòng để đến ô đó.',
    en: 'Showing {shown} of {total}. Click a finding to go to its cell.',
  },
  noMatch: { vi: 'Không có kết quả khớp bộ lọc.', en: 'No finding matches the filters.' },
  expected: { vi: 'Đúng ra', en: 'Expected' },
  actual: { vi: 'Thực tế', en: 'Actual' },
  goToCell: { vi: 'Đến ô {ref}', en: 'Go to cell {ref}' },
  clearHighlights: { vi: 'Xóa tô màu', en: 'Clear colours' },
  highlightsCleared: { vi: 'Đã xóa tô màu các ô.', en: 'Cell colours cleared.' },
  copyReport: { vi: 'Sao chép báo cáo', en: 'Copy report' },
  reportCopied: {
    vi: 'Đã sao chép báo cáo; dán vào thư hoặc văn bản.',
    en: 'Report copied; paste it into an e-mail or document.',
  },
  copyManually: {
    vi: 'Không sao chép tự động được. Hãy chọn đoạn dưới đây và nhấn Ctrl+C.',
    en: 'Automatic copy failed. Select the text below and press Ctrl+C.',
  },
  exportReport: { vi: 'Xuất ra trang tính', en: 'Export to a sheet' },
  exporting: { vi: 'Đang ghi trang “{name}”…', en: 'Writing sheet “{name}”…' },
  reportExported: { vi: 'Đã ghi kết quả vào trang “{name}”.', en: 'Findings written to sheet “{name}”.' },
  checkedAt: { vi: 'Kiểm tra lúc {time}.', en: 'Checked at {time}.' },
  changedSince: {
    vi: 'Sổ tính đã thay đổi sau lần kiểm tra này.',
    en: 'The workbook has changed since this check.',
  },
  recheck: { vi: 'Kiểm tra lại', en: 'Check again' },
  checkSummary: {
    vi: 'Đã kiểm tra: {error} lỗi, {warning} cảnh báo, {info} lưu ý.',
    en: 'Checked: {error} errors, {warning} warnings, {info} notes.',
  },
  noFiguresYet: {
    vi: 'Các trang mẫu biểu chưa có số liệu. Nhập số liệu vào Giao vốn và Kế hoạch vốn rồi kiểm tra lại.',
    en: 'The template sheets have no figures yet. Type figures into Allocation and Funding plan, then check again.',
  },
  noTemplate: {
    vi: 'Sổ tính này chưa có bộ mẫu biểu (Thông tin, Giao vốn, Kế hoạch vốn, Chỉ tiêu). Hãy tải mẫu biểu ở thẻ Mẫu biểu trước.',
    en: 'This workbook has no template set (Settings, Allocation, Funding plan, Indicators). Load the templates in the Templates tab first.',
  },
  openTemplates: { vi: 'Mở thẻ Mẫu biểu', en: 'Open Templates' },
  ownTableNote: {
    vi: 'Sổ tính này là bảng riêng của đơn vị (không theo bộ mẫu biểu): các cột được nhận diện tự động và kiểm tra tại chỗ.',
    en: "This workbook is the unit's own table (not the template set): its columns were recognised automatically and checked in place.",
  },
  openMappingReview: { vi: 'Xem cách đọc bảng', en: 'Review how the table is read' },
  stageReading: { vi: 'Đọc sổ tính…', en: 'Reading the workbook…' },
  stageChecking: { vi: 'Kiểm tra…', en: 'Checking…' },
  stageHighlighting: { vi: 'Ghi đánh dấu…', en: 'Colouring the cells…' },
  stageBuilding: { vi: 'Dựng phụ biểu…', en: 'Building the appendices…' },
  stageWriting: { vi: 'Ghi phụ biểu…', en: 'Writing the appendices…' },
  findingCode: { vi: 'Mã lỗi: {code}', en: 'Code: {code}' },
  moreHidden: {
    vi: 'Còn {count} kết quả nữa; hãy lọc để thu hẹp.',
    en: '{count} more findings; use the filters to narrow down.',
  },

  // Appendix panel
  appendixIntro: {
    vi: 'Tạo Phụ biểu 01 (chỉ tiêu), 02 (kế hoạch vốn), 03 (nguồn vốn), 04 (tình hình giải ngân) từ số liệu trong sổ tính. Phụ biểu cũ do công cụ tạo sẽ được thay mới.',
    en: 'Creates Appendix 01 (indicators), 02 (funding plan), 03 (sources) and 04 (disbursement) from the workbook. Appendices made earlier by this tool are replaced.',
  },
  makeAppendices: { vi: 'Tạo phụ biểu', en: 'Create appendices' },
  makingAppendices: { vi: 'Đang kiểm tra và tạo phụ biểu…', en: 'Checking and creating appendices…' },
  appendixErrorsTitle: { vi: 'Sổ tính còn {count} lỗi', en: 'The workbook still has {count} errors' },
  appendixErrorsBody: {
    vi: 'Nên sửa trước khi tạo phụ biểu. Nếu vẫn tạo, phụ biểu sẽ ghi “số liệu chưa kiểm tra”.',
    en: 'Better fix them first. If you go on, the appendices will say “figures not verified”.',
  },
  moreErrors: { vi: '… và {count} lỗi khác (xem thẻ Kiểm tra).', en: '… and {count} more (see the Check tab).' },
  createAnyway: { vi: 'Vẫn tạo (số liệu chưa kiểm tra)', en: 'Create anyway (figures not verified)' },
  fixFirst: { vi: 'Hủy, sửa lỗi trước', en: 'Cancel, fix first' },
  appendicesCreated: { vi: 'Đã tạo: {names}.', en: 'Created: {names}.' },
  appendicesCancelled: {
    vi: 'Chưa tạo phụ biểu. Sửa các lỗi ở thẻ Kiểm tra rồi thử lại.',
    en: 'No appendices created. Fix the errors in the Check tab and try again.',
  },
  appendixNeedsTemplate: {
    vi: 'Chưa tạo phụ biểu: sổ tính chưa có bộ mẫu biểu. Tải mẫu biểu ở thẻ Mẫu biểu và nhập số liệu trước.',
    en: 'No appendices created: the workbook has no template set. Load the templates and type the figures first.',
  },
  appendixNeedsFigures: {
    vi: 'Chưa tạo phụ biểu: các trang mẫu biểu chưa có số liệu. Nhập số liệu rồi thử lại.',
    en: 'No appendices created: the template sheets have no figures yet. Type the figures, then try again.',
  },
  unverifiedNote: {
    vi: 'Phụ biểu được đánh dấu “số liệu chưa kiểm tra”.',
    en: 'Appendices are marked “figures not verified”.',
  },

  // Consolidation panel (Tổng hợp)
  tabConsolidation: { vi: 'Tổng hợp', en: 'Consolidate' },
  consolidationIntro: {
    vi: 'Chọn các tệp kế hoạch của đơn vị cấp dưới (xã hoặc huyện). Mỗi tệp được đọc và kiểm tra; sau đó ghi bảng tổng hợp (Kế hoạch vốn, Giao vốn, Chỉ tiêu, Tình hình nộp, Chi tiết theo đơn vị) vào sổ tính này.',
    en: "Pick the lower units' plan files (communes or districts). Each is read and checked; then the consolidated sheets (plan, allocation, indicators, submissions, plan by unit) are written into this workbook.",
  },
  consolidationLevel: { vi: 'Cấp tổng hợp', en: 'Consolidating level' },
  consolidationLevelHuyen: { vi: 'Huyện (từ các xã)', en: 'District (from communes)' },
  consolidationLevelTinh: { vi: 'Tỉnh (từ các huyện)', en: 'Province (from districts)' },
  consolidationYear: { vi: 'Năm (trống: theo đa số đơn vị)', en: 'Year (blank: most units’ year)' },
  consolidationPick: { vi: 'Chọn các tệp .xlsx của đơn vị', en: "Pick the units' .xlsx files" },
  consolidationReading: { vi: 'Đang đọc {done}/{total} tệp…', en: 'Reading {done} of {total} files…' },
  consolidationRead: {
    vi: 'Đã đọc {total} tệp: {summed} đơn vị được cộng, {unreadable} tệp không đọc được.',
    en: 'Read {total} files: {summed} units summed, {unreadable} unreadable.',
  },
  consolidationWaiting: { vi: 'Chờ đọc', en: 'Waiting' },
  consolidationReadingOne: { vi: 'Đang đọc…', en: 'Reading…' },
  consolidationStatusOk: { vi: 'Hợp lệ', en: 'OK' },
  consolidationStatusFindings: { vi: 'Có phát hiện', en: 'Findings' },
  consolidationStatusUnreadable: { vi: 'Không đọc được', en: 'Unreadable' },
  consolidationColFile: { vi: 'Tệp', en: 'File' },
  consolidationColUnit: { vi: 'Đơn vị', en: 'Unit' },
  consolidationColStatus: { vi: 'Trạng thái', en: 'Status' },
  consolidationColCounts: { vi: 'Lỗi / cảnh báo', en: 'Errors / warnings' },
  consolidationShowFindings: { vi: 'Xem phát hiện của {file}', en: 'Show the findings of {file}' },
  consolidationFindingsTitle: { vi: 'Phát hiện của {file}', en: 'Findings of {file}' },
  consolidationNoFindings: { vi: 'Không có phát hiện.', en: 'No findings.' },
  consolidationWrite: { vi: 'Ghi bảng tổng hợp vào sổ tính', en: 'Write the consolidation into the workbook' },
  consolidationWriting: { vi: 'Đang ghi bảng tổng hợp…', en: 'Writing the consolidation…' },
  consolidationWritten: { vi: 'Đã ghi: {names}.', en: 'Written: {names}.' },
  consolidationCrossTitle: { vi: 'Phát hiện giữa các cấp ({count})', en: 'Cross-level findings ({count})' },
  consolidationDownload: { vi: 'Tải về tệp tổng hợp (.xlsx)', en: 'Download the consolidation (.xlsx)' },
  consolidationDownloaded: { vi: 'Đã tạo tệp {name}.', en: 'Created file {name}.' },
  consolidationNothing: { vi: 'Chưa có tệp nào được đọc.', en: 'No file has been read yet.' },

  // Preview mode
  previewLabel: {
    vi: 'Chế độ xem thử (không có Excel) / Preview mode (no Excel)',
    en: 'Chế độ xem thử (không có Excel) / Preview mode (no Excel)',
  },
  previewBody: {
    vi: 'Bạn đang mở công cụ ngoài Excel. Sổ tính dưới đây chỉ nằm trong trình duyệt để thử các bước.',
    en: 'The tool is open outside Excel. The workbook below lives in the browser only, for trying the steps.',
  },
  fillSample: { vi: 'Điền số liệu mẫu', en: 'Fill sample figures' },
  fillingSample: { vi: 'Đang điền số liệu mẫu…', en: 'Filling sample figures…' },
  sampleFilled: {
    vi: 'Đã thay sổ tính xem thử bằng sổ mẫu có số liệu (có vài lỗi cố ý để thử kiểm tra).',
    en: 'The preview workbook now holds sample figures (with a few deliberate mistakes to try the check).',
  },
  gridEmpty: {
    vi: 'Sổ tính chưa có trang nào. Hãy tải mẫu biểu hoặc điền số liệu mẫu.',
    en: 'The workbook has no sheets yet. Load the templates or fill sample figures.',
  },
  gridSheets: { vi: 'Các trang tính', en: 'Sheets' },
  gridLoading: { vi: 'Đang đọc trang tính…', en: 'Reading the sheet…' },

  // Host start-up and errors
  starting: { vi: 'Đang khởi động…', en: 'Starting…' },
  startupFailedTitle: {
    vi: 'Công cụ không khởi động được. Hãy đóng và mở lại ngăn này.',
    en: 'The tool could not start. Close and reopen this pane.',
  },
  unsupportedTitle: {
    vi: 'Phiên bản Excel này chưa hỗ trợ công cụ',
    en: 'This Excel version does not support the tool',
  },
  unsupportedBody: {
    vi: 'Cần cập nhật Excel (Microsoft 365 hoặc Excel 2021 trở lên). Thiếu các bộ API: {missing}.',
    en: 'Please update Excel (Microsoft 365 or Excel 2021 or later). Missing API sets: {missing}.',
  },
  errorGeneric: { vi: 'Không thực hiện được: {detail}', en: 'Could not finish: {detail}' },
  errorUnknown: {
    vi: 'Không thực hiện được do lỗi không rõ. Hãy thử lại.',
    en: 'Could not finish because of an unknown error. Please try again.',
  },
  jumpFailed: {
    vi: 'Không đến được ô {ref}: trang tính có thể đã bị đổi tên hoặc xóa. Hãy kiểm tra lại.',
    en: 'Could not go to cell {ref}: the sheet may have been renamed or deleted. Run the check again.',
  },
  jumpSheetMissing: {
    vi: 'Trang “{sheet}” không có trong sổ tính, nên không đến được ô {ref}.',
    en: 'Sheet “{sheet}” is not in the workbook, so cell {ref} cannot be shown.',
  },
  connectingExcel: { vi: 'Đang kết nối với Excel…', en: 'Connecting to Excel…' },
  errorSheetsExist: {
    vi: 'Trang tính “{names}” đã có và là của bạn; công cụ không ghi đè. Hãy đổi tên trang đó rồi thử lại.',
    en: 'Sheet “{names}” exists and is yours; the tool will not overwrite it. Rename it and try again.',
  },
} as const satisfies Record<string, { vi: string; en: string }>;
