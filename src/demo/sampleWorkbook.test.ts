import ExcelJS from 'exceljs';
import { readWorkbookSnapshot } from '../host/xlsx/readSnapshot';
import { validateSnapshot } from '../validation';
import { SHEET_NAMES } from '../domain/workbookLayout';
import { buildSampleWorkbook } from './sampleWorkbook';

/** Read back the way the CLI does: write the file bytes, load them, read a snapshot. */
async function roundTrip(wb: ExcelJS.Workbook) {
  const again = new ExcelJS.Workbook();
  await again.xlsx.load(await wb.xlsx.writeBuffer());
  return readWorkbookSnapshot(again);
}

describe('sample workbook (Huyện Vĩnh Linh 2024)', () => {
  it('is built from the template sheets and validates with zero errors', async () => {
    const wb = await buildSampleWorkbook({ withSlips: false });
    expect(wb.worksheets.map((w) => w.name)).toEqual(Object.values(SHEET_NAMES));
    expect(wb.expected).toEqual([]);
    const findings = validateSnapshot(await roundTrip(wb));
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(findings.filter((f) => f.severity === 'warning')).toEqual([]);
  });

  it('with slips: every deliberate slip produces its finding at its cell', async () => {
    const wb = await buildSampleWorkbook({ withSlips: true });
    const kinds = new Set(wb.expected.map((e) => e.code));
    for (const code of [
      'OVER_ALLOCATION',
      'SUM_MISMATCH',
      'HARDCODED_TOTAL',
      'UNIT_SUSPECT',
      'NUMBER_WITH_UNIT',
      'SOURCE_NOT_ELIGIBLE',
      'DISBURSED_OVER_PLAN',
    ]) {
      expect(kinds).toContain(code);
    }
    const findings = validateSnapshot(await roundTrip(wb));
    for (const e of wb.expected) {
      expect(findings.map((f) => `${f.code} ${f.sheet}!${f.cell}`)).toContain(`${e.code} ${e.sheet}!${e.cell}`);
    }
    expect(findings.filter((f) => f.severity === 'error')).toHaveLength(wb.expected.length);
  });
});
