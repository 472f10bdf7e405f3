import { ExcelWorkbookHost } from '../../src/host/excel/ExcelWorkbookHost';
import { assembleSheet, toCellSnapshot } from '../../src/host/excel/readSnapshot';
import { buildTemplatePlans } from '../../src/templates';
import { cellAt, workbookSnapshotSchema } from '../../src/model/snapshot';
import { OfficeRecorder, RECORDER_PAYLOAD_LIMIT } from './recorder';
import { contentCells, leakedMockStrings } from './helpers';
import { buildWorkbookModel } from '../../src/validation/workbookModel';
import { readSettings } from '../../src/validation';
import { parseCalendarDate } from '../../src/domain/asOfDate';
import { SHEET_NAMES } from '../../src/domain/workbookLayout';

function fourSheets(): OfficeRecorder {
  const rec = new OfficeRecorder();
  rec.addSheet('Thông tin', [
    ['KHOA', 'NOI_DUNG', 'GIA_TRI'],
    ['NAM', 'Năm', 2025],
  ]);
  // Used range starting at C3 must be padded back to A1.
  rec.addSheet(
    'Giao vốn',
    [
      ['MA', 'TONG', 'DTPT'],
      [{ v: 'TONG' }, { v: 30, f: '=SUM(D4:D9)', nf: '#,##0.000' }, { v: '#REF!', error: true, f: '=#REF!+1' }],
      ['DA1', true, '12,5'],
    ],
    { top: 2, left: 2 },
  );
  rec.addSheet('Kế hoạch vốn', [['MA'], ['DA4.TDA1.ND1', null, 5]]);
  rec.addSheet('Chỉ tiêu');
  return rec;
}

