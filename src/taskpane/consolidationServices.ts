import { consolidate, type UnitInput } from '../consolidation';
import { xlsxFromPlans } from '../host/xlsx/plansToXlsx';
import { readUnitBytes } from '../host/xlsx/outputs/unitReading';

/**
 * One picked unit file → what consolidation needs, exactly as `mtqg consolidate` and the page
 * read it (src/host/xlsx/outputs/unitReading.ts): the reader made for checking, so a chart or
 * picture in her file changes nothing; a template workbook or her own table; anything else
 * (not an .xlsx, .xls/.ods, a password, no plan table) becomes its status with the plain reason.
 * In the pane this runs in the core worker (worker/coreApi.ts); here is the same on this thread.
 */
export async function readUnitFile(name: string, data: ArrayBuffer): Promise<UnitInput> {
  return readUnitBytes(name, new Uint8Array(data));
}

export const consolidationServices = { readUnitFile, consolidate, xlsxFromPlans };
