import ExcelJS from 'exceljs';
import { loadWorkbookFile, readInputFile } from '../host/xlsx/fileIo';
import { readWorkbookSnapshot, SNAPSHOT_LOAD_OPTIONS } from '../host/xlsx/readSnapshot';
import { hasTemplateSheet, validateSnapshot } from '../validation';
import type { Finding } from '../model/finding';
import type { WorkbookSnapshot } from '../model/snapshot';
import { CliError, EXIT, rethrowFileError } from './errors';

export interface CheckedWorkbook {
  workbook: ExcelJS.Workbook;
  snapshot: WorkbookSnapshot;
  findings: Finding[];
}

/**
 * Load → snapshot → check, the one path every command takes to read a workbook.
 * `forWriting`: the full load (every part ExcelJS keeps), for a command that writes a copy;
 * otherwise the lighter read-only load. Not an mtqg workbook → one-line error, exit 2.
 */
export async function loadAndCheck(file: string, { forWriting = false } = {}): Promise<CheckedWorkbook> {
  const workbook = forWriting ? await loadWorkbookFile(file).catch(rethrowFileError) : await loadForReading(file);
  const snapshot = readWorkbookSnapshot(workbook);
  if (!hasTemplateSheet(snapshot)) {
    throw new CliError(
      `Không phải tệp mẫu kế hoạch mtqg (không có trang mẫu hay dấu nhận biết) / not an mtqg planning workbook (no template sheet or marker): ${file}`,
      EXIT.unusable,
    );
  }
  return { workbook, snapshot, findings: validateSnapshot(snapshot) };
}

/**
 * Loads the workbook read-only, skipping sheet parts validation never reads (data
 * validation lists, conditional formats, print setup): about a tenth of the load time on
 * a province plan. File errors come from fileIo's loader, so messages stay the same.
 */
async function loadForReading(file: string): Promise<ExcelJS.Workbook> {
  const data = await readInputFile(file).catch(rethrowFileError);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(data as unknown as ArrayBuffer, SNAPSHOT_LOAD_OPTIONS);
    return workbook;
  } catch {
    return loadWorkbookFile(file).catch(rethrowFileError);
  }
}
