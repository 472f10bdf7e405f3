import type { Finding } from '../model/finding';
import { gridBook, sectionedPlan, type GridCell } from '../../tests/fixtures/ownLayout/sections';
import { validateAnyWorkbook } from './validateAny';

/** A mistyped figure in her own table, where two of her typed sums agree on what it should hold. */
const shown = (f: Finding) => `${f.code}@${f.cell}`;
function typed(edits: Record<string, GridCell>): Finding[] {
  const rows = sectionedPlan();
  for (const [cell, v] of Object.entries(edits)) rows[Number(cell.slice(1)) - 1][cell.charCodeAt(0) - 65] = v;
  return validateAnyWorkbook(gridBook(rows));
}

describe('a mistyped figure is one finding at its cell, not one at each sum over it', () => {
  // Her typed figures of the lines (rows 6, 7, 9, 10): ĐTPT or SN, NSTW (D) and NSĐP (E).
  const cells: Array<[string, number]> = [
    ['D6', 480],
    ['E6', 20],
    ['D7', 1120],
    ['E7', 80],
    ['D9', 290],
    ['E9', 10],
    ['D10', 910],
    ['E10', 90],
  ];
  it.each(cells.flatMap(([cell, v]) => [[cell, v, v * 10] as const, [cell, v, v + 9] as const]))(
    '%s: %s typed as %s',
    (cell, meant, typo) => {
      const found = typed({ [cell]: typo });
      expect(found.map(shown)).toEqual([`SUM_MISMATCH@${cell}`]);
      expect(found[0]).toMatchObject({ expected: meant, actual: typo });
      expect(found[0].message).toMatch(/có thể ô này gõ nhầm/);
    },
  );

  it('near miss: a sum typed wrong is said at the sum (its row figures agree with the other sums)', () => {
    expect(typed({ C7: 1210 }).map(shown)).toEqual(['SUM_MISMATCH@C7']);
  });

  it('near miss: two sums missing the cell by different amounts blame no cell', () => {
    const found = typed({ D7: 1130, C7: 1205 }).map(shown);
    expect(found).not.toContain('SUM_MISMATCH@D7');
    expect(found).toEqual(expect.arrayContaining(['SUM_MISMATCH@C7', 'SUM_MISMATCH@D5']));
  });

  it('the counterpart shortfall the figure as typed makes goes with it', () => {
    // NSTW of DA4 typed ×100: as typed, local money is far under the minimum share of central money.
    const found = typed({ D7: 112_000 });
    expect(found.map(shown)).toEqual(['SUM_MISMATCH@D7']);
  });

  it('a figure cleared while her sums still count it: one finding at the blank cell, said as missing', () => {
    const found = typed({ D7: null });
    expect(found.map(shown)).toEqual(['SUM_MISMATCH@D7']);
    expect(found[0]).toMatchObject({ expected: 1120, actual: 0 });
    expect(found[0].message).toContain('cùng tính 1.120 triệu đồng cho ô này nhưng ô để trống');
    expect(found[0].messageEn).toContain('but it is blank: the figure may have been cleared or never typed');
  });

  it('a 0 typed over it: the same, said as mistyped', () => {
    const found = typed({ D7: 0 });
    expect(found.map(shown)).toEqual(['SUM_MISMATCH@D7']);
    expect(found[0].message).toMatch(/có thể ô này gõ nhầm/);
  });

  it('near miss: a blank cell whose row adds up (only the line above misses it) is not blamed', () => {
    const found = typed({ D7: null, C7: 80 }).map(shown);
    expect(found).not.toContain('SUM_MISMATCH@D7');
    expect(found).toEqual(expect.arrayContaining(['SUM_MISMATCH@D5']));
  });
});
