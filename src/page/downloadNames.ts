export {
  BLANK_TEMPLATE_NAME,
  CONSOLIDATED_NAME,
  downloadName,
  type DownloadKind,
} from '../host/xlsx/outputs/downloadName';

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
