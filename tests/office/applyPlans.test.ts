import { ExcelWorkbookHost } from '../../src/host/excel/ExcelWorkbookHost';
import { SheetExistsError } from '../../src/host/types';
import { buildTemplatePlans } from '../../src/templates';
import { charsToPoints, toExcelInput } from '../../src/host/excel/planOps';
import { OfficeRecorder, RECORDER_PAYLOAD_LIMIT } from './recorder';
import { bigPlan, cellCount, contentCells, expectedCell, leakedMockStrings } from './helpers';
import { buildAppendixPlans } from '../../src/appendix';
import { snapshotFromPlans } from '../../src/appendix/testing/planSnapshot';
import { importedTemplatePlans } from '../../src/layout/importedPlans';
import { readLayout } from '../../src/layout/readLayout';
import { a1 } from '../../src/model/a1';
import { camLuong } from '../fixtures/ownLayout/corpus';
import { workbookOf } from '../fixtures/ownLayout/grid';

const plans = buildTemplatePlans({ year: 2025, unitName: 'UBND huyện Bình Gia', level: 'huyen' });

function setup() {
  const rec = new OfficeRecorder();
  rec.addSheet('Sheet1', [['ghi chú của người dùng']]);
  return { rec, host: new ExcelWorkbookHost(rec.run, { printSetup: true }) };
}

