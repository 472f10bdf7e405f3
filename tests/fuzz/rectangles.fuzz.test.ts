import fc from 'fast-check';
import { cellsToRectangles, splitRows } from '../../src/host/excel/rectangles';
import { addressChunks, compressColumnRuns } from '../../src/host/excel/highlights';
import { parseA1 } from '../../src/model/a1';

fc.configureGlobal({ seed: 1719, numRuns: 200 });

const cellsArb = fc.array(fc.record({ row: fc.nat(40), col: fc.nat(12) }), { maxLength: 200 });
const key = (r: number, c: number) => `${r},${c}`;

describe('cellsToRectangles', () => {
  it('covers exactly the given cells, each once', () => {
    fc.assert(
      fc.property(cellsArb, (cells) => {
        const want = new Set(cells.map((c) => key(c.row, c.col)));
        const seen = new Map<string, number>();
        for (const r of cellsToRectangles(cells)) {
          for (let row = r.top; row <= r.bottom; row++)
            for (let col = r.left; col <= r.right; col++) seen.set(key(row, col), (seen.get(key(row, col)) ?? 0) + 1);
        }
        expect([...seen.keys()].sort()).toEqual([...want].sort());
        expect([...seen.values()].every((n) => n === 1)).toBe(true);
      }),
    );
  });

  it('a full block is one rectangle; split bands cover it', () => {
    const cells = Array.from({ length: 30 }, (_, i) => ({ row: 5 + Math.floor(i / 3), col: 2 + (i % 3) }));
    const rects = cellsToRectangles(cells);
    expect(rects).toEqual([{ top: 5, left: 2, bottom: 14, right: 4 }]);
    expect(splitRows(rects[0], 4).map((r) => [r.top, r.bottom])).toEqual([
      [5, 8],
      [9, 12],
      [13, 14],
    ]);
  });
});

describe('highlight address lists', () => {
  it('column runs and chunks keep every cell and stay short', () => {
    fc.assert(
      fc.property(cellsArb, fc.integer({ min: 20, max: 300 }), (cells, max) => {
        const addresses = [...new Set(cells.map((c) => `${String.fromCharCode(65 + c.col)}${c.row + 1}`))];
        const chunks = addressChunks(compressColumnRuns(addresses), max);
        const covered = new Set<string>();
        for (const chunk of chunks) {
          expect(chunk.length <= max || !chunk.includes(',')).toBe(true);
          for (const part of chunk.split(',')) {
            const [a, b = a] = part.split(':');
            const p = parseA1(a);
            const q = parseA1(b);
            for (let r = p.row; r <= q.row; r++) covered.add(`${String.fromCharCode(65 + p.col)}${r + 1}`);
          }
        }
        expect([...covered].sort()).toEqual([...addresses].sort());
      }),
    );
  });
});
