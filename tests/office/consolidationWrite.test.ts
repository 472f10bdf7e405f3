import { ExcelWorkbookHost } from '../../src/host/excel/ExcelWorkbookHost';
import { consolidate, type UnitInput } from '../../src/consolidation';
import { OfficeRecorder } from './recorder';

/** 30 communes with money on two lines each and a work row: the pane's consolidation write. */
function inputs(): UnitInput[] {
  return Array.from({ length: 30 }, (_, i) => ({
    kind: 'read',
    reading: {
      file: `xa-${i}.xlsx`,
      unitName: `Xã ${i}`,
      level: 'xa',
      year: 2024,
      moneyUnit: 'trieu',
      settingCells: {},
      findings: [],
      plan: { DA8: { SN_NSTW: 100 + i }, 'DA4.TDA1.ND1': { DTPT_NSTW: 500, DTPT_NSDP: 25 } },
      details: [{ leafCode: 'DA4.TDA1.ND1', code: 'DA4.TDA1.ND1.01', name: 'Đường', amounts: { DTPT_NSTW: 500 } }],
      allocation: { TONG: { SN_NSTW: 100 + i, DTPT_NSTW: 500, DTPT_NSDP: 25 } },
      allocationCells: {},
      indicators: { CT06: i },
    },
  }));
}

describe('consolidation written through the Office.js host', () => {
  it('writes the consolidated sheets with one name-check read, one write sync and the guarded layout sync, next to the user sheet', async () => {
    const rec = new OfficeRecorder();
    rec.addSheet('Sheet1', [['của người dùng']]);
    const host = new ExcelWorkbookHost(rec.run, { printSetup: true });
    const { plans } = consolidate(inputs(), { level: 'huyen', year: 2024, name: 'Huyện X' });
    await host.applyPlans(plans, 'replaceOwn');
    expect(rec.syncs).toBe(3);
    expect(rec.sheets.map((s) => s.name)).toEqual(['Sheet1', ...plans.map((p) => p.name)]);
    expect(rec.sheet('Sheet1')!.get(0, 0)?.v).toBe('của người dùng');
  });
});
