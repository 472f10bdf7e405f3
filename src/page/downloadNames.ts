/** What the page gives back, each download named after her file. */
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

const MIME: Record<string, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  xlsm: 'application/vnd.ms-excel.sheet.macroEnabled.12',
  json: 'application/json',
};

/** Hands bytes to the browser as a download (a blob: URL on this page; nothing leaves the machine). */
export function saveDownload(name: string, data: Uint8Array | string): void {
  const ext = name.split('.').pop()?.toLowerCase() ?? '';
  const part: BlobPart = typeof data === 'string' ? data : (data as Uint8Array<ArrayBuffer>);
  const blob = new Blob([part], { type: MIME[ext] ?? 'application/octet-stream' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
