import ExcelJS from 'exceljs';
import { buildTemplatePlans } from '../../templates';
import { SHEET_NAMES, sheetMarker } from '../../domain/workbookLayout';
import { catalog } from '../../domain/catalog';
import { SheetExistsError } from '../types';
import type { SheetPlan } from '../../model/sheetPlan';
import { XlsxWorkbookHost } from './XlsxWorkbookHost';
import { findKeyRow } from './sheetScan';
import { detailLeafProblem } from '../../templates/detailRows';

const mockReadWorkbookSnapshot = jest.fn((_wb: unknown, names?: string[]) => ({
  sheets: (names ?? []).map((name) => ({ name, rows: [] })),
}));
jest.mock('./readSnapshot', () => ({
  readWorkbookSnapshot: (wb: unknown, names?: string[]) => mockReadWorkbookSnapshot(wb, names),
}));

const options = { level: 'huyen' as const, year: 2024, unit: 'trieu' as const, unitName: 'Huyện Vĩnh Linh' };

async function templateHost(): Promise<XlsxWorkbookHost> {
  const host = new XlsxWorkbookHost(new ExcelJS.Workbook());
  await host.applyPlans(buildTemplatePlans(options), 'refuse');
  return host;
}

async function roundTrip(wb: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const back = new ExcelJS.Workbook();
  await back.xlsx.load(await wb.xlsx.writeBuffer());
  return back;
}

/** Row (1-based) of a code on a money sheet, found through the key row like any reader. */
function rowOf(ws: ExcelJS.Worksheet, code: string): number {
  const keys = findKeyRow(ws, 'MA')!;
  for (let r = keys.row + 1; r <= ws.rowCount; r++) if (ws.getCell(r, keys.columns.get('MA')).value === code) return r;
  throw new Error(`no row ${code}`);
}
function colOf(ws: ExcelJS.Worksheet, key: string): number {
  return findKeyRow(ws, 'MA')!.columns.get(key)!;
}

