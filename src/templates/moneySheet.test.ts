import { HyperFormula } from 'hyperformula';
import { catalog } from '../domain/catalog';
import { TYPED_SOURCE_KEYS } from '../domain/sources';
import { settingsSchema } from '../domain/settings';
import { buildPlanSheet } from './planSheet';
import { moneyCol } from './moneyColumns';
import { planCell, planToGrid, rowOfCode } from './planGrid';

const options = settingsSchema.parse({ level: 'huyen', year: 2024, unit: 'trieu' });
const plan = buildPlanSheet(options, [
  { leafCode: 'DA4.TDA1.ND1', name: 'Đường A' },
  { leafCode: 'DA4.TDA1.ND1', name: 'Cầu B' },
]);
const rowOf = (code: string) => rowOfCode(plan, moneyCol('MA'), code);
const SN = moneyCol('SN_NSTW');

/** The sheet in HyperFormula with one row inserted above `beforeCode`'s row, holding 999 in SN NSTW. */
function withRowInsertedBefore(beforeCode: string, typed: Record<string, number>) {
  const grid = planToGrid(plan);
  for (const [code, v] of Object.entries(typed)) grid[rowOf(code)][SN] = v;
  const hf = HyperFormula.buildFromArray(grid, { licenseKey: 'gpl-v3' });
  const at = rowOf(beforeCode);
  hf.addRows(0, [at, 1]);
  hf.setCellContents({ sheet: 0, row: at, col: SN }, 999);
  const shifted = (code: string) => (rowOf(code) >= at ? rowOf(code) + 1 : rowOf(code));
  const value = (code: string) => hf.getCellValue({ sheet: 0, row: shifted(code), col: SN });
  return { hf, value };
}

describe('money sheet sums: parents name their children, a leaf sums its block of detail rows', () => {
  it('writes every parent and TONG sum as a list of cells, never a range (even over adjacent children)', () => {
    const parents = ['TONG', ...catalog.nodes.filter((n) => !n.isLeaf).map((n) => n.code)];
    for (const code of parents) {
      for (const key of TYPED_SOURCE_KEYS) {
        const formula = planCell(plan, rowOf(code), moneyCol(key))!.formula!;
        expect({ code, key, formula }).toEqual({ code, key, formula: expect.not.stringContaining(':') });
      }
    }
  });

  it('a row inserted between two children of a parent does not enter its sum', () => {
    // DA10's three sub-projects sit on adjacent rows: a range there would swallow the inserted row.
    const { hf, value } = withRowInsertedBefore('DA10.TDA2', { 'DA10.TDA1': 10, 'DA10.TDA2': 20, 'DA10.TDA3': 30 });
    expect(value('DA10')).toBe(60);
    expect(value('TONG')).toBe(60);
    hf.destroy();
  });

  it('a row inserted inside a leaf’s block of detail rows does enter the leaf’s sum (a new work)', () => {
    const { hf, value } = withRowInsertedBefore('DA4.TDA1.ND1.02', { 'DA4.TDA1.ND1.01': 10, 'DA4.TDA1.ND1.02': 20 });
    expect(value('DA4.TDA1.ND1')).toBe(1029);
    hf.destroy();
  });
});
