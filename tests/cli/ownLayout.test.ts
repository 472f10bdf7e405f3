import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { run } from '../../src/cli/main';
import { TYPED_SOURCE_KEYS } from '../../src/domain/sources';
import { catalog } from '../../src/domain/catalog';
import { DETAIL_CODE_PATTERN } from '../../src/domain/workbookLayout';
import { readWorkbookSnapshot } from '../../src/host/xlsx/readSnapshot';
import { buildLayoutModel } from '../../src/layout/layoutModel';
import { layoutMappingSchema } from '../../src/layout/mapping';
import type { Finding } from '../../src/model/finding';
import type { CellSnapshot, WorkbookSnapshot } from '../../src/model/snapshot';
import { buildWorkbookModel } from '../../src/validation/workbookModel';
import { CORPUS, allocationOf, camLuong, C, langSon, planOf } from '../fixtures/ownLayout/corpus';
import { workbookOf, type OwnTable } from '../fixtures/ownLayout/grid';
import { corpusWorkbook, snapshotToXlsx } from '../fixtures/ownLayout/writeXlsx';
import { actualColumns, actualRows, expectedColumns, expectedRows } from '../fixtures/ownLayout/expect';
import { captureCliOutput } from '../../src/cli/testing/captureOutput';

/**
 * The own-layout corpus as .xlsx files through the CLI: map, validate, import, validate the
 * import. Files are built in beforeAll from tests/fixtures/ownLayout (scripts/build-own-layouts.ts
 * writes the same files to look at).
 */
let dir: string;

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'mtqg-own-'));
  for (const [name, make] of Object.entries(CORPUS)) await corpusWorkbook(make()).xlsx.writeFile(file(name));
});
afterAll(async () => fs.rm(dir, { recursive: true, force: true }));
const io = captureCliOutput();

const file = (name: string) => path.join(dir, `${name}.xlsx`);
const mtqg = async (...args: string[]) => {
  io.stdout = '';
  return run(['node', 'mtqg', ...args]);
};
async function readSnapshot(f: string): Promise<WorkbookSnapshot> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(f);
  return readWorkbookSnapshot(wb);
}
async function errorsOf(f: string): Promise<Finding[]> {
  await mtqg('validate', f, '--format', 'json');
  return (JSON.parse(io.stdout) as { findings: Finding[] }).findings.filter((x) => x.severity === 'error');
}
/** The last digit of her unit: triệu đồng to 3 decimals, đồng and nghìn to whole numbers. */
const digits = (x: number) => Math.round(x * 1000);

describe.each(Object.keys(CORPUS))('corpus workbook %s through the CLI', (name) => {
  const tables = CORPUS[name]();
  const { placed } = workbookOf(tables);

  it('mtqg map --format json: columns and rows as laid out, read back from the .xlsx', async () => {
    expect(await mtqg('map', file(name), '--format', 'json')).toBe(0);
    const mapping = layoutMappingSchema.parse((JSON.parse(io.stdout) as { mapping: unknown }).mapping);
    for (const [i, t] of tables.entries()) {
      expect(actualColumns(mapping, t.sheet)).toEqual(expectedColumns(t, placed[i]));
      expect(actualRows(mapping, t.sheet)).toEqual(expectedRows(t, placed[i]));
    }
  });

  it('validate: 0 errors; import: her file untouched, the template holds her figures to the last digit and validates with 0 errors', async () => {
    expect(await errorsOf(file(name))).toEqual([]);
    const before = await fs.readFile(file(name));
    const out = path.join(dir, `${name}-mau.xlsx`);
    expect(await mtqg('import', file(name), '--out', out)).toBe(0);
    expect(await fs.readFile(file(name))).toEqual(before);
    expect(await errorsOf(out)).toEqual([]);

    const her = await readSnapshot(file(name));
    await mtqg('map', file(name), '--format', 'json');
    const herModel = buildLayoutModel(her, layoutMappingSchema.parse(JSON.parse(io.stdout).mapping));
    const mine = buildWorkbookModel(await readSnapshot(out));
    let compared = 0;
    for (const id of ['plan', 'allocation'] as const) {
      const h = herModel[id];
      if (!h) continue;
      for (const code of h.rowOf.keys()) {
        const detail = DETAIL_CODE_PATTERN.exec(code);
        if (detail && !catalog.byCode.get(detail[1])?.isLeaf) continue; // carried by their line
        for (const key of TYPED_SOURCE_KEYS) {
          const n = h.amount(code, key);
          if (h.colOf(key) < 0 || n.state !== 'number') continue;
          const m = mine[id]!.amount(code, key);
          expect([id, code, key, m.state === 'number' ? digits(m.value) : m.state]).toEqual([
            id,
            code,
            key,
            digits(n.value),
          ]);
          compared += 1;
        }
      }
    }
    expect(compared).toBeGreaterThan(3);
  });

  it('import refuses an existing --out without --force (exit 2) and overwrites with it', async () => {
    const out = path.join(dir, `${name}-exists.xlsx`);
    await fs.writeFile(out, 'keep me');
    expect(await mtqg('import', file(name), '--out', out)).toBe(2);
    expect(io.stderr).toMatch(/--force/);
    expect(await fs.readFile(out, 'utf8')).toBe('keep me');
    expect(await mtqg('import', file(name), '--out', out, '--force')).toBe(0);
  });
});

