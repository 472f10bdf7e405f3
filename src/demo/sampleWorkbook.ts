import ExcelJS from 'exceljs';
import { XlsxWorkbookHost } from '../host/xlsx/XlsxWorkbookHost';
import { buildSamplePlans, type ExpectedFinding } from './samplePlans';

export type { ExpectedFinding } from './samplePlans';

/** A sample workbook that also says which findings its deliberate slips must produce. */
export type SampleWorkbook = ExcelJS.Workbook & { expected: ExpectedFinding[] };

/**
 * The sample district plan (Huyện Vĩnh Linh 2024) as an ExcelJS workbook built from the
 * templates. Consistent: validates with zero errors. `withSlips`: one slip of each common
 * kind, listed in `expected` (empty otherwise). Browser-safe (no file IO).
 */
export async function buildSampleWorkbook({ withSlips }: { withSlips: boolean }): Promise<SampleWorkbook> {
  const { plans, expected } = buildSamplePlans({ withSlips });
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'mtqg-addin';
  await new XlsxWorkbookHost(workbook).applyPlans(plans, 'refuse');
  return Object.assign(workbook, { expected });
}