describe('XlsxWorkbookHost', () => {
  it('lists sheets with their markers; user sheets have no owner', async () => {
    const host = await templateHost();
    host.workbook.addWorksheet('Ghi chú').getCell('A1').value = 'ghi chú của tôi';
    const late = host.workbook.addWorksheet('Muộn');
    late.getCell('B40').value = sheetMarker('template', 'plan'); // below the scan limit
    expect(await host.listSheets()).toEqual([
      { name: 'Thông tin', owner: { kind: 'template', sheetId: 'settings' } },
      { name: 'Giao vốn', owner: { kind: 'template', sheetId: 'allocation' } },
      { name: 'Kế hoạch vốn', owner: { kind: 'template', sheetId: 'plan' } },
      { name: 'Chỉ tiêu', owner: { kind: 'template', sheetId: 'indicators' } },
      { name: 'Giải ngân', owner: { kind: 'template', sheetId: 'disbursement' } },
      { name: 'Ghi chú', owner: null },
      { name: 'Muộn', owner: null },
    ]);
  });

  it("refuses existing names in 'refuse' mode and changes nothing", async () => {
    const host = await templateHost();
    host.workbook.getWorksheet(SHEET_NAMES.plan)!.getCell('F20').value = 42;
    const extra: SheetPlan = { ...buildTemplatePlans(options)[0], id: 'x', name: 'Mới' };
    const attempt = host.applyPlans([extra, ...buildTemplatePlans(options)], 'refuse');
    await expect(attempt).rejects.toBeInstanceOf(SheetExistsError);
    await expect(attempt).rejects.toMatchObject({ names: Object.values(SHEET_NAMES) });
    expect(host.workbook.getWorksheet('Mới')).toBeUndefined();
    expect(host.workbook.getWorksheet(SHEET_NAMES.plan)!.getCell('F20').value).toBe(42);
  });

  it("replaces own sheets in place in 'replaceOwn' mode, appending new ones", async () => {
    const host = await templateHost();
    host.workbook.addWorksheet('Của tôi');
    const plans = buildTemplatePlans({ ...options, year: 2025 });
    await host.applyPlans([plans[2], { ...plans[0], id: 'x', name: 'Mới' }], 'replaceOwn');
    const back = await roundTrip(host.workbook);
    expect(back.worksheets.map((w) => w.name)).toEqual([
      'Thông tin',
      'Giao vốn',
      'Kế hoạch vốn',
      'Chỉ tiêu',
      'Giải ngân',
      'Của tôi',
      'Mới',
    ]);
    expect(String(back.getWorksheet(SHEET_NAMES.plan)!.getCell('A1').value)).toContain('2025');
  });

  it('refuses a batch with a name Excel forbids before replacing anything', async () => {
    const host = await templateHost();
    const ws = host.workbook.getWorksheet(SHEET_NAMES.plan)!;
    ws.getCell(rowOf(ws, 'DA2'), colOf(ws, 'DTPT_NSTW')).value = 42;
    const plans = buildTemplatePlans(options);
    const attempt = host.applyPlans([plans[2], { ...plans[0], id: 'x', name: 'Kết quả 23/11' }], 'replaceOwn');
    await expect(attempt).rejects.toThrow(/forbidden/);
    const overlapping = {
      ...plans[0],
      id: 'y',
      name: 'Mới',
      merges: [
        { top: 0, left: 0, bottom: 0, right: 3 },
        { top: 0, left: 2, bottom: 1, right: 2 },
      ],
    };
    await expect(host.applyPlans([plans[2], overlapping], 'replaceOwn')).rejects.toThrow(/A1:D1 and C1:C2 overlap/);
    const after = host.workbook.getWorksheet(SHEET_NAMES.plan)!;
    expect(after.getCell(rowOf(after, 'DA2'), colOf(after, 'DTPT_NSTW')).value).toBe(42);
    expect(host.workbook.worksheets).toHaveLength(5);
  });

  it("never replaces a user's sheet (or another kind's) of the same name", async () => {
    const host = new XlsxWorkbookHost(new ExcelJS.Workbook());
    host.workbook.addWorksheet(SHEET_NAMES.plan).getCell('A1').value = 'dữ liệu của người dùng';
    const appendixLike = host.workbook.addWorksheet(SHEET_NAMES.settings);
    appendixLike.getCell('A1').value = sheetMarker('appendix', 'pb01');
    const attempt = host.applyPlans(buildTemplatePlans(options), 'replaceOwn');
    await expect(attempt).rejects.toMatchObject({ names: [SHEET_NAMES.settings, SHEET_NAMES.plan] });
    expect(host.workbook.getWorksheet(SHEET_NAMES.plan)!.getCell('A1').value).toBe('dữ liệu của người dùng');
    expect(host.workbook.worksheets).toHaveLength(2);
  });

  it('takes a name in another case (Vietnamese capitals) as the same sheet, like the Excel host', async () => {
    const host = new XlsxWorkbookHost(new ExcelJS.Workbook());
    host.workbook.addWorksheet('KẾ HOẠCH VỐN').getCell('A1').value = 'của tôi';
    await expect(host.applyPlans(buildTemplatePlans(options), 'replaceOwn')).rejects.toMatchObject({
      names: ['KẾ HOẠCH VỐN'],
    });
    expect(host.workbook.worksheets.map((w) => w.name)).toEqual(['KẾ HOẠCH VỐN']);
  });

  it("writes a plan's cell notes (the conversion's 'Từ / from'), kept through a save", async () => {
    const host = new XlsxWorkbookHost(new ExcelJS.Workbook());
    const plan = buildTemplatePlans(options).find((p) => p.id === 'plan')!;
    const noted: SheetPlan = { ...plan, notes: [{ row: 7, col: 3, text: 'Từ / from KH 2024!D6' }] };
    await host.applyPlans([noted], 'refuse');
    const back = await roundTrip(host.workbook);
    expect(back.getWorksheet(plan.name)!.getCell('D8').note).toBe('Từ / from KH 2024!D6');
    // Near miss: the cell beside it has none.
    expect(back.getWorksheet(plan.name)!.getCell('E8').note).toBeUndefined();
  });

  it('keeps highlights and the selection in memory', async () => {
    const host = await templateHost();
    await host.highlightFindings([
      { code: 'SUM_MISMATCH', severity: 'error', sheet: SHEET_NAMES.plan, cell: 'D9', message: 'a', messageEn: 'a' },
    ]);
    expect(host.highlights).toEqual([{ sheet: SHEET_NAMES.plan, cell: 'D9', severity: 'error' }]);
    await host.clearHighlights();
    expect(host.highlights).toEqual([]);
    await host.selectCell(SHEET_NAMES.plan, 'F12');
    expect(host.selection).toEqual({ sheet: SHEET_NAMES.plan, cell: 'F12' });
    await expect(host.selectCell('Không có', 'A1')).rejects.toThrow(/Không có/);
  });

  it('delegates readSnapshot to readWorkbookSnapshot', async () => {
    const host = await templateHost();
    const snap = await host.readSnapshot([SHEET_NAMES.plan]);
    expect(mockReadWorkbookSnapshot).toHaveBeenCalledWith(host.workbook, [SHEET_NAMES.plan]);
    expect(snap.sheets.map((s) => s.name)).toEqual([SHEET_NAMES.plan]);
  });
});

