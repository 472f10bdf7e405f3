import { a1 } from '../model/a1';
import type { WorkbookSnapshot } from '../model/snapshot';
import { camLuong, C, dakAng, langSon, ngocHoi, vinhLinh } from '../../tests/fixtures/ownLayout/corpus';
import { workbookOf, type OwnTable } from '../../tests/fixtures/ownLayout/grid';
import { readLayout } from './readLayout';
import { catalog } from '../domain/catalog';
import { gridBook, type GridCell } from '../../tests/fixtures/ownLayout/sections';
import { validateLayout } from './validateLayout';

const id = (f: { code: string; cell: string }) => `${f.code}@${f.cell}`;
const findingsOf = (s: WorkbookSnapshot) => validateLayout(s, readLayout(s));

/**
 * Types one cell ×factor (her sum columns and the line above keep the right figures, as
 * typed) and returns what the check reports beyond what it reports on the sheet as made.
 */
function slip(table: () => OwnTable, rowIndex: number, colIndex: number, times = 1000) {
  const { snapshot, placed } = workbookOf([table()]);
  const before = new Set(findingsOf(snapshot).map(id));
  const p = placed[0];
  const row = p.rowOf.get(rowIndex)!;
  const col = p.colOf(colIndex);
  const cell = snapshot.sheets[0].rows[row][col];
  cell.v = (cell.v as number) * times;
  // Info notes left out: with the local budget ×1,000 the counterpart is met overall and the
  // per-capital-type note (info) shows instead of the shortfall.
  const added = findingsOf(snapshot).filter((f) => !before.has(id(f)) && f.severity !== 'info');
  return { added, cell: a1(row, col) };
}

describe('one ×1,000 slip in her table, one finding at the cell she typed', () => {
  it('Cẩm Lương: SN NSTW of Tiểu dự án 2 typed in nghìn (her Tổng SN and Dự án 3 typed right)', () => {
    const { added, cell } = slip(camLuong, 4, C.SN_NSTW);
    expect(added.map(id)).toEqual([`UNIT_SUSPECT@${cell}`]);
    expect(added[0]).toMatchObject({ lineCode: 'DA3.TDA2', sourceKey: 'SN_NSTW', severity: 'error' });
  });

  it('Ngọc Hồi: a cell her own "NSTW › Tổng" column sums (no source key) is the one finding', () => {
    const { added, cell } = slip(ngocHoi, 4, 3);
    expect(added.map(id)).toEqual([`UNIT_SUSPECT@${cell}`]);
  });

  it('Vĩnh Linh: too few figures in the column for the outlier rule; her two sum columns agree on the slip', () => {
    const { added, cell } = slip(vinhLinh, 2, 3);
    expect(added.map(id)).toEqual([`UNIT_SUSPECT@${cell}`]);
    expect(added[0]).toMatchObject({ lineCode: 'DA4.TDA1', sourceKey: 'DTPT_NSDP', actual: 385_000, expected: 385 });
  });

  it('a work row under Dự án 4 typed in đồng: its line and the sums above are echoes', () => {
    const { added, cell } = slip(ngocHoi, 2, 2);
    expect(added.map(id)).toEqual([`UNIT_SUSPECT@${cell}`]);
  });

  it('Đak Ang: one sum column on the row, and the line above in its column, agree on the slip', () => {
    // DA8 (a project: her total row is above it), DA10.TDA1 (Dự án 10 above it), DA3.TDA2's NSĐP.
    for (const [row, col, line] of [
      [3, 0, 'DA8'],
      [5, 0, 'DA10.TDA1'],
      [2, 1, 'DA3.TDA2'],
    ] as const) {
      const { added, cell } = slip(dakAng, row, col);
      expect([line, added.map(id)]).toEqual([line, [`UNIT_SUSPECT@${cell}`]]);
      expect(added[0].message).toMatch(/^Các ô tổng của dòng và cột \([A-Z]+\d+, [A-Z]+\d+\) chỉ tính/);
    }
  });

  it('near miss: her total row typed to match the slip leaves only her row sum: the sum is reported, not the part', () => {
    const { snapshot, placed } = workbookOf([dakAng()]);
    const before = new Set(findingsOf(snapshot).map(id));
    const p = placed[0];
    const row = p.rowOf.get(3)!;
    const col = p.colOf(0);
    snapshot.sheets[0].rows[row][col].v = 35_500_000;
    const total = snapshot.sheets[0].rows[p.totalRow!][col];
    total.v = (total.v as number) + 35_500_000 - 35_500;
    const added = findingsOf(snapshot).filter((f) => !before.has(id(f)) && f.severity !== 'info');
    expect(added.map(id)).not.toContain(`UNIT_SUSPECT@${a1(row, col)}`);
    expect(added.length).toBeGreaterThan(0);
  });

  it('near miss: her sum column itself typed 1,000× too small is reported there, not at its parts', () => {
    const { snapshot, placed } = workbookOf([vinhLinh()]);
    const before = new Set(findingsOf(snapshot).map(id));
    const p = placed[0];
    const row = p.rowOf.get(2)!;
    const sumCell = snapshot.sheets[0].rows[row][p.colOf(1)];
    sumCell.v = (sumCell.v as number) / 1000;
    const added = findingsOf(snapshot).filter((f) => !before.has(id(f)));
    expect(added.map(id)).toEqual([`UNIT_SUSPECT@${a1(row, p.colOf(1))}`]);
  });

  it('near miss: a date typed there is the date, not a unit slip (its serial number is hundreds of times the figure)', () => {
    const { snapshot, placed } = workbookOf([langSon()]);
    const before = new Set(findingsOf(snapshot).map(id));
    const p = placed[0];
    const row = p.rowOf.get(0)!;
    const col = p.colOf(2);
    // Dự án 1's ĐTPT NSTW, 120,5 triệu, typed as the date 18/05/2023: Excel holds 45.064, ~374 ×
    // the figure (her sums left as typed).
    expect(snapshot.sheets[0].rows[row][col].v).toBe(120.5);
    snapshot.sheets[0].rows[row][col] = { v: 45_064, t: 'n', nf: 'dd/mm/yyyy' };
    const added = findingsOf(snapshot).filter((f) => !before.has(id(f)) && f.severity !== 'info');
    expect(added.map(id)).toEqual([`DATE_IN_AMOUNT@${a1(row, col)}`]);
  });

  it('near miss: a slip that is not a unit step (typed 385 as 3850) keeps the sums reporting it', () => {
    const { added } = slip(vinhLinh, 2, 3, 10);
    expect(added.map((f) => f.code)).not.toContain('UNIT_SUSPECT');
    expect(added.length).toBeGreaterThan(0);
  });
});

