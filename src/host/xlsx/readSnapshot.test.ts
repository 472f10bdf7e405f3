import ExcelJS from 'exceljs';
import { readWorkbookSnapshot } from './readSnapshot';
import { snapshotToWorkbook } from './testing/snapshotToWorkbook';
import { SnapshotBuilder, moneyCell } from '../../validation/testing/snapshotBuilder';
import { validateSnapshot } from '../../validation';
import { buildTemplatePlans } from '../../templates';
import { addPlanSheet } from './applyPlan';
import { SHEET_NAMES } from '../../domain/workbookLayout';
import { parseA1 } from '../../model/a1';
import { cellAt } from '../../model/snapshot';

async function roundTrip(wb: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const buffer = await wb.xlsx.writeBuffer();
  const back = new ExcelJS.Workbook();
  await back.xlsx.load(buffer);
  return back;
}

function sample() {
  const b = new SnapshotBuilder();
  b.plan(b.detail('DA4.TDA1.ND1', 'Đường Áng Hin'), 'DTPT_NSTW', 700)
    .plan('DA8', 'SN_NSTW', 120)
    .plan('DA8', 'SN_NSDP', 3);
  b.alloc('DA8', 'SN_NSTW', 100);
  return b;
}

describe('readWorkbookSnapshot', () => {
  it.each([true, false])(
    'reads what Excel shows (cached results: %s; else computed with HyperFormula)',
    async (cachedResults) => {
      const built = sample().build();
      const wb = await roundTrip(snapshotToWorkbook(built, new ExcelJS.Workbook(), { cachedResults }));
      const read = readWorkbookSnapshot(wb);
      const plan = read.sheets.find((s) => s.name === SHEET_NAMES.plan)!;
      const { row, col } = parseA1(moneyCell(built, 'plan', 'TONG', 'TONG'));
      expect(cellAt(plan, row, col)).toMatchObject({ v: 823, t: 'n', nf: '#,##0.000' });
      expect(cellAt(plan, row, col).f).toMatch(/^=SUM\(/);
      expect(plan.hiddenRows).toContain(1);
      const codes = (s: typeof read) => validateSnapshot(s).map((f) => `${f.code}@${f.sheet}!${f.cell}`);
      expect(codes(read)).toEqual(codes(built));
      expect(codes(read)).toContain(
        `OVER_ALLOCATION@${SHEET_NAMES.plan}!${moneyCell(built, 'plan', 'DA8', 'SN_NSTW')}`,
      );
    },
  );

  it('reads errors, rich text, dates, shared formulas, merged cells and cross-sheet references to Vietnamese names', async () => {
    const wb = new ExcelJS.Workbook();
    const a = wb.addWorksheet('Kế hoạch vốn');
    const b = wb.addWorksheet('Khác');
    a.getCell('A1').value = 10;
    a.getCell('A2').value = 20;
    a.getCell('B1').value = { formula: 'A1*2' };
    a.getCell('B2').value = { sharedFormula: 'B1' };
    a.getCell('C1').value = { error: '#REF!' };
    a.getCell('D1').value = { richText: [{ text: 'Đường ' }, { text: 'Áng Hin', font: { bold: true } }] };
    a.getCell('E1').value = new Date(Date.UTC(2024, 2, 15));
    a.getCell('F1').value = 'gộp';
    a.mergeCells('F1:G1');
    b.getCell('A1').value = { formula: "SUM('Kế hoạch vốn'!A1:A2)" };
    b.getCell('A2').value = { formula: "'Kế hoạch vốn'!C1" };
    const snap = readWorkbookSnapshot(await roundTrip(wb));
    const [s1, s2] = snap.sheets;
    expect(cellAt(s1, 0, 1)).toEqual({ v: 20, t: 'n', f: '=A1*2' });
    expect(cellAt(s1, 1, 1)).toEqual({ v: 40, t: 'n', f: '=A2*2' });
    expect(cellAt(s1, 0, 2)).toEqual({ v: '#REF!', t: 'e' });
    expect(cellAt(s1, 0, 3)).toEqual({ v: 'Đường Áng Hin', t: 's' });
    // A date is the serial number Excel stores (and sums), its date format kept.
    expect(cellAt(s1, 0, 4)).toMatchObject({ v: 45366, t: 'n', nf: expect.stringMatching(/[dmy]/) });
    expect(cellAt(s1, 0, 5)).toEqual({ v: 'gộp', t: 's' });
    expect(cellAt(s1, 0, 6)).toEqual({ v: null, t: 'z' });
    expect(cellAt(s2, 0, 0)).toEqual({ v: 30, t: 'n', f: "=SUM('Kế hoạch vốn'!A1:A2)" });
    expect(cellAt(s2, 1, 0)).toMatchObject({ v: '#REF!', t: 'e' });
    expect(readWorkbookSnapshot(wb, ['Khác']).sheets.map((s) => s.name)).toEqual(['Khác']);
  });

  it("reads a blank template written from H2's sheet plans: no errors", async () => {
    const wb = new ExcelJS.Workbook();
    for (const plan of buildTemplatePlans({ year: 2024, level: 'huyen', unit: 'trieu' })) addPlanSheet(wb, plan);
    const snap = readWorkbookSnapshot(await roundTrip(wb));
    expect(snap.sheets.map((s) => s.name)).toEqual([
      SHEET_NAMES.settings,
      SHEET_NAMES.allocation,
      SHEET_NAMES.plan,
      SHEET_NAMES.indicators,
      SHEET_NAMES.disbursement,
    ]);
    const findings = validateSnapshot(snap);
    expect(findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });
});