describe('XlsxWorkbookHost.addDetailRow', () => {
  const LEAF = 'DA4.TDA1.ND1';

  async function filledHost() {
    const host = await templateHost();
    host.workbook.addWorksheet('Sau cùng');
    const ws = host.workbook.getWorksheet(SHEET_NAMES.plan)!;
    ws.getCell(rowOf(ws, LEAF), colOf(ws, 'DTPT_NSTW')).value = 500;
    ws.getCell(rowOf(ws, LEAF), colOf(ws, 'DTPT_NSDP')).value = 25.5;
    ws.getCell(rowOf(ws, LEAF), colOf(ws, 'GHI_CHU')).value = 'theo QĐ 12';
    ws.getCell(rowOf(ws, 'DA10.TDA3'), colOf(ws, 'SN_NSTW')).value = 70;
    ws.getCell(rowOf(ws, 'DA1.ND2'), colOf(ws, 'DAN_GOP')).value = '1.234'; // text stays text
    ws.getCell(rowOf(ws, 'DA1.ND2'), colOf(ws, 'GHI_CHU') + 3).value = 'cột riêng'; // user's own column
    return host;
  }

  it('adds the first detail under a leaf, moves the leaf amounts to it and keeps every typed value', async () => {
    const host = await filledHost();
    const code = await host.addDetailRow(LEAF, 'Nâng cấp đường Áng Hin');
    expect(code).toBe('DA4.TDA1.ND1.01');
    const back = await roundTrip(host.workbook);
    expect(back.worksheets.map((w) => w.name)).toEqual([
      'Thông tin',
      'Giao vốn',
      'Kế hoạch vốn',
      'Chỉ tiêu',
      'Giải ngân',
      'Sau cùng',
    ]);
    const ws = back.getWorksheet(SHEET_NAMES.plan)!;
    const leaf = rowOf(ws, LEAF);
    const detail = rowOf(ws, code);
    expect(detail).toBe(leaf + 1);
    expect(ws.getCell(detail, colOf(ws, 'NOI_DUNG')).value).toBe('Nâng cấp đường Áng Hin');
    expect(ws.getCell(detail, colOf(ws, 'DTPT_NSTW')).value).toBe(500);
    expect(ws.getCell(detail, colOf(ws, 'DTPT_NSDP')).value).toBe(25.5);
    const nstw = ws.getCell(leaf, colOf(ws, 'DTPT_NSTW'));
    expect(nstw.value).toEqual(
      expect.objectContaining({ formula: `SUM(${nstw.address.replace(/\d+/, String(detail))})` }),
    );
    expect(ws.getCell(leaf, colOf(ws, 'GHI_CHU')).value).toBe('theo QĐ 12');
    expect(ws.getCell(rowOf(ws, 'DA10.TDA3'), colOf(ws, 'SN_NSTW')).value).toBe(70);
    expect(ws.getCell(rowOf(ws, 'DA1.ND2'), colOf(ws, 'DAN_GOP')).value).toBe('1.234');
    expect(ws.getCell(rowOf(ws, 'DA1.ND2'), colOf(ws, 'GHI_CHU') + 3).value).toBe('cột riêng');
  });

  it('numbers later details after the existing ones and rewires the parent formulas', async () => {
    const host = await filledHost();
    await host.addDetailRow(LEAF, 'Đường A');
    const ws0 = host.workbook.getWorksheet(SHEET_NAMES.plan)!;
    ws0.getCell(rowOf(ws0, `${LEAF}.01`), colOf(ws0, 'DTPT_NSTW')).value = 300;
    expect(await host.addDetailRow(LEAF, 'Cầu B')).toBe(`${LEAF}.02`);
    expect(await host.addDetailRow('DA2', 'Điểm TĐC')).toBe('DA2.01');
    const ws = host.workbook.getWorksheet(SHEET_NAMES.plan)!;
    expect(ws.getCell(rowOf(ws, `${LEAF}.01`), colOf(ws, 'DTPT_NSTW')).value).toBe(300);
    expect(ws.getCell(rowOf(ws, `${LEAF}.02`), colOf(ws, 'DTPT_NSTW')).value).toBeNull();
    // The parent DA4.TDA1 still sums exactly its catalog children, at their new rows.
    const col = colOf(ws, 'SN_NSTW');
    const letter = ws.getColumn(col).letter;
    const expected = catalog.byCode
      .get('DA4.TDA1')!
      .children.map((c) => `${letter}${rowOf(ws, c)}`)
      .join(',');
    expect(ws.getCell(rowOf(ws, 'DA4.TDA1'), col).value).toEqual(
      expect.objectContaining({ formula: `SUM(${expected})` }),
    );
  });

  it("keeps the user's own formulas in typed cells, their references moved with the rows", async () => {
    const host = await filledHost();
    const ws0 = host.workbook.getWorksheet(SHEET_NAMES.plan)!;
    const col = colOf(ws0, 'SN_NSTW');
    const letter = ws0.getColumn(col).letter;
    ws0.getCell(rowOf(ws0, LEAF), colOf(ws0, 'DAN_GOP')).value = { formula: '120+35', result: 155 };
    // DA1.ND1 (above the new row) refers to DA10.TDA3 (below it) and to itself's row.
    const above = rowOf(ws0, 'DA1.ND1');
    ws0.getCell(above, col).value = {
      formula: `${letter}${rowOf(ws0, 'DA10.TDA3')}*2+${letter}${above - 1}`,
      result: 140,
    };
    const code = await host.addDetailRow(LEAF, 'Đường A');
    const ws = host.workbook.getWorksheet(SHEET_NAMES.plan)!;
    expect(ws.getCell(rowOf(ws, code), colOf(ws, 'DAN_GOP')).value).toEqual(
      expect.objectContaining({ formula: '120+35' }),
    );
    expect(ws.getCell(rowOf(ws, 'DA1.ND1'), col).value).toEqual(
      expect.objectContaining({ formula: `${letter}${rowOf(ws, 'DA10.TDA3')}*2+${letter}${above - 1}` }),
    );
  });

  it('keeps a shared formula (as Excel saves copied formulas) as its own formula', async () => {
    const host = await filledHost();
    const ws0 = host.workbook.getWorksheet(SHEET_NAMES.plan)!;
    const col = colOf(ws0, 'SN_NSDP');
    const letter = ws0.getColumn(col).letter;
    const [r1, r2] = [rowOf(ws0, 'DA1.ND1'), rowOf(ws0, 'DA1.ND2')];
    expect(r2).toBe(r1 + 1);
    ws0.getCell(r1, col).value = {
      formula: `${letter}${r1 - 1}+5`,
      result: 5,
      shareType: 'shared',
      ref: `${letter}${r1}:${letter}${r2}`,
    } as ExcelJS.CellValue;
    ws0.getCell(r2, col).value = { sharedFormula: `${letter}${r1}`, result: 5 };
    await host.addDetailRow(LEAF, 'Đường A');
    const ws = host.workbook.getWorksheet(SHEET_NAMES.plan)!;
    expect(ws.getCell(rowOf(ws, 'DA1.ND2'), col).value).toEqual(
      expect.objectContaining({ formula: `${letter}${r1}+5` }),
    );
  });

  it('keeps titles the user edited above the key row', async () => {
    const host = await filledHost();
    const ws0 = host.workbook.getWorksheet(SHEET_NAMES.plan)!;
    ws0.getCell('A2').value = 'Kèm theo Kế hoạch số 45/KH-UBND ngày 10/3/2024 của UBND huyện Vĩnh Linh';
    const header = ws0.getCell('C5').value;
    await host.addDetailRow(LEAF, 'Đường A');
    const ws = host.workbook.getWorksheet(SHEET_NAMES.plan)!;
    expect(ws.getCell('A2').value).toBe('Kèm theo Kế hoạch số 45/KH-UBND ngày 10/3/2024 của UBND huyện Vĩnh Linh');
    expect(ws.getCell('C5').value).toBe(header);
  });

  it('refuses a non-leaf line, an empty name and rows it cannot place', async () => {
    const host = await filledHost();
    await expect(host.addDetailRow('DA4', 'x')).rejects.toThrow(/leaf/);
    await expect(host.addDetailRow(LEAF, '  ')).rejects.toThrow(/name/);
    const ws = host.workbook.getWorksheet(SHEET_NAMES.plan)!;
    ws.getCell(ws.rowCount + 2, colOf(ws, 'NOI_DUNG')).value = 'dòng tự thêm không mã';
    await expect(host.addDetailRow(LEAF, 'x')).rejects.toThrow(/không có mã/);
    expect(host.workbook.getWorksheet(SHEET_NAMES.plan)).toBe(ws);
  });

  it('refuses a made-up code or a detail row as the leaf, with the same message as the Excel host', async () => {
    const host = await filledHost();
    await host.addDetailRow(LEAF, 'Đường A');
    const ws = host.workbook.getWorksheet(SHEET_NAMES.plan)!;
    for (const code of ['DA4.TDA1.X', `${LEAF}.01`]) {
      await expect(host.addDetailRow(code, 'Cầu')).rejects.toThrow(detailLeafProblem(code)!);
    }
    expect(detailLeafProblem(`${LEAF}.01`)).toMatch(/^Không tìm thấy nội dung/);
    expect(host.workbook.getWorksheet(SHEET_NAMES.plan)).toBe(ws);
  });
});
