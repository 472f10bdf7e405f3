import fc from 'fast-check';
import { catalog } from '../domain/catalog';
import { DETAIL_CODE_PATTERN } from '../domain/workbookLayout';
import { detailLeafOf } from './lineRows';

/** What detailLeafOf stands for: the pattern's leaf group, when the catalog has it as a leaf. */
function byPattern(code: string): string | null {
  const m = DETAIL_CODE_PATTERN.exec(code);
  return m && catalog.byCode.get(m[1])?.isLeaf ? m[1] : null;
}

describe('detailLeafOf: a detail row’s leaf, as DETAIL_CODE_PATTERN and the catalog say', () => {
  const leaves = catalog.nodes.filter((n) => n.isLeaf).map((n) => n.code);
  const parents = catalog.nodes.filter((n) => !n.isLeaf).map((n) => n.code);

  it('reads the leaf of a detail code and nothing else', () => {
    expect(detailLeafOf(`${leaves[0]}.01`)).toBe(leaves[0]);
    expect(detailLeafOf(`${leaves[0]}.1234`)).toBe(leaves[0]);
    // Near misses: five digits, a letter, no suffix, a parent line, the leaf itself.
    for (const code of [`${leaves[0]}.12345`, `${leaves[0]}.1a`, `${leaves[0]}.`, `${parents[0]}.01`, leaves[0]])
      expect(detailLeafOf(code)).toBeNull();
  });

  it('agrees with the pattern on codes built from catalog lines and on any text', () => {
    const suffix = fc.oneof(fc.stringMatching(/^\d{0,6}$/), fc.string({ maxLength: 4 }));
    const line = fc.constantFrom(...leaves, ...parents, 'TONG', 'DA', 'DA99', '');
    const code = fc.oneof(
      fc.tuple(line, fc.constantFrom('.', '', '..', ' .'), suffix).map(([a, b, c]) => a + b + c),
      fc.string({ maxLength: 20 }),
    );
    fc.assert(
      fc.property(code, (c) => detailLeafOf(c) === byPattern(c)),
      { numRuns: 3000 },
    );
  });
});
