import ExcelJS from 'exceljs';
import type { SheetPlan } from '../../model/sheetPlan';
import { addPlanSheet } from './applyPlan';

/** A new .xlsx holding these sheet plans, as bytes (browser-safe: the pane offers it as a download). */
export async function xlsxFromPlans(plans: SheetPlan[]): Promise<ArrayBuffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'mtqg';
  for (const plan of plans) addPlanSheet(workbook, plan);
  return workbook.xlsx.writeBuffer();
}
