/**
 * The page's download names, after her file: "ke-hoach.xlsx" → "ke-hoach-danh-dau.xlsx". A
 * copy of her package (annotated, appendices) keeps her extension, so an .xlsm stays .xlsm;
 * new workbooks are .xlsx, the JSON report .json.
 */
export type DownloadKind = 'annotated' | 'report' | 'reportJson' | 'appendix' | 'converted';

const SUFFIX: Record<DownloadKind, string> = {
  annotated: '-danh-dau',
  report: '-ket-qua-kiem-tra',
  reportJson: '-ket-qua-kiem-tra',
  appendix: '-phu-bieu',
  converted: '-mau-chuan',
};

export function downloadName(original: string, kind: DownloadKind): string {
  const base = original.split(/[\\/]/).pop() ?? original;
  const dot = base.lastIndexOf('.');
  const stem = (dot > 0 ? base.slice(0, dot) : base) || 'ke-hoach';
  const ext = dot > 0 ? base.slice(dot).toLowerCase() : '';
  const keep = kind === 'annotated' || kind === 'appendix';
  const out = kind === 'reportJson' ? '.json' : keep && ext === '.xlsm' ? '.xlsm' : '.xlsx';
  return `${stem}${SUFFIX[kind]}${out}`;
}
