import { parseA1 } from '../../model/a1';
import type { WorkbookSnapshot } from '../../model/snapshot';
import { SnapshotBuilder, moneyCell } from '../testing/snapshotBuilder';
import { runCheck, where } from '../testing/runCheck';
import { validateSnapshot } from '../index';
import { checkCircularReference, findLoops } from './circularReference';
import { readXlsxSnapshot } from '../../host/xlsx/fastReader';
import { minimalPackage } from '../../host/xlsx/testing/packageBuilder';

function setCell(s: WorkbookSnapshot, address: string, cell: WorkbookSnapshot['sheets'][0]['rows'][0][0]) {
  const { row, col } = parseA1(address);
  s.sheets.find((x) => x.name === 'Kế hoạch vốn')!.rows[row][col] = cell;
}

/** The plan's TONG total summing itself, as HyperFormula evaluates it: the loop and its dependents show #CYCLE!. */
function selfSummingTotal(): { s: WorkbookSnapshot; total: string; dependents: string[] } {
  const s = new SnapshotBuilder().plan('DA8', 'SN_NSTW', 10).build();
  const total = moneyCell(s, 'plan', 'TONG', 'SN_NSTW');
  const col = total.replace(/\d+/g, '');
  setCell(s, total, { v: '#CYCLE!', t: 'e', f: `=SUM(${total}:${col}40)` });
  const dependents = (['SN', 'TONG'] as const).map((k) => moneyCell(s, 'plan', 'TONG', k));
  for (const d of dependents) {
    const sheet = s.sheets.find((x) => x.name === 'Kế hoạch vốn')!;
    const { row, col: c } = parseA1(d);
    sheet.rows[row][c] = { ...sheet.rows[row][c], v: '#CYCLE!', t: 'e' };
  }
  return { s, total, dependents };
}

