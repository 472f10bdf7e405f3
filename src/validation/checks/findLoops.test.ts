import type { CellSnapshot, SheetSnapshot } from '../../model/snapshot';
import { parseA1, a1 } from '../../model/a1';
import { SnapshotBuilder } from '../testing/snapshotBuilder';
import { runCheck } from '../testing/runCheck';
import { checkCircularReference, findLoops } from './circularReference';

/** A sheet from "A1" → formula (without '='); other cells blank. */
function sheetOf(formulas: Record<string, string>): SheetSnapshot {
  const rows: CellSnapshot[][] = [];
  for (const [address, f] of Object.entries(formulas)) {
    const { row, col } = parseA1(address);
    (rows[row] ??= [])[col] = { v: 0, t: 'n', f: `=${f}` };
  }
  for (let r = 0; r < rows.length; r++) rows[r] ??= [];
  return { name: 'S', rows };
}
const loops = (formulas: Record<string, string>) =>
  findLoops(sheetOf(formulas)).map((loop) => loop.map((c) => a1(c.row, c.col)));

describe('findLoops', () => {
  it('two loops, the second referring into the first: both found, each on its own', () => {
    expect(loops({ A1: 'B1', B1: 'A1', A2: 'A1+B2', B2: 'A2' })).toEqual([
      ['A1', 'B1'],
      ['A2', 'B2'],
    ]);
    // The same, the referring loop first in sheet order.
    expect(loops({ A1: 'A3+B1', B1: 'A1', A3: 'B3', B3: 'A3' })).toEqual([
      ['A1', 'B1'],
      ['A3', 'B3'],
    ]);
  });

  it('a chain into a loop is not part of it; a cell referring to itself is a loop of one; loops listed from the top', () => {
    expect(loops({ A1: 'A2', A2: 'A3', A3: 'A2', C1: 'C1+1', D1: 'C1' })).toEqual([['C1'], ['A2', 'A3']]);
  });

  it('three cells in a ring, entered from the middle, are one loop', () => {
    expect(loops({ B1: 'C2', C2: 'A3', A3: 'B1', D9: 'B1' })).toEqual([['B1', 'C2', 'A3']]);
  });

  it('no loop: forward sums, text in quotes, other sheets, names and function calls', () => {
    expect(loops({ A1: 'SUM(A2:A3)', A2: 'A3' })).toEqual([]);
    expect(loops({ A2: 'IF(A3="A2",1,0)', A3: '"A2"&"x"' })).toEqual([]);
    expect(loops({ A2: "'Giao vốn'!A2+1", A3: 'Sheet2!A3:B4' })).toEqual([]);
    expect(loops({ B2: 'LOG10(2)+A_1+SHEET1.B2', B3: 'ATAN2(1,1)' })).toEqual([]);
    // "B123456789": no cell of that row exists; its first digits are not B1234567.
    expect(loops({ B3: 'B123456789' })).toEqual([]);
  });

  it('reads lower-case and absolute references, and ranges written backwards or across columns', () => {
    expect(loops({ A1: 'sum($a$2)', A2: 'a1' })).toEqual([['A1', 'A2']]);
    expect(loops({ A5: 'SUM(A9:A1)', A2: 'A5' })).toEqual([['A2', 'A5']]);
    expect(loops({ C1: 'SUM(E1:A1)', B1: 'C1' })).toEqual([['B1', 'C1']]);
  });

  it('a reference on the same row but left of the cell points back; right of it, forward', () => {
    expect(loops({ B2: 'A2', A2: 'B2' })).toEqual([['A2', 'B2']]);
    expect(loops({ B2: 'C2', C2: 'D2' })).toEqual([]);
  });

  it('a huge range is matched against the formula cells instead of walked', () => {
    expect(loops({ A1: 'SUM(B2:Z1000)', Y900: 'A1', C3: '5' })).toEqual([['A1', 'Y900']]);
    expect(loops({ A1: 'SUM(B2:Z1000)', AA900: 'A1' })).toEqual([]);
    expect(loops({ A1: 'SUM(B2:Z1000)', Y1001: 'A1' })).toEqual([]);
  });

  it('a range of exactly the walk size is walked and still finds its cells', () => {
    // 64 × 64 = 4096 cells.
    expect(loops({ A1: 'SUM(B2:BM65)', BM65: 'A1' })).toEqual([['A1', 'BM65']]);
    expect(loops({ A1: 'SUM(B2:BM66)', BM66: 'A1' })).toEqual([['A1', 'BM66']]);
  });
});

