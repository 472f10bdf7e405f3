import { readCellNumber, type CellNumber } from './cellNumber';
import { CellNumberCache } from './cellNumberCache';

describe('CellNumberCache', () => {
  const reads: CellNumber[] = [
    readCellNumber({ v: null, t: 'z' }),
    readCellNumber({ v: 12.345, t: 'n' }),
    readCellNumber({ v: 30, t: 'n', f: '=SUM(A1:A2)' }),
    readCellNumber({ v: '1.234,5', t: 's' }),
    readCellNumber({ v: 45428, t: 'n', nf: 'dd/mm/yyyy' }),
    readCellNumber({ v: '12 tỷ', t: 's' }),
    readCellNumber({ v: '#REF!', t: 'e' }),
  ];

  it('gives back each read as it was stored (numbers rebuilt from flat arrays, with their flags)', () => {
    const cache = new CellNumberCache(reads.length);
    reads.forEach((n, slot) => {
      expect(cache.get(slot)).toBeUndefined();
      cache.set(slot, n);
    });
    reads.forEach((n, slot) => expect(cache.get(slot)).toStrictEqual(n));
    expect(reads.map((n) => n.state)).toEqual(['blank', 'number', 'number', 'number', 'number', 'text', 'error']);
  });

  it('keeps a half-unit no table holds (a format with 25 decimals) and -0 exactly as read', () => {
    const odd: CellNumber[] = [
      readCellNumber({ v: 1.5, t: 'n', nf: '0.' + '0'.repeat(25) }),
      readCellNumber({ v: -0, t: 'n' }),
      readCellNumber({ v: 0.25, t: 'n', nf: '0.00%' }),
    ];
    const cache = new CellNumberCache(odd.length);
    odd.forEach((n, slot) => cache.set(slot, n));
    odd.forEach((n, slot) => expect(cache.get(slot)).toStrictEqual(n));
    expect(odd[0]).toMatchObject({ halfUnit: 0.5 * 10 ** -25 });
  });

  it('keeps nothing for a slot outside its size (near miss: the read is not cached, not misplaced)', () => {
    const cache = new CellNumberCache(2);
    cache.set(2, reads[1]);
    cache.set(-1, reads[1]);
    expect([cache.get(0), cache.get(1), cache.get(2)]).toEqual([undefined, undefined, undefined]);
  });
});
