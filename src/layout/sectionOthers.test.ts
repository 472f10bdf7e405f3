import {
  BY_CAPITAL_MERGES,
  DA1_NAME,
  gridBook,
  sectionedByCapitalPlan,
  sectionedWithIntegratedDetails,
  sectionedWithIntegratedPlan,
  type GridCell,
} from '../../tests/fixtures/ownLayout/sections';
import { a1 } from '../model/a1';
import type { Finding } from '../model/finding';
import { foldCapitalSections } from './capitalSections';
import { buildLayoutModel } from './layoutModel';
import { readLayout } from './readLayout';
import { sectionOthers } from './sectionOthers';
import { validateAnyWorkbook } from './validateAny';

const shown = (f: Finding) => `${f.code}@${f.cell}`;
const check = (rows: GridCell[][]) => validateAnyWorkbook(gridBook(rows)).filter((f) => f.severity !== 'info');
const edited = (rows: GridCell[][], cell: string, v: GridCell) => {
  const out = rows.map((r) => r.slice());
  const col = cell.charCodeAt(0) - 65;
  const row = Number(cell.slice(1)) - 1;
  out[row][col] = v;
  return out;
};
/** Every figure of her money columns (C to `last`) of a grid, by its A1 address. */
const figures = (rows: GridCell[][], last = 'F') =>
  rows.flatMap((r, i) =>
    r
      .map((v, c) => ({ v, c, cell: a1(i, c) }))
      .filter((x) => typeof x.v === 'number' && x.c >= 2 && x.c <= last.charCodeAt(0) - 65),
  );

