import { promises as fs } from 'fs';
import ExcelJS from 'exceljs';
import { checkWriteTarget, writeFileSafely, type SafeWriteOptions } from './safeWrite';

/**
 * Node-only file IO for the xlsx host (kept apart so the host itself stays browser-safe).
 * Errors are one line, Vietnamese first.
 */

export class WorkbookFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WorkbookFileError';
  }
}

export async function loadWorkbookFile(filePath: string): Promise<ExcelJS.Workbook> {
  let data: Buffer;
  try {
    data = await fs.readFile(filePath);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new WorkbookFileError(`Không tìm thấy tệp / file not found: ${filePath}`);
    if (code === 'EISDIR') throw new WorkbookFileError(`Đây là thư mục, không phải tệp / is a directory: ${filePath}`);
    throw new WorkbookFileError(`Không đọc được tệp / cannot read ${filePath}: ${(err as Error).message}`);
  }
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(data as unknown as ArrayBuffer);
  } catch {
    throw new WorkbookFileError(`Không phải tệp .xlsx hoặc tệp bị hỏng / not an .xlsx file or corrupt: ${filePath}`);
  }
  return workbook;
}

export async function saveWorkbookFile(
  workbook: ExcelJS.Workbook,
  filePath: string,
  opts: SafeWriteOptions = {},
): Promise<void> {
  // Refused before the (slow) serialisation; writeFileSafely checks again before the rename.
  await checkWriteTarget(filePath, opts);
  const buffer = await workbook.xlsx.writeBuffer();
  await writeFileSafely(filePath, new Uint8Array(buffer), opts);
}

/** Whether a path exists (commands check it early, before any work). */
export async function fileExists(filePath: string): Promise<boolean> {
  try {
    await fs.access(filePath);
    return true;
  } catch {
    return false;
  }
}
