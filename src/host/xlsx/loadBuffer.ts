import ExcelJS from 'exceljs';
import type { WorkbookSnapshot } from '../../model/snapshot';
import { readWorkbookSnapshot, SNAPSHOT_LOAD_OPTIONS } from './readSnapshot';

/**
 * Snapshot of an .xlsx given as bytes (a file the user picked in the browser): the
 * read-only load the CLI uses, browser-safe (no fs). Throws on a file ExcelJS cannot open.
 */
export async function snapshotFromXlsxBuffer(data: ArrayBuffer): Promise<WorkbookSnapshot> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(data, SNAPSHOT_LOAD_OPTIONS);
  return readWorkbookSnapshot(workbook);
}