describe('a sectioned table with a column of another source (Vốn lồng ghép)', () => {
  it('reads the sections, the lồng ghép column as the line’s, her Tổng as all of the row', () => {
    const mapping = readLayout(gridBook(sectionedWithIntegratedPlan()));
    const t = mapping.tables[0];
    expect(t.columns.find((c) => c.col === 'F')).toMatchObject({ role: 'amount', key: 'LONG_GHEP' });
    expect(t.columns.find((c) => c.col === 'C')).toMatchObject({ key: 'TONG', sumOf: ['D', 'E', 'F'] });
    expect(t.rows.filter((r) => r.kind === 'section').map((r) => r.capital)).toEqual(['DTPT', 'SN']);
    expect(t.rows.filter((r) => r.kind === 'line').map((r) => `${r.lineCode}·${r.capital}`)).toEqual([
      'DA1·DTPT',
      'DA4·DTPT',
      'DA1·SN',
      'DA3·SN',
    ]);
  });

  it('a line’s lồng ghép is its sections’ together', () => {
    const wb = gridBook(sectionedWithIntegratedPlan());
    const folded = foldCapitalSections(wb, readLayout(wb))!;
    const plan = buildLayoutModel(folded.snapshot, folded.mapping).plan!;
    expect(plan.amount('DA1', 'LONG_GHEP')).toMatchObject({ state: 'number', value: 60 });
    expect(plan.amount('DA4', 'LONG_GHEP')).toMatchObject({ state: 'number', value: 40 });
    expect(plan.amount('DA1', 'SN_NSTW')).toMatchObject({ state: 'number', value: 290 });
  });

  it('a right plan is clean, with her total row and without it', () => {
    expect(check(sectionedWithIntegratedPlan()).map(shown)).toEqual([]);
    expect(check(sectionedWithIntegratedPlan({ total: false })).map(shown)).toEqual([]);
  });

  for (const total of [true, false]) {
    const base = sectionedWithIntegratedPlan({ total });
    for (const { cell, v } of figures(base))
      it(`one slip, one finding at the cell: ${cell} + 7${total ? '' : ' (no total row)'}`, () => {
        expect(check(edited(base, cell, (v as number) + 7)).map(shown)).toEqual([`SUM_MISMATCH@${cell}`]);
      });
  }

  it('lồng ghép given per section only, none on the lines: a figure of its own, clean', () => {
    let rows = sectionedWithIntegratedPlan();
    for (const [cell, v] of [
      ['F6', null],
      ['F7', null],
      ['F9', null],
      ['C6', 500],
      ['C7', 1200],
      ['C9', 300],
    ] as const)
      rows = edited(rows, cell, v);
    expect(check(rows).map(shown)).toEqual([]);
  });

  it('a line’s lồng ghép off is said with the sums that show it', () => {
    const [f] = check(edited(sectionedWithIntegratedPlan(), 'F9', 47));
    expect(f).toMatchObject({ cell: 'F9', expected: 40, actual: 47, lineCode: 'DA1' });
    expect(f.message).toContain('C9');
    expect(f.message).toContain('F8');
    const [h] = check(edited(sectionedWithIntegratedPlan(), 'F5', 67));
    expect(h).toMatchObject({ cell: 'F5', expected: 60, actual: 67 });
    expect(h.message).toContain('F6+F7');
  });

  it('typed in nghìn, as text, or with its unit: one finding at her cell', () => {
    const plan = sectionedWithIntegratedPlan();
    expect(check(edited(plan, 'F6', 20_000)).map(shown)).toEqual(['UNIT_SUSPECT@F6']);
    expect(check(edited(plan, 'F9', '40 tr')).map(shown)).toEqual(['NUMBER_WITH_UNIT@F9']);
    expect(check(edited(plan, 'F9', '40')).map(shown)).toEqual(['NUMBER_AS_TEXT@F9']);
    expect(check(edited(plan, 'F6', '20 tr')).map(shown)).toEqual(['NUMBER_WITH_UNIT@F6']);
  });

  it('a heading whose lines and row disagree differently is held against its lines', () => {
    // F5 and C5 both raised by 7: her heading row adds up, its lines do not.
    const rows = edited(edited(sectionedWithIntegratedPlan(), 'F5', 67), 'C5', 1767);
    const found = check(rows).map(shown);
    expect(found).toContain('SUM_MISMATCH@F5');
    expect(found).not.toContain('SUM_MISMATCH@F4');
  });

  it('her Tổng cộng of the budgets alone, lồng ghép beside it: read so from her rows', () => {
    // Her lồng ghép outside Tổng cộng: the Tổng of each row is its budgets.
    const rows = sectionedWithIntegratedPlan().map((r, i) =>
      i >= 3 && typeof r[2] === 'number' && typeof r[5] === 'number' ? [r[0], r[1], r[2] - r[5], ...r.slice(3)] : r,
    );
    rows[2][2] = 'Tổng cộng';
    rows[3][2] = 3000;
    expect(rows[5][1]).toBe(DA1_NAME);
    const mapping = readLayout(gridBook(rows));
    expect(mapping.tables[0].columns.find((c) => c.col === 'C')?.sumOf).toEqual(['D', 'E']);
    expect(check(rows).map(shown)).toEqual([]);
  });

  describe('with rows under the lines, in one section or both', () => {
    const plan = sectionedWithIntegratedDetails();
    it('a right plan is clean: DA3’s lồng ghép of the ĐTPT section has no rows under it there', () => {
      expect(check(plan).map(shown)).toEqual([]);
    });
    for (const { cell, v } of figures(plan))
      for (const delta of [7, -5])
        it(`one slip, one finding at the cell: ${cell} ${delta > 0 ? '+' : ''}${delta}`, () => {
          expect(check(edited(plan, cell, (v as number) + delta)).map(shown)).toEqual([`SUM_MISMATCH@${cell}`]);
        });
    it('a line over its rows in one section, typed off together with her Tổng: said at the line, by section', () => {
      // DA3 in the SN section (F11, C11) raised by 7: her row adds up, the rows under it do not.
      const found = check(edited(edited(plan, 'F11', 117), 'C11', 1167));
      expect(found.map(shown)).toContain('SUM_MISMATCH@F11');
      const f = found.find((x) => x.cell === 'F11')!;
      expect(f.message).toContain('F12+F13');
      expect(f).toMatchObject({ expected: 110, actual: 117 });
    });
  });

  describe('with columns already by capital type ("Vốn ĐTPT › NSTW | NSĐP", "Vốn SN › …", "Vốn lồng ghép")', () => {
    // sectionedByCapitalPlan with lồng ghép in H, counted in her Tổng cộng: DA1 20 + 40, DA4 40.
    const LG = [null, null, 'Vốn lồng ghép', null, 100, 60, 20, 40, 40, 40, null];
    const plan = sectionedByCapitalPlan().map((r, i) => {
      const row = [...r, ...Array<GridCell>(Math.max(0, 7 - r.length)).fill(null)];
      if (i >= 4 && typeof row[2] === 'number') row[2] += (LG[i] as number | null) ?? 0;
      return [...row, LG[i] ?? null];
    });
    const withMerges = (rows: GridCell[][]) =>
      validateAnyWorkbook(gridBook(rows, [...BY_CAPITAL_MERGES, 'H3:H4'])).filter((f) => f.severity !== 'info');
    it('a right plan is clean', () => {
      expect(withMerges(plan).map(shown)).toEqual([]);
    });
    for (const { cell, v } of figures(plan, 'H'))
      it(`one slip, one finding at the cell: ${cell} + 7`, () => {
        expect(withMerges(edited(plan, cell, (v as number) + 7)).map(shown)).toEqual([`SUM_MISMATCH@${cell}`]);
      });
  });

  it('another table of the workbook, plain, with a lồng ghép column and no total row: left to the usual checks', () => {
    const wb = gridBook(sectionedWithIntegratedPlan());
    const mapping = readLayout(wb);
    const t = mapping.tables[0];
    const plain = {
      ...t,
      sheet: 'Giao 2024',
      rows: t.rows.filter((r) => r.kind === 'line').map((r) => ({ ...r, capital: undefined })),
    };
    const book = { sheets: [...wb.sheets, { ...wb.sheets[0], name: 'Giao 2024' }] };
    expect(() => sectionOthers(book, { ...mapping, tables: [t, plain] }, [])).not.toThrow();
  });
});
