import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { Writable } from 'stream';
import ExcelJS from 'exceljs';
import { runConsolidate } from '../../src/cli/consolidateCommand';
import { convertedTemplate } from '../../src/host/xlsx/outputs';
import { unitPlanTrieu, unitPlans, unitWorkbookBuffer } from '../../src/consolidation/testing/unitWorkbooks';
import { TYPED_SOURCE_KEYS } from '../../src/domain/sources';
import { readWorkbookSnapshot } from '../../src/host/xlsx/readSnapshot';
import { buildWorkbookModel } from '../../src/validation/workbookModel';
import { validateSnapshot } from '../../src/validation';
import { planSum } from '../../src/validation/planSums';
import { readUnitFile } from '../../src/taskpane/consolidationServices';
import { camLuong, C } from '../fixtures/ownLayout/corpus';
import { corpusWorkbook } from '../fixtures/ownLayout/writeXlsx';
import type { OwnTable } from '../fixtures/ownLayout/grid';

function sink(): Writable & { text: string } {
  const s = new Writable({
    write(chunk, _enc, done) {
      s.text += String(chunk);
      done();
    },
  }) as Writable & { text: string };
  s.text = '';
  return s;
}

/** Her table's typed figures in triệu, by leaf (her detail rows summed into their leaf). */
function ownPlanTrieu(t: OwnTable, dongPer: number): Record<string, Record<string, number>> {
  const out: Record<string, Record<string, number>> = {};
  let leaf = '';
  for (const row of t.rows) {
    if (row.expect.kind === 'line') leaf = row.expect.code!;
    for (const [col, v] of Object.entries(row.values ?? {})) {
      const key = Object.keys(C).find((k) => C[k as keyof typeof C] === Number(col))!;
      (out[leaf] ??= {})[key] = ((out[leaf] ?? {})[key] ?? 0) + (v * dongPer) / 1e6;
    }
  }
  return out;
}

