import type { FindingCode, Severity } from '../model/finding';

/** The error catalog: one entry per finding code (reports, SARIF rules and the pane use it). */
export interface CodeInfo {
  code: FindingCode;
  severity: Severity;
  title: string;
  titleEn: string;
  explanation: string;
  explanationEn: string;
}

export const CODE_CATALOG: Record<FindingCode, CodeInfo> = {
  SUM_MISMATCH: {
    code: 'SUM_MISMATCH',
    severity: 'error',
    title: 'Tổng không khớp chi tiết',
    titleEn: 'Total does not match its parts',
    explanation: 'Một dòng tổng hoặc cột tổng khác tổng các khoản cấu thành.',
    explanationEn: 'A total row or column differs from the sum of its parts.',
  },
  HARDCODED_TOTAL: {
    code: 'HARDCODED_TOTAL',
    severity: 'error',
    title: 'Ô tổng bị gõ đè công thức',
    titleEn: 'Total typed over its formula',
    explanation: 'Ô mẫu là công thức nhưng đang chứa số gõ tay; sẽ không tự cập nhật khi số liệu thay đổi.',
    explanationEn: 'A cell the template makes a formula holds a typed number; it will not follow changes.',
  },
  NOT_IN_ANY_TOTAL: {
    code: 'NOT_IN_ANY_TOTAL',
    severity: 'error',
    title: 'Số tiền không thuộc tổng nào',
    titleEn: 'Money in no total',
    explanation:
      'Một dòng có số tiền nhưng không gắn với dòng nào của danh mục (không có mã, hoặc mã lạ): số này không được cộng vào tổng nào và không lên phụ biểu.',
    explanationEn:
      'A row holds money but belongs to no catalog line (no code, or an unknown one): it is added to no total and left out of the appendices.',
  },
  OVER_ALLOCATION: {
    code: 'OVER_ALLOCATION',
    severity: 'error',
    title: 'Kế hoạch vượt vốn được giao',
    titleEn: 'Plan exceeds the allocation',
    explanation: 'Số kế hoạch lớn hơn số vốn cấp trên giao cho dòng và nguồn vốn này.',
    explanationEn: 'The planned amount is larger than the allocation given for this line and source.',
  },
  UNDER_ALLOCATION: {
    code: 'UNDER_ALLOCATION',
    severity: 'warning',
    title: 'Kế hoạch chưa phân bổ hết vốn giao',
    titleEn: 'Plan below the allocation',
    explanation: 'Số kế hoạch nhỏ hơn vốn được giao: còn vốn chưa phân bổ.',
    explanationEn: 'The planned amount is below the allocation: some funds are not yet planned.',
  },
  ROUNDING_DIFF: {
    code: 'ROUNDING_DIFF',
    severity: 'info',
    title: 'Chênh lệch do làm tròn',
    titleEn: 'Rounding difference',
    explanation: 'Chênh lệch nằm trong sai số làm tròn của các số đã nhập.',
    explanationEn: 'The difference is within the rounding of the figures as typed.',
  },
  SOURCE_NOT_ELIGIBLE: {
    code: 'SOURCE_NOT_ELIGIBLE',
    severity: 'error',
    title: 'Nguồn vốn không phù hợp nội dung',
    titleEn: 'Capital type not eligible for the line',
    explanation: 'Dòng này không được (hoặc chưa chắc được) bố trí loại vốn này theo hướng dẫn.',
    explanationEn: 'Guidance does not allow (or disagrees on) this capital type for the line.',
  },
  COUNTERPART_SHORTFALL: {
    code: 'COUNTERPART_SHORTFALL',
    severity: 'error',
    title: 'Thiếu vốn đối ứng ngân sách địa phương',
    titleEn: 'Local counterpart below the minimum',
    explanation: 'NSĐP thấp hơn tỷ lệ đối ứng tối thiểu so với NSTW (QĐ 39/2021/QĐ-TTg).',
    explanationEn:
      'Local budget is below the minimum counterpart share of the central budget (Decision 39/2021/QĐ-TTg).',
  },
  UNIT_SUSPECT: {
    code: 'UNIT_SUSPECT',
    severity: 'error',
    title: 'Nghi nhầm đơn vị tính',
    titleEn: 'Suspected wrong unit',
    explanation:
      'Số liệu lệch đúng khoảng 1.000 hoặc 1.000.000 lần so với các số cùng cột, với vốn giao, hoặc (trang Giải ngân) giữa số giải ngân và kế hoạch của nó: có thể nhập nhầm đơn vị (đồng / nghìn đồng / triệu đồng). Trên bản tổng hợp: số của một đơn vị cấp dưới so với số các đơn vị cùng cột (trang Chi tiết theo đơn vị).',
    explanationEn:
      'A figure is off by about 1,000 or 1,000,000 against its column, its allocation, or (on Giải ngân) between what was disbursed and its plan: probably typed in another unit. On a consolidated plan: a lower unit’s figure against the units’ figures in its column (sheet Chi tiết theo đơn vị).',
  },
  NUMBER_AS_TEXT: {
    code: 'NUMBER_AS_TEXT',
    severity: 'warning',
    title: 'Số lưu dạng văn bản',
    titleEn: 'Number stored as text',
    explanation: 'Ô chứa số ở dạng văn bản (thường do sao chép từ Word): Excel không cộng ô này.',
    explanationEn: 'The cell holds a number as text (often pasted from Word): Excel formulas skip it.',
  },
  NOT_A_NUMBER: {
    code: 'NOT_A_NUMBER',
    severity: 'error',
    title: 'Không phải số',
    titleEn: 'Not a number',
    explanation:
      'Ô số liệu chứa chữ không đọc được thành số (ví dụ "chưa có", "12+5"); Excel không cộng ô này. Một lỗi, một phát hiện: các phép so tổng phía trên ô (tổng, vốn giao, đối ứng, giải ngân) mà số đúng có thể làm khớp thì không báo thêm; kiểm tra lại sau khi sửa.',
    explanationEn:
      'An amount or indicator cell holds text that is not a number (e.g. "chưa có", "12+5"); Excel skips it. One slip, one finding: the judgments above the cell (totals, allocation, counterpart, disbursement) that the right figure could satisfy are not reported as well; check again after fixing it.',
  },
  NEGATIVE_AMOUNT: {
    code: 'NEGATIVE_AMOUNT',
    severity: 'error',
    title: 'Số vốn âm',
    titleEn: 'Negative amount',
    explanation: 'Số vốn kế hoạch hoặc vốn giao không được âm.',
    explanationEn: 'Planned or allocated amounts cannot be negative.',
  },
  FORMULA_ERROR: {
    code: 'FORMULA_ERROR',
    severity: 'error',
    title: 'Lỗi công thức',
    titleEn: 'Formula error',
    explanation: 'Ô hiển thị lỗi (#REF!, #VALUE!, …): thường do xóa dòng/cột mà công thức tham chiếu.',
    explanationEn: 'The cell shows an error (#REF!, #VALUE!, …), often after deleting referenced rows or columns.',
  },
  INDICATOR_VALUE_INVALID: {
    code: 'INDICATOR_VALUE_INVALID',
    severity: 'error',
    title: 'Giá trị chỉ tiêu không hợp lệ',
    titleEn: 'Invalid indicator value',
    explanation: 'Tỷ lệ phải trong 0–100 %, số lượng phải là số nguyên không âm.',
    explanationEn: 'Percentages must be within 0–100; counts must be whole numbers ≥ 0.',
  },
  INDICATOR_FUNDING_MISMATCH: {
    code: 'INDICATOR_FUNDING_MISMATCH',
    severity: 'warning',
    title: 'Chỉ tiêu và vốn không khớp',
    titleEn: 'Indicator and funding disagree',
    explanation: 'Có chỉ tiêu nhưng dòng vốn tương ứng không có vốn, hoặc có vốn mà không có chỉ tiêu.',
    explanationEn: 'A target without money on its funding line, or money on the line with no target.',
  },
  TEMPLATE_STRUCTURE: {
    code: 'TEMPLATE_STRUCTURE',
    severity: 'error',
    title: 'Cấu trúc biểu mẫu',
    titleEn: 'Template structure',
    explanation: 'Thiếu trang, dòng khóa, cột mã hoặc dòng mục; mã trùng hay lạ. Phần còn đọc được vẫn được kiểm tra.',
    explanationEn:
      'A sheet, key row, code column or catalog line is missing, or a code is unknown or duplicated. What can be read is still checked.',
  },
  DISBURSED_OVER_PLAN: {
    code: 'DISBURSED_OVER_PLAN',
    severity: 'error',
    title: 'Giải ngân vượt kế hoạch',
    titleEn: 'Disbursed above plan',
    explanation: 'Số giải ngân lớn hơn kế hoạch năm (hoặc lớn hơn vốn năm trước kéo dài sang), quá sai số làm tròn.',
    explanationEn: "Disbursed more than the year's plan (or than the funds carried over), beyond rounding.",
  },
  RATE_MISMATCH: {
    code: 'RATE_MISMATCH',
    severity: 'error',
    title: 'Tỷ lệ giải ngân ghi sai',
    titleEn: 'Disbursement rate does not match',
    explanation:
      'Tỷ lệ gõ tay khác phép chia giải ngân / kế hoạch quá sai số làm tròn của số chữ số thập phân hiển thị.',
    explanationEn: 'A typed rate differs from disbursed / plan by more than the rounding of its shown decimals.',
  },
  CARRYOVER_EXPIRED: {
    code: 'CARRYOVER_EXPIRED',
    severity: 'warning',
    title: 'Vốn kéo dài đã hết hạn giải ngân',
    titleEn: 'Carried-over funds have lapsed',
    explanation:
      'Ngày số liệu đã qua hạn giải ngân vốn năm trước kéo dài (31/12 năm kế hoạch) mà vốn chưa giải ngân hết: phần còn lại bị hủy dự toán.',
    explanationEn:
      'The as-of date is past the deadline for carried-over funds (31/12 of the plan year) and they are not fully disbursed: the rest lapses.',
  },
  LOW_DISBURSEMENT: {
    code: 'LOW_DISBURSEMENT',
    severity: 'warning',
    title: 'Tiến độ giải ngân chậm',
    titleEn: 'Disbursement behind schedule',
    explanation: 'Tỷ lệ giải ngân kế hoạch năm thấp hơn mốc tiến độ (30/6, 30/9, 31/12) ở ngày số liệu.',
    explanationEn:
      "The year plan's disbursement rate is below the schedule's milestone (30/6, 30/9, 31/12) at the as-of date.",
  },
  DATE_IN_AMOUNT: {
    code: 'DATE_IN_AMOUNT',
    severity: 'error',
    title: 'Ngày tháng trong ô số liệu',
    titleEn: 'Date in an amount cell',
    explanation:
      'Ô số tiền hoặc chỉ tiêu chứa ngày tháng (hoặc có định dạng ngày): Excel lưu ngày là một số (15/05/2024 là 45.427) và cộng số đó vào tổng. Một lỗi, một phát hiện: các phép so tổng phía trên ô (tổng, vốn giao, đối ứng, giải ngân) mà số đúng có thể làm khớp thì không báo thêm; kiểm tra lại sau khi sửa.',
    explanationEn:
      'An amount or indicator cell holds a date (or has a date format): Excel stores a date as a number (15/05/2024 is 45,427) and adds it to totals. One slip, one finding: the judgments above the cell (totals, allocation, counterpart, disbursement) that the right figure could satisfy are not reported as well; check again after fixing it.',
  },
  FIGURE_IN_WRONG_COLUMN: {
    code: 'FIGURE_IN_WRONG_COLUMN',
    severity: 'error',
    title: 'Số liệu gõ nhầm cột',
    titleEn: 'Figure typed in the wrong column',
    explanation:
      'Một số được gõ sang cột bên cạnh (vốn sự nghiệp gõ vào cột đầu tư, ngân sách địa phương vào cột trung ương): trong bảng riêng của bạn, dòng tổng phía trên (và các ô tổng của dòng) không tính số này ở cột đã gõ mà tính đúng số đó ở một ô trống cùng dòng; trên mẫu chuẩn, so với Giao vốn kế hoạch thừa đúng số này ở cột đã gõ và thiếu đúng số này ở một cột để trống của dòng. Báo một lần tại ô đã gõ; các ô tổng lệch vì nó, vốn giao thừa/thiếu, nguồn vốn không phù hợp ở ô đó và giải ngân so với kế hoạch không báo thêm, các phép kiểm tra sau tính số này ở cột đúng. Khi tổng hợp, trang "Giao vốn" của đơn vị cấp dưới thừa đúng một số ở một cột và thiếu đúng số đó ở cột khác so với quyết định giao vốn của cấp trên (hoặc gõ đè lên số của cột khác, hoặc hai số đổi chỗ) cũng được báo một lần như vậy. Trên trang Giao vốn: vốn giao của một dự án khác kế hoạch của dòng, dòng tổng không chứa nổi số này, và cột khác cùng dòng cho biết vì sao — số đó đúng bằng vốn giao của cột kia (chép nhầm), hoặc đúng bằng kế hoạch của cột kia mà ô vốn giao cột kia để trống (gõ nhầm cột), hoặc hai cột đổi chỗ cho nhau: báo một lần tại ô đó, với kế hoạch của dòng là số đúng ra.',
    explanationEn:
      "A figure typed one column over (recurrent under investment, local under central): in her own table the line above (and her row's sums) count nothing for it in the column typed and exactly it in a blank cell of the same row; in the template, against Giao vốn the plan is over by exactly it in the column typed and under by exactly it in a blank column of the line. Said once at the cell typed; the totals it throws off, the over- and under-allocation, the source eligibility at that cell and Giải ngân against the plan are not reported as well, and the later checks count it in the column meant. When consolidating, a lower unit's own \"Giao vốn\" over the upper level's decision by exactly a figure in one column and under by exactly it in another (or typed over another column's figure, or two figures swapped) is told once the same way. On Giao vốn: a project's allocation that is not the line's plan, more than the total row can hold, and explained by another column of the line — exactly that column's allocation (copied), exactly that column's plan with its allocation blank (moved), or the two columns swapped: said once at that cell, with the line's plan as the figure meant.",
  },
  PERCENT_IN_AMOUNT: {
    code: 'PERCENT_IN_AMOUNT',
    severity: 'error',
    title: 'Ô số tiền định dạng phần trăm',
    titleEn: 'Amount cell in a percent format',
    explanation:
      'Ô số tiền có định dạng phần trăm: ô hiển thị 300 % nhưng Excel lưu và cộng 3 vào các ô tổng (gõ 300 vào ô định dạng % thì Excel lưu 3). Khi kiểm tra, số hiển thị được coi là số định nhập. Một lỗi, một phát hiện: các phép so tổng phía trên ô mà số đúng có thể làm khớp thì không báo thêm; đặt định dạng số, nhập lại số liệu rồi kiểm tra lại.',
    explanationEn:
      'An amount cell has a percent format: it shows 300 % but Excel stores 3 and adds 3 to the totals (typing 300 into a % cell stores 3). The checks take the number shown as the one meant. One slip, one finding: the judgments above the cell that the right figure could satisfy are not reported as well; set a number format, retype the figure and check again.',
  },
  VALUE_OUT_OF_RANGE: {
    code: 'VALUE_OUT_OF_RANGE',
    severity: 'error',
    title: 'Số ngoài phạm vi',
    titleEn: 'Value out of range',
    explanation:
      'Số không hữu hạn hoặc lớn hơn 10^15 (một triệu tỷ; cả Chương trình 1719 chưa tới 1,5 × 10^14 đồng): không thể là số kế hoạch, không tính vào tổng khi kiểm tra. Một lỗi, một phát hiện: các phép so tổng phía trên ô (tổng, vốn giao, đối ứng, giải ngân) mà số đúng có thể làm khớp thì không báo thêm; kiểm tra lại sau khi sửa.',
    explanationEn:
      'A non-finite number or one above 10^15 (the whole 1719 program is under 1.5 × 10^14 VND): no plan figure; left out of the totals checked. One slip, one finding: the judgments above the cell (totals, allocation, counterpart, disbursement) that the right figure could satisfy are not reported as well; check again after fixing it.',
  },
  CIRCULAR_REFERENCE: {
    code: 'CIRCULAR_REFERENCE',
    severity: 'error',
    title: 'Tham chiếu vòng',
    titleEn: 'Circular reference',
    explanation:
      'Các công thức tham chiếu lẫn nhau thành vòng (ví dụ ô tổng cộng cả chính nó): Excel không tính được; báo một lần cho cả vòng.',
    explanationEn:
      'Formulas refer to each other in a loop (e.g. a total that includes itself): Excel cannot compute them; reported once per loop.',
  },
  NUMBER_WITH_UNIT: {
    code: 'NUMBER_WITH_UNIT',
    severity: 'error',
    title: 'Số gõ kèm đơn vị',
    titleEn: 'Number typed with its unit',
    explanation:
      'Ô số liệu chứa số kèm chữ đơn vị ("18.939 km", "04 hộ", "12 tỷ"): Excel coi là văn bản và không cộng. Chỉ tiêu: ghi đơn vị ở cột ĐVT; ô tiền: quy về đơn vị tính của trang.',
    explanationEn:
      'A number typed with a unit word ("18.939 km", "04 hộ", "12 tỷ"): Excel treats it as text and skips it. Indicators: the unit goes in the ĐVT column; money: convert to the sheet\'s unit.',
  },
  ALLOCATION_DIFFERS_FROM_DECISION: {
    code: 'ALLOCATION_DIFFERS_FROM_DECISION',
    severity: 'error',
    title: 'Vốn giao của đơn vị khác quyết định giao vốn',
    titleEn: "Unit's allocation differs from the decision",
    explanation:
      'Số vốn đơn vị ghi trên trang "Giao vốn" khác số cấp trên giao cho đơn vị đó (trang "Giao vốn theo đơn vị").',
    explanationEn:
      'What the unit typed on its "Giao vốn" sheet differs from what the upper level gave it ("Giao vốn theo đơn vị").',
  },
  DUPLICATE_UNIT: {
    code: 'DUPLICATE_UNIT',
    severity: 'error',
    title: 'Đơn vị nộp trùng',
    titleEn: 'Unit submitted twice',
    explanation: 'Hai tệp có cùng tên đơn vị (DON_VI); chỉ tệp đầu được cộng vào tổng hợp.',
    explanationEn: 'Two files name the same unit (DON_VI); only the first is added to the consolidation.',
  },
  UNIT_YEAR_MISMATCH: {
    code: 'UNIT_YEAR_MISMATCH',
    severity: 'error',
    title: 'Kế hoạch khác năm tổng hợp',
    titleEn: 'Plan of another year',
    explanation: 'Năm kế hoạch (NAM) của đơn vị khác năm đang tổng hợp.',
    explanationEn: "The unit's plan year (NAM) differs from the year being consolidated.",
  },
  UNIT_LEVEL_MISMATCH: {
    code: 'UNIT_LEVEL_MISMATCH',
    severity: 'error',
    title: 'Đơn vị không thuộc cấp dưới',
    titleEn: 'Unit of another level',
    explanation: 'Cấp (CAP) của đơn vị không phải cấp ngay dưới cấp tổng hợp (xã → huyện, huyện → tỉnh).',
    explanationEn:
      "The unit's level (CAP) is not the level right below the consolidating one (commune → district → province).",
  },
  UNIT_UNREADABLE: {
    code: 'UNIT_UNREADABLE',
    severity: 'error',
    title: 'Không đọc được tệp của đơn vị',
    titleEn: "Unit's file unreadable",
    explanation: 'Tệp không mở được hoặc không phải tệp mẫu kế hoạch mtqg; không được cộng vào tổng hợp.',
    explanationEn:
      'The file cannot be opened or is not an mtqg planning workbook; it is left out of the consolidation.',
  },
};

export function codeInfo(code: FindingCode): CodeInfo {
  return CODE_CATALOG[code];
}
