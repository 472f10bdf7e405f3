import { ExcelWorkbookHost } from '../../src/host/excel/ExcelWorkbookHost';
import {
  HIGHLIGHT_FILL,
  HIGHLIGHT_SENTINEL,
  compressColumnRuns,
  groupFindingCells,
} from '../../src/host/excel/highlights';
import type { Finding, Severity } from '../../src/model/finding';
import { OfficeRecorder, type RecSheet } from './recorder';
import { parseAddress } from './recorderModel';

const SHEETS = ['Thông tin', 'Giao vốn', 'Kế hoạch vốn', 'Chỉ tiêu'];

function finding(sheet: string, cell: string, severity: Severity = 'error'): Finding {
  return { code: 'SUM_MISMATCH', severity, sheet, cell, message: 'Tổng không khớp', messageEn: 'Sum mismatch' };
}

function workbook(): OfficeRecorder {
  const rec = new OfficeRecorder();
  for (const name of SHEETS)
    rec.addSheet(name, [
      ['MA', 'TONG'],
      ['DA1', 1],
    ]);
  // The user's own conditional formats must survive everything we do.
  const plan = rec.sheet('Kế hoạch vốn')!;
  plan.conditionalFormats.push(
    { tag: 'user-1', type: 'Custom', formula: '=$B2>100', fill: '#00FF00', areas: [parseAddress('B2:B50')] },
    { tag: 'user-2', type: 'ColorScale', areas: [parseAddress('C2:C50')] },
  );
  return rec;
}

const ours = (sheet: RecSheet) => sheet.conditionalFormats.filter((cf) => cf.formula?.includes(HIGHLIGHT_SENTINEL));
const cellsCovered = (sheet: RecSheet) =>
  ours(sheet).reduce(
    (n, cf) => n + cf.areas.reduce((m, a) => m + (a.bottom - a.top + 1) * (a.right - a.left + 1), 0),
    0,
  );

function manyFindings(n: number): Finding[] {
  const out: Finding[] = [];
  const severities: Severity[] = ['error', 'warning', 'info'];
  for (let i = 0; i < n; i++)
    out.push(
      finding(SHEETS[i % 4], `${String.fromCharCode(68 + (i % 7))}${10 + Math.floor(i / 3)}`, severities[i % 3]),
    );
  return out;
}

