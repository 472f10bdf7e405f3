import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as v8 from 'v8';
import ExcelJS from 'exceljs';
import { buildTemplatePlans } from '../templates';
import { addPlanSheet } from '../host/xlsx/applyPlan';
import { fitsInMemory, isOutOfMemory } from './checkWorkbook';
import { run } from './main';
import { captureCliOutput } from './testing/captureOutput';
import { CORPUS } from '../../tests/fixtures/ownLayout/corpus';
import { corpusWorkbook } from '../../tests/fixtures/ownLayout/writeXlsx';

/** Above what the machine can hold: one plain sentence and exit 2, decided before reading. */
jest.mock('v8', () => {
  const actual = jest.requireActual<typeof import('v8')>('v8');
  return { ...actual, getHeapStatistics: jest.fn(() => actual.getHeapStatistics()) };
});
let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'mtqg-big-'));
});
afterAll(() => fs.rm(dir, { recursive: true, force: true }));
const io = captureCliOutput();

it('refuses a workbook whose sheets exceed the memory left, in one line, exit 2', async () => {
  const wb = new ExcelJS.Workbook();
  for (const plan of buildTemplatePlans({ year: 2024, level: 'huyen', unit: 'trieu' })) addPlanSheet(wb, plan);
  const file = path.join(dir, 'mau.xlsx');
  await wb.xlsx.writeFile(file);
  const stats = v8.getHeapStatistics as jest.MockedFunction<typeof v8.getHeapStatistics>;
  const real = jest.requireActual<typeof import('v8')>('v8').getHeapStatistics();
  // A process with 100 KB of heap left.
  stats.mockReturnValueOnce({ ...real, heap_size_limit: 1_100_000, used_heap_size: 1_000_000 });
  expect(await run(['node', 'mtqg', 'validate', file])).toBe(2);
  expect(io.stderr).toMatch(/^mtqg: Tệp quá lớn so với bộ nhớ máy này \(\d+ MB dữ liệu/);
  expect(io.stderr).toContain('split the plan into several files');
  expect(io.stderr.trim().split('\n')).toHaveLength(1);
  expect(await run(['node', 'mtqg', 'validate', file])).toBe(0);
});

it('her own table is asked again once read, before the layout reader (several times the snapshot): one line, exit 2', async () => {
  const file = path.join(dir, 'rieng.xlsx');
  await corpusWorkbook(CORPUS['dak-ang-nghin']()).xlsx.writeFile(file);
  const stats = v8.getHeapStatistics as jest.MockedFunction<typeof v8.getHeapStatistics>;
  const real = jest.requireActual<typeof import('v8')>('v8').getHeapStatistics();
  stats.mockClear();
  // Room to read it (the first question), none left for the layout reader (the second).
  stats.mockReturnValueOnce(real).mockReturnValueOnce({ ...real, heap_size_limit: real.used_heap_size + 1_000_000 });
  expect(await run(['node', 'mtqg', 'validate', file])).toBe(2);
  expect(io.stderr).toMatch(/^mtqg: Tệp quá lớn so với bộ nhớ máy này \(\d+ MB dữ liệu/);
  expect(io.stderr.trim().split('\n')).toHaveLength(1);
  expect(stats).toHaveBeenCalledTimes(2);
  // Near miss: the same table with the room there is.
  stats.mockClear();
  expect(await run(['node', 'mtqg', 'validate', file])).toBeLessThanOrEqual(1);
  expect(stats).toHaveBeenCalledTimes(2);
});

it('recognises allocation failures as out of memory, not as a damaged file', () => {
  expect(isOutOfMemory(new RangeError('Array buffer allocation failed'))).toBe(true);
  expect(isOutOfMemory(new RangeError('Invalid string length'))).toBe(true);
  expect(isOutOfMemory(new RangeError('Invalid count value'))).toBe(false);
  expect(isOutOfMemory(new Error('Array buffer allocation failed'))).toBe(false);
});

describe('fitsInMemory: what a workbook needs, from the heap measured on the bench workbooks', () => {
  const MB = 1024 * 1024;
  const heap = (limitMb: number, usedMb = 20) => ({ heap_size_limit: limitMb * MB, used_heap_size: usedMb * MB });
  const plenty = 16_000 * MB;

  it('a province plan of 200,000 lines (355 MB of XML) fits the ~2 GB heap of an 8 GB laptop', () => {
    // It runs in ~680 MB of heap (its appendix in ~790 MB); the old rule asked 12 × 355 MB.
    expect(fitsInMemory(355 * MB, heap(2_100), plenty, plenty)).toBe(true);
  });

  it('near miss: the same plan with a 1 GB heap, or 1 GB of free memory, is refused', () => {
    expect(fitsInMemory(355 * MB, heap(1_024), plenty, plenty)).toBe(false);
    expect(fitsInMemory(355 * MB, heap(4_000), 600 * MB, 1_400 * MB)).toBe(false);
  });

  it('counts half of the memory the OS holds as cache, and the heap already used', () => {
    expect(fitsInMemory(100 * MB, heap(4_000), 100 * MB, 800 * MB)).toBe(true);
    expect(fitsInMemory(100 * MB, heap(400, 30), plenty, plenty)).toBe(true);
    expect(fitsInMemory(100 * MB, heap(400, 40), plenty, plenty)).toBe(false);
  });
});
