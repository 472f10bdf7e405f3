import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { readUnitDecisions } from '../consolidation';
import { readWorkbookSnapshot } from '../host/xlsx/readSnapshot';
import { unitPlans, unitWorkbookBuffer } from '../consolidation/testing/unitWorkbooks';
import { captureCliOutput, mtqg } from './testing/captureOutput';

describe('mtqg consolidate (command line)', () => {
  const io = captureCliOutput();
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'mtqg-consol-cli-'));
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('template --units adds "Giao vốn theo đơn vị" with one row per unit, read back by consolidation', async () => {
    const out = path.join(dir, 'huyen.xlsx');
    expect(await mtqg('template', '--out', out, '--year', '2024', '--units', 'Xã A, Xã B ,Xã C')).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.getWorksheet('Giao vốn theo đơn vị')!;
    expect(ws).toBeDefined();
    ws.getCell('E8').value = 120; // Xã A · DTPT_NSTW (row 8: first unit under the total row)
    await wb.xlsx.writeFile(out);
    const decisions = readUnitDecisions(readWorkbookSnapshot(wb))!;
    expect([...decisions.values()].map((d) => d.name)).toEqual(['Xã A', 'Xã B', 'Xã C']);
    expect(decisions.get('xa a')!.amounts).toEqual({ DTPT_NSTW: 120 });
  });

  it('near miss: a template without --units has no such sheet', async () => {
    const out = path.join(dir, 'plain.xlsx');
    expect(await mtqg('template', '--out', out, '--year', '2024')).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.getWorksheet('Giao vốn theo đơn vị')).toBeUndefined();
    expect(readUnitDecisions(readWorkbookSnapshot(wb))).toBeNull();
  });

  it('prints a text report, one line per unit, and exits 0 when nothing reaches --fail-on', async () => {
    writeFileSync(path.join(dir, 'a.xlsx'), await unitWorkbookBuffer(unitPlans({ name: 'Xã A' })));
    writeFileSync(path.join(dir, 'b.xlsx'), await unitWorkbookBuffer(unitPlans({ name: 'Xã B', unit: 'nghin' })));
    const out = path.join(dir, 'out', 'huyen.xlsx');
    mkdirSync(path.dirname(out));
    expect(await mtqg('consolidate', dir, '--out', out, '--year', '2024')).toBe(0);
    expect(io.stdout).toMatch(/a\.xlsx — Xã A: hợp lệ \/ ok/);
    expect(io.stdout).toMatch(/b\.xlsx — Xã B: hợp lệ \/ ok .*quy đổi từ nghìn đồng/);
    expect(existsSync(out)).toBe(true);
  });

  it('exits 1 on a unit of another year or a missing input, 2 on unusable arguments', async () => {
    writeFileSync(path.join(dir, 'a.xlsx'), await unitWorkbookBuffer(unitPlans({ name: 'Xã A', year: 2023 })));
    writeFileSync(path.join(dir, 'b.xlsx'), await unitWorkbookBuffer(unitPlans({ name: 'Xã B' })));
    const b = path.join(dir, 'b.xlsx');
    expect(
      await mtqg('consolidate', b, path.join(dir, 'a.xlsx'), '--out', path.join(dir, 'o.xlsx'), '--year', '2024'),
    ).toBe(1);
    expect(io.stdout).toMatch(/UNIT_YEAR_MISMATCH/);
    expect(await mtqg('consolidate', b, '--out', path.join(dir, 'o2.xlsx'), '--year', '2024')).toBe(0);
    // A missing input is listed as unreadable (an error), not a crash.
    expect(await mtqg('consolidate', b, path.join(dir, 'none.xlsx'), '--out', path.join(dir, 'o3.xlsx'))).toBe(1);
    expect(await mtqg('consolidate', dir, '--out', path.join(dir, 'p.xlsx'), '--unit', 'usd')).toBe(2);
    expect(io.stderr).toMatch(/--unit/);
    expect(await mtqg('consolidate', dir, '--out', path.join(dir, 'q.xlsx'), '--level', 'xa')).toBe(2);
    expect(await mtqg('consolidate', b, '--out', b, '--force')).toBe(2);
  });
});
