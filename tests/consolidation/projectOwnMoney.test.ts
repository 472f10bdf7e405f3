import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { Writable } from 'stream';
import ExcelJS from 'exceljs';
import { runConsolidate } from '../../src/cli/consolidateCommand';
import { catalog } from '../../src/domain/catalog';
import { readWorkbookSnapshot } from '../../src/host/xlsx/readSnapshot';
import { validateSnapshot } from '../../src/validation';
import { gridXlsx } from '../fixtures/ownLayout/writeXlsx';
import { projectWithOwnRow, sectionedWithIntegratedDetails } from '../fixtures/ownLayout/sections';

/**
 * A commune's plan where a project has money of its own beside its sub-projects: "- Chi phí quản lý
 * chung" 20 under "1. Dự án 3", above "a) Tiểu dự án 1" and "b) Tiểu dự án 2"; and a plan in capital
 * sections where DA3's lồng ghép is 20 in the ĐTPT section (no sub-projects there) and on its
 * sub-projects in the SN section; and the project given as a whole beside its own row "of which 20".
 * Before, the consolidation dropped those 20s without a word (units 1,150 and 3,440 for her 1,170 and
 * 3,460) and took the third unit's 20 for its 1,170, and the consolidated plan, carrying project figures in
 * the project's SUM, checked with a SUM_MISMATCH error at each of them.
 */
const name = (code: string) => catalog.byCode.get(code)!.name;
const ownRowPlan = [['UBND XÃ A'], ...projectWithOwnRow()];
/** The project given as a whole (1.170), its own row "of which" 20, its sub-projects listed empty. */
const wholePlan = () => {
  const rows = [['UBND XÃ C'], ...projectWithOwnRow()];
  for (const row of [rows[7], rows[8]]) row.splice(2, 3, null, null, null);
  return rows;
};
function sectioned() {
  const rows = sectionedWithIntegratedDetails();
  rows.unshift(['UBND XÃ B']);
  rows[12] = ['a', name('DA3.TDA1'), ...rows[12].slice(2)];
  rows[13] = ['b', name('DA3.TDA2'), ...rows[13].slice(2)];
  return rows;
}

let dir: string;
beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'mtqg-consol-ownmoney-'));
  await gridXlsx(ownRowPlan, { sheet: 'KH' }).xlsx.writeFile(path.join(dir, 'xa-a.xlsx'));
  await gridXlsx(sectioned(), { sheet: 'Biểu 01' }).xlsx.writeFile(path.join(dir, 'xa-b.xlsx'));
  await gridXlsx(wholePlan(), { sheet: 'KH' }).xlsx.writeFile(path.join(dir, 'xa-c.xlsx'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Report = { units: Array<{ file: string; status: string; totals: Record<string, number> }> };
async function consolidate(files: string[], out: string, level?: 'tinh'): Promise<Report> {
  let text = '';
  const stdout = new Writable({
    write(chunk, _enc, done) {
      text += String(chunk);
      done();
    },
  });
  const inputs = files.map((f) => path.join(dir, f));
  await runConsolidate(inputs, { out, format: 'json', year: '2025', name: 'Huyện A', level }, stdout);
  return JSON.parse(text) as Report;
}

it("each unit is summed whole, and the consolidated plan's lines add up", async () => {
  const out = path.join(dir, 'huyen.xlsx');
  const report = await consolidate(['xa-a.xlsx', 'xa-b.xlsx', 'xa-c.xlsx'], out);
  expect(report.units.map((u) => [u.file, u.totals.TONG])).toEqual([
    ['xa-a.xlsx', 1170],
    ['xa-b.xlsx', 3460],
    // Was 20: her own row's figure, not the project's.
    ['xa-c.xlsx', 1170],
  ]);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(out);
  const findings = validateSnapshot(readWorkbookSnapshot(wb));
  expect(findings.filter((f) => /SUM_MISMATCH|HARDCODED|ROUNDING|UNIT_SUSPECT/.test(f.code))).toEqual([]);
  const plan = readWorkbookSnapshot(wb).sheets.find((s) => s.name === 'Kế hoạch vốn')!;
  const keys = plan.rows.find((r) => r.some((c) => c.v === 'MA'))!;
  const total = plan.rows.find((r) => r[keys.findIndex((c) => c.v === 'MA')]?.v === 'TONG')!;
  expect(total[keys.findIndex((c) => c.v === 'TONG')].v).toBe(1170 + 3460 + 1170);
});

/**
 * The district's consolidation read by its province: the figures given at a project sit inside the
 * project's SUM there ("=SUM(K19,K20,20)"). The province summed the district as 4.590 for its 5.800,
 * and called it "ok".
 */
it('a consolidated district is summed whole by its province', async () => {
  await consolidate(['xa-a.xlsx', 'xa-b.xlsx', 'xa-c.xlsx'], path.join(dir, 'huyen-a.xlsx'));
  const out = path.join(dir, 'tinh.xlsx');
  const report = await consolidate(['huyen-a.xlsx'], out, 'tinh');
  expect(report.units.map((u) => [u.file, u.status, u.totals.TONG])).toEqual([['huyen-a.xlsx', 'ok', 5800]]);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(out);
  expect(validateSnapshot(readWorkbookSnapshot(wb)).filter((f) => f.severity === 'error')).toEqual([]);
});
