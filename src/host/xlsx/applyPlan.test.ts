import ExcelJS from 'exceljs';
import { buildTemplatePlans } from '../../templates';
import { MONEY_LAYOUT, moneyCol } from '../../templates/moneyColumns';
import { rowOfCode } from '../../templates/planGrid';
import { SHEET_NAMES, sheetMarker } from '../../domain/workbookLayout';
import { MONEY_UNITS } from '../../domain/units';
import { addPlanSheet } from './applyPlan';

async function roundTrip(wb: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const back = new ExcelJS.Workbook();
  await back.xlsx.load(await wb.xlsx.writeBuffer());
  return back;
}

describe('applyPlan (ExcelJS writer)', () => {
  const plans = buildTemplatePlans(
    { level: 'huyen', year: 2024, unit: 'trieu', unitName: 'Huyện Vĩnh Linh' },
    {
      details: [{ leafCode: 'DA4.TDA1.ND1', name: 'Đường Áng Hin' }],
    },
  );
  const planSheet = plans.find((p) => p.id === 'plan')!;
  let back: ExcelJS.Workbook;

  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    for (const plan of plans) addPlanSheet(wb, plan);
    back = await roundTrip(wb);
  });

  it('writes the four sheets in order with tab colours', () => {
    expect(back.worksheets.map((w) => w.name)).toEqual(plans.map((p) => p.name));
    expect(back.getWorksheet(SHEET_NAMES.plan)!.properties.tabColor).toEqual({ argb: `FF${planSheet.tabColor}` });
  });

  it('writes values and formulas (without "=") where the plan has them', () => {
    const ws = back.getWorksheet(SHEET_NAMES.plan)!;
    for (const cell of planSheet.cells) {
      const value = ws.getCell(cell.row + 1, cell.col + 1).value;
      if (cell.formula) expect(value).toEqual(expect.objectContaining({ formula: cell.formula }));
      else if (cell.value !== undefined && cell.value !== null) expect(value).toBe(cell.value);
    }
    expect(ws.getCell(MONEY_LAYOUT.keyRow + 1, moneyCol('GHI_CHU') + 2).value).toBe(sheetMarker('template', 'plan'));
  });

  it('writes styles: number format, borders, fills, indent, bold', () => {
    const ws = back.getWorksheet(SHEET_NAMES.plan)!;
    const row = rowOfCode(planSheet, moneyCol('MA'), 'DA1.ND4.PT') + 1;
    const money = ws.getCell(row, moneyCol('SN_NSTW') + 1);
    expect(money.numFmt).toBe(MONEY_UNITS.trieu.numFmt);
    expect(money.border?.top?.style).toBe('thin');
    expect(ws.getCell(row, moneyCol('NOI_DUNG') + 1).alignment?.indent).toBe(2);
    const total = ws.getCell(MONEY_LAYOUT.firstDataRow + 1, moneyCol('TONG') + 1);
    expect(total.font?.bold).toBe(true);
    expect(total.fill).toEqual(expect.objectContaining({ type: 'pattern', pattern: 'solid' }));
  });

  it('writes merges, hidden key row and marker column, widths, freeze and print setup', () => {
    const ws = back.getWorksheet(SHEET_NAMES.plan)!;
    const merges = (ws.model as unknown as { merges: string[] }).merges;
    expect(merges).toEqual(expect.arrayContaining(['E5:G5', 'H5:J5', 'A5:A6']));
    expect(ws.getRow(MONEY_LAYOUT.keyRow + 1).hidden).toBe(true);
    expect(ws.getColumn(moneyCol('GHI_CHU') + 2).hidden).toBe(true);
    expect(ws.getColumn(moneyCol('NOI_DUNG') + 1).width).toBe(56);
    expect(ws.views[0]).toEqual(
      expect.objectContaining({ state: 'frozen', xSplit: 3, ySplit: MONEY_LAYOUT.firstDataRow }),
    );
    expect(ws.pageSetup).toEqual(
      expect.objectContaining({
        paperSize: 9,
        orientation: 'landscape',
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
        printTitlesRow: '5:7',
      }),
    );
  });

  it('writes data validations with Vietnamese messages', () => {
    const plan = back.getWorksheet(SHEET_NAMES.plan)!;
    const dv = plan.getCell(MONEY_LAYOUT.firstDataRow + 3, moneyCol('DTPT_NSTW') + 1).dataValidation;
    expect(dv).toEqual(
      expect.objectContaining({
        type: 'decimal',
        operator: 'greaterThanOrEqual',
        formulae: [0],
        showErrorMessage: true,
      }),
    );
    expect(dv.error).toMatch(/không âm/);
    const settings = back.getWorksheet(SHEET_NAMES.settings)!;
    let capRow = 0;
    settings.eachRow((row, r) => {
      if (row.getCell(1).value === 'CAP') capRow = r;
    });
    expect(settings.getCell(capRow, 3).dataValidation).toEqual(
      expect.objectContaining({ type: 'list', formulae: ['"tinh,huyen,xa"'] }),
    );
  });

  it('places a sheet at a given tab position', () => {
    const wb = new ExcelJS.Workbook();
    const a = wb.addWorksheet('A');
    const b = wb.addWorksheet('B');
    const orderA = (a as unknown as { orderNo: number }).orderNo;
    const orderB = (b as unknown as { orderNo: number }).orderNo;
    addPlanSheet(wb, plans[0], (orderA + orderB) / 2);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['A', plans[0].name, 'B']);
  });
});
