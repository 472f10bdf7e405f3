import ExcelJS from 'exceljs';
import { buildSampleWorkbook } from '../../src/demo/sampleWorkbook';
import { checkFile } from '../../src/host/xlsx/outputs/checkFile';

/**
 * A figure typed one column over on the sample plan (formulas computed as the CLI reads them):
 * every other typed figure of Kế hoạch vốn moved to each blank source cell of its line (columns
 * F–G, I–N). Where Giao vốn tells the move, it is one finding, FIGURE_IN_WRONG_COLUMN at the
 * cell typed, and nothing it drags along (allocation, eligibility, counterpart, Giải ngân);
 * nowhere is another cell blamed for it.
 */
jest.setTimeout(300_000);

const SOURCE_COLUMNS = ['F', 'G', 'I', 'J', 'K', 'L', 'M', 'N'];

async function shown(wb: ExcelJS.Workbook): Promise<string[]> {
  const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
  return checkFile({ name: 'mau.xlsx', bytes }).findings.map((f) => `${f.code}@${f.sheet}!${f.cell}`);
}

it('a figure typed one column over on the sample plan is one finding, at its cell', async () => {
  const wb0 = await buildSampleWorkbook({ withSlips: false });
  const clean = await shown(wb0);
  const plan = wb0.getWorksheet('Kế hoạch vốn')!;
  const moves: Array<[string, string]> = [];
  let figure = 0;
  plan.eachRow((row, r) => {
    if (r <= 7) return;
    const cells = SOURCE_COLUMNS.map((c) => row.getCell(c));
    const blanks = cells.filter((c) => c.value === null || c.value === undefined);
    for (const c of cells)
      if (typeof c.value === 'number' && c.value > 0 && figure++ % 2 === 0)
        for (const b of blanks) moves.push([c.address, b.address]);
  });
  expect(moves.length).toBeGreaterThan(40);
  const wrong: string[] = [];
  let told = 0;
  for (const [from, to] of moves) {
    const wb = await buildSampleWorkbook({ withSlips: false });
    const ws = wb.getWorksheet('Kế hoạch vốn')!;
    ws.getCell(to).value = ws.getCell(from).value;
    ws.getCell(from).value = null;
    const got = await shown(wb);
    const extra = got.filter((g) => !clean.includes(g));
    const lost = clean.filter((c) => !got.includes(c));
    const at = `FIGURE_IN_WRONG_COLUMN@Kế hoạch vốn!${to}`;
    const moved = extra.filter((g) => g.startsWith('FIGURE_IN_WRONG_COLUMN@'));
    const what = `${from}→${to}: +${extra.join(', ')} -${lost.join(', ')}`;
    if (moved.some((g) => g !== at)) wrong.push(`blames another cell, ${what}`);
    else if (moved.length) {
      told++;
      if (extra.length !== 1 || lost.length) wrong.push(`more than one finding, ${what}`);
    }
  }
  expect(told).toBeGreaterThan(10);
  expect(wrong).toEqual([]);
});