describe('ExcelWorkbookHost.readSnapshot', () => {
  it('reads 4 named sheets in ONE sync and converts types, errors and offsets', async () => {
    const rec = fourSheets();
    const host = new ExcelWorkbookHost(rec.run, { printSetup: true });
    const snap = await host.readSnapshot(['Thông tin', 'Giao vốn', 'Kế hoạch vốn', 'Chỉ tiêu']);
    expect(rec.syncs).toBe(1);
    expect(() => workbookSnapshotSchema.parse(snap)).not.toThrow();
    const [info, alloc, plan, ind] = snap.sheets;
    expect(cellAt(info, 1, 2)).toEqual({ v: 2025, t: 'n' });
    expect(alloc.rows.length).toBe(5);
    expect(alloc.rows[0]).toEqual([]);
    expect(cellAt(alloc, 2, 2)).toEqual({ v: 'MA', t: 's' });
    expect(cellAt(alloc, 0, 0)).toEqual({ v: null, t: 'z' });
    expect(cellAt(alloc, 3, 3)).toEqual({ v: 30, t: 'n', f: '=SUM(D4:D9)', nf: '#,##0.000' });
    expect(cellAt(alloc, 3, 4)).toEqual({ v: '#REF!', t: 'e', f: '=#REF!+1' });
    expect(cellAt(alloc, 4, 3)).toEqual({ v: true, t: 'b' });
    expect(cellAt(alloc, 4, 4)).toEqual({ v: '12,5', t: 's' });
    expect(cellAt(plan, 1, 2)).toEqual({ v: 5, t: 'n' });
    expect(cellAt(plan, 1, 1)).toEqual({ v: null, t: 'z' });
    expect(ind.rows).toEqual([]);
    expect(leakedMockStrings([], snap)).toEqual([]);
  });

  it('reads every sheet: 2 syncs cold, 1 once the names are known, and sees added sheets', async () => {
    const rec = fourSheets();
    const host = new ExcelWorkbookHost(rec.run, { printSetup: true });
    const first = await host.readSnapshot();
    expect(rec.syncs).toBe(2);
    expect(first.sheets.map((s) => s.name)).toEqual(['Thông tin', 'Giao vốn', 'Kế hoạch vốn', 'Chỉ tiêu']);
    await host.readSnapshot();
    expect(rec.syncs).toBe(3);
    rec.addSheet('Mới', [['x']]);
    const third = await host.readSnapshot();
    expect(third.sheets.map((s) => s.name)).toContain('Mới');
    expect(
      cellAt(
        third.sheets.find((s) => s.name === 'Mới')!,
        0,
        0,
      ).v,
    ).toBe('x');
  });

  it('still reads when this Excel rejects the piggybacked highlight scan', async () => {
    const rec = fourSheets();
    rec.rejectCustomOrNullObject = true;
    const host = new ExcelWorkbookHost(rec.run, { printSetup: true });
    const snap = await host.readSnapshot();
    expect(snap.sheets.map((s) => s.name)).toEqual(['Thông tin', 'Giao vốn', 'Kế hoạch vốn', 'Chỉ tiêu']);
    const before = rec.syncs;
    await host.readSnapshot();
    expect(rec.syncs - before).toBe(1);
  });

  it('falls back to a fresh listing when a known sheet was deleted or a name is missing', async () => {
    const rec = fourSheets();
    const host = new ExcelWorkbookHost(rec.run, { printSetup: true });
    await host.readSnapshot();
    rec.sheets = rec.sheets.filter((s) => s.name !== 'Chỉ tiêu');
    const snap = await host.readSnapshot();
    expect(snap.sheets.map((s) => s.name)).toEqual(['Thông tin', 'Giao vốn', 'Kế hoạch vốn']);
    const named = await host.readSnapshot(['Giao vốn', 'Không có']);
    expect(named.sheets.map((s) => s.name)).toEqual(['Giao vốn']);
  });

  it('reads 12,000 plan lines in at most 3 syncs, each response under 5 MB', async () => {
    const rec = new OfficeRecorder();
    const rows: Array<Array<string | number | { v: number; f: string; nf: string }>> = [];
    for (let r = 0; r < 12000; r++) {
      const row: Array<string | number | { v: number; f: string; nf: string }> = [
        String(r + 1),
        `DA4.TDA1.ND1.${r}`,
        `Công trình số ${r}`,
      ];
      for (let c = 3; c < 15; c++)
        row.push(c % 4 === 0 ? { v: r + c, f: `=SUM(E${r + 1}:F${r + 1})`, nf: '#,##0.000' } : r * 10 + c);
      row.push('ghi chú');
      rows.push(row);
    }
    rec.addSheet('Kế hoạch vốn', rows);
    const host = new ExcelWorkbookHost(rec.run, { printSetup: true });
    const snap = await host.readSnapshot(['Kế hoạch vốn']);
    expect(rec.syncs).toBeLessThanOrEqual(3);
    expect(rec.syncs).toBeGreaterThan(1);
    for (const s of rec.log) expect(s.responseBytes).toBeLessThan(RECORDER_PAYLOAD_LIMIT);
    const sheet = snap.sheets[0];
    expect(sheet.rows.length).toBe(12000);
    expect(cellAt(sheet, 11999, 1).v).toBe('DA4.TDA1.ND1.11999');
    expect(cellAt(sheet, 5000, 4)).toEqual({ v: 5004, t: 'n', f: '=SUM(E5001:F5001)', nf: '#,##0.000' });
    expect(cellAt(sheet, 999, 3).v).toBe(9993);
    expect(cellAt(sheet, 1000, 3).v).toBe(10003);

    // A re-read knows the sheet's size: the first sync already carries most rows.
    const before = rec.syncs;
    const again = await host.readSnapshot(['Kế hoạch vốn']);
    expect(rec.syncs - before).toBe(2);
    for (const s of rec.log) expect(s.responseBytes).toBeLessThan(RECORDER_PAYLOAD_LIMIT);
    expect(again).toEqual(snap);
  });

  it('falls back to reading addresses first when the first response would be too large', async () => {
    const rec = new OfficeRecorder();
    const wide = Array.from({ length: 1000 }, (_, r) =>
      Array.from({ length: 60 }, (_, c) => `ô ${r}-${c} với chữ dài dài`),
    );
    for (const name of ['A', 'B', 'C', 'D']) rec.addSheet(name, wide);
    const snap = await new ExcelWorkbookHost(rec.run, { printSetup: true }).readSnapshot(['A', 'B', 'C', 'D']);
    // Too-large responses are rejected (as Excel does) and retried smaller; no data is lost.
    expect(rec.log[0].responseBytes).toBeGreaterThan(RECORDER_PAYLOAD_LIMIT);
    expect(rec.log[rec.log.length - 1].responseBytes).toBeLessThan(RECORDER_PAYLOAD_LIMIT);
    expect(rec.syncs).toBeLessThanOrEqual(10);
    expect(snap.sheets.map((s) => [s.rows.length, s.rows[999].length])).toEqual([
      [1000, 60],
      [1000, 60],
      [1000, 60],
      [1000, 60],
    ]);
    expect(cellAt(snap.sheets[3], 999, 59).v).toBe('ô 999-59 với chữ dài dài');
  });

  it('round-trips the template: what applyPlans wrote is what readSnapshot returns', async () => {
    const rec = new OfficeRecorder();
    const host = new ExcelWorkbookHost(rec.run, { printSetup: true });
    const plans = buildTemplatePlans({ year: 2024 });
    await host.applyPlans(plans, 'refuse');
    const snap = await host.readSnapshot(plans.map((p) => p.name));
    for (const plan of plans) {
      const sheet = snap.sheets.find((s) => s.name === plan.name)!;
      for (const cell of contentCells(plan)) {
        const got = cellAt(sheet, cell.row, cell.col);
        if (cell.formula) expect(got.f).toBe(`=${cell.formula}`);
        else expect(got.v).toBe(cell.value);
      }
    }
  });
});

