/**
 * Recognises files that are not .xlsx packages but that users will hand over anyway, and
 * says in one line what to do (browser-safe: bytes only, no fs).
 */

const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

function startsWith(data: Uint8Array, magic: number[]): boolean {
  return data.length >= magic.length && magic.every((b, i) => data[i] === b);
}

export function isZip(data: Uint8Array): boolean {
  return startsWith(data, ZIP_MAGIC);
}

/** Byte search (no Buffer: this module also runs in the browser). */
function containsBytes(data: Uint8Array, needle: number[]): boolean {
  const first = needle[0];
  for (let i = data.indexOf(first); i >= 0 && i <= data.length - needle.length; i = data.indexOf(first, i + 1)) {
    let j = 1;
    while (j < needle.length && data[i + j] === needle[j]) j++;
    if (j === needle.length) return true;
  }
  return false;
}

/** UTF-16LE search in a CFB container's directory (stream names are stored that way). */
function containsUtf16(data: Uint8Array, text: string): boolean {
  return containsBytes(
    data,
    [...text].flatMap((ch) => [ch.charCodeAt(0), 0]),
  );
}

const SAVE_AS_XLSX = (name: string, what: string, whatEn: string) =>
  `Tệp ${name} là ${what}, không phải .xlsx; mở bằng Excel rồi lưu thành .xlsx (File › Save As › Excel Workbook) và chạy lại / ` +
  `${name} is ${whatEn}, not .xlsx: save it as .xlsx (Excel Workbook) and try again`;

/**
 * The plain message for a file that is not an .xlsx package, or null when the bytes look
 * like a zip (then a reading failure means a damaged .xlsx).
 */
export function describeNonXlsx(data: Uint8Array, fileName: string): string | null {
  const name = fileName.split(/[\\/]/).pop() ?? fileName;
  const ext = (/\.([^.]+)$/.exec(name)?.[1] ?? '').toLowerCase();
  if (startsWith(data, CFB_MAGIC)) {
    // Excel saves a password-protected .xlsx as an encrypted package inside a CFB container.
    if (containsUtf16(data, 'EncryptionInfo') || containsUtf16(data, 'EncryptedPackage')) {
      return (
        `Tệp ${name} có đặt mật khẩu; gỡ mật khẩu (File › Info › Protect Workbook › Encrypt with Password, xoá mật khẩu), lưu lại rồi chạy lại / ` +
        `${name} is password-protected: remove the password (File › Info › Protect Workbook) and try again`
      );
    }
    return SAVE_AS_XLSX(name, 'định dạng Excel 97–2003 (.xls)', 'an Excel 97–2003 workbook (.xls)');
  }
  if (isZip(data)) {
    if (ext === 'ods' || containsAscii(data.subarray(0, 200), 'application/vnd.oasis.opendocument')) {
      return SAVE_AS_XLSX(name, 'bảng tính OpenDocument (.ods)', 'an OpenDocument spreadsheet (.ods)');
    }
    return null;
  }
  if (ext === 'csv' || ext === 'txt' || ext === 'tsv') {
    return SAVE_AS_XLSX(name, 'tệp văn bản CSV', 'a CSV text file');
  }
  if (ext === 'ods') return SAVE_AS_XLSX(name, 'bảng tính OpenDocument (.ods)', 'an OpenDocument spreadsheet (.ods)');
  if (ext === 'xls') return SAVE_AS_XLSX(name, 'định dạng Excel 97–2003 (.xls)', 'an Excel 97–2003 workbook (.xls)');
  return null;
}

function containsAscii(data: Uint8Array, text: string): boolean {
  return containsBytes(
    data,
    [...text].map((ch) => ch.charCodeAt(0)),
  );
}

export const NOT_XLSX = (filePath: string) =>
  `Không phải tệp .xlsx hoặc tệp bị hỏng / not an .xlsx file or corrupt: ${filePath}`;

/** One line for a file that cannot be opened for reading (EACCES, ENOENT, …). */
export function readErrorMessage(filePath: string, err: unknown): string {
  const code = (err as { code?: string })?.code;
  if (code === 'ENOENT') return `Không tìm thấy tệp / file not found: ${filePath}`;
  if (code === 'EISDIR') return `Đây là thư mục, không phải tệp / is a directory: ${filePath}`;
  if (code === 'EACCES' || code === 'EPERM') {
    const dir = filePath.replace(/[\\/][^\\/]*$/, '') || '.';
    return (
      `Không có quyền đọc tệp ${filePath}; xin quyền đọc thư mục ${dir} hoặc chép tệp sang thư mục của bạn rồi chạy lại / ` +
      `no permission to read ${filePath} (${code}): ask for read access to ${dir} or copy the file to your own folder and try again`
    );
  }
  return `Không đọc được tệp / cannot read ${filePath}: ${code ?? (err as Error)?.message ?? String(err)}`;
}
