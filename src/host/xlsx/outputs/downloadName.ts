/**
 * Download names after her file: "KeHoach.xlsx" → "KeHoach_ban-danh-dau.xlsx". A copy of her
 * package (annotated, appendices) keeps her extension, so an .xlsm stays .xlsm; new workbooks
 * are .xlsx, the JSON report .json. One table for the page and any other caller.
 */
export type DownloadKind = 'annotated' | 'reportXlsx' | 'reportJson' | 'appendix' | 'converted';

const SUFFIX: Record<DownloadKind, string> = {
  annotated: '_ban-danh-dau.xlsx',
  reportXlsx: '_bao-cao-kiem-tra.xlsx',
  reportJson: '_bao-cao-kiem-tra.json',
  appendix: '_phu-bieu.xlsx',
  converted: '_mau-chuan.xlsx',
};

export const CONSOLIDATED_NAME = 'tong-hop.xlsx';
export const BLANK_TEMPLATE_NAME = 'mau-bieu-trong.xlsx';

/** "KeHoach.xlsx" → "KeHoach_ban-danh-dau.xlsx"; a macro workbook keeps .xlsm for its own package. */
export function downloadName(fileName: string, kind: DownloadKind): string {
  const base = fileName.replace(/^.*[\\/]/, '');
  const m = /^(.*)\.(xlsx|xlsm)$/i.exec(base);
  const stem = (m ? m[1] : base) || 'tep';
  const suffix = SUFFIX[kind];
  if (m && m[2].toLowerCase() === 'xlsm' && (kind === 'annotated' || kind === 'appendix'))
    return `${stem}${suffix.replace(/\.xlsx$/, '.xlsm')}`;
  return `${stem}${suffix}`;
}