describe('ExcelWorkbookHost highlights', () => {
  it('highlights 500 findings in at most 2 syncs (1 right after a full read)', async () => {
    const rec = workbook();
    const host = new ExcelWorkbookHost(rec.run, { printSetup: true });
    await host.listSheets();
    let before = rec.syncs;
    await host.highlightFindings(manyFindings(500));
    expect(rec.syncs - before).toBeLessThanOrEqual(2);

    await host.readSnapshot();
    before = rec.syncs;
    await host.highlightFindings(manyFindings(500));
    expect(rec.syncs - before).toBe(2); // scan by our marker, then replace
    const distinct = new Set(manyFindings(500).map((f) => `${f.sheet}!${f.cell}`)).size;
    expect(SHEETS.reduce((n, s) => n + cellsCovered(rec.sheet(s)!), 0)).toBe(distinct);
  });

  it('colours by the worst severity of a cell and replaces old highlights on re-validation', async () => {
    const rec = workbook();
    const host = new ExcelWorkbookHost(rec.run, { printSetup: true });
    await host.highlightFindings([
      finding('Giao vốn', 'D5', 'warning'),
      finding('Giao vốn', 'D5', 'error'),
      finding('Giao vốn', 'E7', 'info'),
    ]);
    const sheet = rec.sheet('Giao vốn')!;
    expect(
      ours(sheet)
        .map((cf) => [cf.fill, cf.areas.length])
        .sort(),
    ).toEqual(
      [
        [HIGHLIGHT_FILL.error, 1],
        [HIGHLIGHT_FILL.info, 1],
      ].sort(),
    );
    await host.highlightFindings([finding('Chỉ tiêu', 'E9', 'warning')]);
    expect(ours(sheet)).toEqual([]);
    expect(ours(rec.sheet('Chỉ tiêu')!).map((cf) => cf.fill)).toEqual([HIGHLIGHT_FILL.warning]);
  });

  it('clears only its own conditional formats, also those left by an earlier session', async () => {
    const rec = workbook();
    await new ExcelWorkbookHost(rec.run, { printSetup: true }).highlightFindings(manyFindings(60));
    expect(ours(rec.sheet('Kế hoạch vốn')!).length).toBeGreaterThan(0);
    const fresh = new ExcelWorkbookHost(rec.run, { printSetup: true });
    await fresh.clearHighlights();
    for (const name of SHEETS) expect(ours(rec.sheet(name)!)).toEqual([]);
    expect(rec.sheet('Kế hoạch vốn')!.conditionalFormats.map((cf) => cf.tag)).toEqual(['user-1', 'user-2']);
  });

  it('recovers when the user deleted one of our formats or a sheet since the last run', async () => {
    const rec = workbook();
    const host = new ExcelWorkbookHost(rec.run, { printSetup: true });
    await host.readSnapshot();
    await host.highlightFindings([finding('Giao vốn', 'D5'), finding('Chỉ tiêu', 'D6')]);
    rec.sheet('Giao vốn')!.conditionalFormats = [];
    rec.sheets = rec.sheets.filter((s) => s.name !== 'Thông tin');
    await host.highlightFindings([finding('Kế hoạch vốn', 'F8'), finding('Thông tin', 'C3')]);
    expect(ours(rec.sheet('Chỉ tiêu')!)).toEqual([]);
    expect(cellsCovered(rec.sheet('Kế hoạch vốn')!)).toBe(1);
    expect(rec.sheet('Kế hoạch vốn')!.conditionalFormats.filter((cf) => cf.tag.startsWith('user')).length).toBe(2);
  });

  it("keeps a user's rule added between two checks (a format's id is its position)", async () => {
    const rec = workbook();
    const host = new ExcelWorkbookHost(rec.run, { printSetup: true });
    await host.readSnapshot();
    await host.highlightFindings([finding('Kế hoạch vốn', 'D5'), finding('Kế hoạch vốn', 'E9', 'warning')]);
    // The user adds a rule of their own: it goes on top and takes position 0.
    rec.sheet('Kế hoạch vốn')!.conditionalFormats.unshift({
      tag: 'user-3',
      type: 'Custom',
      formula: '=$D2<0',
      fill: '#FF0000',
      areas: [parseAddress('D2:D50')],
    });
    await host.highlightFindings([finding('Kế hoạch vốn', 'F8')]);
    const plan = rec.sheet('Kế hoạch vốn')!;
    expect(plan.conditionalFormats.filter((cf) => cf.tag.startsWith('user')).map((cf) => cf.tag)).toEqual([
      'user-3',
      'user-1',
      'user-2',
    ]);
    expect(cellsCovered(plan)).toBe(1);
  });

  it('one unreadable user rule does not block highlighting; it is kept', async () => {
    const rec = workbook();
    const plan = rec.sheet('Kế hoạch vốn')!;
    plan.conditionalFormats.push({ tag: 'user-odd', type: 'Custom', unreadable: true, areas: [parseAddress('A1:A9')] });
    const host = new ExcelWorkbookHost(rec.run, { printSetup: true });
    await host.highlightFindings([finding('Kế hoạch vốn', 'D5')]);
    expect(cellsCovered(plan)).toBe(1);
    await host.highlightFindings([finding('Kế hoạch vốn', 'E6'), finding('Giao vốn', 'D2')]);
    expect(cellsCovered(plan)).toBe(1);
    expect(ours(plan)[0].areas).toEqual([parseAddress('E6')]);
    expect(cellsCovered(rec.sheet('Giao vốn')!)).toBe(1);
    expect(plan.conditionalFormats.filter((cf) => cf.tag.startsWith('user')).map((cf) => cf.tag)).toEqual([
      'user-1',
      'user-2',
      'user-odd',
    ]);
  });

  it('groups addresses into column runs', () => {
    expect(compressColumnRuns(['B3', 'B4', 'B5', 'D1', 'B7'])).toEqual(['B3:B5', 'B7', 'D1']);
    const groups = groupFindingCells(
      [finding('S', 'A1', 'info'), finding('S', 'A1', 'error'), finding('Gone', 'A1')],
      new Set(['S']),
    );
    expect([...groups.keys()]).toEqual(['S']);
    expect(groups.get('S')!.get('error')).toEqual(['A1']);
    expect(groups.get('S')!.has('info')).toBe(false);
  });
});
