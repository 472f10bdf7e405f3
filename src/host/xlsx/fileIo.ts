import { promises as fs } from 'fs';
import type ExcelJS from 'exceljs';
import { describeNonXlsx, NOT_XLSX, readErrorMessage } from './inputKind';
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

/** Reads an input file's bytes; unreadable or non-.xlsx files → one-line WorkbookFileError. */
export async function readInputFile(filePath: string): Promise<Uint8Array> {
  let data: Buffer;
  try {
    data = await fs.readFile(filePath);
  } catch (err) {
    throw new WorkbookFileError(readErrorMessage(filePath, err));
  }
  const plain = describeNonXlsx(data, filePath);
  if (plain) throw new WorkbookFileError(plain);
  return data;
}

export { NOT_XLSX };

export async function loadWorkbookFile(filePath: string): Promise<ExcelJS.Workbook> {
  const data = await readInputFile(filePath);
  // ExcelJS is loaded only by the commands that build workbooks with it (a second of start-up).
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { Workbook } = require('exceljs') as typeof import('exceljs');
  const workbook = new Workbook();
  try {
    await workbook.xlsx.load(data as unknown as ArrayBuffer);
  } catch {
    throw new WorkbookFileError(NOT_XLSX(filePath));
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
