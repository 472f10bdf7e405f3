import type { CellSnapshot, WorkbookSnapshot } from '../model/snapshot';
import { readLayout } from './readLayout';
import { importedTemplatePlans, importRemarks } from './importedPlans';
import { KeyedCells } from '../templates/keyedCells';

const s = (v: string): CellSnapshot => ({ v, t: 's' });
const n = (v: number): CellSnapshot => ({ v, t: 'n' });
const z: CellSnapshot = { v: null, t: 'z' };

/**
 * Her report: plan by capital type and budget, and one "Giải ngân đến 31/12" column for all
 * capital types (no ĐTPT/SN split), per project. `rows`: [name, DTPT_NSTW, SN_NSTW, GN].
 */
function report(rows: Array<[string, number | null, number | null, number]>): WorkbookSnapshot {
  const cell = (v: number | null) => (v === null ? z : n(v));
  return {
    sheets: [
      {
        name: 'GN',
        rows: [
          [s('UBND HUYỆN A')],
          [s('BÁO CÁO GIẢI NGÂN VỐN CHƯƠNG TRÌNH MTQG NĂM 2024')],
          [s('ĐVT: triệu đồng')],
          [s('STT'), s('Nội dung'), s('Vốn ĐTPT NSTW'), s('Vốn SN NSTW'), s('Giải ngân đến 31/12')],
          ...rows.map(([name, d, sn, gn], i) => [s(String(i + 1)), s(name), cell(d), cell(sn), n(gn)]),
        ],
      },
    ],
  };
}
function disbursed(snapshot: WorkbookSnapshot) {
  const result = importedTemplatePlans(snapshot, readLayout(snapshot), new Date('2024-06-01'));
  const cells = new KeyedCells(result.plans.find((p) => p.id === 'disbursement')!);
  const plan = result.plans.find((p) => p.id === 'disbursement')!;
  const value = (code: string, key: string) => {
    const at = cells.cellOf(code, key)!;
    const c = plan.cells.find((x) => x.row === at.row && x.col === at.col);
    return c?.formula ? `=${/^\w+/.exec(c.formula)![0]}` : (c?.value ?? null);
  };
  return { result, value };
}

describe("her disbursed figures onto the template's Giải ngân", () => {
  it('a column for all capital types goes to the capital type the row plans; a row planning both is listed', () => {
    const { result, value } = disbursed(
      report([
        ['Dự án 4: Đầu tư cơ sở hạ tầng thiết yếu', 1000, null, 800],
        ['Dự án 3: Phát triển sản xuất nông, lâm nghiệp bền vững', null, 500, 400],
        ['Dự án 1: Giải quyết tình trạng thiếu đất ở', 300, 200, 450],
      ]),
    );
    expect([value('DA4', 'GN_DTPT'), value('DA4', 'GN_SN'), value('DA3', 'GN_SN')]).toEqual([800, '=SUM', 400]);
    expect(value('DA4', 'KH_DTPT')).toBe('=SUMIF');
    expect(result.left).toEqual([{ cell: 'GN!E7', why: expect.stringMatching(/^Không rõ vốn ĐTPT hay SN/) }]);
    expect(value('DA1', 'GN_DTPT')).toBe('=SUM');
  });

  it('a date where her disbursed figure belongs is not carried as its serial number: said at her cell', () => {
    const rows: Array<[string, number | null, number | null, number]> = [
      ['Dự án 4: Đầu tư cơ sở hạ tầng thiết yếu', 1000, null, 800],
    ];
    const dated = report(rows);
    dated.sheets[0].rows[4][4] = { v: 45427, t: 'n', nf: 'dd/mm/yyyy' };
    const { result, value } = disbursed(dated);
    expect(value('DA4', 'GN_DTPT')).toBe('=SUM');
    expect(importRemarks(result)).toEqual([
      expect.stringMatching(/^Chưa chép \/ not carried: GN!E5 — Ô hiển thị ngày 15\/05\/2024/),
    ]);
    // Near miss: the figure typed as a number is carried.
    expect(disbursed(report(rows)).value('DA4', 'GN_DTPT')).toBe(800);
  });

  it('a slip in a figure not carried (capital type unknown) is said as well', () => {
    const both = report([['Dự án 1: Giải quyết tình trạng thiếu đất ở', 300, 200, 450_000]]);
    expect(importRemarks(disbursed(both).result)).toEqual([
      expect.stringMatching(/^Chưa chép \/ not carried: GN!E5 — Không rõ vốn ĐTPT hay SN/),
      expect.stringMatching(/^Cần xem \/ check: GN!E5 — .*Bản chuẩn không chép ô này/),
    ]);
    // Near miss: a figure with no slip there is listed once, as not carried.
    const right = report([['Dự án 1: Giải quyết tình trạng thiếu đất ở', 300, 200, 450]]);
    expect(importRemarks(disbursed(right).result)).toHaveLength(1);
  });

  it('a line her rows below add up to is left to the template’s sum; one they do not is kept (her slip)', () => {
    const sub = (n: number) => `Tiểu dự án ${n}: Đầu tư cơ sở hạ tầng`;
    const adds = disbursed(
      report([
        ['Dự án 4: Đầu tư cơ sở hạ tầng thiết yếu', 1000, null, 800],
        [sub(1), 600, null, 500],
        [sub(2), 400, null, 300],
      ]),
    );
    expect([
      adds.value('DA4', 'GN_DTPT'),
      adds.value('DA4.TDA1', 'GN_DTPT'),
      adds.value('DA4.TDA2', 'GN_DTPT'),
    ]).toEqual(['=SUM', 500, 300]);
    const off = disbursed(
      report([
        ['Dự án 4: Đầu tư cơ sở hạ tầng thiết yếu', 1000, null, 850],
        [sub(1), 600, null, 500],
        [sub(2), 400, null, 300],
      ]),
    );
    expect(off.value('DA4', 'GN_DTPT')).toBe(850);
  });
});
