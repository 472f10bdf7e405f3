import { promises as fs } from 'fs';
import ExcelJS from 'exceljs';
import { loadWorkbookFile } from '../host/xlsx/fileIo';
import { readWorkbookSnapshot, SNAPSHOT_LOAD_OPTIONS } from '../host/xlsx/readSnapshot';
import { hasTemplateSheet, validateSnapshot } from '../validation';
import type { Finding } from '../model/finding';
import { readLayout } from '../layout/readLayout';
import { validateLayout } from '../layout/validateLayout';
import type { LayoutMapping } from '../layout/mapping';
import type { WorkbookSnapshot } from '../model/snapshot';
import { CliError, EXIT, rethrowFileError } from './errors';

export interface CheckedWorkbook {
  workbook: ExcelJS.Workbook;
  snapshot: WorkbookSnapshot;
  findings: Finding[];
  /** Set when the workbook is an officer's own layout, read through this mapping. */
  layout?: LayoutMapping;
}

export interface LoadOptions {
  forWriting?: boolean;
  /** Read a workbook not made from the template through the layout reader (validate, map, import). */
  ownLayout?: boolean;
  /** A mapping given with --map, used instead of the one the layout reader finds. */
  mapping?: LayoutMapping;
}

/**
 * Load → snapshot → check, the one path every command takes to read a workbook.
 * `forWriting`: the full load (every part ExcelJS keeps), for a command that writes a copy;
 * otherwise the lighter read-only load. Not an mtqg workbook → one-line error, exit 2.
 */
export async function loadAndCheck(
  file: string,
  { forWriting = false, ownLayout = false, mapping }: LoadOptions = {},
): Promise<CheckedWorkbook> {
  const workbook = forWriting ? await loadWorkbookFile(file).catch(rethrowFileError) : await loadForReading(file);
  const snapshot = readWorkbookSnapshot(workbook);
  const template = hasTemplateSheet(snapshot);
  if (ownLayout && (mapping || !template)) {
    const layout = mapping ?? readLayout(snapshot);
    if (!layout.tables.length) {
      throw new CliError(
        `Không phải tệp mẫu mtqg và không thấy bảng kế hoạch vốn (hàng tiêu đề STT + Nội dung) / not an mtqg planning workbook and no plan table found (STT + content headers): ${file}`,
        EXIT.unusable,
      );
    }
    return { workbook, snapshot, findings: validateLayout(snapshot, layout), layout };
  }
  if (!template) {
    throw new CliError(
      `Không phải tệp mẫu kế hoạch mtqg (không có trang mẫu hay dấu nhận biết); bảng tính riêng: mtqg validate / mtqg import / not an mtqg planning workbook (no template sheet or marker); for your own table use mtqg validate or mtqg import: ${file}`,
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
  let data: Buffer;
  try {
    data = await fs.readFile(file);
  } catch {
    return loadWorkbookFile(file).catch(rethrowFileError);
  }
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(data as unknown as ArrayBuffer, SNAPSHOT_LOAD_OPTIONS);
    return workbook;
  } catch {
    return loadWorkbookFile(file).catch(rethrowFileError);
  }
}
