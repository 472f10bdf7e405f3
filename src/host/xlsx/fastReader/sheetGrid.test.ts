import { readXlsxSnapshot } from '.';
import { cellAt, rowCount } from '../../../model/snapshot';
import { minimalPackage } from '../testing/packageBuilder';

/** The reader keeps a sheet's cells in typed columns (model/cellGrid.ts); what that must not change. */

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const columns = Array.from({ length: 26 }, (_, i) => String.fromCharCode(65 + i));

describe('reading into typed columns', () => {
  it('does not believe a stated size the sheet cannot hold (formatted to row 1,048,576): no column made that long', () => {
    const cells = columns.map((c, i) => `<c r="${c}1"><v>${i}</v></c>`).join('');
    const xml = `<worksheet xmlns="${NS}"><dimension ref="A1:Z1048576"/><sheetData><row r="1">${cells}</row><row r="3"><c r="B3"><v>7</v></c></row></sheetData></worksheet>`;
    const data = minimalPackage({ sheets: [{ name: 'Trang', xml }] });
    const before = process.memoryUsage().arrayBuffers;
    const { snapshot } = readXlsxSnapshot(data);
    // 26 columns of 1,048,576 rows would be ~550 MB of typed arrays.
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(16 * 1024 * 1024);
    const sheet = snapshot.sheets[0];
    expect(rowCount(sheet)).toBe(3);
    expect(cellAt(sheet, 0, 25)).toEqual({ v: 25, t: 'n' });
    expect(cellAt(sheet, 2, 1)).toEqual({ v: 7, t: 'n' });
  });

  it('grows past a stated size that is too small, and reads rows out of order where their references say', () => {
    const rows = Array.from({ length: 300 }, (_, i) => `<row r="${i + 1}"><c r="C${i + 1}"><v>${i}</v></c></row>`);
    const xml = `<worksheet xmlns="${NS}"><dimension ref="A1:C2"/><sheetData>${rows.join('')}<row r="400"><c r="A2"><v>-1</v></c></row></sheetData></worksheet>`;
    const { snapshot } = readXlsxSnapshot(minimalPackage({ sheets: [{ name: 'Trang', xml }] }));
    const sheet = snapshot.sheets[0];
    expect(rowCount(sheet)).toBe(400);
    expect(cellAt(sheet, 299, 2)).toEqual({ v: 299, t: 'n' });
    // A2 written under row 400: it goes to A2, beside C2.
    expect(sheet.rows[1]).toEqual([
      { v: -1, t: 'n' },
      { v: null, t: 'z' },
      { v: 1, t: 'n' },
    ]);
  });

  it('computes the uncached sums in the columns, and a merge drops a covered formula from them', () => {
    const xml = `<worksheet xmlns="${NS}"><sheetData>
<row r="1"><c r="A1"><v>2</v></c><c r="B1"><v>3</v></c><c r="C1"><f>SUM(A1:B1)</f></c><c r="D1"><f>SUM(A1:C1)</f></c></row>
<row r="2"><c r="A2"><v>5</v></c><c r="B2"><f>SUM(A1:A2)</f></c></row>
</sheetData><mergeCells count="1"><mergeCell ref="A2:B2"/></mergeCells></worksheet>`;
    const sheet = readXlsxSnapshot(minimalPackage({ sheets: [{ name: 'Trang', xml }] })).snapshot.sheets[0];
    expect(sheet.grid).toBeDefined();
    expect(cellAt(sheet, 0, 2)).toEqual({ v: 5, t: 'n', f: '=SUM(A1:B1)' });
    expect(cellAt(sheet, 0, 3)).toEqual({ v: 10, t: 'n', f: '=SUM(A1:C1)' });
    expect(sheet.rows[1]).toEqual([{ v: 5, t: 'n' }]);
  });
});
