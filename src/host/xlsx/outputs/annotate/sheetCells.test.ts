import { restyleCells, SheetEditError, type CellRestyle } from './sheetCells';

/** Only the flagged cells' s= change; missing cells and rows are inserted in order. */
const SHEET =
  '<worksheet xmlns="main"><dimension ref="A1:C3"/><cols><col min="5" max="5" width="9" style="7"/></cols><sheetData>' +
  '<row r="1" spans="1:3"><c r="A1" s="2" t="s"><v>0</v></c><c r="C1"><f>A1</f><v>1</v></c></row>' +
  '<row r="3" s="4" customFormat="1"><c r="B3"><v>5</v></c></row>' +
  '</sheetData><pageMargins left="0.7"/></worksheet>';

const restyle = (cells: Array<[number, number]>): CellRestyle => {
  const map: CellRestyle = new Map();
  for (const [r, c] of cells) {
    const row = map.get(r) ?? new Map<number, (xf: number) => number>();
    row.set(c, (xf) => 100 + xf);
    map.set(r, row);
  }
  return map;
};

describe('restyleCells', () => {
  it('changes the s= of an existing cell only, keeping its value, type and formula', () => {
    const out = restyleCells(SHEET, restyle([[1, 1]]));
    expect(out).toBe(SHEET.replace('<c r="A1" s="2" t="s">', '<c r="A1" s="102" t="s">'));
  });

  it('inserts a missing cell between its neighbours, a missing row between rows, and one after the last', () => {
    const out = restyleCells(
      SHEET,
      restyle([
        [1, 2],
        [2, 5],
        [3, 1],
        [9, 2],
      ]),
    );
    expect(out).toContain('<c r="A1" s="2" t="s"><v>0</v></c><c r="B1" s="100"/><c r="C1"><f>A1</f><v>1</v></c>');
    // Row 2 is new: the column's style (7) is the cell's format.
    expect(out).toContain('</row><row r="2"><c r="E2" s="107"/></row><row r="3"');
    // Row 3 has its own format (s=4, customFormat): a new cell there starts from it.
    expect(out).toContain('<row r="3" s="4" customFormat="1"><c r="A3" s="104"/><c r="B3"><v>5</v></c></row>');
    expect(out).toContain('<row r="9"><c r="B9" s="100"/></row></sheetData><pageMargins');
    expect(out).toContain('<dimension ref="A1:E9"/>');
  });

  it('near miss: nothing flagged leaves the sheet text identical; an empty sheetData gets the rows', () => {
    expect(restyleCells(SHEET, new Map())).toBe(SHEET);
    const empty = '<worksheet><sheetData/></worksheet>';
    expect(restyleCells(empty, restyle([[2, 2]]))).toBe(
      '<worksheet><sheetData><row r="2"><c r="B2" s="100"/></row></sheetData></worksheet>',
    );
  });

  it('refuses a sheet whose cells it cannot find', () => {
    expect(() => restyleCells('<x:worksheet><x:sheetData></x:sheetData></x:worksheet>', restyle([[1, 1]]))).toThrow(
      SheetEditError,
    );
  });
});