describe('consolidate: a unit in her own layout beside template units', () => {
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'mtqg-consol-own-'));
    writeFileSync(path.join(dir, 'a.xlsx'), await unitWorkbookBuffer(unitPlans({ name: 'Xã A', year: 2023 })));
    writeFileSync(
      path.join(dir, 'b.xlsx'),
      await unitWorkbookBuffer(unitPlans({ name: 'Xã B', year: 2023, unit: 'nghin', scale: 2 })),
    );
    await corpusWorkbook([camLuong()]).xlsx.writeFile(path.join(dir, 'camluong.xlsx'));
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Ghi chép').getCell('A1').value = 'Danh sách cuộc họp';
    await wb.xlsx.writeFile(path.join(dir, 'notes.xlsx'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads her table (đồng → triệu), validates it on her cells and sums it per line and source', async () => {
    const out = path.join(dir, 'huyen.xlsx');
    const files = ['a.xlsx', 'b.xlsx', 'camluong.xlsx', 'notes.xlsx'].map((f) => path.join(dir, f));
    const stdout = sink();
    await runConsolidate(files, { out, format: 'json', year: '2023' }, stdout);
    const report = JSON.parse(stdout.text);
    const own = report.units.find((u: { file: string }) => u.file === 'camluong.xlsx');
    expect(own).toMatchObject({
      unit: 'UBND XÃ CẨM LƯƠNG',
      level: 'xa',
      year: 2023,
      moneyUnit: 'dong',
      summed: true,
      converted: true,
    });
    expect(['ok', 'findings']).toContain(own.status);
    expect(own.status === 'ok').toBe(own.errors + own.warnings === 0);
    // Her findings (if any) name her sheet, never the template's.
    for (const f of own.findings) expect(f.sheet).not.toBe('Kế hoạch vốn');
    expect(own.totals.TONG).toBeCloseTo(451.5, 6);

    const notes = report.units.find((u: { file: string }) => u.file === 'notes.xlsx');
    expect(notes.status).toBe('unreadable');
    expect(notes.reason).toMatch(/no plan table found/);
    expect(report.summary).toMatchObject({ units: 4, summed: 3, unreadable: 1 });

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const plan = buildWorkbookModel(readWorkbookSnapshot(wb)).plan!;
    const expected: Record<string, Record<string, number>> = {};
    for (const part of [
      unitPlanTrieu({ name: 'Xã A' }),
      unitPlanTrieu({ name: 'Xã B', scale: 2 }),
      ownPlanTrieu(camLuong(), 1),
    ]) {
      for (const [code, amounts] of Object.entries(part))
        for (const [k, v] of Object.entries(amounts)) (expected[code] ??= {})[k] = (expected[code]?.[k] ?? 0) + v;
    }
    // Her lines are in the sums (DA1.ND2 · DTPT_NSTW 160 triệu, DA6's works 60 + 3).
    expect(expected['DA6'].SN_NSTW).toBeGreaterThanOrEqual(60);
    // Her figures on lines the template sums (DA1.ND4, DA3.TDA2: nothing below them) are
    // carried by that line's formula, at the level she gave them.
    const ws = wb.getWorksheet('Kế hoạch vốn')!;
    const formulaAt = (code: string, key: string) =>
      (ws.getRow(plan.rowOf.get(code)! + 1).getCell(plan.colOf(key) + 1).value as { formula: string }).formula;
    expect(formulaAt('DA1.ND4', 'SN_NSTW')).toMatch(/^SUM\(.+,24\)$/);
    expect(formulaAt('DA3.TDA2', 'SN_NSTW')).toMatch(/^SUM\(.+,150\)$/);
    expect(formulaAt('DA1.ND4', 'DTPT_NSTW')).not.toMatch(/,\d+\)$/);
    // Its lines add up: those figures are parts of their lines, not a total above its lines
    // (before, each was a SUM_MISMATCH error, and planSum left it out of TỔNG). (Her unit gave
    // no allocation, so the plan is above the units' allocations summed: OVER_ALLOCATION is right.)
    const snapshot = readWorkbookSnapshot(wb);
    const sums = validateSnapshot(snapshot).filter((f) => /SUM_MISMATCH|HARDCODED|ROUNDING|UNIT_SUSPECT/.test(f.code));
    expect(sums.map((f) => `${f.code}@${f.cell}`)).toEqual([]);
    const total = buildWorkbookModel(snapshot).plan!;
    const all = Object.values(expected).reduce((s, a) => s + (a.SN_NSTW ?? 0), 0);
    expect(planSum(total)('TONG', 'SN_NSTW').value).toBeCloseTo(all, 6);
    for (const [code, amounts] of Object.entries(expected)) {
      if (code === 'DA1.ND4' || code === 'DA3.TDA2') continue;
      for (const key of TYPED_SOURCE_KEYS) {
        const n = plan.amount(code, key);
        const got = n.state === 'number' ? n.value : 0;
        expect([code, key, got]).toEqual([code, key, expect.closeTo(amounts[key] ?? 0, 6)]);
      }
    }
  });

  it('her table copied into the template (mtqg import) is summed the same: figures given at a project count', async () => {
    // The copy keeps DA1.ND4's 24 and DA3.TDA2's 150 triệu typed on those lines (nothing typed below
    // them), which the checks take as figures given at that level. The consolidation read such lines
    // only in her own layout: the template copy was summed as 277,5 for her 451,5, without a word.
    const { readFileSync } = await import('fs');
    const own = path.join(dir, 'camluong.xlsx');
    const { bytes: copy } = await convertedTemplate({
      name: 'camluong.xlsx',
      bytes: new Uint8Array(readFileSync(own)),
    });
    writeFileSync(path.join(dir, 'camluong-mau.xlsx'), copy);
    const stdout = sink();
    const out = path.join(dir, 'huyen-mau.xlsx');
    await runConsolidate([path.join(dir, 'camluong-mau.xlsx')], { out, format: 'json', year: '2023' }, stdout);
    const unit = JSON.parse(stdout.text).units[0];
    expect([unit.status, unit.errors]).toEqual(['findings', 0]);
    expect(unit.totals.TONG).toBeCloseTo(451.5, 6);
  });

  it('the pane reads the same table the same way', async () => {
    const { readFileSync } = await import('fs');
    const bytes = Uint8Array.from(readFileSync(path.join(dir, 'camluong.xlsx'))).buffer;
    const input = await readUnitFile('camluong.xlsx', bytes);
    expect(input.kind).toBe('read');
    if (input.kind !== 'read') return;
    expect(input.reading.moneyUnit).toBe('dong');
    expect(input.reading.plan['DA1.ND2']).toEqual({ DTPT_NSTW: 160_000_000 });
    expect(input.reading.plan['DA6']).toEqual({ SN_NSTW: 60_000_000, SN_NSDP: 3_000_000 });
    expect(input.reading.plan['DA3.TDA2']).toEqual({ SN_NSTW: 150_000_000 });
    expect(input.reading.plan['DA1']).toBeUndefined(); // its lines below carry it
    expect(input.reading.details.map((d) => [d.leafCode, d.code, d.name])).toEqual([
      ['DA6', 'DA6.01', 'Hỗ trợ hoạt động đội văn nghệ thôn Pheo'],
      ['DA6', 'DA6.02', 'Sửa chữa nhà văn hóa thôn Bèo'],
    ]);
    const notes = await readUnitFile('notes.xlsx', Uint8Array.from(readFileSync(path.join(dir, 'notes.xlsx'))).buffer);
    expect(notes.kind).toBe('unreadable');
  });
});
