import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import type ExcelJSType from 'exceljs';
import { buildTemplatePlans } from '../templates';
import { run } from './main';

/**
 * Start-up stays cheap: `mtqg --help` and `mtqg validate` never load ExcelJS, and
 * HyperFormula only loads for a formula without a cached result that is not a template sum.
 * The package writer behind `validate --annotate` (and the appendices it brings) loads only with --annotate.
 */
jest.mock('exceljs', () => {
  throw new Error('ExcelJS must not be loaded here');
});
jest.mock('hyperformula', () => {
  throw new Error('HyperFormula must not be loaded here');
});
jest.mock('../host/xlsx/outputs/appendixCopy', () => {
  throw new Error('the appendix copy must not be loaded here');
});
jest.mock('../host/xlsx/outputs/annotate/annotatedCopy', () => {
  throw new Error('the annotated copy must not be loaded here');
});

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'mtqg-lazy-'));
});
afterAll(() => fs.rm(dir, { recursive: true, force: true }));
beforeEach(() => {
  jest.spyOn(process.stdout, 'write').mockImplementation(() => true);
  jest.spyOn(process.stderr, 'write').mockImplementation(() => true);
});
afterEach(() => jest.restoreAllMocks());

it('--help lists every command without loading the commands', async () => {
  let out = '';
  jest.spyOn(process.stdout, 'write').mockImplementation((s: string | Uint8Array) => {
    out += String(s);
    return true;
  });
  expect(await run(['node', 'mtqg', '--help'])).toBe(0);
  for (const name of ['template', 'validate', 'appendix', 'demo']) expect(out).toContain(name);
});

it('validate reads and checks a template without ExcelJS or HyperFormula', async () => {
  const { Workbook } = jest.requireActual<typeof ExcelJSType>('exceljs');
  const { addPlanSheet } = jest.requireActual<typeof import('../host/xlsx/applyPlan')>('../host/xlsx/applyPlan');
  const wb = new Workbook();
  for (const plan of buildTemplatePlans({ year: 2024, level: 'tinh', unit: 'trieu' })) addPlanSheet(wb, plan);
  const file = path.join(dir, 'mau.xlsx');
  await wb.xlsx.writeFile(file);
  expect(await run(['node', 'mtqg', 'validate', file])).toBe(0);
});