describe('ExcelWorkbookHost and Giải ngân', () => {
  it('reads the disbursement sheet into the model and the as-of date cell as a date (an Excel serial)', async () => {
    const rec = new OfficeRecorder();
    const host = new ExcelWorkbookHost(rec.run, { printSetup: true });
    await host.applyPlans(buildTemplatePlans({ year: 2024, asOfDate: '30/09/2024' }), 'refuse');
    const snap = await host.readSnapshot();
    const model = buildWorkbookModel(snap);
    expect(model.disbursement?.name).toBe(SHEET_NAMES.disbursement);
    expect(model.disbursement?.rowOf.has('TONG')).toBe(true);
    expect(model.disbursement?.colOf('TLKD_SN')).toBe(14);
    const asOf = parseCalendarDate(readSettings(snap).asOfDate);
    expect(asOf).toEqual({ year: 2024, month: 9, day: 30 });
  });
});

describe('snapshot conversion', () => {
  it('maps Office.js value types', () => {
    expect(toCellSnapshot('', '', 'General', 'Empty')).toEqual({ v: null, t: 'z' });
    expect(toCellSnapshot('#DIV/0!', '=1/0', 'General', 'Error')).toEqual({ v: '#DIV/0!', t: 'e', f: '=1/0' });
    expect(toCellSnapshot(3, 3, '0.00', 'Double')).toEqual({ v: 3, t: 'n', nf: '0.00' });
    expect(toCellSnapshot('abc', 'abc', '@', 'String')).toEqual({ v: 'abc', t: 's', nf: '@' });
  });

  it('assembles blocks into rows from A1', () => {
    const block = {
      top: 0,
      left: 0,
      values: [[1]],
      formulas: [[1]],
      numberFormat: [['General']],
      valueTypes: [['Double']],
    };
    expect(assembleSheet('S', [block]).rows).toEqual([[{ v: 1, t: 'n' }]]);
  });
});
