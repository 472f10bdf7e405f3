import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { run } from '../../src/cli/main';
import type { LayoutMapping } from '../../src/layout/mapping';
import type { Finding } from '../../src/model/finding';
import { langSon } from '../fixtures/ownLayout/corpus';
import { workbookOf, letter } from '../fixtures/ownLayout/grid';
import { corpusWorkbook } from '../fixtures/ownLayout/writeXlsx';
import { captureCliOutput } from '../../src/cli/testing/captureOutput';

/** Lạng Sơn's table with one column the reader cannot place: her total counts it. */
function withOdaColumn() {
  const t = langSon();
  t.columns.push({ path: ['Vốn ODA'], expect: 'ignored' });
  t.columns[0] = { ...t.columns[0], sumOf: [...t.columns[0].sumOf!, 9] };
  t.rows[2].values = { ...t.rows[2].values, 9: 100 };
  return t;
}

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'mtqg-map-'));
});
afterAll(async () => fs.rm(dir, { recursive: true, force: true }));
const io = captureCliOutput();
const mtqg = async (...args: string[]) => {
  io.stdout = '';
  return run(['node', 'mtqg', ...args]);
};

describe('what the reader cannot map is listed, and --map corrects it', () => {
  it('lists the unknown column with its cell and why, flags its money, and an edited mapping fixes the check', async () => {
    const t = withOdaColumn();
    const { placed } = workbookOf([t]);
    const oda = letter(placed[0].colOf(9));
    const file = path.join(dir, 'oda.xlsx');
    await corpusWorkbook([t]).xlsx.writeFile(file);

    expect(await mtqg('map', file)).toBe(0);
    expect(io.stdout).toContain(`${oda}5  "Vốn ODA" — Không nhận ra nguồn vốn của cột / funding source not recognised`);

    await mtqg('validate', file, '--format', 'json');
    const before = (JSON.parse(io.stdout) as { findings: Finding[] }).findings;
    expect(before.filter((f) => f.code === 'NOT_IN_ANY_TOTAL').map((f) => [f.severity, f.cell])).toEqual([
      ['warning', `${oda}${placed[0].totalRow! + 1}`],
    ]);
    // Her total counts ODA, the mapped sources do not: the TONG column of DA4 and of her total row disagree.
    expect(before.filter((f) => f.severity === 'error').map((f) => [f.code, f.lineCode, f.sourceKey])).toEqual([
      ['SUM_MISMATCH', 'TONG', 'TONG'],
      ['SUM_MISMATCH', 'DA4', 'TONG'],
    ]);

    await mtqg('map', file, '--format', 'json');
    const { mapping } = JSON.parse(io.stdout) as { mapping: LayoutMapping };
    const col = mapping.tables[0].columns.find((c) => c.col === oda)!;
    Object.assign(col, { role: 'amount', key: 'HUY_DONG' });
    const mapFile = path.join(dir, 'oda-map.json');
    await fs.writeFile(mapFile, JSON.stringify({ mapping }));

    expect(await mtqg('validate', file, '--map', mapFile, '--format', 'json')).toBe(0);
    const after = (JSON.parse(io.stdout) as { findings: Finding[] }).findings;
    expect(after.filter((f) => f.severity !== 'info' && f.code !== 'COUNTERPART_SHORTFALL')).toEqual([]);

    const out = path.join(dir, 'oda-mau.xlsx');
    expect(await mtqg('import', file, '--map', mapFile, '--out', out)).toBe(0);
    expect(io.stdout).toContain('imported 26 figures');
  });

  it('a broken mapping file is a one-line usage error (exit 2)', async () => {
    const file = path.join(dir, 'plain.xlsx');
    await corpusWorkbook([langSon()]).xlsx.writeFile(file);
    const bad = path.join(dir, 'bad.json');
    await fs.writeFile(bad, JSON.stringify({ tables: [{ sheet: 'x' }] }));
    expect(await mtqg('validate', file, '--map', bad)).toBe(2);
  });
});
