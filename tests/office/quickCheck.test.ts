import { ExcelWorkbookHost } from '../../src/host/excel/ExcelWorkbookHost';
import { HIGHLIGHT_SENTINEL } from '../../src/host/excel/highlights';
import { makeQuickCheck } from '../../src/commands/commands';
import { runQuickCheck } from '../../src/commands/quickCheck';
import { buildTemplatePlans } from '../../src/templates';
import { SHEET_NAMES } from '../../src/domain/workbookLayout';
import { findKeyRow } from '../../src/host/excel/sheetScan';
import { OfficeRecorder } from './recorder';

async function templateWorkbook() {
  const rec = new OfficeRecorder();
  const host = new ExcelWorkbookHost(rec.run, { printSetup: true });
  await host.applyPlans(buildTemplatePlans({ year: 2025 }), 'refuse');
  return { rec, host };
}

/** Types a negative amount on a leaf of Kế hoạch vốn, as a user would. */
function typeNegative(rec: OfficeRecorder) {
  const sheet = rec.sheet(SHEET_NAMES.plan)!;
  const grid: unknown[][] = [];
  for (let r = 0; r < 40; r++) grid.push(Array.from({ length: 20 }, (_, c) => sheet.get(r, c)?.v ?? ''));
  const keys = findKeyRow(grid)!;
  let row = -1;
  for (let r = 0; r < 500 && row < 0; r++) if (sheet.get(r, keys.columns.get('MA')!)?.v === 'DA2') row = r;
  sheet.set(row, keys.columns.get('DTPT_NSTW')!, { v: -50 });
}

const ourFormats = (rec: OfficeRecorder) =>
  rec.sheets.flatMap((s) => s.conditionalFormats.filter((cf) => cf.formula?.includes(HIGHLIGHT_SENTINEL)));

describe('Kiểm tra nhanh (ribbon quick check) on the Excel host', () => {
  it('validates, highlights the cells, selects the first and says what it found', async () => {
    const { rec, host } = await templateWorkbook();
    typeNegative(rec);
    const before = rec.syncs;
    const { findings, message } = await runQuickCheck(host);
    expect(findings.some((f) => f.code === 'NEGATIVE_AMOUNT')).toBe(true);
    const errors = findings.filter((f) => f.severity === 'error').length;
    expect(message).toMatch(new RegExp(`^Kiểm tra nhanh: ${errors} lỗi, `));
    expect(message).toContain(' / Quick check: ');
    expect(ourFormats(rec).length).toBeGreaterThan(0);
    expect(rec.selection).toEqual({ sheet: findings[0].sheet, address: findings[0].cell });
    // Read (names known after applyPlans: 1-2), highlight (rescan of our rules + write), select.
    expect(rec.syncs - before).toBeLessThanOrEqual(5);
  });

  it('says so when nothing is wrong, and never writes a value', async () => {
    const { rec, host } = await templateWorkbook();
    const writes = rec.writes.length;
    const { findings, message } = await runQuickCheck(host);
    expect(findings).toEqual([]);
    expect(message).toBe('Kiểm tra nhanh: không phát hiện vấn đề. / Quick check: no problems found.');
    expect(rec.writes.slice(writes).filter((w) => w.prop === 'values' || w.prop === 'formulas')).toEqual([]);
  });

  it('a workbook without the template sheets gets a hint, not a list of structure errors', async () => {
    const rec = new OfficeRecorder();
    rec.addSheet('Sheet1', [['ghi chú']]);
    const { findings, message } = await runQuickCheck(new ExcelWorkbookHost(rec.run, { printSetup: true }));
    expect(findings).toEqual([]);
    expect(message).toMatch(/^Sổ tính chưa có trang mẫu MTQG/);
  });

  it('the ribbon handler shows the message and completes its event', async () => {
    const { rec, host } = await templateWorkbook();
    typeNegative(rec);
    const shown: string[] = [];
    const event = { completed: jest.fn() } as unknown as Office.AddinCommands.Event & { completed: jest.Mock };
    await makeQuickCheck({ host: () => host, show: async (m) => void shown.push(m) })(event);
    expect(shown).toHaveLength(1);
    expect(shown[0]).toMatch(/^Kiểm tra nhanh: \d+ lỗi/);
    expect(event.completed).toHaveBeenCalledTimes(1);
  });
});