/**
 * A figure typed where her sums count nothing (0 → 7, TDA1's NSĐP): typed where nothing was meant,
 * not typed in another unit. It was also called a unit slip ("count 0.007 triệu") beside the right
 * finding, and the sums over it stayed as two more: four findings for one slip.
 */
describe('a figure where her sums count nothing', () => {
  const grid = (e6: number): GridCell[][] => [
    ['KẾ HOẠCH VỐN NĂM 2025'],
    ['Đơn vị tính: triệu đồng'],
    ['TT', 'Nội dung', 'Tổng cộng', 'Vốn sự nghiệp NSTW', 'Vốn sự nghiệp NSĐP'],
    [null, 'TỔNG CỘNG', 1100, 1030, 70],
    ['1', catalog.byCode.get('DA3')!.name, 1100, 1030, 70],
    ['a', catalog.byCode.get('DA3.TDA1')!.name, 600, 600, e6],
    ['b', catalog.byCode.get('DA3.TDA2')!.name, 500, 430, 70],
  ];
  const found = (e6: number) => findingsOf(gridBook(grid(e6))).filter((f) => f.severity !== 'info');

  it('is one finding at her cell, saying the sums count 0 for it', () => {
    expect(found(0)).toEqual([]);
    const added = found(7);
    expect(added.map(id)).toEqual(['SUM_MISMATCH@E6']);
    expect(added[0]).toMatchObject({ actual: 7, expected: 0 });
  });

  it('a negative there is NEGATIVE_AMOUNT alone', () => {
    expect(found(-5).map(id)).toEqual(['NEGATIVE_AMOUNT@E6']);
  });

  it('near miss: 7,000 where the sums count 7 is still the unit slip', () => {
    const g = grid(7_000);
    g[3] = [null, 'TỔNG CỘNG', 1107, 1030, 77];
    g[4] = ['1', g[4][1], 1107, 1030, 77];
    g[5] = ['a', g[5][1], 607, 600, 7_000];
    expect(
      findingsOf(gridBook(g))
        .filter((f) => f.severity !== 'info')
        .map(id),
    ).toEqual(['UNIT_SUSPECT@E6']);
  });
});
