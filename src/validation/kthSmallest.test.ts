import fc from 'fast-check';
import { kthSmallest } from './kthSmallest';

describe('kthSmallest', () => {
  it('gives what a sort puts at position k, for any list and k (duplicates included)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.integer({ min: -5, max: 5 }),
            // -0 and 0 compare equal: either may stand at k, so only +0 is drawn.
            fc.double({ noNaN: true, noDefaultInfinity: true }).map((x) => x || 0),
          ),
          {
            minLength: 1,
            maxLength: 200,
          },
        ),
        fc.nat(),
        (list, seed) => {
          const k = seed % list.length;
          const sorted = Float64Array.from(list).sort();
          expect(kthSmallest(Float64Array.from(list), k)).toBe(sorted[k]);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('finds the median of a long column with many equal values', () => {
    const values = Float64Array.from({ length: 10_001 }, (_, i) => (i * 7919) % 13);
    expect(kthSmallest(values.slice(), 5000)).toBe(Float64Array.from(values).sort()[5000]);
    expect(kthSmallest(values.slice(), 0)).toBe(0);
    expect(kthSmallest(values.slice(), 10_000)).toBe(12);
  });
});
