import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { buildSampleWorkbook } from '../../src/demo/sampleWorkbook';
import { run } from '../../src/cli/main';
import { captureCliOutput } from '../../src/cli/testing/captureOutput';
import { corpusWorkbook } from '../fixtures/ownLayout/writeXlsx';
import { camLuong, vinhLinh } from '../fixtures/ownLayout/corpus';

/**
 * One slip, one finding, for a cell that holds no figure of hers — text, a date, an absurd
 * number, #REF!, a total that refers to itself — typed into the consistent sample plan (every formula
 * computed as the CLI reads it) and into an officer's own table with typed totals: `mtqg validate`
 * reports that cell and nothing it drags along (plan over its allocation, counterpart, Giải ngân).
 */
jest.setTimeout(60_000);

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'mtqg-unknown-'));
});
afterAll(() => fs.rm(dir, { recursive: true, force: true }));
const io = captureCliOutput();

type Shown = string;
async function findingsOf(file: string): Promise<Shown[]> {
  io.stdout = '';
  await run(['node', 'mtqg', 'validate', file, '--format', 'json']);
  const report = JSON.parse(io.stdout) as { findings: Array<{ code: string; sheet: string; cell: string }> };
  return report.findings.map((f) => `${f.code}@${f.sheet}!${f.cell}`).sort();
}

/** The cell of a line's column on one of the sample's sheets (by the template's key row). */
function planCell(wb: ExcelJS.Workbook, code: string, key: string, sheet = 'Kế hoạch vốn'): ExcelJS.Cell {
  const ws = wb.getWorksheet(sheet)!;
  let keyRow = 0;
  let codeCol = 0;
  ws.eachRow((row, r) =>
    row.eachCell((c, col) => {
      if (c.value === 'MA') [keyRow, codeCol] = [r, col];
    }),
  );
  let keyCol = 0;
  ws.getRow(keyRow).eachCell((c, col) => {
    if (c.value === key) keyCol = col;
  });
  let at = 0;
  ws.eachRow((row, r) => {
    if (r > keyRow && row.getCell(codeCol).value === code) at = r;
  });
  return ws.getRow(at).getCell(keyCol);
}

const SLIPS: Array<[string, string, (c: ExcelJS.Cell) => void]> = [
  [
    'a date typed over 1.200 triệu',
    'DATE_IN_AMOUNT',
    (c) => {
      c.value = new Date(Date.UTC(2024, 4, 15));
      c.style = { ...c.style, numFmt: 'dd/mm/yyyy' };
    },
  ],
  ['text ("chưa có")', 'NOT_A_NUMBER', (c) => (c.value = 'chưa có')],
  ['an absurd figure (1e20)', 'VALUE_OUT_OF_RANGE', (c) => (c.value = 1e20)],
  ['a sign slip (−1.200)', 'NEGATIVE_AMOUNT', (c) => (c.value = -1200)],
  // A figure meant is known here (÷1,000): the Giải ngân rate is judged with it, not at 0,4 %.
  ['typed in nghìn (1.200.000)', 'UNIT_SUSPECT', (c) => (c.value = 1_200_000)],
  [
    '#REF! (the row it took was deleted)',
    'FORMULA_ERROR',
    (c) => (c.value = { formula: '#REF!', result: { error: '#REF!' } } as ExcelJS.CellFormulaValue),
  ],
];

describe('the sample plan (template, formulas computed)', () => {
  // Read in a test, not in beforeAll: the CLI's output is captured per test.
  let clean: Shown[] | undefined;
  async function cleanFindings(): Promise<Shown[]> {
    if (!clean) {
      const file = path.join(dir, 'clean.xlsx');
      await (await buildSampleWorkbook({ withSlips: false })).xlsx.writeFile(file);
      clean = await findingsOf(file);
    }
    return clean;
  }

  it.each(SLIPS)('%s in DA1.ND2 · SN NSTW → that one finding more', async (label, code, slip) => {
    const wb = await buildSampleWorkbook({ withSlips: false });
    const cell = planCell(wb, 'DA1.ND2', 'SN_NSTW');
    expect(cell.value).toBe(1200);
    slip(cell);
    const file = path.join(dir, `${code}.xlsx`);
    await wb.xlsx.writeFile(file);
    expect(await findingsOf(file)).toEqual([...(await cleanFindings()), `${code}@Kế hoạch vốn!${cell.address}`].sort());
  });
});

