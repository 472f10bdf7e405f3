import { a1 } from '../model/a1';
import type { Finding } from '../model/finding';
import type { WorkbookSnapshot } from '../model/snapshot';
import { camLuong, C, vinhLinh } from '../../tests/fixtures/ownLayout/corpus';
import { workbookOf, type OwnTable } from '../../tests/fixtures/ownLayout/grid';
import { readLayout } from './readLayout';
import { validateLayout } from './validateLayout';

/** Her table with one typed cell ×1,000 (a unit slip), the cell's address and its findings. */
function slipped(table: () => OwnTable, line: number, col: number, factor = 1000) {
  const { snapshot, placed } = workbookOf([table()]);
  const p = placed[0];
  const row = p.rowOf.get(line)!;
  const c = p.colOf(col);
  const cell = snapshot.sheets[0].rows[row][c];
  snapshot.sheets[0].rows[row][c] = { ...cell, v: (cell.v as number) * factor, t: 'n' };
  return { cell: a1(row, c), findings: check(snapshot) };
}
function check(snapshot: WorkbookSnapshot): Finding[] {
  return validateLayout(snapshot, readLayout(snapshot));
}
const MAIN = ['UNIT_SUSPECT', 'SUM_MISMATCH', 'OVER_ALLOCATION', 'UNDER_ALLOCATION', 'COUNTERPART_SHORTFALL'];
const main = (f: Finding[]) => f.filter((x) => MAIN.includes(x.code));
const counterpart = (f: Finding[]) => f.filter((x) => x.code === 'COUNTERPART_SHORTFALL');

describe('a unit slip in her own table: the counterpart judged with the figure she meant', () => {
  it('Cẩm Lương, H12 (SN NSTW of DA3.TDA2) ×1,000: the real 19.425.000 đồng shortfall, not 7,5 tỷ', () => {
    const { cell, findings } = slipped(camLuong, 4, C.SN_NSTW);
    expect(cell).toBe('H12');
    expect(main(findings).map((f) => `${f.code}@${f.cell}`)).toEqual(['UNIT_SUSPECT@H12', 'COUNTERPART_SHORTFALL@F23']);
    const [c] = counterpart(findings);
    expect(c.expected).toBeCloseTo(22_425_000, 3);
    expect(c.actual).toBe(3_000_000);
    expect(c.message).toContain('thiếu 19.425.000 đồng');
    expect(c.message).toContain('H12 = 150.000.000 đồng');
    expect(c.messageEn).toContain('H12 = 150,000,000 VND');
  });

  it('Vĩnh Linh, F11 (NSĐP ĐTPT of DA4.TDA1) ×1,000: the 4,73 % warning stays, no "3.255 %" note', () => {
    const { cell, findings } = slipped(vinhLinh, 2, 3);
    expect(cell).toBe('F11');
    expect(main(findings).map((f) => `${f.code}@${f.cell}:${f.severity}`)).toEqual([
      'UNIT_SUSPECT@F11:error',
      'COUNTERPART_SHORTFALL@F8:warning',
    ]);
    const [c] = counterpart(findings);
    expect(c.actual).toBeCloseTo(560, 9);
    expect(c.message).toContain('4,73 %');
    expect(c.message).toContain('thiếu 31,5 triệu đồng');
    expect(c.message).not.toContain('3.255');
  });

  it('Vĩnh Linh, E11 (NSTW ĐTPT) ×1,000: the same 31,5 triệu shortfall, not one on 7,7 tỷ of central money', () => {
    const { cell, findings } = slipped(vinhLinh, 2, 2);
    expect(cell).toBe('E11');
    expect(main(findings).map((f) => `${f.code}@${f.cell}`)).toEqual(['UNIT_SUSPECT@E11', 'COUNTERPART_SHORTFALL@F8']);
    expect(counterpart(findings)[0].message).toContain('thiếu 31,5 triệu đồng');
  });

  it('near miss: without a slip, her findings are what they were (no note about slips)', () => {
    for (const table of [camLuong, vinhLinh]) {
      const f = check(workbookOf([table()]).snapshot);
      expect(main(f).map((x) => x.code)).toEqual(['COUNTERPART_SHORTFALL']);
      expect(counterpart(f)[0].message).not.toContain('Đã tính với');
    }
  });

  it('near miss: a cell ×10 is no unit slip; her sums name it a typo, and the counterpart takes the figure they count', () => {
    const { cell, findings } = slipped(vinhLinh, 2, 3, 10);
    expect(findings.some((f) => f.code === 'UNIT_SUSPECT')).toBe(false);
    // As typed, 3.850 + 160 + 15 local on 11.830 central would be well above 5 %: the shortfall hidden.
    expect(main(findings).map((f) => `${f.code}@${f.cell}:${f.severity}`)).toEqual([
      `SUM_MISMATCH@${cell}:error`,
      'COUNTERPART_SHORTFALL@F8:warning',
    ]);
    expect(counterpart(findings)[0].message).toContain('thiếu 31,5 triệu đồng');
  });
});