describe('ExcelWorkbookHost.applyPlans', () => {
  it('writes the whole template with one name-check read, ONE write sync and one guarded layout sync', async () => {
    const { rec, host } = setup();
    await host.applyPlans(plans, 'refuse');
    expect(rec.syncs).toBe(3);
    expect(rec.log[2].writes).toBe(
      rec.writes.filter((w) => w.prop === 'freezePanes' || w.prop.startsWith('pageLayout')).length,
    );
    expect(rec.log[0].writes).toBe(0);
    expect(rec.log[1].suspendedCalculation).toBe(true);
    expect(rec.log[1].requestBytes).toBeLessThan(RECORDER_PAYLOAD_LIMIT);
    expect(rec.sheets.map((s) => s.name)).toEqual(['Sheet1', ...plans.map((p) => p.name)]);
    expect(rec.sheet('Sheet1')!.get(0, 0)?.v).toBe('ghi chú của người dùng');
  });

  it('writes exactly the planned values and formulas, in blocks rather than cell by cell', async () => {
    const { rec, host } = setup();
    await host.applyPlans(plans, 'refuse');
    let planned = 0;
    for (const plan of plans) {
      const sheet = rec.sheet(plan.name)!;
      const cells = contentCells(plan);
      planned += cells.length;
      for (const cell of cells) {
        const got = sheet.get(cell.row, cell.col);
        const want = expectedCell(cell)!;
        expect({ at: `${plan.name}!${cell.row},${cell.col}`, v: got?.v, f: got?.f }).toEqual({
          at: `${plan.name}!${cell.row},${cell.col}`,
          ...want,
          f: want.f,
        });
      }
      expect(cellCount(sheet)).toBe(cells.length);
    }
    const blockWrites = rec.writes.filter((w) => w.prop === 'formulas');
    expect(blockWrites.length).toBeLessThan(planned / 4);
    expect(leakedMockStrings(rec.writes)).toEqual([]);
  });

  it('keeps numeric-looking text as text (STT "1.1" stays "1.1")', async () => {
    const { rec, host } = setup();
    await host.applyPlans(plans, 'refuse');
    const sttCells = plans.flatMap((p) =>
      contentCells(p)
        .filter((c) => typeof c.value === 'string' && /^\d+(\.\d+)*$/.test(c.value))
        .map((c) => ({ p, c })),
    );
    expect(sttCells.length).toBeGreaterThan(0);
    for (const { p, c } of sttCells) expect(rec.sheet(p.name)!.get(c.row, c.col)?.v).toBe(c.value);
  });

  it('applies layout: widths in points, hidden rows, merges, validation, freeze, print', async () => {
    const { rec, host } = setup();
    await host.applyPlans(plans, 'refuse');
    for (const plan of plans) {
      const sheet = rec.sheet(plan.name)!;
      const widths = rec.writes.filter((w) => w.sheet === plan.name && w.prop === 'format/columnWidth');
      expect(widths.length).toBe(plan.columns.filter((c) => c.width !== undefined).length);
      for (const c of plan.columns.filter((x) => x.width !== undefined)) {
        expect(widths.some((w) => w.value === charsToPoints(c.width!))).toBe(true);
      }
      expect([...sheet.hiddenRows].sort()).toEqual(
        plan.rows
          .filter((r) => r.hidden)
          .map((r) => r.index)
          .sort(),
      );
      expect(sheet.merges.length).toBe(plan.merges.length);
      expect(sheet.validations.filter((v) => v.prop === 'rule').length).toBe(plan.validations.length);
      if (plan.freeze) expect(sheet.freeze).not.toBeNull();
      if (plan.print) {
        expect(sheet.pageLayout.paperSize).toBe('A4');
        expect(sheet.pageLayout.orientation).toBe(plan.print.orientation === 'landscape' ? 'Landscape' : 'Portrait');
        if (plan.print.titleRows)
          expect(sheet.pageLayout.printTitleRows).toBe(
            `$${plan.print.titleRows.first + 1}:$${plan.print.titleRows.last + 1}`,
          );
      }
    }
    // Styles are applied per rectangle: far fewer format writes than styled cells.
    const styled = plans.reduce((n, p) => n + p.cells.filter((c) => c.style).length, 0);
    const boldWrites = rec.writes.filter((w) => w.prop === 'format/font/bold').length;
    expect(boldWrites).toBeGreaterThan(0);
    expect(boldWrites).toBeLessThan(styled / 4);
  });

  it('skips print setup when the host lacks pageLayout support', async () => {
    const rec = new OfficeRecorder();
    await new ExcelWorkbookHost(rec.run, { printSetup: false }).applyPlans(plans, 'refuse');
    expect(rec.writes.filter((w) => w.prop.startsWith('pageLayout')).length).toBe(0);
    expect(rec.syncs).toBe(3); // names, write, freeze panes
  });

  describe('cell notes (her conversion: "Từ / from KH 2024!D6")', () => {
    const converted = () => {
      const snapshot = workbookOf([camLuong()]).snapshot;
      return importedTemplatePlans(snapshot, readLayout(snapshot), new Date(2024, 0, 1)).plans;
    };

    it('adds each planned note at its cell in the same write sync (ExcelApi 1.18)', async () => {
      const rec = new OfficeRecorder();
      const host = new ExcelWorkbookHost(rec.run, { printSetup: true, notes: true });
      const noted = converted();
      await host.applyPlans(noted, 'refuse');
      expect(host.writesNotes).toBe(true);
      expect(rec.syncs).toBe(3);
      const planned = noted.flatMap((p) => (p.notes ?? []).map((n) => [p.name, a1(n.row, n.col), n.text]));
      expect(planned.length).toBeGreaterThan(5);
      const written = noted.flatMap((p) => [...rec.sheet(p.name)!.notes].map(([cell, text]) => [p.name, cell, text]));
      expect(written).toEqual(planned);
      const syncOf = (prop: string) => [...new Set(rec.writes.filter((w) => w.prop === prop).map((w) => w.sync))];
      expect(syncOf('note')).toEqual(syncOf('formulas'));
    });

    it('near miss: an Excel without notes writes the sheets without them, and says it cannot', async () => {
      const rec = new OfficeRecorder();
      const host = new ExcelWorkbookHost(rec.run, { printSetup: true, notes: false });
      await host.applyPlans(converted(), 'refuse');
      expect(host.writesNotes).toBe(false);
      expect(rec.writes.filter((w) => w.prop === 'note')).toEqual([]);
      expect(rec.sheets.every((s) => s.notes.size === 0)).toBe(true);
    });
  });

  it('refuses when a target sheet exists, writing nothing', async () => {
    const rec = new OfficeRecorder();
    rec.addSheet('kế hoạch vốn', [['số liệu của tôi', 123]]);
    const host = new ExcelWorkbookHost(rec.run, { printSetup: true });
    await expect(host.applyPlans(plans, 'refuse')).rejects.toBeInstanceOf(SheetExistsError);
    await expect(host.applyPlans(plans, 'replaceOwn')).rejects.toThrow(/kế hoạch vốn/);
    expect(rec.writes).toEqual([]);
    expect(rec.sheets.map((s) => s.name)).toEqual(['kế hoạch vốn']);
    expect(rec.sheet('kế hoạch vốn')!.get(0, 1)?.v).toBe(123);
  });

  it('refuses a sheet name Excel forbids before any sync', async () => {
    const { rec, host } = setup();
    await expect(host.applyPlans([plans[0], { ...plans[1], name: 'Giao vốn [nháp]' }], 'refuse')).rejects.toThrow(
      /forbidden/,
    );
    await expect(
      host.applyPlans([plans[0], { ...plans[1], name: plans[0].name.toUpperCase() }], 'refuse'),
    ).rejects.toThrow(/same name/);
    expect(rec.syncs).toBe(0);
    expect(rec.sheets.map((s) => s.name)).toEqual(['Sheet1']);
  });

  it('checks every plan before any sync, as the xlsx host does (bad merges, unknown styles)', async () => {
    const { rec, host } = setup();
    const overlapping = {
      ...plans[0],
      id: 'y',
      name: 'Mới',
      merges: [
        { top: 0, left: 0, bottom: 0, right: 3 },
        { top: 0, left: 2, bottom: 1, right: 2 },
      ],
    };
    await expect(host.applyPlans([plans[1], overlapping], 'refuse')).rejects.toThrow(/A1:D1 and C1:C2 overlap/);
    const unstyled = { ...plans[0], id: 'z', name: 'Khác', cells: [{ row: 0, col: 0, value: 1, style: 'không có' }] };
    await expect(host.applyPlans([unstyled], 'refuse')).rejects.toThrow(/unknown style/);
    expect(rec.syncs).toBe(0);
    expect(rec.sheets.map((s) => s.name)).toEqual(['Sheet1']);
  });

  it('takes a name in another case (Vietnamese capitals) as the same sheet, like the xlsx host', async () => {
    const rec = new OfficeRecorder();
    rec.addSheet('KẾ HOẠCH VỐN', [['của tôi', 7]]);
    const host = new ExcelWorkbookHost(rec.run, { printSetup: true });
    await expect(host.applyPlans(plans, 'replaceOwn')).rejects.toMatchObject({ names: ['KẾ HOẠCH VỐN'] });
    expect(rec.writes).toEqual([]);
  });

  it('replaces its own template sheets in replaceOwn mode', async () => {
    const { rec, host } = setup();
    await host.applyPlans(plans, 'refuse');
    rec.sheet(plans[2].name)!.set(200, 0, { v: 'leftover' });
    const before = rec.syncs;
    await host.applyPlans(plans, 'replaceOwn');
    expect(rec.syncs - before).toBe(4); // names, markers of the clashing sheets, write, layout
    expect(rec.sheets.map((s) => s.name)).toEqual(['Sheet1', ...plans.map((p) => p.name)]);
    expect(rec.sheet(plans[2].name)!.get(200, 0)).toBeUndefined();
    await expect(host.applyPlans(plans, 'refuse')).rejects.toBeInstanceOf(SheetExistsError);
  });

  describe('regenerating the appendices keeps their tabs where they were', () => {
    const appendix = buildAppendixPlans(snapshotFromPlans(plans));
    const userSheet = 'Ghi chú của tôi';

    async function workbook() {
      const rec = new OfficeRecorder();
      const host = new ExcelWorkbookHost(rec.run, { printSetup: true });
      await host.applyPlans(plans, 'refuse');
      await host.applyPlans(appendix, 'refuse');
      rec.addSheet(userSheet, [['của tôi', 42]]);
      for (const p of appendix) rec.sheet(p.name)!.set(300, 0, { v: 'cũ' });
      return { rec, host };
    }

    async function regenerate(rec: OfficeRecorder, host: ExcelWorkbookHost, tabs: string[]) {
      const before = rec.syncs;
      const writesBefore = rec.writes.length;
      await host.applyPlans(appendix, 'replaceOwn');
      expect(rec.syncs - before).toBe(4); // names + positions, markers of the clashing sheets, write, layout
      expect(rec.sheets.map((s) => s.name)).toEqual(tabs);
      expect(rec.writes.slice(writesBefore).filter((w) => w.sheet === userSheet)).toEqual([]);
      expect(rec.sheet(userSheet)!.get(0, 0)?.v).toBe('của tôi');
      expect(rec.sheet(userSheet)!.get(0, 1)?.v).toBe(42);
      for (const p of appendix) expect(rec.sheet(p.name)!.get(300, 0)).toBeUndefined();
      expect(rec.sheets.some((s) => s.name.startsWith('~mtqg'))).toBe(false);
    }

    it('appendices after the template sheets, a user sheet last', async () => {
      const { rec, host } = await workbook();
      const tabs = [
        'Thông tin',
        'Giao vốn',
        'Kế hoạch vốn',
        'Chỉ tiêu',
        'Giải ngân',
        ...appendix.map((p) => p.name),
        userSheet,
      ];
      expect(rec.sheets.map((s) => s.name)).toEqual(tabs);
      expect(appendix.map((p) => p.name.slice(0, 'Phụ biểu 0x'.length))).toEqual([
        'Phụ biểu 01',
        'Phụ biểu 02',
        'Phụ biểu 03',
        'Phụ biểu 04',
      ]);
      await regenerate(rec, host, tabs);
    });

    it('appendices scattered among other tabs, out of plan order', async () => {
      const { rec, host } = await workbook();
      const [pb01, pb02, pb03, pb04] = appendix.map((p) => p.name);
      const tabs = [
        pb02,
        'Thông tin',
        'Giao vốn',
        pb04,
        pb01,
        userSheet,
        'Kế hoạch vốn',
        'Chỉ tiêu',
        'Giải ngân',
        pb03,
      ];
      rec.sheets = tabs.map((n) => rec.sheet(n)!);
      await regenerate(rec, host, tabs);
    });
  });

  it('splits a plan above the payload budget into several syncs, each under 5 MB', async () => {
    const rec = new OfficeRecorder();
    const plan = bigPlan('Lớn', 40000, 10);
    await new ExcelWorkbookHost(rec.run, { printSetup: true }).applyPlans([plan], 'refuse');
    const writeSyncs = rec.log.slice(1);
    expect(writeSyncs.length).toBeGreaterThan(1);
    for (const s of rec.log) expect(s.requestBytes).toBeLessThan(RECORDER_PAYLOAD_LIMIT);
    for (const s of writeSyncs) expect(s.suspendedCalculation).toBe(true);
    const sheet = rec.sheet('Lớn')!;
    expect(cellCount(sheet)).toBe(plan.cells.length);
    expect(sheet.get(39999, 5)?.v).toBe(39999 * 1000 + 5 + 0.125);
    expect(sheet.get(39999, 9)?.f).toBe('=SUM(B40000:I40000)');
    expect(sheet.get(12345, 0)?.v).toBe('DA4.TDA1.ND1.12345');
  });
});

describe('toExcelInput', () => {
  it('protects text Excel would coerce, leaves other values alone', () => {
    expect(toExcelInput({ row: 0, col: 0, value: '1.1' })).toBe("'1.1");
    expect(toExcelInput({ row: 0, col: 0, value: '01/2024' })).toBe("'01/2024");
    expect(toExcelInput({ row: 0, col: 0, value: 'TRUE' })).toBe("'TRUE");
    expect(toExcelInput({ row: 0, col: 0, value: '1e5' })).toBe("'1e5");
    expect(toExcelInput({ row: 0, col: 0, value: '-' })).toBe("'-");
    expect(toExcelInput({ row: 0, col: 0, value: '(1)' })).toBe("'(1)");
    expect(toExcelInput({ row: 0, col: 0, value: 'Dự án 1' })).toBe('Dự án 1');
    expect(toExcelInput({ row: 0, col: 0, value: 12.5 })).toBe(12.5);
    expect(toExcelInput({ row: 0, col: 0, value: null })).toBe('');
    expect(toExcelInput({ row: 0, col: 0, formula: 'SUM(A1:A2)' })).toBe('=SUM(A1:A2)');
  });
});