describe('CIRCULAR_REFERENCE', () => {
  it('one finding naming the loop, instead of one #CYCLE! error per cell', () => {
    const { s, total } = selfSummingTotal();
    const f = validateSnapshot(s);
    const loops = f.filter((x) => x.code === 'CIRCULAR_REFERENCE');
    expect(where(loops)).toEqual([`CIRCULAR_REFERENCE@Kế hoạch vốn!${total}`]);
    expect(loops[0].message).toContain(`công thức ô ${total} tham chiếu chính nó`);
    expect(loops[0].message).toContain('2 ô khác phụ thuộc');
    expect(f.filter((x) => x.code === 'FORMULA_ERROR')).toEqual([]);
  });

  it('finds a loop Excel saved with 0 cached (no error value), naming both cells', () => {
    const s = new SnapshotBuilder().plan('DA8', 'SN_NSTW', 10).build();
    const a = moneyCell(s, 'plan', 'DA7', 'SN_NSTW');
    const b = moneyCell(s, 'plan', 'DA6', 'SN_NSTW');
    setCell(s, a, { v: 0, t: 'n', f: `=${b}+1` });
    setCell(s, b, { v: 0, t: 'n', f: `=SUM(${a})` });
    const f = runCheck(checkCircularReference, s);
    expect(f).toHaveLength(1);
    expect(f[0].message).toContain(`${b}, ${a}`);
  });

  it('counts #CYCLE! cells on other sheets as dependents of the loop, still one finding', () => {
    const { s, total } = selfSummingTotal();
    const alloc = s.sheets.find((x) => x.name === 'Giao vốn')!;
    const { row, col } = parseA1(moneyCell(s, 'allocation', 'DA8', 'SN_NSTW'));
    alloc.rows[row][col] = { v: '#CYCLE!', t: 'e', f: `='Kế hoạch vốn'!${total}` };
    const f = runCheck(checkCircularReference, s);
    expect(where(f)).toEqual([`CIRCULAR_REFERENCE@Kế hoạch vốn!${total}`]);
    expect(f[0].message).toContain('3 ô khác phụ thuộc');
  });

  it('groups #CYCLE! cells of a loop through another sheet into one finding', () => {
    const s = new SnapshotBuilder().build();
    const cells = ['DA8', 'DA7', 'DA6'].map((c) => moneyCell(s, 'plan', c, 'SN_NSTW'));
    for (const c of cells) setCell(s, c, { v: '#CYCLE!', t: 'e', f: `='Giao vốn'!${c}` });
    const f = runCheck(checkCircularReference, s);
    expect(f.map((x) => x.code)).toEqual(['CIRCULAR_REFERENCE']);
    expect(f[0].message).toContain('3 ô báo #CYCLE!');
  });

  it('near miss: the template sums (each total over the cells under it) and a function name like LOG10 are no loop', () => {
    const s = new SnapshotBuilder().plan('DA8', 'SN_NSTW', 10).plan('DA1.ND2', 'DTPT_NSTW', 5).build();
    const a = moneyCell(s, 'plan', 'DA7', 'SN_NSTW');
    setCell(s, a, { v: 1, t: 'n', f: '=LOG10(10)' });
    expect(runCheck(checkCircularReference, s)).toEqual([]);
  });

  it('follows ranges written backwards or across a row, and lists loops from the top', () => {
    const s = new SnapshotBuilder().build();
    const at = (code: string, key: 'LONG_GHEP' | 'TIN_DUNG' = 'LONG_GHEP') => moneyCell(s, 'plan', code, key);
    // Each formula's range holds its own cell: bottom-to-top, right-to-left, left-to-right.
    setCell(s, at('DA6'), { v: 0, t: 'n', f: `=SUM(${at('DA8')}:${at('DA6')})` });
    setCell(s, at('DA7'), { v: 0, t: 'n', f: `=SUM(${at('DA7', 'TIN_DUNG')}:${at('DA7')})` });
    setCell(s, at('DA8'), { v: 0, t: 'n', f: `=SUM(${at('DA8')}:${at('DA8', 'TIN_DUNG')})` });
    const f = runCheck(checkCircularReference, s);
    expect(f.map((x) => x.cell)).toEqual([at('DA6'), at('DA7'), at('DA8')]);
    expect(f[1].message).toContain(`công thức ô ${at('DA7')} tham chiếu chính nó`);
  });

  it('near miss: a total under its parts (the rows right above it) is no loop', () => {
    const s = new SnapshotBuilder().build();
    const at = (code: string) => moneyCell(s, 'plan', code, 'LONG_GHEP');
    setCell(s, at('DA8'), { v: 0, t: 'n', f: `=SUM(${at('DA6')}:${at('DA7')})` });
    expect(runCheck(checkCircularReference, s)).toEqual([]);
  });

  it('names the cells of a loop along a row in column order', () => {
    const s = new SnapshotBuilder().build();
    const [left, right] = (['LONG_GHEP', 'TIN_DUNG'] as const).map((k) => moneyCell(s, 'plan', 'DA8', k));
    setCell(s, right, { v: 0, t: 'n', f: `=${left}` });
    setCell(s, left, { v: 0, t: 'n', f: `=${right}*2` });
    expect(runCheck(checkCircularReference, s).map((x) => [x.cell, x.messageEn])).toEqual([
      [
        left,
        `Circular reference: the formulas of ${left}, ${right} depend on each other and cannot be computed; make each total add only the cells under it.`,
      ],
    ]);
  });
});

describe('findLoops on formulas read as shapes (host/xlsx/fastReader/formulaShapes.ts)', () => {
  // Read through the .xlsx reader: its columns of like formulas are shapes, whose reference
  // back is judged once at the row the shape was read at.
  const sheetOf = (form: (n: number) => string) => {
    const rows = Array.from(
      { length: 6 },
      (_, r) =>
        `<row r="${r + 1}"><c r="B${r + 1}"><v>${r}</v></c><c r="D${r + 1}"><f>SUM(E${r + 1})</f><v>0</v></c>` +
        `<c r="E${r + 1}"><f>${form(r + 1)}</f><v>0</v></c></row>`,
    );
    const xml = `<worksheet><sheetData>${rows.join('')}</sheetData></worksheet>`;
    return readXlsxSnapshot(minimalPackage({ sheets: [{ name: 'Trang', xml }] })).snapshot.sheets[0];
  };

  it('finds the loop on every row when a column refers back to the one left of it', () => {
    const sheet = sheetOf((n) => `SUM(D${n})`);
    expect(sheet.grid?.formulaShape(5, 4)?.movable).toBe(true);
    expect(findLoops(sheet).map((loop) => loop.map((c) => `${c.row},${c.col}`).join(' '))).toEqual(
      Array.from({ length: 6 }, (_, r) => `${r},3 ${r},4`),
    );
  });

  it('finds none when the column refers only forward', () => {
    expect(findLoops(sheetOf((n) => `B${n + 1}*2`))).toEqual([]);
  });
});
