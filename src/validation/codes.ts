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
      'Số liệu lệch đúng khoảng 1.000 hoặc 1.000.000 lần: có thể nhập nhầm đơn vị (đồng / nghìn đồng / triệu đồng).',
    explanationEn: 'A figure is off by about 1,000 or 1,000,000: probably typed in another unit.',
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
    explanation: 'Ô số liệu chứa chữ không đọc được thành số (ví dụ "04 hộ": đơn vị ghi ở cột ĐVT).',
    explanationEn:
      'An amount or indicator cell holds text that is not a number (e.g. "04 hộ": the unit goes in the unit column).',
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
