import ExcelJS from 'exceljs';
import { PreviewWorkbookHost } from './PreviewWorkbookHost';
import { buildTemplatePlans } from '../../templates';
import { SHEET_NAMES } from '../../domain/workbookLayout';
import { SheetExistsError } from '../types';
import { readWorkbookSnapshot } from '../xlsx/readSnapshot';

describe('PreviewWorkbookHost', () => {
  it('applies plans, shows the first new sheet and tells listeners', async () => {
    const host = new PreviewWorkbookHost();
    const listener = jest.fn();
    host.subscribe(listener);
    expect(host.activeSheet).toBeNull();
    const plans = buildTemplatePlans({ year: 2024 });
    await host.applyPlans(plans, 'refuse');
    expect((await host.listSheets()).map((s) => s.name)).toEqual(plans.map((p) => p.name));
    expect(host.activeSheet).toBe(plans[0].name);
    expect(listener).toHaveBeenCalledTimes(1);
    await expect(host.applyPlans(plans, 'refuse')).rejects.toBeInstanceOf(SheetExistsError);
    expect(listener).toHaveBeenCalledTimes(2);
  });

  it('follows the selection and keeps highlights for the grid', async () => {
    const host = new PreviewWorkbookHost();
    await host.applyPlans(buildTemplatePlans({ year: 2024 }), 'refuse');
    await host.selectCell(SHEET_NAMES.plan, 'D12');
    expect(host.activeSheet).toBe(SHEET_NAMES.plan);
    expect(host.selection).toEqual({ sheet: SHEET_NAMES.plan, cell: 'D12' });
    await host.highlightFindings([
      { code: 'SUM_MISMATCH', severity: 'error', sheet: SHEET_NAMES.plan, cell: 'D12', message: 'x', messageEn: 'x' },
    ]);
    expect(host.highlights).toEqual([{ sheet: SHEET_NAMES.plan, cell: 'D12', severity: 'error' }]);
    await host.clearHighlights();
    expect(host.highlights).toEqual([]);
  });

  it('swaps in another workbook and starts afresh', async () => {
    const host = new PreviewWorkbookHost();
    await host.selectCell('x', 'A1').catch(() => undefined);
    const other = new ExcelJS.Workbook();
    other.addWorksheet('Mẫu');
    const listener = jest.fn();
    const unsubscribe = host.subscribe(listener);
    host.replaceWorkbook(other);
    expect(host.workbook).toBe(other);
    expect(host.activeSheet).toBe('Mẫu');
    expect(host.selection).toBeNull();
    expect(listener).toHaveBeenCalledTimes(1);
    unsubscribe();
    host.setActiveSheet('Mẫu');
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('shows the plan sheet after adding a detail row', async () => {
    const host = new PreviewWorkbookHost();
    await host.applyPlans(buildTemplatePlans({ year: 2024 }), 'refuse');
    host.setActiveSheet(SHEET_NAMES.settings);
    const code = await host.addDetailRow('DA4.TDA1.ND1', 'Nâng cấp đường Áng Hin');
    expect(code).toMatch(/^DA4\.TDA1\.ND1\.\d+$/);
    expect(host.activeSheet).toBe(SHEET_NAMES.plan);
  });

  it('shows the renamed plan sheet after adding a detail row', async () => {
    const host = new PreviewWorkbookHost();
    await host.applyPlans(buildTemplatePlans({ year: 2024 }), 'refuse');
    host.workbook.getWorksheet(SHEET_NAMES.plan)!.name = 'KH vốn 2024';
    await host.addDetailRow('DA4.TDA1.ND1', 'Đường A');
    expect(host.activeSheet).toBe('KH vốn 2024');
  });

  it('reads in slices, the same snapshot as a read in one piece, kept until a change', async () => {
    const details = Array.from({ length: 200 }, (_, i) => ({ leafCode: 'DA4.TDA1.ND1', name: `Công trình ${i}` }));
    const host = new PreviewWorkbookHost(new ExcelJS.Workbook(), async () => undefined);
    await host.applyPlans(buildTemplatePlans({ year: 2024 }, { details }), 'refuse');
    const sliced = await host.readSnapshot();
    expect(sliced).toEqual(readWorkbookSnapshot(host.workbook));
    // The grid redrawing after a highlight gets the same read, not a new one.
    await host.highlightFindings([]);
    await expect(host.readSnapshot()).resolves.toBe(sliced);
    host.noteChange();
    const again = await host.readSnapshot();
    expect(again).not.toBe(sliced);
    expect(again).toEqual(sliced);
  });

  it('writes plans in slices, pausing between them, into the same workbook as a write in one piece', async () => {
    const details = Array.from({ length: 300 }, (_, i) => ({ leafCode: 'DA4.TDA1.ND1', name: `Công trình ${i}` }));
    const plans = buildTemplatePlans({ year: 2024 }, { details });
    // Every slice "uses" 30 ms of a 25 ms budget, so the write pauses after every step.
    let clock = 0;
    const now = jest.spyOn(performance, 'now').mockImplementation(() => (clock += 30));
    try {
      const pauses: number[] = [];
      const host = new PreviewWorkbookHost(new ExcelJS.Workbook(), async () => {
        pauses.push(host.workbook.worksheets.length);
      });
      await host.applyPlans(plans, 'refuse');
      // Many pauses, some of them in the middle of a sheet: nothing writes a large sheet in one task.
      expect(pauses.length).toBeGreaterThan(plans.length * 2);
      const oneGo = new ExcelJS.Workbook();
      await new PreviewWorkbookHost(oneGo, async () => undefined).applyPlans(plans, 'refuse');
      expect(readWorkbookSnapshot(host.workbook)).toEqual(readWorkbookSnapshot(oneGo));
      // A refused batch (its checks sliced too) writes nothing.
      pauses.length = 0;
      await expect(host.applyPlans(plans, 'refuse')).rejects.toBeInstanceOf(SheetExistsError);
      expect(new Set(pauses)).toEqual(new Set([plans.length]));
      expect(host.workbook.worksheets.length).toBe(plans.length);
    } finally {
      now.mockRestore();
    }
  });
});