describe('the sample plan: a slip in a Giải ngân figure (GN SN of DA1.ND2, 1.180 triệu)', () => {
  it.each(SLIPS.filter(([, code]) => code !== 'UNIT_SUSPECT'))(
    '%s → that one finding more',
    async (label, code, slip) => {
      const wb = await buildSampleWorkbook({ withSlips: false });
      const cell = planCell(wb, 'DA1.ND2', 'GN_SN', 'Giải ngân');
      expect(cell.value).toBe(1180);
      slip(cell);
      const file = path.join(dir, `gn-${code}.xlsx`);
      await wb.xlsx.writeFile(file);
      const clean = path.join(dir, 'gn-clean.xlsx');
      await (await buildSampleWorkbook({ withSlips: false })).xlsx.writeFile(clean);
      expect(await findingsOf(file)).toEqual(
        [...(await findingsOf(clean)), `${code}@Giải ngân!${cell.address}`].sort(),
      );
    },
  );
});

describe("an officer's own table (typed totals, in đồng)", () => {
  async function ownWith(name: string, edit: (ws: ExcelJS.Worksheet) => void): Promise<string> {
    const wb = corpusWorkbook([camLuong()]);
    edit(wb.worksheets[0]);
    const file = path.join(dir, name);
    await wb.xlsx.writeFile(file);
    return file;
  }

  it('a date in a leaf: her typed line total and row sum over it are not findings of their own', async () => {
    const clean = await findingsOf(await ownWith('own-clean.xlsx', () => undefined));
    const file = await ownWith('own-date.xlsx', (ws) => {
      const c = ws.getCell('H14');
      expect(c.value).toBe(18_500_000);
      c.value = new Date(Date.UTC(2023, 4, 18));
      c.style = { ...c.style, numFmt: 'dd/mm/yyyy' };
    });
    expect(await findingsOf(file)).toEqual([...clean, 'DATE_IN_AMOUNT@KH 2023!H14'].sort());
  });

  it('text in her typed total row: the slip, and the real counterpart shortfall (summed from her lines) stays', async () => {
    const write = async (name: string, edit: (ws: ExcelJS.Worksheet) => void) => {
      const wb = corpusWorkbook([vinhLinh()]);
      edit(wb.worksheets[0]);
      const file = path.join(dir, name);
      await wb.xlsx.writeFile(file);
      return file;
    };
    const clean = await findingsOf(await write('vl-clean.xlsx', () => undefined));
    expect(clean).toEqual(['COUNTERPART_SHORTFALL@Ke hoach 2024!F8']);
    const file = await write('vl-text.xlsx', (ws) => {
      expect(ws.getCell('B8').value).toBe('TỔNG CỘNG');
      ws.getCell('F8').value = 'chưa có';
    });
    expect(await findingsOf(file)).toEqual([...clean, 'NOT_A_NUMBER@Ke hoach 2024!F8'].sort());
  });

  it('a total that adds itself: the circular reference, not also a sum mismatch at that cell', async () => {
    const file = await ownWith('own-loop.xlsx', (ws) => {
      ws.getCell('C23').value = { formula: 'SUM(C8:C23)', result: 0 };
    });
    const shown = await findingsOf(file);
    expect(shown.filter((s) => s.endsWith('!C23'))).toEqual(['CIRCULAR_REFERENCE@KH 2023!C23']);
  });
});
