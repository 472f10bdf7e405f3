import { OfficeMockObject } from 'office-addin-mock';
import { ExcelWorkbookHost } from '../../src/host/excel/ExcelWorkbookHost';
import { checkRequirements } from '../../src/host/excel/requirements';
import { MOCK_ERROR_TEXT, stringsIn } from './helpers';
import { OfficeRecorder } from './recorder';
import { buildTemplatePlans } from '../../src/templates';

/** An office-addin-mock context: one sheet whose used range is B2:C3. */
function mockContext() {
  const calls: string[] = [];
  const range = (address: string) => ({
    address,
    values: [
      ['MA', 'TONG'],
      ['DA1', 7],
    ],
    formulas: [
      ['MA', 'TONG'],
      ['DA1', '=3+4'],
    ],
    numberFormat: [
      ['General', 'General'],
      ['General', '0.0'],
    ],
    valueTypes: [
      ['String', 'String'],
      ['String', 'Double'],
    ],
  });
  const context = new OfficeMockObject({
    workbook: {
      worksheets: {
        sheet: {
          used: range("'Giao vốn'!B2:C3"),
          rows: {
            head: range("'Giao vốn'!B2:C3"),
            getUsedRangeOrNullObject: function (this: any) {
              return this.head;
            },
          },
          getUsedRangeOrNullObject: function (this: any) {
            return this.used;
          },
          getRange: function (this: any, address?: string) {
            calls.push(`getRange ${address}`);
            return this.rows;
          },
          activate: () => calls.push('activate'),
        },
        getItem: function (this: any, name: string) {
          calls.push(`getItem ${name}`);
          return this.sheet;
        },
      },
    },
    application: { suspendApiCalculationUntilNextSync: () => calls.push('suspend') },
  });
  return { context, calls };
}

describe('with office-addin-mock', () => {
  it('readSnapshot loads before reading: real values, no mock error strings', async () => {
    const { context } = mockContext();
    const run = async <T>(batch: (c: Excel.RequestContext) => Promise<T>) =>
      batch(context as unknown as Excel.RequestContext);
    const snap = await new ExcelWorkbookHost(run, { printSetup: false }).readSnapshot(['Giao vốn']);
    const sheet = snap.sheets[0];
    expect(sheet.rows[1][1]).toEqual({ v: 'MA', t: 's' });
    expect(sheet.rows[2][2]).toEqual({ v: 7, t: 'n', f: '=3+4', nf: '0.0' });
    expect(stringsIn(snap).filter((s) => MOCK_ERROR_TEXT.test(s))).toEqual([]);
  });

  it('a property read without load surfaces as an error, never as data', async () => {
    const { context } = mockContext();
    // A batch that forgets to sync: the mock hands back its error text instead of values.
    const run = async <T>(batch: (c: Excel.RequestContext) => Promise<T>) => {
      (context as any).sync = async () => undefined;
      return batch(context as unknown as Excel.RequestContext);
    };
    await expect(new ExcelWorkbookHost(run, { printSetup: false }).readSnapshot(['Giao vốn'])).rejects.toThrow(
      /not a range address|not loaded/i,
    );
  });

  it('selectCell activates the sheet and selects the cell in one sync', async () => {
    const rec = new OfficeRecorder();
    rec.addSheet('A');
    rec.addSheet('Kế hoạch vốn');
    await new ExcelWorkbookHost(rec.run, { printSetup: true }).selectCell('Kế hoạch vốn', 'F12');
    expect(rec.syncs).toBe(1);
    expect(rec.selection).toEqual({ sheet: 'Kế hoạch vốn', address: 'F12' });
    expect(rec.activeSheet).toBe('Kế hoạch vốn');
  });
});

describe('listSheets', () => {
  it('names every sheet and recognises our markers in two syncs', async () => {
    const rec = new OfficeRecorder();
    rec.addSheet('Của tôi', [['MA', 'x'], ['xem #mtqg:template:plan:1.0']]);
    const host = new ExcelWorkbookHost(rec.run, { printSetup: true });
    await host.applyPlans(buildTemplatePlans({ year: 2025 }), 'refuse');
    const before = rec.syncs;
    const sheets = await host.listSheets();
    expect(rec.syncs - before).toBe(2);
    expect(sheets[0]).toEqual({ name: 'Của tôi', owner: null });
    expect(sheets.slice(1).map((s) => s.owner?.kind)).toEqual([
      'template',
      'template',
      'template',
      'template',
      'template',
    ]);
    expect(new Set(sheets.slice(1).map((s) => s.owner?.sheetId)).size).toBe(5);
  });
});

describe('checkRequirements', () => {
  it('reports missing requirement sets', () => {
    expect(checkRequirements(() => true)).toEqual({ ok: true, missing: [] });
    const old = checkRequirements((name, version) => name === 'ExcelApi' && Number(version) <= 1.8);
    expect(old.ok).toBe(false);
    expect(old.missing).toEqual(['ExcelApi 1.9']);
  });

  it('is not ok outside Office', () => {
    expect(checkRequirements().ok).toBe(false);
    expect(
      checkRequirements(() => {
        throw new Error('boom');
      }).ok,
    ).toBe(false);
  });
});
