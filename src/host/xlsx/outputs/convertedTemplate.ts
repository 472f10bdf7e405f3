import ExcelJS from 'exceljs';
import { importedTemplatePlans } from '../../../layout/importedPlans';
import type { LayoutMapping } from '../../../layout/mapping';
import type { Finding } from '../../../model/finding';
import type { WorkbookSnapshot } from '../../../model/snapshot';
import { addPlanSheet } from '../applyPlan';
import { toBytes } from './bytes';
import { checkFile, UnreadableFileError, type OpenedFile } from './checkFile';

export interface ConvertedTemplate {
  bytes: Uint8Array;
  /** Figures of hers written into the template. */
  written: number;
  /** Her disbursed figures not carried, with why. */
  left: Array<{ cell: string; why: string }>;
  /** Figures carried that the template will question until she moves them, with why. */
  attention: Array<{ cell: string; why: string }>;
}

export const ALREADY_TEMPLATE = (name: string) =>
  `Tệp đã theo mẫu mtqg / the workbook already follows the mtqg template: ${name}`;

/**
 * Her own table → the standard template holding her figures at the levels she gave them,
 * each with a note saying where it came from (`mtqg import` and the page). Her file is
 * only read.
 */
export async function convertLayout(
  snapshot: WorkbookSnapshot,
  layout: LayoutMapping,
  /** validate's findings on her table through `layout` (the check that opened it), not made again. */
  findings?: readonly Finding[],
): Promise<ConvertedTemplate> {
  const { plans, written, left, attention } = importedTemplatePlans(snapshot, layout, new Date(), findings);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'mtqg import';
  // Each plan carries its notes ("Từ / from …"): addPlanSheet writes them.
  for (const p of plans) addPlanSheet(workbook, p);
  return { bytes: toBytes(await workbook.xlsx.writeBuffer()), written, left, attention };
}

/** Her own layout → the standard template with her figures, and what to tell her of it (as `mtqg import`). */
export async function convertedTemplate(
  file: OpenedFile,
  opts: { mapping?: LayoutMapping } = {},
): Promise<ConvertedTemplate> {
  const checked = checkFile(file, { mapping: opts.mapping });
  if (!checked.layout) throw new UnreadableFileError(ALREADY_TEMPLATE(file.name));
  return convertLayout(checked.snapshot, checked.layout, checked.findings);
}
