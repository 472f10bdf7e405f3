import { ExcelWorkbookHost } from '../../src/host/excel/ExcelWorkbookHost';
import { CellChangedError } from '../../src/host/types';
import { buildMappingSheetPlan, MAPPING_SHEET_NAME } from '../../src/layout/savedMapping';
import { readLayout } from '../../src/layout/readLayout';
import { camLuong } from '../fixtures/ownLayout/corpus';
import { workbookOf } from '../fixtures/ownLayout/grid';
import { OfficeRecorder } from './recorder';

function setup(b2: string | number) {
  const rec = new OfficeRecorder();
  rec.addSheet('Kế hoạch vốn', [
    ['MA', 'DTPT_NSTW'],
    ['DA4.TDA1', b2],
    ['DA4.TDA1.ND1', 500],
    ['DA4.TDA1.ND2', 100],
  ]);
  return { rec, host: new ExcelWorkbookHost(rec.run, { printSetup: true }) };
}

describe('ExcelWorkbookHost.restoreFormula ("Khôi phục công thức")', () => {
  it('writes the template formula over the typed total in 2 syncs (read the cell, write it)', async () => {
    const { rec, host } = setup(700);
    await host.restoreFormula('Kế hoạch vốn', 'B2', 'SUM(B3,B4)');
    expect(rec.syncs).toBe(2);
    expect(rec.sheet('Kế hoạch vốn')!.get(1, 1)?.f).toBe('=SUM(B3,B4)');
    expect(rec.writes.map((w) => `${w.sheet}!${w.address}:${w.prop}`)).toEqual(['Kế hoạch vốn!B2:formulas']);
  });

  it('near miss: a cell that is a formula again (or text) since the check is left alone', async () => {
    for (const now of ['=SUM(B3,B4)', 'chưa có']) {
      const { rec, host } = setup(now);
      await expect(host.restoreFormula('Kế hoạch vốn', 'B2', 'SUM(B3,B4)')).rejects.toBeInstanceOf(CellChangedError);
      expect(rec.writes).toEqual([]);
      expect(rec.syncs).toBe(1);
    }
  });
});

describe('ExcelWorkbookHost writes the saved mapping as a very hidden sheet', () => {
  it('new sheet, very hidden, her sheet stays the one shown; a second save replaces it', async () => {
    const rec = new OfficeRecorder();
    rec.addSheet('KH 2023', [['STT', 'Nội dung']]);
    rec.activeSheet = 'KH 2023';
    const host = new ExcelWorkbookHost(rec.run, { printSetup: true });
    const plan = buildMappingSheetPlan(readLayout(workbookOf([camLuong()]).snapshot));
    await host.applyPlans([plan], 'replaceOwn');
    expect(rec.sheet(MAPPING_SHEET_NAME)!.visibility).toBe('VeryHidden');
    expect(rec.activeSheet).toBe('KH 2023');
    expect(String(rec.sheet(MAPPING_SHEET_NAME)!.get(0, 0)?.v)).toBe('#mtqg:report:mapping:1.0');
    await host.applyPlans([plan], 'replaceOwn');
    expect(rec.sheets.filter((s) => s.name === MAPPING_SHEET_NAME)).toHaveLength(1);
    expect(rec.sheet(MAPPING_SHEET_NAME)!.visibility).toBe('VeryHidden');
    expect(rec.activeSheet).toBe('KH 2023');
  });
});
