import { ExcelWorkbookHost } from '../../src/host/excel/ExcelWorkbookHost';
import { OWN_WRITE_GRACE_MS } from '../../src/host/excel/workbookChanges';
import { buildTemplatePlans } from '../../src/templates';
import type { Finding } from '../../src/model/finding';
import { OfficeRecorder } from './recorder';

/** "The workbook has changed since" in Excel: worksheets.onChanged, the user's edits only. */
function setup() {
  const rec = new OfficeRecorder();
  rec.addSheet('Kế hoạch vốn', [
    ['MA', 'TONG'],
    ['DA1', 1],
  ]);
  let clock = 1_000_000;
  const host = new ExcelWorkbookHost(rec.run, { printSetup: false, now: () => clock });
  const later = () => {
    clock += OWN_WRITE_GRACE_MS + 1;
  };
  return { rec, host, later };
}

const finding: Finding = {
  code: 'SUM_MISMATCH',
  severity: 'error',
  sheet: 'Kế hoạch vốn',
  cell: 'B2',
  message: 'Tổng không khớp',
  messageEn: 'Sum mismatch',
};

describe('ExcelWorkbookHost.onWorkbookChanged', () => {
  it("reports the user's edit, not our highlights or report sheets; removes its handler when the last listener leaves", async () => {
    const { rec, host, later } = setup();
    const listener = jest.fn();
    const unsubscribe = host.onWorkbookChanged(listener);
    await new Promise((r) => setTimeout(r, 0));
    expect(rec.events.handlers.size).toBe(1);

    await host.highlightFindings([finding]);
    const report = {
      ...buildTemplatePlans({ year: 2025 })[0],
      id: 'findings',
      name: 'Báo cáo',
      kind: 'report' as const,
    };
    await host.applyPlans([report], 'replaceOwn');
    await rec.events.settle();
    expect(rec.writes.length).toBeGreaterThan(0);
    expect(listener).not.toHaveBeenCalled();

    later();
    rec.userEdit('Kế hoạch vốn', 1, 1, 99);
    await rec.events.settle();
    expect(listener).toHaveBeenCalledTimes(1);

    unsubscribe();
    await new Promise((r) => setTimeout(r, 0));
    expect(rec.events.handlers.size).toBe(0);
    rec.userEdit('Kế hoạch vốn', 1, 1, 100);
    await rec.events.settle();
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('counts loading the templates and adding a detail row (the user asked for them) once each', async () => {
    const { rec, host, later } = setup();
    rec.sheets = [];
    const listener = jest.fn();
    host.onWorkbookChanged(listener);
    await host.applyPlans(buildTemplatePlans({ year: 2025 }), 'refuse');
    await rec.events.settle();
    expect(listener).toHaveBeenCalledTimes(1);
    later();
    await host.addDetailRow('DA4.TDA1.ND1', 'Đường A');
    await rec.events.settle();
    expect(listener).toHaveBeenCalledTimes(2);
  });

  it('an Excel without the event: no handler, no error, never "changed"', async () => {
    const { rec, host, later } = setup();
    rec.events.supported = false;
    const listener = jest.fn();
    const unsubscribe = host.onWorkbookChanged(listener);
    await new Promise((r) => setTimeout(r, 0));
    later();
    rec.userEdit('Kế hoạch vốn', 1, 1, 5);
    await rec.events.settle();
    expect(listener).not.toHaveBeenCalled();
    expect(() => unsubscribe()).not.toThrow();
  });
});
