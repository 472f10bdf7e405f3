import { freeSuffix, renamePlans } from './renamePlans';
import { emptyPlan } from './testing/fakes';

describe('renamePlans', () => {
  it('picks the first suffix free for every plan', () => {
    expect(freeSuffix(['Giao vốn', 'Chỉ tiêu'], ['Giao vốn'])).toBe(' (2)');
    expect(freeSuffix(['Giao vốn', 'Chỉ tiêu'], ['Giao vốn', 'Chỉ tiêu (2)'])).toBe(' (3)');
  });
  it('renames sheets, keeps names within 31 characters and rewrites cross-sheet formulas', () => {
    const a = { ...emptyPlan('allocation', 'Giao vốn'), cells: [{ row: 0, col: 0, value: 1 }] };
    const b = {
      ...emptyPlan('plan', 'Kế hoạch vốn rất dài để thử giới hạn'.slice(0, 31)),
      cells: [{ row: 1, col: 3, formula: "'Giao vốn'!D5-SUM(D6:D7)" }],
    };
    const [ra, rb] = renamePlans([a, b], ' (2)');
    expect(ra.name).toBe('Giao vốn (2)');
    expect(rb.name.length).toBeLessThanOrEqual(31);
    expect(rb.name.endsWith(' (2)')).toBe(true);
    expect(rb.cells[0].formula).toBe("'Giao vốn (2)'!D5-SUM(D6:D7)");
    expect(ra.cells).toEqual(a.cells);
  });
  it('rewrites unquoted references to simple names', () => {
    const a = emptyPlan('x', 'Data');
    const b = { ...emptyPlan('y', 'Sum'), cells: [{ row: 0, col: 0, formula: 'Data!A1+MyData!A1' }] };
    expect(renamePlans([a, b], ' (2)')[1].cells[0].formula).toBe("'Data (2)'!A1+MyData!A1");
  });
});
