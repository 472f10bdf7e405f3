import ExcelJS from 'exceljs';
import { buildTemplatePlans } from '../../templates';
import { validateSnapshot } from '../../validation';
import { buildWorkbookModel } from '../../validation/workbookModel';
import { a1, parseA1 } from '../../model/a1';
import { CellChangedError } from '../types';
import { XlsxWorkbookHost } from './XlsxWorkbookHost';

/** A template whose DA4.TDA1 line was typed (700) over its formula, and whose nội dung then got figures. */
async function typedOver() {
  const host = new XlsxWorkbookHost(new ExcelJS.Workbook());
  await host.applyPlans(buildTemplatePlans({ level: 'huyen', year: 2024, unit: 'trieu' }), 'refuse');
  const plan = buildWorkbookModel(await host.readSnapshot()).plan!;
  const at = (code: string) => a1(plan.rowOf.get(code)!, plan.colOf('DTPT_NSTW'));
  const ws = host.workbook.getWorksheet(plan.name)!;
  ws.getCell(at('DA4.TDA1')).value = 700;
  ws.getCell(at('DA4.TDA1.ND1')).value = 500;
  ws.getCell(at('DA4.TDA1.ND2')).value = 100;
  return { host, sheet: plan.name, cell: at('DA4.TDA1') };
}

describe('XlsxWorkbookHost.restoreFormula ("Khôi phục công thức")', () => {
  it("the finding's fix written back: the line sums its nội dung again and the finding is gone", async () => {
    const { host, sheet, cell } = await typedOver();
    const f = validateSnapshot(await host.readSnapshot()).find((x) => x.code === 'HARDCODED_TOTAL' && x.cell === cell)!;
    expect(f.fix?.kind).toBe('restoreFormula');
    await host.restoreFormula(sheet, cell, f.fix!.formula);
    const after = await host.readSnapshot();
    const s = after.sheets.find((x) => x.name === sheet)!;
    const { row, col } = parseA1(cell);
    expect(s.rows[row][col]).toMatchObject({ v: 600, f: `=${f.fix!.formula}` });
    expect(validateSnapshot(after).filter((x) => x.cell === cell && x.sheet === sheet)).toEqual([]);
  });

  it('near miss: a cell she has since changed to a formula is not touched', async () => {
    const { host, sheet, cell } = await typedOver();
    const ws = host.workbook.getWorksheet(sheet)!;
    ws.getCell(cell).value = { formula: 'SUM(1,2)' };
    await expect(host.restoreFormula(sheet, cell, 'SUM(A1)')).rejects.toBeInstanceOf(CellChangedError);
    expect(ws.getCell(cell).formula).toBe('SUM(1,2)');
  });
});
