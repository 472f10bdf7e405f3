// Excel-safe writes on the recording model: regeneration in place (formulas elsewhere that
// point into our sheets stay valid), undo of a failed batch, a guarded layout step, payload
// measured in UTF-8 bytes with a split on a payload error, and Excel.run waiting for a cell edit.
import { ExcelWorkbookHost } from '../../src/host/excel/ExcelWorkbookHost';
import { jsonSize } from '../../src/host/excel/payload';
import { buildTemplatePlans } from '../../src/templates';
import { buildAppendixPlans } from '../../src/appendix';
import { snapshotFromPlans } from '../../src/appendix/testing/planSnapshot';
import type { SheetPlan } from '../../src/model/sheetPlan';
import { OfficeRecorder, RECORDER_PAYLOAD_LIMIT, type RecSheet } from './recorder';

const templates = buildTemplatePlans({ year: 2025, unitName: 'UBND huyện Bình Gia', level: 'huyen' });
const appendix = buildAppendixPlans(snapshotFromPlans(templates));
const USER = 'Tổng hợp của tôi';

/** Everything a test can compare: tab order and every sheet's cells, merges, validations, formats. */
function state(rec: OfficeRecorder) {
  const sheet = (s: RecSheet) => ({
    name: s.name,
    cells: [...s.cells.entries()].sort(),
    merges: [...s.merges].sort(),
    validations: s.validations.length,
    conditionalFormats: s.conditionalFormats.length,
  });
  return rec.sheets.map(sheet);
}

async function workbookWithAppendices() {
  const rec = new OfficeRecorder();
  const host = new ExcelWorkbookHost(rec.run, { printSetup: true });
  await host.applyPlans(templates, 'refuse');
  await host.applyPlans(appendix, 'refuse');
  // A user's sheet whose formula points into an appendix.
  rec.addSheet(USER, [
    [
      { v: 0, f: `='${appendix[1].name}'!D10` },
      { v: 0, f: `=SUM('${appendix[2].name}'!C5:C9)` },
    ],
  ]);
  return { rec, host };
}

describe('regenerating our sheets in place', () => {
  it('keeps a formula on another sheet that points into ours valid (no rename, no delete)', async () => {
    const { rec, host } = await workbookWithAppendices();
    const tabs = rec.sheets.map((s) => s.name);
    rec.sheet(appendix[1].name)!.set(400, 0, { v: 'cũ' });
    await host.applyPlans(appendix, 'replaceOwn');
    const user = rec.sheet(USER)!;
    expect(user.get(0, 0)?.f).toBe(`='${appendix[1].name}'!D10`);
    expect(user.get(0, 1)?.f).toBe(`=SUM('${appendix[2].name}'!C5:C9)`);
    expect(user.get(0, 0)?.error).toBeUndefined();
    expect(rec.sheets.map((s) => s.name)).toEqual(tabs);
    expect(rec.writes.some((w) => w.prop === 'name')).toBe(false);
    // Old content gone, new content there, nothing staged left behind.
    expect(rec.sheet(appendix[1].name)!.get(400, 0)).toBeUndefined();
    const fresh = new OfficeRecorder();
    await new ExcelWorkbookHost(fresh.run, { printSetup: true }).applyPlans(appendix, 'refuse');
    for (const p of appendix) {
      expect([...rec.sheet(p.name)!.cells.entries()].sort()).toEqual([...fresh.sheet(p.name)!.cells.entries()].sort());
      expect([...rec.sheet(p.name)!.merges].sort()).toEqual([...fresh.sheet(p.name)!.merges].sort());
    }
    expect(rec.sheets.some((s) => s.name.startsWith('~mtqg'))).toBe(false);
  });

  it('clears what the previous run left: merges, validations, conditional formats', async () => {
    const { rec, host } = await workbookWithAppendices();
    const pb = rec.sheet(appendix[0].name)!;
    pb.merges.push('Z100:Z101');
    pb.validations.push({ address: 'Z200', prop: 'rule', value: {} });
    pb.conditionalFormats.push({
      tag: 'old',
      type: 'Custom',
      formula: '=1',
      areas: [{ top: 0, left: 0, bottom: 1, right: 1 }],
    });
    await host.applyPlans(appendix, 'replaceOwn');
    expect(pb.merges).not.toContain('Z100:Z101');
    expect(pb.validations.some((v) => v.address === 'Z200')).toBe(false);
    expect(pb.conditionalFormats.some((cf) => cf.tag === 'old')).toBe(false);
  });
});

