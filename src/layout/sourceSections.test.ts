import { a1 } from '../model/a1';
import type { Finding } from '../model/finding';
import { gridBook, sectionedWithSourceSection, type GridCell } from '../../tests/fixtures/ownLayout/sections';
import { foldCapitalSections } from './capitalSections';
import { buildLayoutModel } from './layoutModel';
import { planImport } from './importPlan';
import { readLayout } from './readLayout';
import { validateAnyWorkbook } from './validateAny';

/**
 * A third section of another source under the capital sections ("C. VỐN LỒNG GHÉP", the projects again,
 * their lồng ghép in Tổng cộng): read as that source of each line. Before, "C. VỐN LỒNG GHÉP" was a
 * detail row of the project above and its projects SN money: a right plan gave four errors.
 */
const shown = (f: Finding) => `${f.code}@${f.cell}`;
const check = (rows: GridCell[][]) => validateAnyWorkbook(gridBook(rows)).filter((f) => f.severity !== 'info');
const edited = (rows: GridCell[][], cell: string, v: GridCell) => {
  const out = rows.map((r) => r.slice());
  out[Number(cell.slice(1)) - 1][cell.charCodeAt(0) - 65] = v;
  return out;
};
const plan = sectionedWithSourceSection();

describe('a section of another source (C. Vốn lồng ghép)', () => {
  it('is read as a section of that source, its projects as their lồng ghép', () => {
    const t = readLayout(gridBook(plan)).tables[0];
    expect(t.rows.filter((r) => r.kind === 'section').map((r) => `${r.row}:${r.capital ?? r.source}`)).toEqual([
      '5:DTPT',
      '8:SN',
      '11:LONG_GHEP',
    ]);
    expect(t.rows.filter((r) => r.source && r.kind === 'line').map((r) => `${r.row}:${r.lineCode}`)).toEqual([
      '12:DA1',
      '13:DA4',
    ]);
    expect(t.unmapped).toEqual([]);
    const folded = foldCapitalSections(gridBook(plan), readLayout(gridBook(plan)))!;
    const model = buildLayoutModel(folded.snapshot, folded.mapping).plan!;
    expect(model.amount('DA1', 'LONG_GHEP')).toMatchObject({ state: 'number', value: 60 });
    expect(model.amount('DA1', 'SN_NSTW')).toMatchObject({ state: 'number', value: 290 });
    expect(model.amount('TONG', 'LONG_GHEP')).toMatchObject({ state: 'number', value: 100 });
  });

  it('a right plan is clean', () => {
    expect(check(plan).map(shown)).toEqual([]);
  });

  for (let r = 3; r < plan.length; r++)
    for (let c = 2; c < 5; c++) {
      const v = plan[r][c];
      if (typeof v !== 'number') continue;
      const cell = a1(r, c);
      // A project's lồng ghép off against its section's heading: two figures, the heading said (its parts listed).
      const at = r >= 11 ? 'C11' : cell;
      it(`one slip, one finding: ${cell} + 7 → ${at}`, () => {
        expect(check(edited(plan, cell, v + 7)).map(shown)).toEqual([`SUM_MISMATCH@${at}`]);
      });
    }

  it('a project’s lồng ghép as text is said at her cell', () => {
    expect(check(edited(plan, 'C12', '60 tr')).map(shown)).toEqual(['NUMBER_WITH_UNIT@C12']);
  });

  it('a budget figure on a row of the lồng ghép section is in no total: said at its cell, not skipped', () => {
    expect(check(edited(plan, 'D12', 5)).map(shown)).toEqual(['NOT_IN_ANY_TOTAL@D12']);
    expect(check(edited(plan, 'D12', 0)).map(shown)).toEqual([]);
  });

  it('import carries each project’s lồng ghép', () => {
    const mapping = readLayout(gridBook(plan));
    const folded = foldCapitalSections(gridBook(plan), mapping)!;
    const imported = planImport(folded.snapshot, folded.mapping);
    const lg = imported.figures.filter((f) => f.key === 'LONG_GHEP').map((f) => `${f.code}=${f.value}`);
    expect(lg.sort()).toEqual(['DA1=60', 'DA4=40']);
  });
});
