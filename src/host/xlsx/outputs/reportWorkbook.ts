import ExcelJS from 'exceljs';
import { buildFindingsSheetPlan } from '../../../validation/report/findingsSheet';
import { addPlanSheet } from '../applyPlan';
import { toBytes } from './bytes';
import type { CheckedFile } from './checkFile';

/** The findings as an .xlsx report: the pane's "Kết quả kiểm tra" sheet, alone in a workbook. */
export async function reportWorkbook(
  checked: Pick<CheckedFile, 'findings'>,
  checkedAt: Date = new Date(),
): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'mtqg';
  addPlanSheet(workbook, buildFindingsSheetPlan(checked.findings, checkedAt));
  return toBytes(await workbook.xlsx.writeBuffer());
}