describe('a failed batch leaves the workbook as before', () => {
  it('regenerating: a write failing mid-batch undoes everything, one plain error', async () => {
    const { rec, host } = await workbookWithAppendices();
    const before = state(rec);
    let merges = 0;
    rec.failOn = (w) => w.prop === 'merge' && ++merges === 3;
    const error = await host.applyPlans(appendix, 'replaceOwn').then(
      () => null,
      (e: Error) => e,
    );
    expect(error?.message).toMatch(/^Không ghi được; sổ tính được giữ nguyên như trước/);
    expect(error?.message.split('\n')).toHaveLength(1);
    rec.failOn = null;
    expect(state(rec)).toEqual(before);
  });

  it('new sheets: a failure in a later batch deletes the sheets the batch added', async () => {
    const rec = new OfficeRecorder();
    rec.addSheet('Sheet1', [['ghi chú']]);
    const before = state(rec);
    const host = new ExcelWorkbookHost(rec.run, { printSetup: true });
    rec.failOn = (w) => w.sheet === templates[2].name && w.prop === 'merge';
    await expect(host.applyPlans(templates, 'refuse')).rejects.toThrow(/giữ nguyên như trước/);
    rec.failOn = null;
    expect(state(rec)).toEqual(before);
  });

  it('print and freeze are a guarded step: their failure keeps the written sheets', async () => {
    const rec = new OfficeRecorder();
    const host = new ExcelWorkbookHost(rec.run, { printSetup: true });
    rec.failOn = (w) => w.prop === 'freezePanes';
    await host.applyPlans(templates, 'refuse');
    expect(rec.sheets.map((s) => s.name)).toEqual(templates.map((p) => p.name));
    expect(rec.sheet(templates[2].name)!.cells.size).toBeGreaterThan(100);
  });
});

describe('payload', () => {
  it('is measured in UTF-8 bytes', () => {
    expect(jsonSize('Kế hoạch')).toBe(Buffer.byteLength('"Kế hoạch"', 'utf8'));
    expect(jsonSize('đ')).toBe(4);
  });

  it('a Vietnamese text plan under 5 MB in UTF-16 characters but over it in bytes is split', async () => {
    const text = 'Đường Đồng Hỷ – ĐườngĐồngHỷữặẫẵẳỗổộờởỡợừửữựỳỷỹđĐ ĐườngĐồngHỷữặẫẵẳỗổộờởỡợừửữựỳỷỹđĐ ';
    const cells: SheetPlan['cells'] = [];
    for (let r = 0; r < 20000; r++)
      for (let c = 0; c < 2; c++) cells.push({ row: r, col: c, value: `${text}${r}-${c}` });
    const plan: SheetPlan = {
      id: 'vn',
      name: 'Chữ',
      kind: 'report',
      styles: {},
      cells,
      columns: [],
      rows: [],
      merges: [],
      validations: [],
    };
    const chars = JSON.stringify(cells.map((c) => c.value)).length;
    expect(chars).toBeLessThan(RECORDER_PAYLOAD_LIMIT);
    expect(Buffer.byteLength(JSON.stringify(cells.map((c) => c.value)), 'utf8')).toBeGreaterThan(
      RECORDER_PAYLOAD_LIMIT,
    );
    const rec = new OfficeRecorder();
    await new ExcelWorkbookHost(rec.run, { printSetup: true }).applyPlans([plan], 'refuse');
    expect(rec.log.length).toBeGreaterThan(2);
    for (const s of rec.log) expect(s.requestBytes).toBeLessThan(RECORDER_PAYLOAD_LIMIT);
    expect(rec.sheet('Chữ')!.get(19999, 1)?.v).toBe(`${text}19999-1`);
  });

  it('a payload error splits the batch and writes it in smaller syncs', async () => {
    const rec = new OfficeRecorder();
    rec.payloadLimit = 200_000; // an Excel that accepts far less than we budget
    await new ExcelWorkbookHost(rec.run, { printSetup: true }).applyPlans(templates, 'refuse');
    expect(rec.sheets.map((s) => s.name)).toEqual(templates.map((p) => p.name));
    const fresh = new OfficeRecorder();
    await new ExcelWorkbookHost(fresh.run, { printSetup: true }).applyPlans(templates, 'refuse');
    for (const p of templates)
      expect([...rec.sheet(p.name)!.cells.entries()].sort()).toEqual([...fresh.sheet(p.name)!.cells.entries()].sort());
  });
});

describe('Excel.run', () => {
  it('waits while the user edits a cell (delayForCellEdit)', async () => {
    const rec = new OfficeRecorder();
    rec.addSheet('Sheet1');
    const g = globalThis as unknown as { Excel?: unknown };
    g.Excel = { run: rec.runWithOptions };
    try {
      await new ExcelWorkbookHost(undefined, { printSetup: true }).listSheets();
    } finally {
      delete g.Excel;
    }
    expect(rec.runOptions).toEqual([{ delayForCellEdit: true }]);
  });
});
