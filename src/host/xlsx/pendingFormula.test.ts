import fc from 'fast-check';
import { fitsPending, pendingAt, pendingCol, pendingRow, pendingSheet } from './pendingFormula';
import { readXlsxSnapshot } from './fastReader';
import { minimalPackage } from './testing/packageBuilder';

describe('a pending formula packed in one number', () => {
  it('gives back its sheet, row and column', () => {
    const cell = fc.tuple(fc.nat(16_383), fc.nat(2 ** 24 - 1), fc.nat(2 ** 15 - 1));
    fc.assert(
      fc.property(cell, ([sheet, row, col]) => {
        const p = pendingAt(sheet, row, col);
        expect(Number.isSafeInteger(p)).toBe(true);
        expect([pendingSheet(p), pendingRow(p), pendingCol(p)]).toEqual([sheet, row, col]);
      }),
    );
    expect(pendingAt(2, 1_048_575, 16_383)).not.toBe(pendingAt(2, 1_048_576, 0));
  });

  it('fits every cell of a real sheet and of 7 row digits and 3 column letters', () => {
    expect(fitsPending(9_999_998, 18_277)).toBe(true);
    expect(fitsPending(2 ** 24, 0)).toBe(false);
    expect(fitsPending(0, 2 ** 15)).toBe(false);
    expect(fitsPending(-1, 0)).toBe(false);
  });

  it('reads a formula past any sheet without a result as #VALUE!, and the others computed', () => {
    // "BAAAA1" is column 1,064,881: no sheet has it, no number can pack it.
    const xml =
      '<worksheet><sheetData><row r="1"><c r="A1"><v>2</v></c><c r="B1"><f>SUM(A1:A1)</f></c><c r="BAAAA1"><f>SUM(A1:A1)</f></c></row></sheetData></worksheet>';
    const row = readXlsxSnapshot(minimalPackage({ sheets: [{ name: 'A', xml }] })).snapshot.sheets[0].rows[0];
    expect(row[1]).toEqual({ v: 2, t: 'n', f: '=SUM(A1:A1)' });
    expect(row[row.length - 1]).toEqual({ v: '#VALUE!', t: 'e', f: '=SUM(A1:A1)' });
  });
});
