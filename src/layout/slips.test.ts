import { a1 } from '../model/a1';
import type { CellSnapshot, WorkbookSnapshot } from '../model/snapshot';
import { allocationOf, camLuong, C, langSon, planOf, vinhLinh } from '../../tests/fixtures/ownLayout/corpus';
import { workbookOf, type OwnTable } from '../../tests/fixtures/ownLayout/grid';
import { readLayout } from './readLayout';
import { validateLayout } from './validateLayout';

function errorsOf(snapshot: WorkbookSnapshot) {
  return validateLayout(snapshot, readLayout(snapshot)).filter((f) => f.severity === 'error');
}
const at = (f: { code: string; sheet: string; cell: string }) => `${f.code}@${f.sheet}!${f.cell}`;
function setCell(snapshot: WorkbookSnapshot, sheet: string, row: number, col: number, cell: CellSnapshot) {
  snapshot.sheets.find((s) => s.name === sheet)!.rows[row][col] = cell;
}

describe('slips in her own layout are caught at her cell', () => {
  it('her TỔNG CỘNG typed 5 triệu above her lines (Lạng Sơn, ĐTPT NSTW)', () => {
    const { snapshot, placed } = workbookOf([langSon()]);
    const p = placed[0];
    const col = p.colOf(C.DTPT_NSTW);
    setCell(snapshot, 'Tổng hợp vốn', p.totalRow!, col, { v: 543.193 + 5, t: 'n' });
    const errors = errorsOf(snapshot);
    const cell = a1(p.totalRow!, col);
    expect(errors.find((f) => f.cell === cell && f.code === 'SUM_MISMATCH')).toMatchObject({
      lineCode: 'TONG',
      sourceKey: 'DTPT_NSTW',
      actual: 548.193,
      expected: 543.193,
    });
    // Every other error is on her total row (its sum columns now disagree too), none elsewhere.
    expect(errors.every((f) => f.cell.endsWith(String(p.totalRow! + 1)))).toBe(true);
  });

  it('a line above its allocation (plan DA4 central investment 200 triệu over, on two sheets)', () => {
    const tables = [allocationOf(), planOf(7200)];
    const { snapshot, placed } = workbookOf(tables);
    const da4 = placed[1].rowOf.get(3)!;
    expect(errorsOf(snapshot).map(at)).toEqual([`OVER_ALLOCATION@Kế hoạch!${a1(da4, placed[1].colOf(C.DTPT_NSTW))}`]);
    const consistent = workbookOf([allocationOf(), planOf(7000)]).snapshot;
    expect(errorsOf(consistent)).toEqual([]);
  });

  it("an allocation table in nghìn đồng is read in the plan's triệu đồng (no false unit slip)", () => {
    const alloc = allocationOf();
    alloc.unitLine = 'ĐVT: nghìn đồng';
    for (const r of alloc.rows)
      r.values = Object.fromEntries(Object.entries(r.values ?? {}).map(([k, v]) => [k, v * 1000]));
    expect(errorsOf(workbookOf([alloc, planOf(7000)]).snapshot)).toEqual([]);
    const over = workbookOf([alloc, planOf(7200)]);
    expect(errorsOf(over.snapshot).map((f) => [f.code, f.lineCode, f.actual, f.expected])).toEqual([
      ['OVER_ALLOCATION', 'DA4', 7900, 7700],
    ]);
  });

  it('an ineligible source: investment on DA9.TDA2 (recurrent funds only)', () => {
    const t: OwnTable = camLuong();
    t.rows[11].values = { ...t.rows[11].values, [C.DTPT_NSTW]: 5_000_000 };
    const { snapshot, placed } = workbookOf([t]);
    expect(errorsOf(snapshot).map(at)).toEqual([
      `SOURCE_NOT_ELIGIBLE@KH 2023!${a1(placed[0].rowOf.get(11)!, placed[0].colOf(C.DTPT_NSTW))}`,
    ]);
  });

  it('a unit slip: her total typed in nghìn đồng in a sheet in đồng', () => {
    const { snapshot, placed } = workbookOf([camLuong()]);
    const p = placed[0];
    const col = p.colOf(C.SN_NSTW);
    const row = snapshot.sheets[0].rows[p.totalRow!];
    const shown = row[col].v as number;
    setCell(snapshot, 'KH 2023', p.totalRow!, col, { v: shown / 1000, t: 'n' });
    const errors = errorsOf(snapshot);
    expect(errors.find((f) => f.cell === a1(p.totalRow!, col))).toMatchObject({
      code: 'UNIT_SUSPECT',
      lineCode: 'TONG',
      sourceKey: 'SN_NSTW',
    });
  });

  it('her "Tổng ĐTPT" (which counts lồng ghép and dân góp) off its parts on one line', () => {
    const { snapshot, placed } = workbookOf([vinhLinh()]);
    const p = placed[0];
    const row = p.rowOf.get(2)!;
    setCell(snapshot, 'Ke hoach 2024', row, p.colOf(1), { v: 8700, t: 'n' });
    expect(errorsOf(snapshot).map((f) => [at(f), f.lineCode, f.expected, f.actual])).toEqual([
      [`SUM_MISMATCH@Ke hoach 2024!${a1(row, p.colOf(1))}`, 'DA4.TDA1', 8705, 8700],
    ]);
  });

  it('money on a row that maps to no line is in no total (error at her cell)', () => {
    const { snapshot, placed } = workbookOf([langSon()]);
    const p = placed[0];
    const sheet = snapshot.sheets[0];
    const before = p.rowOf.get(0)!;
    const stray: CellSnapshot[] = sheet.rows[before].map(() => ({ v: null, t: 'z' }));
    stray[p.colOf(C.SN_NSTW)] = { v: 500, t: 'n' };
    sheet.rows.splice(p.firstDataRow, 0, stray);
    const errors = errorsOf(snapshot).filter((f) => f.code === 'NOT_IN_ANY_TOTAL');
    expect(errors.map(at)).toEqual([`NOT_IN_ANY_TOTAL@Tổng hợp vốn!${a1(p.firstDataRow, p.colOf(C.SN_NSTW))}`]);
  });
});