describe('CIRCULAR_REFERENCE texts', () => {
  const planWith = (cells: Record<string, CellSnapshot>) => {
    const s = new SnapshotBuilder().build();
    const plan = s.sheets.find((x) => x.name === 'Kế hoạch vốn')!;
    for (const [address, cell] of Object.entries(cells)) {
      const { row, col } = parseA1(address);
      (plan.rows[row] ??= [])[col] = cell;
    }
    return s;
  };
  const f = (formula: string): CellSnapshot => ({ v: 0, t: 'n', f: `=${formula}` });

  it('a ring of seven cells: the first six named, then the count', () => {
    const ring = ['P50', 'P51', 'P52', 'P53', 'P54', 'P55', 'P56'];
    const cells = Object.fromEntries(ring.map((a, i) => [a, f(ring[(i + 1) % ring.length])]));
    const found = runCheck(checkCircularReference, planWith(cells));
    expect(found.map((x) => [x.cell, x.message, x.messageEn])).toEqual([
      [
        'P50',
        'Tham chiếu vòng: công thức các ô P50, P51, P52, P53, P54, P55, … (7 ô/cells) phụ thuộc lẫn nhau, Excel không tính được; sửa để mỗi ô tổng chỉ cộng các ô bên dưới nó.',
        'Circular reference: the formulas of P50, P51, P52, P53, P54, P55, … (7 ô/cells) depend on each other and cannot be computed; make each total add only the cells under it.',
      ],
    ]);
  });

  it('six cells are all named', () => {
    const ring = ['P50', 'P51', 'P52', 'P53', 'P54', 'P55'];
    const cells = Object.fromEntries(ring.map((a, i) => [a, f(ring[(i + 1) % ring.length])]));
    expect(runCheck(checkCircularReference, planWith(cells))[0].message).toContain(
      'công thức các ô P50, P51, P52, P53, P54, P55 phụ thuộc lẫn nhau',
    );
  });

  it('#CYCLE! cells with no loop on the sheets read: one finding through another sheet, at the first', () => {
    const cycle = (formula: string): CellSnapshot => ({ v: '#CYCLE!', t: 'e', f: `=${formula}` });
    const found = runCheck(checkCircularReference, planWith({ P60: cycle("'Giao vốn'!A1"), Q61: cycle('P60') }));
    expect(found.map((x) => [x.cell, x.message, x.messageEn])).toEqual([
      [
        'P60',
        'Tham chiếu vòng (qua trang khác): 2 ô báo #CYCLE! (P60, Q61); kiểm tra các công thức tham chiếu sang trang khác.',
        'Circular reference (through another sheet): 2 cells show #CYCLE! (P60, Q61); check the formulas referring to other sheets.',
      ],
    ]);
  });

  it('a loop of one with a dependent marked #CYCLE!: both counted in the one finding', () => {
    const found = runCheck(
      checkCircularReference,
      planWith({ P60: { v: '#CYCLE!', t: 'e', f: '=P60+1' }, P61: { v: '#CYCLE!', t: 'e', f: '=P60' } }),
    );
    expect(found.map((x) => x.messageEn)).toEqual([
      'Circular reference: the formula of P60 refers to itself and cannot be computed; make each total add only the cells under it; 1 more cells depending on it show #CYCLE!.',
    ]);
    expect(found[0].message).toBe(
      'Tham chiếu vòng: công thức ô P60 tham chiếu chính nó, Excel không tính được; sửa để mỗi ô tổng chỉ cộng các ô bên dưới nó; 1 ô khác phụ thuộc vòng này cũng báo #CYCLE!.',
    );
  });
});
