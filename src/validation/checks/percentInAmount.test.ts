import { SnapshotBuilder, constant, moneyCell } from '../testing/snapshotBuilder';
import { runCheck, where } from '../testing/runCheck';
import { validateSnapshot } from '../index';
import { checkPercentInAmount } from './percentInAmount';

describe('PERCENT_IN_AMOUNT', () => {
  it('flags money under a percent format, with what it shows and what Excel sums', () => {
    const b = new SnapshotBuilder().plan('DA8', 'SN_NSTW', constant(3, '0%')).alloc('DA8', 'SN_NSTW', 300);
    const s = b.build();
    const f = runCheck(checkPercentInAmount, s);
    expect(where(f)).toEqual([`PERCENT_IN_AMOUNT@Kế hoạch vốn!${moneyCell(s, 'plan', 'DA8', 'SN_NSTW')}`]);
    expect(f[0].actual).toBe(300);
    expect([f[0].message, f[0].messageEn]).toEqual([
      'Ô số tiền có định dạng phần trăm: hiển thị 300 % nhưng Excel lưu và cộng 3 vào các ô tổng; đặt định dạng số rồi nhập lại số liệu — DA8 · SN NSTW.',
      'An amount cell with a percent format: it shows 300 % but Excel stores 3 and adds that to the totals; give the cell a number format and retype the figure — DA8 · recurrent central.',
    ]);
  });

  it('is the one finding of the slip: the totals over it (formulas, counting 3) are not judged as well', () => {
    const clean = validateSnapshot(
      new SnapshotBuilder().plan('DA8', 'SN_NSTW', 300).alloc('DA8', 'SN_NSTW', 300).build(),
    );
    const s = new SnapshotBuilder().plan('DA8', 'SN_NSTW', constant(3, '0.00%')).alloc('DA8', 'SN_NSTW', 300).build();
    const slipped = validateSnapshot(s);
    const added = slipped.filter((f) => !clean.some((c) => c.code === f.code && c.cell === f.cell));
    expect(where(added)).toEqual([`PERCENT_IN_AMOUNT@Kế hoạch vốn!${moneyCell(s, 'plan', 'DA8', 'SN_NSTW')}`]);
  });

  it('asks only for the format on a formula', () => {
    const f = runCheck(
      checkPercentInAmount,
      new SnapshotBuilder().plan('DA8', 'SN_NSTW', { v: 2.5, t: 'n', f: '=1+1.5', nf: '0%' }),
    );
    expect(f.map((x) => x.message)).toEqual([
      'Ô số tiền có định dạng phần trăm: hiển thị 250 % nhưng Excel lưu và cộng 2,5 vào các ô tổng; đặt định dạng số cho ô — DA8 · SN NSTW.',
    ]);
  });

  it('near miss: a percent target, a zero shown as 0 %, a negative figure and plain money are no such slip', () => {
    const b = new SnapshotBuilder()
      .indicator('CT02', constant(0.5, '0.0%'))
      .plan('DA8', 'SN_NSTW', constant(0, '0%'))
      .plan('DA7', 'SN_NSTW', constant(-3, '0%'))
      .plan('DA6', 'SN_NSTW', constant(300, '#,##0'));
    expect(runCheck(checkPercentInAmount, b)).toEqual([]);
    // The negative figure is NEGATIVE_AMOUNT's, not said twice.
    const all = validateSnapshot(b.build());
    expect(all.filter((f) => f.lineCode === 'DA7' && f.code.endsWith('_AMOUNT')).map((f) => f.code)).toEqual([
      'NEGATIVE_AMOUNT',
    ]);
  });

  it('takes the figure shown as meant: a real counterpart shortfall beside it still stands', () => {
    // Central 1.000 (300 of it shown under %), local 20: 2 % of central, under the 5 % minimum whatever the format.
    const typed = (v: number | ReturnType<typeof constant>) =>
      new SnapshotBuilder({ level: 'tinh' })
        .plan('DA8', 'SN_NSTW', v)
        .plan('DA7', 'SN_NSTW', 700)
        .plan('DA8', 'SN_NSDP', 20)
        .alloc('DA8', 'SN_NSTW', 300)
        .alloc('DA7', 'SN_NSTW', 700)
        .alloc('DA8', 'SN_NSDP', 20)
        .build();
    const codes = (s: ReturnType<typeof typed>) => validateSnapshot(s).map((f) => f.code);
    expect(codes(typed(300))).toContain('COUNTERPART_SHORTFALL');
    expect(codes(typed(constant(3, '0%'))).sort()).toEqual([...codes(typed(300)), 'PERCENT_IN_AMOUNT'].sort());
  });

  it('leaves a total that is off by more than the % cell explains', () => {
    const s = new SnapshotBuilder()
      .plan('DA8', 'SN_NSTW', constant(3, '0%'))
      .plan('DA8', 'SN_NSDP', 50)
      .alloc('DA8', 'SN_NSTW', 300)
      .alloc('DA8', 'SN_NSDP', 50)
      .build();
    const rows = s.sheets.find((x) => x.name === 'Kế hoạch vốn')!.rows;
    const at = (cell: string) => ({ r: Number(cell.replace(/^[A-Z]+/, '')) - 1, c: cell.charCodeAt(0) - 65 });
    // Her SN total adds 10 of its own (Excel: 3 + 50 + 10 = 63), and the line's total with it.
    const sn = moneyCell(s, 'plan', 'DA8', 'SN');
    const tong = moneyCell(s, 'plan', 'DA8', 'TONG');
    const { r, c } = at(sn);
    rows[r][c] = { ...rows[r][c], f: `${rows[r][c].f}+10`, v: 63 };
    rows[r][at(tong).c] = { ...rows[r][at(tong).c], v: 63 };
    // Excel misses 297 of the % cell; the total is 287 short of its parts: the 10 over stays.
    expect(where(validateSnapshot(s)).sort()).toEqual(
      [
        `PERCENT_IN_AMOUNT@Kế hoạch vốn!${moneyCell(s, 'plan', 'DA8', 'SN_NSTW')}`,
        `SUM_MISMATCH@Kế hoạch vốn!${sn}`,
      ].sort(),
    );
  });
});