async function slipped(label: string, tables: OwnTable[], edit?: (s: WorkbookSnapshot) => void): Promise<string> {
  const { snapshot, placed } = workbookOf(tables);
  edit?.(snapshot);
  const f = path.join(dir, `slip-${label}.xlsx`);
  await snapshotToXlsx(
    snapshot,
    placed.map((p) => p.hiddenCols),
  ).xlsx.writeFile(f);
  return f;
}
const setCell = (s: WorkbookSnapshot, row: number, col: number, cell: CellSnapshot, sheet = 0) => {
  s.sheets[sheet].rows[row][col] = cell;
};

describe('round trip of slips: import, then validate, reports the same slips (line and source)', () => {
  const ls = workbookOf([langSon()]).placed[0];
  const cl = workbookOf([camLuong()]).placed[0];
  const ineligible = camLuong();
  ineligible.rows[11].values = { ...ineligible.rows[11].values, [C.DTPT_NSTW]: 5_000_000 };
  it.each([
    [
      'total-off',
      () =>
        slipped('total', [langSon()], (s) => setCell(s, ls.totalRow!, ls.colOf(C.DTPT_NSTW), { v: 548.193, t: 'n' })),
    ],
    ['over-allocation', () => slipped('over', [allocationOf(), planOf(7200)])],
    ['ineligible', () => slipped('ineligible', [ineligible])],
    [
      'unit',
      () => slipped('unit', [camLuong()], (s) => setCell(s, cl.totalRow!, cl.colOf(C.SN_NSTW), { v: 288_500, t: 'n' })),
    ],
  ])('%s', async (label, make) => {
    const f = await make();
    const key = (x: Finding) => `${x.lineCode}|${x.sourceKey}`;
    const typed = new Set<string>(TYPED_SOURCE_KEYS);
    const hers = (await errorsOf(f)).filter((x) => x.sourceKey && typed.has(x.sourceKey));
    expect(hers.length).toBeGreaterThan(0);
    const out = path.join(dir, `slip-${label}-mau.xlsx`);
    expect(await mtqg('import', f, '--out', out)).toBe(0);
    const mine = new Set((await errorsOf(out)).map(key));
    expect(hers.map(key).filter((k) => !mine.has(k))).toEqual([]);
  });
});

describe('mtqg validate on a workbook that is neither', () => {
  it('still exits 2 with one line when no plan table is found', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Sheet1').getCell('A1').value = 'Danh sách cán bộ';
    const f = path.join(dir, 'other.xlsx');
    await wb.xlsx.writeFile(f);
    expect(await mtqg('validate', f)).toBe(2);
    expect(io.stderr.trim().split('\n')).toHaveLength(1);
    expect(io.stderr).toMatch(/no plan table found/);
  });
});
