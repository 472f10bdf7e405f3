import fc from 'fast-check';
import { formulaAt, newFormulaShape, shapeMemo } from './formulaShape';

describe('formula shapes', () => {
  it('gives back the text it was read from, and the same form at any other row', () => {
    // =SUM(E9,H9,K9:N10) read at row 9 (index 8).
    const shape = newFormulaShape(['=SUM(E', ',H', ',K', ':N', ')'], [9, 9, 9, 10], 8)!;
    expect(shape.text).toBe('=SUM(E9,H9,K9:N10)');
    expect(shape.offsets).toEqual([0, 0, 0, 1]);
    expect(formulaAt(shape, 8)).toBe(shape.text);
    expect(formulaAt(shape, 0)).toBe('=SUM(E1,H1,K1:N2)');
    expect(formulaAt(shape, 199_999)).toBe('=SUM(E200000,H200000,K200000:N200001)');
    expect(formulaAt(shape, 98)).toBe('=SUM(E99,H99,K99:N100)');
  });

  it('refuses pieces that do not fit between the numbers', () => {
    expect(newFormulaShape(['=A', '+B'], [1, 2], 0)).toBeNull();
    expect(newFormulaShape(['=1'], [], 3)?.text).toBe('=1');
  });

  it.each([
    [['=SUM(E', ',H', ')'], true],
    [['=IF(SUM(D', ')=0,"",SUM(E', ')/SUM(D', '))'], true],
    [["=SUMIF('Kế hoạch 2024'!$B:$B,$B", ",'Kế hoạch 2024'!$E:$E)"], true],
    [['=IF(B', '="DA1",1,0)'], true],
    [['=E', '*1000+0.5'], true],
    // An absolute row, a name with digits, an unquoted sheet with digits, whole rows: rows that do not move.
    [['=SUM($B$9:B', ')'], false],
    [['=LOG10(E', ')'], false],
    [['=Sheet1!B', '+1'], false],
    [['=SUM(5:5)+E', ''], false],
    [['=SUM($5:$5)+E', ''], false],
    [['=IF(A', '="x,1)'], false],
  ])('%j movable: %s', (parts, movable) => {
    const shape = newFormulaShape(parts, new Array(parts.length - 1).fill(7), 6)!;
    expect(shape.movable).toBe(movable);
  });

  it('keeps what a reader found in its text, once a shape and reader', () => {
    const shape = newFormulaShape(['=SUM(A', ')'], [3], 2)!;
    const read = jest.fn((text: string) => text.length);
    expect(shapeMemo(shape, 'length', read)).toBe(8);
    expect(shapeMemo(shape, 'length', read)).toBe(8);
    expect(read).toHaveBeenCalledTimes(1);
    // null is kept too: a shape no reader understands is not read again.
    const none = jest.fn(() => null);
    expect(shapeMemo(shape, 'none', none)).toBeNull();
    expect(shapeMemo(shape, 'none', none)).toBeNull();
    expect(none).toHaveBeenCalledTimes(1);
  });

  it('puts each number back at its row, for any pieces and rows (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.string({ maxLength: 6 }), fc.integer({ min: -50, max: 50 })), { maxLength: 5 }),
        fc.string({ maxLength: 6 }),
        fc.integer({ min: 60, max: 1_000_000 }),
        fc.integer({ min: 60, max: 1_000_000 }),
        (pieces, last, anchor, row) => {
          const parts = [...pieces.map(([p]) => p), last];
          const shape = newFormulaShape(
            parts,
            pieces.map(([, off]) => anchor + 1 + off),
            anchor,
          )!;
          let expected = '';
          pieces.forEach(([p, off]) => (expected += p + String(row + 1 + off)));
          expect(formulaAt(shape, row)).toBe(expected + last);
        },
      ),
    );
  });
});
